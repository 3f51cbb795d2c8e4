// ContributorRepository: round trips, unique e-mail addresses without half
// writes, and the derived columns (current organisation, search key).
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "repositories/ContributorRepository.h"
#include "repositories/OrganisationRepository.h"

#include <QTest>

using namespace convivium;
using core::Affiliation;
using core::Contributor;
using core::ContributorRepository;

namespace {

qint64 organisation(const core::Database &db, const QString &name, const QString &acronym = {})
{
    core::Organisation o;
    o.name = name;
    o.acronym = acronym;
    return test::must(core::OrganisationRepository(db).insert(o));
}

Contributor person(const QString &given, const QString &family, const QStringList &emails)
{
    Contributor c;
    c.givenName = given;
    c.familyName = family;
    c.emails = emails;
    return c;
}

QList<qint64> namesFound(const ContributorRepository &repo, const QString &text)
{
    QList<qint64> ids;
    for (const core::NamedRef &r : repo.search(text, 50))
        ids << r.id;
    return ids;
}

} // namespace

class tst_ContributorRepository : public QObject
{
    Q_OBJECT

private slots:
    void insertThenLoad_roundTripsEveryFieldAndChildList();
    void update_replacesEveryChildList();
    void remove_deletesTheContributorAndFreesTheirAddresses();
    void findByEmail_ignoresCaseAndSpaces_data();
    void findByEmail_ignoresCaseAndSpaces();
    void insert_withAnAddressAlreadyUsed_isRefusedAndWritesNothing();
    void update_withAnAddressAlreadyUsed_keepsThePreviousRows();
    void refreshDerived_picksTheCurrentOrganisation_data();
    void refreshDerived_picksTheCurrentOrganisation();
    void searchKey_findsByNameWithoutAccentsAndByOrganisation_data();
    void searchKey_findsByNameWithoutAccentsAndByOrganisation();
    void refreshForOrganisation_followsARename();
    void summaries_listNamesakesInTheOrderOfTheirIds();
};

void tst_ContributorRepository::insertThenLoad_roundTripsEveryFieldAndChildList()
{
    test::TestCommunity tc;
    ContributorRepository repo(tc.db());
    const qint64 ecrins = organisation(tc.db(), QStringLiteral("Parc national des Écrins"));
    const qint64 ign = organisation(tc.db(), QStringLiteral("IGN"));

    Contributor c = person(QStringLiteral("Hélène"), QStringLiteral("Dubois-Lefèvre"),
                           {QStringLiteral("helene.dubois@example.org"), QStringLiteral("hd@example.net")});
    c.phone = QStringLiteral("+33 4 92 40 20 10");
    c.languages = {QStringLiteral("fr"), QStringLiteral("en")};
    c.handles = {{QStringLiteral("forge"), QStringLiteral("hdubois")}, {QStringLiteral("chat"), QStringLiteral("@helene:matrix.org")}};
    c.affiliations = {{0, ign, QStringLiteral("Ingénieure"), QDate(2015, 1, 1), QDate(2019, 8, 31)},
                      {0, ecrins, QStringLiteral("Cheffe de projet SIG"), QDate(2019, 9, 1), QDate()}};
    c.contributionKinds = {QStringLiteral("code"), QStringLiteral("translation")};
    c.consents = {{QStringLiteral("contact_email"), true, QDate(2024, 3, 1)},
                  {QStringLiteral("photos"), false, QDate(2024, 3, 2)}};
    c.firstSeen = QDate(2016, 5, 4);
    c.codeOfConductAcceptedOn = QDate(2024, 3, 1);
    c.notes = QStringLiteral("Vient en train.");
    auto id = repo.insert(c);
    QVERIFY2(id, qPrintable(id.message()));

    auto loaded = repo.load(id.value());
    QVERIFY2(loaded, qPrintable(loaded.message()));
    const Contributor &l = loaded.value();
    QCOMPARE(l.id, id.value());
    QCOMPARE(l.givenName, c.givenName);
    QCOMPARE(l.familyName, c.familyName);
    QCOMPARE(l.emails, c.emails);
    QCOMPARE(l.primaryEmail(), QStringLiteral("helene.dubois@example.org"));
    QCOMPARE(l.phone, c.phone);
    QCOMPARE(l.languages, c.languages);
    QCOMPARE(l.handles.size(), 2);
    QCOMPARE(l.handles[0].kind, QStringLiteral("forge"));
    QCOMPARE(l.handles[0].handle, QStringLiteral("hdubois"));
    QCOMPARE(l.handles[1].kind, QStringLiteral("chat"));
    QCOMPARE(l.handles[1].handle, QStringLiteral("@helene:matrix.org"));
    QCOMPARE(l.affiliations.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(l.affiliations[i].id > 0);
        QCOMPARE(l.affiliations[i].organisationId, c.affiliations[i].organisationId);
        QCOMPARE(l.affiliations[i].title, c.affiliations[i].title);
        QCOMPARE(l.affiliations[i].from, c.affiliations[i].from);
        QCOMPARE(l.affiliations[i].to, c.affiliations[i].to);
    }
    QCOMPARE(l.contributionKinds, c.contributionKinds);
    QCOMPARE(l.consents.size(), 2);
    QCOMPARE(l.consents[0].kind, QStringLiteral("contact_email"));
    QCOMPARE(l.consents[0].granted, true);
    QCOMPARE(l.consents[0].recordedOn, QDate(2024, 3, 1));
    QCOMPARE(l.consents[1].granted, false);
    QCOMPARE(l.firstSeen, c.firstSeen);
    QCOMPARE(l.codeOfConductAcceptedOn, c.codeOfConductAcceptedOn);
    QCOMPARE(l.notes, c.notes);
    QCOMPARE(l.version, 1);
    // The list shows the primary address without loading every child row.
    QCOMPARE(test::scalar(tc.db(), QStringLiteral("SELECT email FROM contributor WHERE id = ?"), {id.value()}).toString(),
             QStringLiteral("helene.dubois@example.org"));
}

void tst_ContributorRepository::update_replacesEveryChildList()
{
    test::TestCommunity tc;
    ContributorRepository repo(tc.db());
    const qint64 a = organisation(tc.db(), QStringLiteral("Camptocamp"));
    const qint64 b = organisation(tc.db(), QStringLiteral("Makina Corpus"));
    Contributor c = person(QStringLiteral("Loïc"), QStringLiteral("Le Gall"),
                           {QStringLiteral("loic@example.org"), QStringLiteral("lg@example.net")});
    c.handles = {{QStringLiteral("forge"), QStringLiteral("lgall")}};
    c.affiliations = {{0, a, QStringLiteral("Dev"), QDate(2018, 1, 1), QDate()}};
    c.contributionKinds = {QStringLiteral("code")};
    c.consents = {{QStringLiteral("photos"), true, QDate(2023, 1, 1)}};
    const qint64 id = test::must(repo.insert(c));

    Contributor edited = test::must(repo.load(id));
    edited.emails = {QStringLiteral("loic.legall@example.org")};
    edited.handles = {{QStringLiteral("chat"), QStringLiteral("@loic")}};
    edited.affiliations = {{0, b, QStringLiteral("Lead"), QDate(2022, 2, 1), QDate()}};
    edited.contributionKinds = {QStringLiteral("documentation"), QStringLiteral("event_organisation")};
    edited.consents = {{QStringLiteral("public_lists"), true, QDate(2025, 1, 1)}};
    const core::Result r = repo.update(edited);
    QVERIFY2(r, qPrintable(r.message()));

    const Contributor l = test::must(repo.load(id));
    QCOMPARE(l.version, 2);
    QCOMPARE(l.emails, QStringList{QStringLiteral("loic.legall@example.org")});
    QCOMPARE(l.handles.size(), 1);
    QCOMPARE(l.handles[0].handle, QStringLiteral("@loic"));
    QCOMPARE(l.affiliations.size(), 1);
    QCOMPARE(l.affiliations[0].organisationId, b);
    QCOMPARE(l.contributionKinds, edited.contributionKinds);
    QCOMPARE(l.consents.size(), 1);
    QCOMPARE(l.consents[0].kind, QStringLiteral("public_lists"));
    QCOMPARE(repo.findByEmail(QStringLiteral("loic@example.org")), 0);   // the old address is free again
    for (const char *table : {"contributor_email", "contributor_handle", "affiliation", "consent"})
        QCOMPARE(test::countRows(tc.db(), QString::fromLatin1(table)), 1);
}

void tst_ContributorRepository::remove_deletesTheContributorAndFreesTheirAddresses()
{
    test::TestCommunity tc;
    ContributorRepository repo(tc.db());
    const qint64 org = organisation(tc.db(), QStringLiteral("Rennes Métropole"));
    Contributor c = person(QStringLiteral("Anaïs"), QStringLiteral("Roux"), {QStringLiteral("anais@example.org")});
    c.affiliations = {{0, org, {}, {}, {}}};
    c.handles = {{QStringLiteral("forge"), QStringLiteral("aroux")}};
    const qint64 id = test::must(repo.insert(c));
    const qint64 other = test::must(repo.insert(person({}, QStringLiteral("Other"), {QStringLiteral("o@example.org")})));

    QVERIFY(repo.remove(id));
    QVERIFY(!repo.load(id));
    QCOMPARE(repo.findByEmail(QStringLiteral("anais@example.org")), 0);
    QCOMPARE(test::countRows(tc.db(), QStringLiteral("affiliation")), 0);
    QCOMPARE(test::countRows(tc.db(), QStringLiteral("contributor_handle")), 0);
    QCOMPARE(test::countRows(tc.db(), QStringLiteral("contributor_email")), 1);
    QVERIFY(repo.load(other));
    QVERIFY(repo.insert(person({}, QStringLiteral("Roux"), {QStringLiteral("anais@example.org")})));
}

void tst_ContributorRepository::findByEmail_ignoresCaseAndSpaces_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("found");
    QTest::newRow("as stored") << "Jean.Dupont@Example.org" << true;
    QTest::newRow("lower case") << "jean.dupont@example.org" << true;
    QTest::newRow("upper case") << "JEAN.DUPONT@EXAMPLE.ORG" << true;
    QTest::newRow("surrounding spaces") << "  jean.dupont@example.org " << true;
    QTest::newRow("second address") << "JD@example.net" << true;
    QTest::newRow("someone else") << "jean.dupond@example.org" << false;
    QTest::newRow("empty") << "" << false;
}

void tst_ContributorRepository::findByEmail_ignoresCaseAndSpaces()
{
    QFETCH(QString, typed);
    QFETCH(bool, found);
    test::TestCommunity tc;
    ContributorRepository repo(tc.db());
    test::must(repo.insert(person({}, QStringLiteral("First"), {QStringLiteral("first@example.org")})));
    const qint64 id = test::must(repo.insert(person(QStringLiteral("Jean"), QStringLiteral("Dupont"),
                                                    {QStringLiteral("Jean.Dupont@Example.org"), QStringLiteral("jd@example.net")})));
    QCOMPARE(repo.findByEmail(typed), found ? id : 0);
}

void tst_ContributorRepository::insert_withAnAddressAlreadyUsed_isRefusedAndWritesNothing()
{
    test::TestCommunity tc;
    ContributorRepository repo(tc.db());
    const qint64 org = organisation(tc.db(), QStringLiteral("Région Sud"));
    QVERIFY(repo.insert(person(QStringLiteral("Marie"), QStringLiteral("Curie"), {QStringLiteral("marie@example.org")})));
    const QStringList before = test::dumpAll(tc.db());

    Contributor twin = person(QStringLiteral("Marie"), QStringLiteral("Curie-Bis"),
                              {QStringLiteral("new@example.org"), QStringLiteral("MARIE@example.org")});
    twin.affiliations = {{0, org, {}, QDate(2020, 1, 1), {}}};
    twin.handles = {{QStringLiteral("forge"), QStringLiteral("mcurie")}};
    auto id = repo.insert(twin);
    QVERIFY(!id);
    QCOMPARE(id.message(), QStringLiteral("The e-mail address MARIE@example.org is already used by another contributor."));
    QCOMPARE(test::dumpAll(tc.db()), before);   // not even the contributor row or the first address
}

void tst_ContributorRepository::update_withAnAddressAlreadyUsed_keepsThePreviousRows()
{
    test::TestCommunity tc;
    ContributorRepository repo(tc.db());
    test::must(repo.insert(person({}, QStringLiteral("Owner"), {QStringLiteral("taken@example.org")})));
    Contributor c = person(QStringLiteral("Paul"), QStringLiteral("Martin"), {QStringLiteral("paul@example.org")});
    c.handles = {{QStringLiteral("forge"), QStringLiteral("pmartin")}};
    const qint64 id = test::must(repo.insert(c));
    const QStringList before = test::dumpAll(tc.db());

    Contributor edited = test::must(repo.load(id));
    edited.familyName = QStringLiteral("Martin-Renamed");
    edited.emails = {QStringLiteral("taken@example.org")};
    edited.handles.clear();
    QVERIFY(!repo.update(edited));
    QCOMPARE(test::dumpAll(tc.db()), before);
}

void tst_ContributorRepository::refreshDerived_picksTheCurrentOrganisation_data()
{
    // Affiliations as (organisation index, from year, to year or 0 for open); expected index or -1.
    QTest::addColumn<QList<QList<int>>>("affiliations");
    QTest::addColumn<int>("expected");
    QTest::newRow("none") << QList<QList<int>>{} << -1;
    QTest::newRow("one open") << QList<QList<int>>{{0, 2010, 0}} << 0;
    QTest::newRow("open beats an ended one that started later")
        << QList<QList<int>>{{0, 2010, 0}, {1, 2020, 2023}} << 0;
    QTest::newRow("open beats an ended one listed first")
        << QList<QList<int>>{{1, 2015, 2018}, {2, 2019, 0}} << 2;
    QTest::newRow("only ended: the one that ended last")
        << QList<QList<int>>{{0, 2005, 2024}, {1, 2010, 2012}} << 0;
    QTest::newRow("two open: the one that started last")
        << QList<QList<int>>{{1, 2021, 0}, {0, 2012, 0}} << 1;
}

void tst_ContributorRepository::refreshDerived_picksTheCurrentOrganisation()
{
    QFETCH(QList<QList<int>>, affiliations);
    QFETCH(int, expected);
    test::TestCommunity tc;
    ContributorRepository repo(tc.db());
    const QList<qint64> orgs{organisation(tc.db(), QStringLiteral("Alpha")), organisation(tc.db(), QStringLiteral("Beta")),
                             organisation(tc.db(), QStringLiteral("Gamma"))};
    Contributor c = person(QStringLiteral("Yann"), QStringLiteral("Kerjean"), {});
    for (const QList<int> &a : affiliations)
        c.affiliations << Affiliation{0, orgs[a[0]], {}, QDate(a[1], 1, 1), a[2] ? QDate(a[2], 12, 31) : QDate()};
    const qint64 id = test::must(repo.insert(c));
    const qint64 bystander = test::must(repo.insert(person({}, QStringLiteral("Bystander"), {})));
    // Wipe the derived columns, as an import writing rows directly would leave them.
    test::exec(tc.db(), QStringLiteral("UPDATE contributor SET current_organisation_id = NULL, search_key = ''"));

    const core::Result r = repo.refreshDerived();
    QVERIFY2(r, qPrintable(r.message()));
    const QVariant current = test::scalar(tc.db(), QStringLiteral("SELECT current_organisation_id FROM contributor WHERE id = ?"), {id});
    if (expected < 0)
        QVERIFY(current.isNull());
    else
        QCOMPARE(current.toLongLong(), orgs[expected]);
    QCOMPARE(test::scalar(tc.db(), QStringLiteral("SELECT search_key FROM contributor WHERE id = ?"), {bystander}).toString(),
             QStringLiteral("bystander"));
}

void tst_ContributorRepository::searchKey_findsByNameWithoutAccentsAndByOrganisation_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");   // family names found
    QTest::newRow("accent-less given name") << "helene" << QStringList{QStringLiteral("Dubois")};
    QTest::newRow("accented, upper case") << "HÉLÈNE" << QStringList{QStringLiteral("Dubois")};
    QTest::newRow("organisation name") << "ecrins" << QStringList{QStringLiteral("Dubois")};
    QTest::newRow("organisation acronym") << "pnv" << QStringList{QStringLiteral("Bernard")};
    QTest::newRow("e-mail") << "lgall@" << QStringList{QStringLiteral("Le Gall")};
    QTest::newRow("handle") << "kerforge" << QStringList{QStringLiteral("Le Gall")};
    QTest::newRow("two words, both must match") << "loic gall" << QStringList{QStringLiteral("Le Gall")};
    QTest::newRow("two words, one misses") << "loic ecrins" << QStringList{};
    QTest::newRow("former organisation is not searched") << "ign" << QStringList{};
}

void tst_ContributorRepository::searchKey_findsByNameWithoutAccentsAndByOrganisation()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    test::TestCommunity tc;
    ContributorRepository repo(tc.db());
    const qint64 ecrins = organisation(tc.db(), QStringLiteral("Parc national des Écrins"));
    const qint64 vanoise = organisation(tc.db(), QStringLiteral("Parc national de la Vanoise"), QStringLiteral("PNV"));
    const qint64 ign = organisation(tc.db(), QStringLiteral("Institut géographique national"), QStringLiteral("IGN"));
    Contributor helene = person(QStringLiteral("Hélène"), QStringLiteral("Dubois"), {QStringLiteral("hd@example.org")});
    helene.affiliations = {{0, ign, {}, QDate(2010, 1, 1), QDate(2014, 1, 1)}, {0, ecrins, {}, QDate(2014, 2, 1), {}}};
    Contributor loic = person(QStringLiteral("Loïc"), QStringLiteral("Le Gall"), {QStringLiteral("lgall@example.org")});
    loic.handles = {{QStringLiteral("forge"), QStringLiteral("kerforge")}};
    Contributor paul = person(QStringLiteral("Paul"), QStringLiteral("Bernard"), {QStringLiteral("pb@example.org")});
    paul.affiliations = {{0, vanoise, {}, {}, {}}};
    for (const Contributor &c : {helene, loic, paul})
        QVERIFY(repo.insert(c));

    QStringList found;
    for (const core::NamedRef &r : repo.search(typed, 10))
        found << test::must(repo.load(r.id)).familyName;
    found.sort();
    QCOMPARE(found, expected);
}

void tst_ContributorRepository::refreshForOrganisation_followsARename()
{
    test::TestCommunity tc;
    ContributorRepository repo(tc.db());
    core::OrganisationRepository organisations(tc.db());
    const qint64 org = organisation(tc.db(), QStringLiteral("Syndicat mixte"));
    Contributor c = person(QStringLiteral("Zoé"), QStringLiteral("Martin"), {});
    c.affiliations = {{0, org, {}, {}, {}}};
    const qint64 id = test::must(repo.insert(c));
    QCOMPARE(namesFound(repo, QStringLiteral("syndicat")), QList<qint64>{id});

    core::Organisation renamed = test::must(organisations.load(org));
    renamed.name = QStringLiteral("Géo Vallées");
    QVERIFY(organisations.update(renamed));
    QVERIFY(repo.refreshForOrganisation(org));
    QCOMPARE(namesFound(repo, QStringLiteral("geo vallees")), QList<qint64>{id});
    QVERIFY(namesFound(repo, QStringLiteral("syndicat")).isEmpty());
}

void tst_ContributorRepository::summaries_listNamesakesInTheOrderOfTheirIds()
{
    test::TestCommunity tc;
    ContributorRepository repo(tc.db());
    const qint64 first = test::must(repo.insert(person(QStringLiteral("Ana"), QStringLiteral("Blanc"), {QStringLiteral("a1@example.org")})));
    const qint64 second = test::must(repo.insert(person(QStringLiteral("Ana"), QStringLiteral("Blanc"), {QStringLiteral("a2@example.org")})));
    // An edit moves the first one's row after the second in PostgreSQL's pages.
    Contributor edited = test::must(repo.load(first));
    edited.emails = {QStringLiteral("ana.blanc@example.org")};
    QVERIFY(repo.update(edited));

    QList<qint64> ids;
    for (const core::ContributorSummary &s : repo.summaries(QString()))
        ids << s.id;
    QCOMPARE(ids, (QList<qint64>{first, second}));
}

QTEST_GUILESS_MAIN(tst_ContributorRepository)
#include "tst_ContributorRepository.moc"
