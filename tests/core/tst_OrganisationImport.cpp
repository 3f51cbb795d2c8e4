// OrganisationImport: a member list from a spreadsheet, imported into the demo
// community: known structures matched by name or acronym and completed, new
// ones created with their kind and country read from words, bad lines refused
// and nothing written, a second import changing nothing.
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "domain/CountryNames.h"
#include "io/OrganisationImport.h"

#include <QTest>

using namespace convivium;
using core::CsvDocument;
using core::CsvReader;
using core::ImportMapping;
using core::ImportPlan;
using core::ImportRow;
using core::OrganisationImport;

namespace {

ImportPlan planFor(const core::Database &db, const QString &text)
{
    const CsvDocument doc = test::must(CsvReader::read(text.toUtf8()));
    return OrganisationImport::plan(db, doc, ImportMapping::guess(doc.header, ImportMapping::Kind::Organisations));
}

QVariant column(const core::Database &db, const QString &column, const QString &name)
{
    return test::scalar(db, QStringLiteral("SELECT %1 FROM organisation WHERE name = ?").arg(column), {name});
}

} // namespace

class tst_OrganisationImport : public QObject
{
    Q_OBJECT
private slots:
    void createsAndCompletes_thenChangesNothing();
    void badLines_data();
    void badLines();
    void countryCodes();
};

void tst_OrganisationImport::createsAndCompletes_thenChangesNothing()
{
    test::TestCommunity community(true);
    const core::Database &db = community.db();
    const QString known = test::scalar(db, QStringLiteral("SELECT name FROM organisation ORDER BY id LIMIT 1")).toString();
    const int before = test::countRows(db, QStringLiteral("organisation"));
    const QString text = QStringLiteral("Nom,Sigle,Type,Pays,Ville,Site web\n"
                                        "Syndicat Mixte Test,SMT,Municipality,France,Foix,https://smt.example.org\n"
                                        "Agence Andine,,research,Bolivia,La Paz,\n"
                                        "\"%1\",,,,Ville Nouvelle,\n").arg(known);
    const ImportPlan plan = planFor(db, text);
    QVERIFY2(plan.canApply(), qPrintable(plan.issues.value(0).message));
    QCOMPARE(plan.count(ImportRow::Action::Create), 2);
    QCOMPARE(plan.count(ImportRow::Action::Update), 1);
    QCOMPARE(plan.rows.at(2).changes, QStringList{QStringLiteral("City")});
    QVERIFY(OrganisationImport::apply(db, plan));
    QCOMPARE(test::countRows(db, QStringLiteral("organisation")), before + 2);
    QCOMPARE(column(db, QStringLiteral("kind"), QStringLiteral("Syndicat Mixte Test")).toString(), QStringLiteral("municipality"));
    QCOMPARE(column(db, QStringLiteral("country"), QStringLiteral("Syndicat Mixte Test")).toString(), QStringLiteral("FR"));
    QCOMPARE(column(db, QStringLiteral("acronym"), QStringLiteral("Syndicat Mixte Test")).toString(), QStringLiteral("SMT"));
    QCOMPARE(column(db, QStringLiteral("country"), QStringLiteral("Agence Andine")).toString(), QStringLiteral("BO"));
    QCOMPARE(column(db, QStringLiteral("city"), known).toString(), QStringLiteral("Ville Nouvelle"));

    const QStringList after = test::dumpAll(db);
    const ImportPlan again = planFor(db, text);
    QCOMPARE(again.count(ImportRow::Action::Skip), 3);
    // Matched by acronym too.
    const ImportPlan byAcronym = planFor(db, QStringLiteral("Nom,Sigle\nAutre nom,SMT\n"));
    QCOMPARE(byAcronym.count(ImportRow::Action::Update), 1);
    QVERIFY(OrganisationImport::apply(db, again));
    QCOMPARE(test::dumpAll(db), after);
}

void tst_OrganisationImport::badLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("no name") << ",SMT,,FR" << "Nom" << "name is missing";
    QTest::newRow("unknown kind") << "X,,Licorne,FR" << "Type" << "not a kind";
    QTest::newRow("unknown country") << "X,,,Atlantide" << "Pays" << "not a country";
    QTest::newRow("twice") << "Premier,,,FR" << "Nom" << "already on line 2";
}

void tst_OrganisationImport::badLines()
{
    QFETCH(QString, line);
    QFETCH(QString, column);
    QFETCH(QString, message);
    test::TestCommunity community(true);
    const QStringList before = test::dumpAll(community.db());
    const ImportPlan plan = planFor(community.db(), QStringLiteral("Nom,Sigle,Type,Pays\nPremier,,,FR\n") + line + u'\n');
    QVERIFY(!plan.canApply());
    QCOMPARE(plan.issues.first().line, 3);
    QCOMPARE(plan.issues.first().column, column);
    QVERIFY2(plan.issues.first().message.contains(message), qPrintable(plan.issues.first().message));
    QVERIFY(!OrganisationImport::apply(community.db(), plan));
    QCOMPARE(test::dumpAll(community.db()), before);
}

void tst_OrganisationImport::countryCodes()
{
    QCOMPARE(core::CountryNames::codeFor(QStringLiteral("fr")), QStringLiteral("FR"));
    QCOMPARE(core::CountryNames::codeFor(QStringLiteral("Bolivie")), QStringLiteral("BO"));
    QCOMPARE(core::CountryNames::codeFor(QStringLiteral("united states")), QStringLiteral("US"));
    QCOMPARE(core::CountryNames::codeFor(QStringLiteral("Allemagne")), QStringLiteral("DE"));
    QCOMPARE(core::CountryNames::codeFor(QStringLiteral("Atlantide")), QString());
}

QTEST_GUILESS_MAIN(tst_OrganisationImport)
#include "tst_OrganisationImport.moc"
