// grist-sync end to end: the winter meeting's online form served by a Grist
// stand-in on loopback, read by the real command and its HTTP client, its rows
// imported as registrations of the demo community on disk. A second sync
// changes nothing, a row edited in the form updates its registration, and a
// server or network failure writes nothing.
#include "CliRun.h"
#include "GristTestServer.h"
#include "SqlProbe.h"
#include "TestCommunity.h"

#include <QTest>

using namespace convivium;
using test::GristTestServer;

namespace {

const QString Document = QStringLiteral("nYxd9HQJrsfcpgpMLgHc69");
const QString Table = QStringLiteral("Preinscriptions");
const QByteArray Key = "grist-sync-test-key";

const QByteArray Columns = R"({"columns":[
 {"id":"Prenom","fields":{"label":"Prénom","type":"Text"}},
 {"id":"Nom","fields":{"label":"Nom","type":"Text"}},
 {"id":"Email","fields":{"label":"Courriel","type":"Text"}},
 {"id":"Structure","fields":{"label":"Structure","type":"Text"}},
 {"id":"Arrivee","fields":{"label":"Arrivée","type":"Date"}},
 {"id":"Depart","fields":{"label":"Départ","type":"Date"}},
 {"id":"Hebergement","fields":{"label":"Hébergement","type":"Choice"}},
 {"id":"Regime","fields":{"label":"Régime","type":"ChoiceList"}},
 {"id":"Soumis_le","fields":{"label":"Soumis le","type":"DateTime:Europe/Paris"}}
]})";

// 1774828800: 2026-03-30; 1775174400: 2026-04-03; 1774915200: 2026-03-31; 1775088000: 2026-04-02.
QByteArray records(const char *secondDeparture = "1775088000")
{
    return QByteArray(R"({"records":[
 {"id":3,"fields":{"Prenom":"Anouk","Nom":"Vidal","Email":"anouk.vidal@example.org","Structure":"Rennes Métropole",
  "Arrivee":1774828800,"Depart":1775174400,"Hebergement":"Dortoir","Regime":["L","Végétarien"],"Soumis_le":1770800000}},
 {"id":7,"fields":{"Prenom":"Basile","Nom":"Fournier","Email":"basile.fournier@example.org","Structure":"",
  "Arrivee":1774915200,"Depart":)") + secondDeparture + R"(,"Hebergement":"Logement ailleurs","Regime":["L"],"Soumis_le":1770900000}}
]})";
}

} // namespace

class tst_GristSync : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void sync_importsThenChangesNothing_thenUpdatesAnEditedRow();
    void failures_writeNothing_data();
    void failures_writeNothing();
    void withoutASource_saysWhatToGive();

private:
    std::unique_ptr<test::TestCommunity> m_community;
    std::unique_ptr<GristTestServer> m_server;
    QStringList sync(const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("--db"), m_community->path(), QStringLiteral("grist-sync"), QStringLiteral("--event"),
                           QStringLiteral("1"), QStringLiteral("--server"), m_server->url().toString(),
                           QStringLiteral("--document"), Document, QStringLiteral("--table"), Table} + extra;
    }
};

void tst_GristSync::init()
{
    m_community = std::make_unique<test::TestCommunity>(true);
    m_server = std::make_unique<GristTestServer>();
    m_server->setPathPrefix("/o/georchestra");
    m_server->setApiKey(Key);
    m_server->setTable(Document, Table, Columns, records());
    qputenv("CONVIVIUM_GRIST_KEY", Key);
}

void tst_GristSync::sync_importsThenChangesNothing_thenUpdatesAnEditedRow()
{
    const core::Database &db = m_community->db();
    const int before = test::countRows(db, QStringLiteral("registration"));
    // Closing the community first: the command opens the file itself.
    const test::CliOutcome dry = test::runCli(sync({QStringLiteral("--dry-run")}));
    QVERIFY2(dry.code == 0 && dry.out.contains(QStringLiteral("2 new, 0 updated, 0 unchanged")), qPrintable(dry.describe()));
    QCOMPARE(test::countRows(db, QStringLiteral("registration")), before);
    QVERIFY(m_server->requests().size() >= 2);
    QCOMPARE(m_server->requests().first().authorization, QByteArray("Bearer ") + Key);

    const test::CliOutcome first = test::runCli(sync());
    QVERIFY2(first.code == 0 && first.out.contains(QStringLiteral("Imported: 2 new")), qPrintable(first.describe()));
    QCOMPARE(test::countRows(db, QStringLiteral("registration")), before + 2);
    const QString anouk = QStringLiteral("SELECT %1 FROM registration r JOIN contributor_email e ON e.contributor_id = "
                                         "r.contributor_id WHERE e.email = 'anouk.vidal@example.org'");
    QCOMPARE(test::scalar(db, anouk.arg(QStringLiteral("r.source || ':' || r.source_ref"))).toString(), QStringLiteral("form:3"));
    QCOMPARE(test::scalar(db, anouk.arg(QStringLiteral("r.arrival_date || '/' || r.departure_date"))).toString(),
             QStringLiteral("2026-03-30/2026-04-03"));
    QCOMPARE(test::scalar(db, anouk.arg(QStringLiteral("r.diet"))).toString(), QStringLiteral("Végétarien"));

    // The source was saved with the event: the next sync needs only --event.
    const QStringList plain{QStringLiteral("--db"), m_community->path(), QStringLiteral("grist-sync"), QStringLiteral("--event"),
                            QStringLiteral("1")};
    const QStringList after = test::dumpAll(db);
    const test::CliOutcome again = test::runCli(plain);
    QVERIFY2(again.code == 0 && again.out.contains(QStringLiteral("0 new, 0 updated, 2 unchanged")), qPrintable(again.describe()));
    QCOMPARE(test::dumpAll(db), after);

    // Basile leaves a day later, as edited in the form.
    m_server->setTable(Document, Table, Columns, records("1775174400"));
    const test::CliOutcome edited = test::runCli(plain);
    QVERIFY2(edited.code == 0 && edited.out.contains(QStringLiteral("0 new, 1 updated, 1 unchanged")), qPrintable(edited.describe()));
    QCOMPARE(test::countRows(db, QStringLiteral("registration")), before + 2);
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT departure_date FROM registration WHERE source = 'form' AND source_ref = '7'"))
                 .toString(),
             QStringLiteral("2026-04-03"));
}

void tst_GristSync::failures_writeNothing_data()
{
    QTest::addColumn<int>("failure");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("401") << int(GristTestServer::Failure::Status) << 401 << "API key";
    QTest::newRow("404") << int(GristTestServer::Failure::Status) << 404 << "not found";
    QTest::newRow("500") << int(GristTestServer::Failure::Status) << 500 << "server";
    QTest::newRow("not JSON") << int(GristTestServer::Failure::NotJson) << 0 << "web page";
    QTest::newRow("wrong shape") << int(GristTestServer::Failure::WrongShape) << 0 << "Grist";
    QTest::newRow("closed") << int(GristTestServer::Failure::Close) << 0 << "";
}

void tst_GristSync::failures_writeNothing()
{
    QFETCH(int, failure);
    QFETCH(int, status);
    QFETCH(QString, message);
    m_server->setFailure(GristTestServer::Failure(failure), -1, status);
    const QStringList before = test::dumpAll(m_community->db());
    const test::CliOutcome o = test::runCli(sync());
    QVERIFY2(o.code == 1 && o.out.isEmpty() && !o.err.trimmed().isEmpty(), qPrintable(o.describe()));
    QVERIFY2(o.err.contains(message, Qt::CaseInsensitive), qPrintable(o.describe()));
    QCOMPARE(test::dumpAll(m_community->db()), before);   // not even the source was saved
}

void tst_GristSync::withoutASource_saysWhatToGive()
{
    const test::CliOutcome o = test::runCli({QStringLiteral("--db"), m_community->path(), QStringLiteral("grist-sync"),
                                             QStringLiteral("--event"), QStringLiteral("1")});
    QCOMPARE(o.code, 2);
    QVERIFY2(o.err.contains(QStringLiteral("--server")), qPrintable(o.describe()));
}

QTEST_GUILESS_MAIN(tst_GristSync)
#include "tst_GristSync.moc"
