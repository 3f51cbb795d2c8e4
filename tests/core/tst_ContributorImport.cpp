// ContributorImport: a French Excel export imported into a real community
// file: the dry run says what will happen and writes nothing, the import is
// one transaction (all or nothing, cancel included), people are matched by
// e-mail then by name and organisation, and a second import changes nothing.
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "io/ContributorImport.h"
#include "io/TableCsvWriter.h"
#include "models/ListModels.h"
#include "models/LazyListModel.h"
#include "reports/CsvReportWriter.h"
#include "repositories/ContributorRepository.h"
#include "repositories/OrganisationRepository.h"

#include <QTest>
#include <QUndoStack>

using namespace convivium;
using core::ContributorImport;
using core::CsvDocument;
using core::CsvReader;
using core::ImportMapping;
using core::ImportPlan;
using core::ImportRow;

namespace {

// As Excel writes "CSV (séparateur : point-virgule)": Windows-1252, CRLF.
QByteArray cp1252(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        if (c == u'œ')
            out += '\x9c';
        else if (c == u'’')
            out += '\x92';
        else
            out += char(c.unicode() < 256 ? c.unicode() : '?');
    }
    return out;
}

const QString Members = QStringLiteral(
    "Prénom;Nom;Courriel;Structure;Fonction;Premier contact\r\n"
    "Zoé;Lœuvre;zoe.loeuvre@example.org;Parc national des Écrins;géomaticienne;12/03/2019\r\n"
    "Hugo;Martin;hugo.martin@example.org;Communauté Test Import;développeur;\r\n"
    "Léa;Roux;lea.roux@example.org;;;2021-06-01\r\n");

CsvDocument read(const QByteArray &bytes)
{
    return test::must(CsvReader::read(bytes));
}

ImportPlan planFor(const core::Database &db, const QByteArray &bytes)
{
    const CsvDocument doc = read(bytes);
    return ContributorImport::plan(db, doc, ImportMapping::guess(doc.header, ImportMapping::Kind::Contributors));
}

} // namespace

class tst_ContributorImport : public QObject
{
    Q_OBJECT
private slots:
    void guess_frenchAndEnglishHeaders_data();
    void guess_frenchAndEnglishHeaders();
    void dryRun_writesNothing_thenImportCreatesEveryone();
    void secondImport_changesNothing_editedLineUpdates();
    void matchesByNameWithinOrganisation();
    void badLines_data();
    void badLines();
    void cancel_leavesTheDatabaseAsItWas();
    void undo_ofUpdatesAndCreations_restoresEveryRow();
    void listExport_importedElsewhere_exportsTheSameFile();
    void parseDate_data();
    void parseDate();
    void mappingJson_roundTripAndErrors();
};

void tst_ContributorImport::guess_frenchAndEnglishHeaders_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field");
    QTest::newRow("Prénom") << "Prénom" << "given_name";
    QTest::newRow("NOM") << "NOM" << "family_name";
    QTest::newRow("Courriel") << "Courriel" << "email";
    QTest::newRow("Adresse e-mail") << "Adresse e-mail" << "email";
    QTest::newRow("E-mail") << "E-mail" << "email";
    QTest::newRow("Adresse électronique") << "Adresse électronique" << "email";
    QTest::newRow("First name") << "First name" << "given_name";
    QTest::newRow("Last Name") << "Last Name" << "family_name";
    QTest::newRow("Name") << "Name" << "full_name";
    QTest::newRow("Structure") << "Structure" << "organisation";
    QTest::newRow("Téléphone") << "Téléphone" << "phone";
    QTest::newRow("unknown") << "Taille de t-shirt" << "";
}

void tst_ContributorImport::guess_frenchAndEnglishHeaders()
{
    QFETCH(QString, header);
    QFETCH(QString, field);
    QCOMPARE(ImportMapping::guessField(header, ImportMapping::Kind::Contributors), field);
}

void tst_ContributorImport::dryRun_writesNothing_thenImportCreatesEveryone()
{
    test::TestCommunity community(true);
    const QStringList before = test::dumpAll(community.db());
    const ImportPlan plan = planFor(community.db(), cp1252(Members));
    QVERIFY2(plan.canApply(), qPrintable(plan.issues.value(0).message));
    QCOMPARE(plan.count(ImportRow::Action::Create), 3);
    QCOMPARE(plan.newOrganisations, QStringList{QStringLiteral("Communauté Test Import")});
    QCOMPARE(test::dumpAll(community.db()), before);   // the dry run wrote nothing

    QVERIFY(ContributorImport::apply(community.db(), plan));
    const core::ContributorRepository people(community.db());
    const qint64 zoe = people.findByEmail(QStringLiteral("ZOE.LOEUVRE@example.org"));
    QVERIFY(zoe > 0);
    const core::Contributor c = test::must(people.load(zoe));
    QCOMPARE(c.givenName, QStringLiteral("Zoé"));
    QCOMPARE(c.familyName, QStringLiteral("Lœuvre"));
    QCOMPARE(c.firstSeen, QDate(2019, 3, 12));
    QCOMPARE(c.affiliations.size(), 1);
    QCOMPARE(c.affiliations.first().title, QStringLiteral("géomaticienne"));
    QCOMPARE(core::OrganisationRepository(community.db()).nameOf(c.affiliations.first().organisationId),
             QStringLiteral("Parc national des Écrins"));   // the demo's own, not a copy
    QCOMPARE(test::scalar(community.db(), QStringLiteral("SELECT COUNT(*) FROM organisation WHERE name = ?"),
                          {QStringLiteral("Parc national des Écrins")}).toInt(), 1);
    const qint64 hugo = people.findByEmail(QStringLiteral("hugo.martin@example.org"));
    QCOMPARE(people.affiliations(hugo).value(0).name, QStringLiteral("Communauté Test Import"));
    QVERIFY(people.affiliations(people.findByEmail(QStringLiteral("lea.roux@example.org"))).isEmpty());
}

void tst_ContributorImport::secondImport_changesNothing_editedLineUpdates()
{
    test::TestCommunity community(false);
    QVERIFY(ContributorImport::apply(community.db(), planFor(community.db(), cp1252(Members))));
    const QStringList once = test::dumpAll(community.db());

    ImportPlan again = planFor(community.db(), cp1252(Members));
    QCOMPARE(again.count(ImportRow::Action::Skip), 3);
    QVERIFY(ContributorImport::apply(community.db(), again));
    QCOMPARE(test::dumpAll(community.db()), once);

    // The same file, Léa's phone added and her address in capitals: matched, updated.
    QString edited = Members;
    edited.replace(QStringLiteral("Prénom;Nom;Courriel;Structure;Fonction;Premier contact"),
                   QStringLiteral("Prénom;Nom;Courriel;Structure;Fonction;Premier contact;Téléphone"));
    edited.replace(QStringLiteral("12/03/2019\r\n"), QStringLiteral("12/03/2019;\r\n"));
    edited.replace(QStringLiteral("développeur;\r\n"), QStringLiteral("développeur;;\r\n"));
    edited.replace(QStringLiteral("lea.roux@example.org;;;2021-06-01"),
                   QStringLiteral("LEA.ROUX@example.org;;;2021-06-01;+33 4 92 00 00 00"));
    const ImportPlan update = planFor(community.db(), cp1252(edited));
    QVERIFY2(update.canApply(), qPrintable(update.issues.value(0).message));
    QCOMPARE(update.count(ImportRow::Action::Update), 1);
    QCOMPARE(update.count(ImportRow::Action::Skip), 2);
    const ImportRow &lea = *std::find_if(update.rows.cbegin(), update.rows.cend(),
                                         [](const ImportRow &r) { return r.action == ImportRow::Action::Update; });
    QCOMPARE(lea.changes, QStringList{QStringLiteral("Phone")});
    QVERIFY(ContributorImport::apply(community.db(), update));
    QCOMPARE(test::scalar(community.db(), QStringLiteral("SELECT phone FROM contributor WHERE family_name = 'Roux'")).toString(),
             QStringLiteral("+33 4 92 00 00 00"));
    QCOMPARE(test::countRows(community.db(), QStringLiteral("contributor")), 3);
    QCOMPARE(test::countRows(community.db(), QStringLiteral("contributor_email")), 3);   // same address, not added twice
}

void tst_ContributorImport::undo_ofUpdatesAndCreations_restoresEveryRow()
{
    test::TestCommunity community(false);
    QVERIFY(ContributorImport::apply(community.db(), planFor(community.db(), cp1252(Members))));
    const QStringList before = test::dumpAll(community.db());
    // Léa gets a second address (her e-mail rows are written again), Noé is new.
    const QByteArray file("Prénom;Nom;Courriel;Structure\n"
                          "Léa;Roux;lea.roux@example.org;Nouvelle Structure\n"
                          "Noé;Garnier;noe@example.org;\n");
    const ImportPlan plan = planFor(community.db(), file);
    QCOMPARE(plan.count(ImportRow::Action::Update), 1);
    QCOMPARE(plan.count(ImportRow::Action::Create), 1);
    QUndoStack stack;
    QVERIFY(core::RecordChangeCommand::push(
        &stack, core::RecordChangeCommand::perform(community.db(), nullptr, QStringLiteral("Import"),
                                                   ContributorImport::scope(plan),
                                                   [&] { return ContributorImport::apply(community.db(), plan); })));
    const QStringList after = test::dumpAll(community.db());
    QVERIFY(after != before);
    stack.undo();
    QCOMPARE(test::dumpAll(community.db()), before);
    stack.redo();
    QCOMPARE(test::dumpAll(community.db()), after);
}

void tst_ContributorImport::listExport_importedElsewhere_exportsTheSameFile()
{
    // The demo's contributors list, as File ▸ Export ▸ This List writes it for a
    // French spreadsheet, brought into an empty community and exported again.
    auto exportList = [](const core::Database &db) {
        std::unique_ptr<core::LazyListModel> model(core::ListModels::contributors(db, nullptr));
        model->sort(0, Qt::AscendingOrder);
        QList<int> columns;
        for (int c = 0; c < model->columnCount(); ++c)
            columns << c;
        return core::TableCsvWriter::toCsv(core::TableCsvWriter::fromList(*model, columns),
                                           core::CsvOptions::forFrenchSpreadsheet());
    };
    test::TestCommunity demo(true);
    const QByteArray original = exportList(demo.db());
    QVERIFY(original.count('\n') > 30);

    test::TestCommunity fresh(false);
    const ImportPlan plan = planFor(fresh.db(), original);
    QVERIFY2(plan.canApply(), qPrintable(plan.issues.value(0).message));
    QCOMPARE(plan.count(ImportRow::Action::Create), int(original.count('\n')) - 1);
    QVERIFY(ContributorImport::apply(fresh.db(), plan));
    QCOMPARE(exportList(fresh.db()), original);
    // And once more: nothing to do.
    QCOMPARE(planFor(fresh.db(), original).count(ImportRow::Action::Skip), plan.rows.size());
}

void tst_ContributorImport::matchesByNameWithinOrganisation()
{
    test::TestCommunity community(false);
    QVERIFY(ContributorImport::apply(community.db(), planFor(community.db(), cp1252(Members))));
    // No e-mail this time: Hugo Martin of the same organisation is the same person;
    // a Hugo Martin elsewhere is someone else.
    const QByteArray file("Prénom,Nom,Structure,Téléphone\n"
                          "Hugo,MARTIN,Communauté Test Import,0600000000\n"
                          "Hugo,Martin,Framasoft,\n");
    const ImportPlan plan = planFor(community.db(), file);
    QVERIFY2(plan.canApply(), qPrintable(plan.issues.value(0).message));
    QCOMPARE(plan.rows.at(0).action, ImportRow::Action::Update);
    QVERIFY(plan.rows.at(0).existingId > 0);
    QCOMPARE(plan.rows.at(1).action, ImportRow::Action::Create);
}

void tst_ContributorImport::badLines_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");
    const QByteArray head("Prénom;Nom;Courriel;Premier contact\n");
    QTest::newRow("wrong column count") << head + "Zoé;Roux;zoe@example.org\nLéa;Roux;lea@example.org;\n"
                                        << 2 << "" << "has 3 fields where the header has 4";
    QTest::newRow("impossible date") << head + "Zoé;Roux;zoe@example.org;31/02/2026\n" << 2 << "Premier contact"
                                     << "not a day of the calendar";
    QTest::newRow("not a date") << head + "Zoé;Roux;zoe@example.org;mars 2026\n" << 2 << "Premier contact" << "not a date";
    QTest::newRow("bad e-mail") << head + "Zoé;Roux;zoe(at)example.org;\n" << 2 << "Courriel" << "not an e-mail address";
    QTest::newRow("no family name") << head + "Zoé;;zoe@example.org;\n" << 2 << "Nom" << "family name is missing";
    QTest::newRow("same e-mail twice") << head + "Zoé;Roux;zoe@example.org;\n\nZoé;Roux;ZOE@example.org;\n"
                                       << 4 << "Courriel" << "already on line 2";
}

void tst_ContributorImport::badLines()
{
    QFETCH(QByteArray, file);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, message);
    test::TestCommunity community(true);
    const QStringList before = test::dumpAll(community.db());
    const ImportPlan plan = planFor(community.db(), file);
    QVERIFY(!plan.canApply());
    QCOMPARE(plan.issues.first().line, line);
    QCOMPARE(plan.issues.first().column, column);
    QVERIFY2(plan.issues.first().message.contains(message), qPrintable(plan.issues.first().message));
    const core::Result applied = ContributorImport::apply(community.db(), plan).result();
    QVERIFY(!applied);
    QVERIFY2(applied.message().contains(QStringLiteral("nothing was imported")), qPrintable(applied.message()));
    QCOMPARE(test::dumpAll(community.db()), before);
}

void tst_ContributorImport::cancel_leavesTheDatabaseAsItWas()
{
    test::TestCommunity community(true);
    QByteArray file("Prénom;Nom;Courriel;Structure\n");
    for (int i = 0; i < 500; ++i)
        file += QStringLiteral("Personne;Numéro %1;p%1@example.org;Nouvelle structure %2\n").arg(i).arg(i % 7).toUtf8();
    const ImportPlan plan = planFor(community.db(), file);
    QCOMPARE(plan.count(ImportRow::Action::Create), 500);
    const QStringList before = test::dumpAll(community.db());
    int calls = 0;
    const auto r = ContributorImport::apply(community.db(), plan, [&calls](int done, int total) {
        Q_UNUSED(total)
        ++calls;
        return done < 300;   // Cancel pressed part-way
    });
    QVERIFY(!r);
    QVERIFY2(r.message().contains(QStringLiteral("cancelled")), qPrintable(r.message()));
    QVERIFY(calls > 1);
    QCOMPARE(test::dumpAll(community.db()), before);   // organisations created first are gone too
}

void tst_ContributorImport::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("ok");
    QTest::newRow("french") << "30/03/2026" << QDate(2026, 3, 30) << true;
    QTest::newRow("short day and month") << "3/4/2026" << QDate(2026, 4, 3) << true;
    QTest::newRow("dots") << "30.03.2026" << QDate(2026, 3, 30) << true;
    QTest::newRow("iso") << "2026-03-30" << QDate(2026, 3, 30) << true;
    QTest::newRow("empty") << "  " << QDate() << true;
    QTest::newRow("29 February, leap year") << "29/02/2028" << QDate(2028, 2, 29) << true;
    QTest::newRow("29 February, not leap") << "29/02/2026" << QDate() << false;
    QTest::newRow("month 13") << "01/13/2026" << QDate() << false;
    QTest::newRow("two-digit year") << "30/03/26" << QDate() << false;
    QTest::newRow("words") << "demain" << QDate() << false;
}

void tst_ContributorImport::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(bool, ok);
    const core::Fallible<QDate> parsed = ContributorImport::parseDate(text);
    QCOMPARE(bool(parsed), ok);
    if (ok)
        QCOMPARE(parsed.value(), date);
}

void tst_ContributorImport::mappingJson_roundTripAndErrors()
{
    const QStringList header{QStringLiteral("Mél"), QStringLiteral("Patronyme"), QStringLiteral("Ignored")};
    ImportMapping mapping;
    mapping.set(0, QStringLiteral("email"));
    mapping.set(1, QStringLiteral("family_name"));
    const QByteArray json = mapping.toJson(header);
    const core::Fallible<ImportMapping> back = ImportMapping::fromJson(json, header, ImportMapping::Kind::Contributors);
    QVERIFY2(back, qPrintable(back.message()));
    QCOMPARE(back.value().column(QStringLiteral("email")), 0);
    QCOMPARE(back.value().column(QStringLiteral("family_name")), 1);
    QCOMPARE(back.value().field(2), QString());

    core::Fallible<ImportMapping> bad = ImportMapping::fromJson("{\"Mél\": \"shoe_size\"}", header,
                                                                ImportMapping::Kind::Contributors);
    QVERIFY(!bad);
    QVERIFY2(bad.message().contains(QStringLiteral("shoe_size")), qPrintable(bad.message()));
    bad = ImportMapping::fromJson("{\"Courriel\": \"email\"}", header, ImportMapping::Kind::Contributors);
    QVERIFY(!bad);
    QVERIFY2(bad.message().contains(QStringLiteral("Courriel")), qPrintable(bad.message()));
    bad = ImportMapping::fromJson("[1, 2", header, ImportMapping::Kind::Contributors);
    QVERIFY(!bad);
}

QTEST_GUILESS_MAIN(tst_ContributorImport)
#include "tst_ContributorImport.moc"
