// GristClient, GristTable, GristSource and GristSettings: a pre-registration
// table read from a real HTTP server on 127.0.0.1 that speaks Grist's REST
// API (GristTestServer), and every way that server or the network can fail,
// each ending in a message that says what to check.
#include "GristTestServer.h"
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "net/GristClient.h"
#include "net/GristSettings.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <optional>

using namespace convivium::core;
using convivium::test::GristTestServer;

namespace {

const QString Document = QStringLiteral("kXw3sPr2aQ");
const QString Table = QStringLiteral("Inscriptions");
const QByteArray Key = "4f1c2e9a-convivium-test-key";

// The columns of a pre-registration form as Grist lists them (label empty
// for Covoiturage: the header falls back to the column id).
const QByteArray Columns = R"({"columns":[
 {"id":"Nom","fields":{"label":"Nom","type":"Text","isFormula":false}},
 {"id":"Prenom","fields":{"label":"Prénom","type":"Text"}},
 {"id":"Email","fields":{"label":"Courriel","type":"Text"}},
 {"id":"Arrivee","fields":{"label":"Arrivée","type":"Date"}},
 {"id":"Soumis_le","fields":{"label":"Soumis le","type":"DateTime:Europe/Paris"}},
 {"id":"Ateliers","fields":{"label":"Ateliers","type":"ChoiceList"}},
 {"id":"Structure","fields":{"label":"Structure","type":"Ref:Structures"}},
 {"id":"Covoiturage","fields":{"label":"","type":"Bool"}},
 {"id":"Nuits","fields":{"label":"Nuits","type":"Int"}},
 {"id":"Montant","fields":{"label":"Montant","type":"Numeric"}}
]})";

// 1774828800 is 2026-03-30 00:00 UTC; 1772359200 is 2026-03-01 10:00 UTC.
const QByteArray Records = R"({"records":[
 {"id":12,"fields":{"Nom":"Lœuvre","Prenom":"Zoé","Email":"zoe@example.org","Arrivee":1774828800,
  "Soumis_le":1772359200,"Ateliers":["L","Cartographie","Traduction"],"Structure":7,"Covoiturage":true,
  "Nuits":3,"Montant":142.5}},
 {"id":15,"fields":{"Nom":"Perrin","Prenom":"Élodie","Email":"elodie@example.org","Arrivee":null,
  "Soumis_le":null,"Ateliers":["L"],"Structure":0,"Covoiturage":false,"Nuits":2.0,"Montant":60}}
]})";

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *text : texts)
        out << QString::fromUtf8(text);
    return out;
}

GristSource sourceFor(const GristTestServer &server)
{
    return GristSource{server.url(), Document, Table};
}

// Runs one fetch to its end (or 10 s) and returns what finished() carried.
Fallible<GristTable> fetchAndWait(GristClient &client, const GristSource &source, const QString &key,
                                  int *finishedCount = nullptr)
{
    std::optional<Fallible<GristTable>> outcome;
    int count = 0;
    const QMetaObject::Connection c =
        QObject::connect(&client, &GristClient::finished, [&](const Fallible<GristTable> &table) {
            outcome = table;
            ++count;
        });
    client.fetch(source, key);
    const bool ended = QTest::qWaitFor([&] { return outcome.has_value(); }, 10000);
    QObject::disconnect(c);
    if (finishedCount)
        *finishedCount = count;
    return ended ? *outcome : Fallible<GristTable>(Result::failure(QStringLiteral("test: no finished() in 10 s")));
}

// A local port that nobody listens on.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot find a free port");
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class tst_GristClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void source_urls_data();
    void source_urls();
    void source_problems_data();
    void source_problems();
    void settings_saveThenLoad_roundTrip();
    void cellText_data();
    void cellText();
    void parse_wrongShapes_data();
    void parse_wrongShapes();
    void table_toDocument_rowIdsAsLines();
    void fetch_readsColumnsThenRecords_withKeyAndPrefix();
    void fetch_failures_data();
    void fetch_failures();
    void fetch_tooManyRequests_retriesAfterDelay_data();
    void fetch_tooManyRequests_retriesAfterDelay();
    void fetch_tooManyRequests_givesUpWithMessage();
    void fetch_silentServer_timesOut();
    void fetch_refusedConnection();
    void fetch_httpsOnPlainServer_tlsError();
    void fetch_cancel_stopsAndSaysSo();
    void fetch_invalidSource_noRequest();
    void fetchBlocking_returnsTable();
};

void tst_GristClient::initTestCase()
{
    // Loopback only, whatever proxy the environment names.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

void tst_GristClient::source_urls_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("columns");
    QTest::addColumn<QString>("records");
    QTest::newRow("getgrist.com") << "https://docs.getgrist.com" << "kXw3sPr2aQ" << "Inscriptions"
                                  << "https://docs.getgrist.com/api/docs/kXw3sPr2aQ/tables/Inscriptions/columns"
                                  << "https://docs.getgrist.com/api/docs/kXw3sPr2aQ/tables/Inscriptions/records";
    QTest::newRow("team prefix, trailing slashes") << "https://grist.example.org/o/team//" << "abc" << "T"
                                                   << "https://grist.example.org/o/team/api/docs/abc/tables/T/columns"
                                                   << "https://grist.example.org/o/team/api/docs/abc/tables/T/records";
    QTest::newRow("port, query and fragment dropped") << "http://127.0.0.1:8484/o/docs/?x=1#top" << "d" << "T"
                                                      << "http://127.0.0.1:8484/o/docs/api/docs/d/tables/T/columns"
                                                      << "http://127.0.0.1:8484/o/docs/api/docs/d/tables/T/records";
    QTest::newRow("ids encoded and trimmed") << "https://g.example.org" << " a/b c " << "Pré inscrits"
                                             << "https://g.example.org/api/docs/a%2Fb%20c/tables/Pr%C3%A9%20inscrits/columns"
                                             << "https://g.example.org/api/docs/a%2Fb%20c/tables/Pr%C3%A9%20inscrits/records";
}

void tst_GristClient::source_urls()
{
    QFETCH(QString, server);
    QFETCH(QString, document);
    QFETCH(QString, table);
    QFETCH(QString, columns);
    QFETCH(QString, records);
    const GristSource source{QUrl(server), document, table};
    QVERIFY2(source.validate(), qPrintable(source.validate().message()));
    QCOMPARE(source.columnsUrl().toString(QUrl::FullyEncoded), columns);
    QCOMPARE(source.recordsUrl().toString(QUrl::FullyEncoded), records);
}

void tst_GristClient::source_problems_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");
    QTest::newRow("no server") << "" << "d" << "T" << "server" << "address of the Grist site";
    QTest::newRow("ftp") << "ftp://grist.example.org" << "d" << "T" << "server" << "https://";
    QTest::newRow("no scheme") << "grist.example.org" << "d" << "T" << "server" << "https://";
    QTest::newRow("no document") << "https://g.example.org" << "  " << "T" << "document" << "Document ID";
    QTest::newRow("no table") << "https://g.example.org" << "d" << "" << "table" << "table id";
}

void tst_GristClient::source_problems()
{
    QFETCH(QString, server);
    QFETCH(QString, document);
    QFETCH(QString, table);
    QFETCH(QString, field);
    QFETCH(QString, says);
    const GristSource source{QUrl(server), document, table};
    const FieldErrors problems = source.problems();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, field);
    QVERIFY2(problems.first().message.contains(says), qPrintable(problems.first().message));
    QVERIFY(!source.validate());
    QCOMPARE(source.validate().message(), problems.first().message);
}

void tst_GristClient::settings_saveThenLoad_roundTrip()
{
    convivium::test::TestCommunity t;
    const GristSource saved{QUrl(QStringLiteral("https://grist.example.org/o/team/")), Document, Table};

    const Fallible<GristSource> none = GristSettings::load(t.db(), 4);
    QVERIFY2(none, qPrintable(none.message()));
    QVERIFY(none.value().isEmpty());

    const Result r = GristSettings::save(t.db(), 4, saved);
    QVERIFY2(r, qPrintable(r.message()));
    const Fallible<GristSource> loaded = GristSettings::load(t.db(), 4);
    QVERIFY2(loaded, qPrintable(loaded.message()));
    QCOMPARE(loaded.value().server, QUrl(QStringLiteral("https://grist.example.org/o/team")));
    QCOMPARE(loaded.value().document, Document);
    QCOMPARE(loaded.value().table, Table);
    QCOMPARE(loaded.value().columnsUrl(), saved.columnsUrl());
    QVERIFY(GristSettings::load(t.db(), 5).value().isEmpty());   // per event

    // What is stored: the three fields, no key.
    const QString json = convivium::test::scalar(t.db(), QStringLiteral("SELECT value FROM community_setting WHERE name = ?"),
                                                 {QStringLiteral("grist/event/4")})
                             .toString();
    const QString expected = QString::fromLatin1(
        R"({"document":"kXw3sPr2aQ","server":"https://grist.example.org/o/team","table":"Inscriptions"})");
    QCOMPARE(json, expected);

    // An incomplete source is refused and leaves the saved one alone.
    const Result refused = GristSettings::save(t.db(), 4, GristSource{saved.server, Document, QString()});
    QVERIFY(!refused);
    QVERIFY(refused.message().contains(QStringLiteral("table id")));
    QCOMPARE(GristSettings::load(t.db(), 4).value().table, Table);
    QVERIFY(!GristSettings::save(t.db(), 0, saved));

    QVERIFY(GristSettings::remove(t.db(), 4));
    QVERIFY(GristSettings::load(t.db(), 4).value().isEmpty());
}

void tst_GristClient::cellText_data()
{
    QTest::addColumn<QByteArray>("cell");   // a JSON array holding the one cell
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("text");
    QTest::newRow("text") << QByteArray(R"(["Zoé"])") << "Text" << "Zoé";
    QTest::newRow("null") << QByteArray("[null]") << "Text" << "";
    QTest::newRow("date") << QByteArray("[1774828800]") << "Date" << "2026-03-30";
    QTest::newRow("date as double") << QByteArray("[1774828800.0]") << "Date" << "2026-03-30";
    QTest::newRow("date not read by Grist") << QByteArray(R"(["30 mars"])") << "Date" << "30 mars";
    QTest::newRow("date-time in UTC") << QByteArray("[1772359200.0]") << "DateTime:Europe/Paris"
                                      << "2026-03-01T10:00:00Z";
    QTest::newRow("choice list") << QByteArray(R"([["L","Cartographie","Traduction"]])") << "ChoiceList"
                                 << "Cartographie, Traduction";
    QTest::newRow("empty choice list") << QByteArray(R"([["L"]])") << "ChoiceList" << "";
    QTest::newRow("reference") << QByteArray("[7]") << "Ref:Structures" << "7";
    QTest::newRow("no reference") << QByteArray("[0]") << "Ref:Structures" << "";
    QTest::newRow("reference list") << QByteArray(R"([["L",3,9]])") << "RefList:Ateliers" << "3, 9";
    QTest::newRow("whole number") << QByteArray("[3.0]") << "Numeric" << "3";
    QTest::newRow("decimal") << QByteArray("[142.5]") << "Numeric" << "142.5";
    QTest::newRow("negative decimal") << QByteArray("[-0.1]") << "Numeric" << "-0.1";
    QTest::newRow("int") << QByteArray("[2]") << "Int" << "2";
    QTest::newRow("true") << QByteArray("[true]") << "Bool" << "true";
    QTest::newRow("false") << QByteArray("[false]") << "Bool" << "false";
    QTest::newRow("formula error") << QByteArray(R"([["E","TypeError","unsupported operand"]])") << "Any"
                                   << "#TypeError";
    QTest::newRow("encoded date in Any") << QByteArray(R"([["d",1774828800]])") << "Any" << "2026-03-30";
    QTest::newRow("pending") << QByteArray(R"([["P"]])") << "Any" << "";
    // Found by fuzzing (fuzz/grist_table): a number no ISO date can show was
    // converted beyond qint64 (undefined behaviour) or written as an empty cell.
    QTest::newRow("last second of year 9999") << QByteArray("[253402300799]") << "DateTime:UTC"
                                              << "9999-12-31T23:59:59Z";
    QTest::newRow("date in year 10000 stays a number") << QByteArray("[253402300800]") << "Date" << "253402300800";
    QTest::newRow("date before year 1 stays a number") << QByteArray("[-62135596801]") << "Date" << "-62135596801";
    QTest::newRow("huge date stays a number") << QByteArray("[1e300]") << "Date" << "1e+300";
    QTest::newRow("huge date-time stays a number") << QByteArray("[-1e308]") << "DateTime:Europe/Paris" << "-1e+308";
    QTest::newRow("huge encoded date stays a number") << QByteArray(R"([["d",-1e308]])") << "Any" << "-1e+308";
    QTest::newRow("huge encoded date-time stays a number") << QByteArray(R"([["D",1e19,"UTC"]])") << "Any" << "1e+19";
}

void tst_GristClient::cellText()
{
    QFETCH(QByteArray, cell);
    QFETCH(QString, type);
    QFETCH(QString, text);
    const QJsonValue value = QJsonDocument::fromJson(cell).array().first();
    QCOMPARE(GristTable::cellText(value, type), text);
}

void tst_GristClient::parse_wrongShapes_data()
{
    QTest::addColumn<QByteArray>("columns");
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QByteArray("") << Records << "it is empty";
    QTest::newRow("html") << QByteArray("<html><body>Sign in</body></html>") << Records << "web page";
    QTest::newRow("not json") << QByteArray("columns: Nom") << Records << "not JSON";
    QTest::newRow("array") << QByteArray("[1,2]") << Records << "not a JSON object";
    QTest::newRow("no columns") << QByteArray(R"({"tables":[]})") << Records << "no list of columns";
    QTest::newRow("column without id") << QByteArray(R"({"columns":[{"fields":{}}]})") << Records
                                       << "column 1 has no id";
    QTest::newRow("column without fields") << QByteArray(R"({"columns":[{"id":"Nom"}]})") << Records
                                           << "column Nom has no fields";
    QTest::newRow("records an object") << Columns << QByteArray(R"({"records":{"id":1}})") << "no list of records";
    QTest::newRow("record without id") << Columns << QByteArray(R"({"records":[{"fields":{}}]})")
                                       << "record 1 has no row id";
    QTest::newRow("record without fields") << Columns << QByteArray(R"({"records":[{"id":4}]})")
                                           << "row 4 has no fields";
}

void tst_GristClient::parse_wrongShapes()
{
    QFETCH(QByteArray, columns);
    QFETCH(QByteArray, records);
    QFETCH(QString, says);
    const Fallible<GristTable> table = GristTable::parse(columns, records);
    QVERIFY(!table);
    QVERIFY2(table.message().startsWith(QStringLiteral("The server's answer is not a Grist table:")),
             qPrintable(table.message()));
    QVERIFY2(table.message().contains(says), qPrintable(table.message()));
}

void tst_GristClient::table_toDocument_rowIdsAsLines()
{
    const Fallible<GristTable> table = GristTable::parse(Columns, Records);
    QVERIFY2(table, qPrintable(table.message()));
    QCOMPARE(table.value().rowIds(), (QList<qint64>{12, 15}));
    QCOMPARE(table.value().columnIndex(QStringLiteral("Arrivee")), 3);
    QCOMPARE(table.value().columnIndex(QStringLiteral("Absent")), -1);
    const CsvDocument doc = table.value().toDocument();
    QCOMPARE(doc.header, strings({"Nom", "Prénom", "Courriel", "Arrivée", "Soumis le", "Ateliers", "Structure",
                                      "Covoiturage", "Nuits", "Montant"}));
    QCOMPARE(doc.records.size(), 2);
    QCOMPARE(doc.records.at(0).line, 12);
    QCOMPARE(doc.records.at(1).line, 15);
    QCOMPARE(doc.records.at(1).fields,
             strings({"Perrin", "Élodie", "elodie@example.org", "", "", "", "", "false", "2", "60"}));
}

void tst_GristClient::fetch_readsColumnsThenRecords_withKeyAndPrefix()
{
    GristTestServer server;
    server.setPathPrefix("/o/team");
    server.setApiKey(Key);
    server.setTable(Document, Table, Columns, Records);
    GristClient client;
    QSignalSpy progress(&client, &GristClient::progress);

    const Fallible<GristTable> table = fetchAndWait(client, sourceFor(server), QString::fromLatin1(Key));
    QVERIFY2(table, qPrintable(table.message()));
    const GristTable &t = table.value();
    QCOMPARE(t.columns.size(), 10);
    QCOMPARE(t.columns.at(3).id, QStringLiteral("Arrivee"));
    QCOMPARE(t.columns.at(3).type, QStringLiteral("Date"));
    QCOMPARE(t.columns.at(1).label, QStringLiteral("Prénom"));
    QCOMPARE(t.rowIds(), (QList<qint64>{12, 15}));
    QCOMPARE(t.records.at(0).values,
             strings({"Lœuvre", "Zoé", "zoe@example.org", "2026-03-30", "2026-03-01T10:00:00Z",
                          "Cartographie, Traduction", "7", "true", "3", "142.5"}));
    QVERIFY(!client.isBusy());

    const QList<GristTestServer::Request> requests = server.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, QByteArray("GET"));
    QCOMPARE(requests.at(0).path, "/o/team/api/docs/" + Document.toLatin1() + "/tables/Inscriptions/columns");
    QCOMPARE(requests.at(1).path, "/o/team/api/docs/" + Document.toLatin1() + "/tables/Inscriptions/records");
    QCOMPARE(requests.at(0).authorization, "Bearer " + Key);
    QCOMPARE(requests.at(1).authorization, "Bearer " + Key);

    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(Records.size()));
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(Records.size()));
}

void tst_GristClient::fetch_failures_data()
{
    using F = GristTestServer::Failure;
    QTest::addColumn<int>("failure");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("document");
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<QStringList>("says");
    const QString key = QString::fromLatin1(Key);
    QTest::newRow("key refused (401)") << int(F::None) << 0 << "an-old-key" << Document << Records
                                       << strings({"refused the API key", "Profile settings", "invalid API key"});
    QTest::newRow("no key (401)") << int(F::None) << 0 << "" << Document << Records
                                  << strings({"not public", "API key"});
    QTest::newRow("no access (403)") << int(F::Status) << 403 << key << Document << Records
                                     << strings({"no access to the document", "kXw3sPr2aQ", "No view access"});
    QTest::newRow("unknown document (404)") << int(F::None) << 0 << key << "nope" << Records
                                            << strings({"Not found", "/api/docs/nope/tables/Inscriptions/columns",
                                                           "document id", "document not found"});
    QTest::newRow("not found (404 status)") << int(F::Status) << 404 << key << Document << Records
                                            << strings({"Not found", "table id"});
    QTest::newRow("server error (500)") << int(F::Status) << 500 << key << Document << Records
                                        << strings({"had an error (HTTP 500)", "try again later"});
    QTest::newRow("unavailable (503)") << int(F::Status) << 503 << key << Document << Records
                                       << strings({"HTTP 503", "try again later", "Service Unavailable"});
    QTest::newRow("login page") << int(F::NotJson) << 0 << key << Document << Records
                                << strings({"not a Grist table", "web page", "Check the server address"});
    QTest::newRow("wrong shape") << int(F::WrongShape) << 0 << key << Document << Records
                                 << strings({"not a Grist table", "no list of columns"});
    QTest::newRow("records of the wrong shape") << int(F::None) << 0 << key << Document
                                                << QByteArray(R"({"records":{"12":{}}})")
                                                << strings({"not a Grist table", "no list of records"});
    QTest::newRow("connection closed") << int(F::Close) << 0 << key << Document << Records
                                       << strings({"closed the connection", "server address"});
}

void tst_GristClient::fetch_failures()
{
    QFETCH(int, failure);
    QFETCH(int, status);
    QFETCH(QString, key);
    QFETCH(QString, document);
    QFETCH(QByteArray, records);
    QFETCH(QStringList, says);
    GristTestServer server;
    server.setApiKey(Key);
    server.setTable(Document, Table, Columns, records);
    server.setFailure(GristTestServer::Failure(failure), -1, status);
    GristClient client;
    const Fallible<GristTable> table = fetchAndWait(client, GristSource{server.url(), document, Table}, key);
    QVERIFY(!table);
    for (const QString &part : says)
        QVERIFY2(table.message().contains(part), qPrintable(table.message() + QStringLiteral(" lacks: ") + part));
    QVERIFY(!server.requests().isEmpty());
    QVERIFY(!client.isBusy());
}

void tst_GristClient::fetch_tooManyRequests_retriesAfterDelay_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("atLeastMs");
    QTest::addColumn<int>("belowMs");
    QTest::newRow("1 s") << QByteArray("1") << 950 << 5000;
    QTest::newRow("at once") << QByteArray("0") << 0 << 800;   // not the 1 s used when the header is missing
}

void tst_GristClient::fetch_tooManyRequests_retriesAfterDelay()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, atLeastMs);
    QFETCH(int, belowMs);
    GristTestServer server;
    server.setTable(Document, Table, Columns, Records);
    server.setFailure(GristTestServer::Failure::TooManyRequests, 1);
    server.setRetryAfter(retryAfter);
    GristClient client;
    QElapsedTimer clock;
    clock.start();
    const Fallible<GristTable> table = fetchAndWait(client, sourceFor(server), QString());
    QVERIFY2(table, qPrintable(table.message()));
    QVERIFY2(clock.elapsed() >= atLeastMs && clock.elapsed() < belowMs,
             qPrintable(QStringLiteral("waited %1 ms").arg(clock.elapsed())));
    QCOMPARE(table.value().records.size(), 2);
    QCOMPARE(server.requests().size(), 3);   // 429, then columns, then records
    QCOMPARE(server.requests().at(0).path, server.requests().at(1).path);
}

void tst_GristClient::fetch_tooManyRequests_givesUpWithMessage()
{
    GristTestServer server;
    server.setTable(Document, Table, Columns, Records);
    server.setFailure(GristTestServer::Failure::TooManyRequests);
    server.setRetryAfter("120");   // longer than the client accepts: shortened to its limit
    GristClient client;
    client.setMaxRetries(2);
    client.setMaxRetryWait(50);
    QElapsedTimer clock;
    clock.start();
    const Fallible<GristTable> table = fetchAndWait(client, sourceFor(server), QString());
    QVERIFY(!table);
    QVERIFY2(table.message().contains(QStringLiteral("too many requests")), qPrintable(table.message()));
    QVERIFY2(table.message().contains(QStringLiteral("3 time")), qPrintable(table.message()));
    QVERIFY2(table.message().contains(QStringLiteral("wait a few minutes")), qPrintable(table.message()));
    QCOMPARE(server.requests().size(), 3);
    QVERIFY(clock.elapsed() < 3000);
}

void tst_GristClient::fetch_silentServer_timesOut()
{
    GristTestServer server;
    server.setTable(Document, Table, Columns, Records);
    server.setFailure(GristTestServer::Failure::Hang);
    GristClient client;
    client.setTimeout(300);
    QElapsedTimer clock;
    clock.start();
    const Fallible<GristTable> table = fetchAndWait(client, sourceFor(server), QString());
    QVERIFY(!table);
    QVERIFY2(table.message().contains(QStringLiteral("did not answer within")), qPrintable(table.message()));
    QVERIFY2(table.message().contains(QStringLiteral("server address")), qPrintable(table.message()));
    QVERIFY(clock.elapsed() >= 250);
    QVERIFY(clock.elapsed() < 5000);
}

void tst_GristClient::fetch_refusedConnection()
{
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/o/team").arg(closedPort()));
    GristClient client;
    const Fallible<GristTable> table = fetchAndWait(client, GristSource{url, Document, Table}, QString());
    QVERIFY(!table);
    QVERIFY2(table.message().contains(QStringLiteral("refused the connection")), qPrintable(table.message()));
    QVERIFY2(table.message().contains(url.toDisplayString()), qPrintable(table.message()));
}

void tst_GristClient::fetch_httpsOnPlainServer_tlsError()
{
    GristTestServer server;
    server.setTable(Document, Table, Columns, Records);
    QUrl url = server.url();
    url.setScheme(QStringLiteral("https"));
    GristClient client;
    const Fallible<GristTable> table = fetchAndWait(client, GristSource{url, Document, Table}, QString());
    QVERIFY(!table);
    QVERIFY2(table.message().contains(QStringLiteral("No secure connection")), qPrintable(table.message()));
    QVERIFY2(table.message().contains(QStringLiteral("https:// or http://")), qPrintable(table.message()));
}

void tst_GristClient::fetch_cancel_stopsAndSaysSo()
{
    GristTestServer server;
    server.setTable(Document, Table, Columns, Records);
    server.setFailure(GristTestServer::Failure::Hang);
    GristClient client;
    QStringList messages;
    connect(&client, &GristClient::finished, this,
            [&messages](const Fallible<GristTable> &table) { messages << table.message(); });
    client.fetch(sourceFor(server), QString());
    QVERIFY(client.isBusy());
    QTRY_COMPARE(server.requests().size(), 1);
    client.cancel();
    QCOMPARE(messages.size(), 1);   // at once
    QVERIFY2(messages.first().contains(QStringLiteral("cancelled")), qPrintable(messages.first()));
    QVERIFY(!client.isBusy());
    client.cancel();                // nothing under way: nothing happens
    QTest::qWait(100);
    QCOMPARE(messages.size(), 1);
}

void tst_GristClient::fetch_invalidSource_noRequest()
{
    GristTestServer server;
    GristClient client;
    int finishedCount = 0;
    const Fallible<GristTable> table = fetchAndWait(client, GristSource{server.url(), Document, QString()},
                                                    QString(), &finishedCount);
    QVERIFY(!table);
    QVERIFY2(table.message().contains(QStringLiteral("table id")), qPrintable(table.message()));
    QCOMPARE(finishedCount, 1);
    QVERIFY(server.requests().isEmpty());
}

void tst_GristClient::fetchBlocking_returnsTable()
{
    GristTestServer server;
    server.setApiKey(Key);
    server.setTable(Document, Table, Columns, Records);
    const Fallible<GristTable> table = GristClient::fetchBlocking(sourceFor(server), QString::fromLatin1(Key), 5000);
    QVERIFY2(table, qPrintable(table.message()));
    QCOMPARE(table.value().rowIds(), (QList<qint64>{12, 15}));

    server.setFailure(GristTestServer::Failure::Status, -1, 503);
    const Fallible<GristTable> refused = GristClient::fetchBlocking(sourceFor(server), QString::fromLatin1(Key));
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(QStringLiteral("HTTP 503")), qPrintable(refused.message()));
}

QTEST_GUILESS_MAIN(tst_GristClient)
#include "tst_GristClient.moc"
