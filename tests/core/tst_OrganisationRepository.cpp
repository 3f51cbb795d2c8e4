// OrganisationRepository: what is saved is what comes back, child lists are
// replaced as a whole, and a failed save writes nothing.
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "repositories/OrganisationRepository.h"

#include <QTest>

using namespace convivium;
using core::Organisation;
using core::OrganisationMembership;
using core::OrganisationRelation;
using core::OrganisationRepository;

namespace {

qint64 insertNamed(const OrganisationRepository &repo, const QString &name, qint64 parentId = 0)
{
    Organisation o;
    o.name = name;
    o.parentId = parentId;
    auto id = repo.insert(o);
    if (!id)
        qFatal("cannot insert %s: %s", qPrintable(name), qPrintable(id.message()));
    return id.value();
}

} // namespace

class tst_OrganisationRepository : public QObject
{
    Q_OBJECT

private slots:
    void insertThenLoad_roundTripsEveryFieldAndChildList();
    void insert_storesTrimmedTextAndUpperCaseCountry();
    void update_replacesRelationsAndMemberships();
    void update_ofADeletedOrganisation_fails();
    void insert_withAYearTwice_failsAndWritesNothing();
    void remove_deletesTheOrganisationAndItsOwnRows();
    void ancestors_followTheParentChain_data();
    void ancestors_followTheParentChain();
    void ancestors_stopOnACycle();
    void relations_showBothDirections();
};

void tst_OrganisationRepository::insertThenLoad_roundTripsEveryFieldAndChildList()
{
    test::TestCommunity tc;
    OrganisationRepository repo(tc.db());
    const qint64 state = insertNamed(repo, QStringLiteral("République française"));
    const qint64 geobretagne = insertNamed(repo, QStringLiteral("GeoBretagne"));

    Organisation o;
    o.name = QStringLiteral("Région Bretagne");
    o.acronym = QStringLiteral("RB");
    o.kind = QStringLiteral("region");
    o.country = QStringLiteral("FR");
    o.city = QStringLiteral("Rennes");
    o.website = QStringLiteral("https://www.bretagne.bzh");
    o.platformName = QStringLiteral("GeoBretagne");
    o.platformUrl = QStringLiteral("https://geobretagne.fr");
    o.parentId = state;
    o.roles = QStringList{QStringLiteral("user"), QStringLiteral("funder")};
    o.publicConsent = true;
    o.publicConsentOn = QDate(2025, 6, 12);
    o.notes = QStringLiteral("Anime la plateforme.\nDeux lignes.");
    o.relations = {{0, geobretagne, QStringLiteral("operates_for")}, {0, state, QStringLiteral("partner_of")}};
    o.memberships = {{0, 2024, 150000, QStringLiteral("paid")}, {0, 2025, 160000, QStringLiteral("pending")}};
    auto id = repo.insert(o);
    QVERIFY2(id, qPrintable(id.message()));
    QVERIFY(id.value() > 0);

    auto loaded = repo.load(id.value());
    QVERIFY2(loaded, qPrintable(loaded.message()));
    const Organisation &l = loaded.value();
    QCOMPARE(l.id, id.value());
    QCOMPARE(l.name, o.name);
    QCOMPARE(l.acronym, o.acronym);
    QCOMPARE(l.kind, o.kind);
    QCOMPARE(l.country, o.country);
    QCOMPARE(l.city, o.city);
    QCOMPARE(l.website, o.website);
    QCOMPARE(l.platformName, o.platformName);
    QCOMPARE(l.platformUrl, o.platformUrl);
    QCOMPARE(l.parentId, state);
    QCOMPARE(l.roles, o.roles);
    QCOMPARE(l.publicConsent, true);
    QCOMPARE(l.publicConsentOn, o.publicConsentOn);
    QCOMPARE(l.notes, o.notes);
    QCOMPARE(l.version, 1);
    QCOMPARE(l.relations.size(), 2);
    QCOMPARE(l.relations[0].otherId, geobretagne);
    QCOMPARE(l.relations[0].kind, QStringLiteral("operates_for"));
    QCOMPARE(l.relations[1].otherId, state);
    QCOMPARE(l.relations[1].kind, QStringLiteral("partner_of"));
    QVERIFY(l.relations[0].id > 0);
    QCOMPARE(l.memberships.size(), 2);
    QCOMPARE(l.memberships[0].year, 2024);
    QCOMPARE(l.memberships[0].feeCents, 150000);
    QCOMPARE(l.memberships[0].status, QStringLiteral("paid"));
    QCOMPARE(l.memberships[1].year, 2025);
    QCOMPARE(l.memberships[1].feeCents, 160000);
    QCOMPARE(l.memberships[1].status, QStringLiteral("pending"));

    // Empty optional values come back empty, not as "0" or an invalid parent.
    auto bare = repo.load(state);
    QVERIFY(bare);
    QCOMPARE(bare.value().parentId, 0);
    QVERIFY(!bare.value().publicConsentOn.isValid());
    QVERIFY(bare.value().roles.isEmpty());
}

void tst_OrganisationRepository::insert_storesTrimmedTextAndUpperCaseCountry()
{
    test::TestCommunity tc;
    OrganisationRepository repo(tc.db());
    Organisation o;
    o.name = QStringLiteral("  Parc national des Écrins \n");
    o.country = QStringLiteral(" fr");
    o.city = QStringLiteral(" Gap ");
    auto id = repo.insert(o);
    QVERIFY(id);
    const Organisation l = test::must(repo.load(id.value()));
    QCOMPARE(l.name, QStringLiteral("Parc national des Écrins"));
    QCOMPARE(l.country, QStringLiteral("FR"));
    QCOMPARE(l.city, QStringLiteral("Gap"));
}

void tst_OrganisationRepository::update_replacesRelationsAndMemberships()
{
    test::TestCommunity tc;
    OrganisationRepository repo(tc.db());
    const qint64 a = insertNamed(repo, QStringLiteral("OSGeo-fr"));
    const qint64 b = insertNamed(repo, QStringLiteral("Camptocamp"));
    Organisation o;
    o.name = QStringLiteral("Géo2France");
    o.relations = {{0, a, QStringLiteral("member_of")}, {0, b, QStringLiteral("partner_of")}};
    o.memberships = {{0, 2023, 100, QStringLiteral("paid")}, {0, 2024, 200, QStringLiteral("paid")}};
    const qint64 id = test::must(repo.insert(o));

    Organisation edited = test::must(repo.load(id));
    edited.name = QStringLiteral("Geo2France");
    edited.relations = {{0, b, QStringLiteral("member_of")}};
    edited.memberships = {{0, 2026, 300, QStringLiteral("waived")}};
    const core::Result r = repo.update(edited);
    QVERIFY2(r, qPrintable(r.message()));

    const Organisation l = test::must(repo.load(id));
    QCOMPARE(l.name, QStringLiteral("Geo2France"));
    QCOMPARE(l.version, 2);
    QCOMPARE(l.relations.size(), 1);
    QCOMPARE(l.relations[0].otherId, b);
    QCOMPARE(l.relations[0].kind, QStringLiteral("member_of"));
    QCOMPARE(l.memberships.size(), 1);
    QCOMPARE(l.memberships[0].year, 2026);
    QCOMPARE(l.memberships[0].status, QStringLiteral("waived"));
    QCOMPARE(test::countRows(tc.db(), QStringLiteral("organisation_relation")), 1);
    QCOMPARE(test::countRows(tc.db(), QStringLiteral("organisation_membership")), 1);
}

void tst_OrganisationRepository::update_ofADeletedOrganisation_fails()
{
    test::TestCommunity tc;
    OrganisationRepository repo(tc.db());
    Organisation o = test::must(repo.load(insertNamed(repo, QStringLiteral("Éphémère"))));
    QVERIFY(repo.remove(o.id));
    o.name = QStringLiteral("Renamed");
    const core::Result r = repo.update(o);
    QVERIFY(!r);
    QCOMPARE(r.message(), QStringLiteral("This organisation no longer exists."));
    QCOMPARE(test::countRows(tc.db(), QStringLiteral("organisation")), 0);
}

void tst_OrganisationRepository::insert_withAYearTwice_failsAndWritesNothing()
{
    test::TestCommunity tc;
    OrganisationRepository repo(tc.db());
    insertNamed(repo, QStringLiteral("Existing"));
    const QStringList before = test::dumpAll(tc.db());
    Organisation o;
    o.name = QStringLiteral("Twice");
    o.memberships = {{0, 2024, 100, QStringLiteral("paid")}, {0, 2024, 100, QStringLiteral("paid")}};
    auto id = repo.insert(o);
    QVERIFY(!id);
    QCOMPARE(id.message(), QStringLiteral("The membership of 2024 is listed twice."));
    QCOMPARE(test::dumpAll(tc.db()), before);
}

void tst_OrganisationRepository::remove_deletesTheOrganisationAndItsOwnRows()
{
    test::TestCommunity tc;
    OrganisationRepository repo(tc.db());
    const qint64 other = insertNamed(repo, QStringLiteral("Other"));
    Organisation o;
    o.name = QStringLiteral("Doomed");
    o.relations = {{0, other, QStringLiteral("partner_of")}};
    o.memberships = {{0, 2025, 100, QStringLiteral("paid")}};
    const qint64 id = test::must(repo.insert(o));
    const qint64 child = insertNamed(repo, QStringLiteral("Child"), id);

    const core::Result r = repo.remove(id);
    QVERIFY2(r, qPrintable(r.message()));
    auto gone = repo.load(id);
    QVERIFY(!gone);
    QCOMPARE(gone.message(), QStringLiteral("This organisation no longer exists."));
    QCOMPARE(test::countRows(tc.db(), QStringLiteral("organisation_relation")), 0);
    QCOMPARE(test::countRows(tc.db(), QStringLiteral("organisation_membership")), 0);
    QVERIFY(repo.load(other));
    auto orphan = repo.load(child);
    QVERIFY(orphan);
    QCOMPARE(orphan.value().parentId, 0);
}

void tst_OrganisationRepository::ancestors_followTheParentChain_data()
{
    QTest::addColumn<int>("depth");   // how many levels under the root
    QTest::newRow("root") << 0;
    QTest::newRow("child") << 1;
    QTest::newRow("great-grandchild") << 3;
}

void tst_OrganisationRepository::ancestors_followTheParentChain()
{
    QFETCH(int, depth);
    test::TestCommunity tc;
    OrganisationRepository repo(tc.db());
    QList<qint64> chain{insertNamed(repo, QStringLiteral("Level 0"))};
    for (int i = 1; i <= depth; ++i)
        chain.prepend(insertNamed(repo, QStringLiteral("Level %1").arg(i), chain.first()));
    insertNamed(repo, QStringLiteral("Unrelated"));
    const qint64 leaf = chain.takeFirst();
    QCOMPARE(repo.ancestors(leaf), chain);   // parent first, root last
}

void tst_OrganisationRepository::ancestors_stopOnACycle()
{
    test::TestCommunity tc;
    OrganisationRepository repo(tc.db());
    const qint64 a = insertNamed(repo, QStringLiteral("A"));
    const qint64 b = insertNamed(repo, QStringLiteral("B"), a);
    const qint64 c = insertNamed(repo, QStringLiteral("C"), b);
    // A cycle can only come from outside the application (an old file, a manual edit).
    test::exec(tc.db(), QStringLiteral("UPDATE organisation SET parent_id = ? WHERE id = ?"), {c, a});
    QCOMPARE(repo.ancestors(c), (QList<qint64>{b, a}));
}

void tst_OrganisationRepository::relations_showBothDirections()
{
    test::TestCommunity tc;
    OrganisationRepository repo(tc.db());
    const qint64 osgeo = insertNamed(repo, QStringLiteral("OSGeo"));
    Organisation o;
    o.name = QStringLiteral("OSGeo-fr");
    o.relations = {{0, osgeo, QStringLiteral("member_of")}};
    const qint64 local = test::must(repo.insert(o));

    const QList<core::RelatedItem> outgoing = repo.relations(local);
    QCOMPARE(outgoing.size(), 1);
    QCOMPARE(outgoing[0].id, osgeo);
    QCOMPARE(outgoing[0].detail, QStringLiteral("Member of"));
    const QList<core::RelatedItem> incoming = repo.relations(osgeo);
    QCOMPARE(incoming.size(), 1);
    QCOMPARE(incoming[0].id, local);
    QCOMPARE(incoming[0].detail, QStringLiteral("Has as member"));
}

QTEST_GUILESS_MAIN(tst_OrganisationRepository)
#include "tst_OrganisationRepository.moc"
