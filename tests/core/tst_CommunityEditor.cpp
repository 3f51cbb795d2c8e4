// CommunityEditor through Community: every edit is one undoable command, and
// undo/redo put back exactly the rows that were there (compared as full dumps).
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "repositories/ContributorRepository.h"
#include "repositories/FundedDevelopmentRepository.h"
#include "repositories/OrganisationRepository.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <functional>

using namespace convivium;
using core::Community;
using core::Contributor;
using core::Organisation;

namespace {

Organisation organisationNamed(const QString &name, qint64 parentId = 0)
{
    Organisation o;
    o.name = name;
    o.parentId = parentId;
    return o;
}

qint64 saved(const core::Fallible<qint64> &id)
{
    if (!id)
        qFatal("save failed: %s", qPrintable(id.message()));
    return id.value();
}

QVariant valueOf(const core::Database &db, const QString &sql, qint64 id)
{
    return test::scalar(db, sql, {id});
}

// An organisation with everything a deletion touches: an affiliation, a child,
// a relation, a membership year, a funding share, a development it provides.
struct Doomed {
    qint64 organisation = 0, child = 0, partner = 0, contributor = 0, development = 0;
};

Doomed buildDoomed(Community &community)
{
    Doomed d;
    core::CommunityEditor &editor = community.editor();
    d.partner = saved(editor.saveOrganisation(organisationNamed(QStringLiteral("OSGeo"))));
    Organisation o = organisationNamed(QStringLiteral("GIP ATGeRI"));
    o.relations = {{0, d.partner, QStringLiteral("member_of")}};
    o.memberships = {{0, 2025, 150000, QStringLiteral("paid")}};
    d.organisation = saved(editor.saveOrganisation(o));
    d.child = saved(editor.saveOrganisation(organisationNamed(QStringLiteral("PIGMA"), d.organisation)));
    Contributor c;
    c.givenName = QStringLiteral("Hélène");
    c.familyName = QStringLiteral("Dubois");
    c.emails = {QStringLiteral("helene@example.org")};
    c.affiliations = {{0, d.organisation, QStringLiteral("Géomaticienne"), QDate(2020, 1, 1), {}}};
    d.contributor = saved(editor.saveContributor(c));
    core::FundedDevelopment dev;
    dev.title = QStringLiteral("Module d'import");
    dev.providerId = d.organisation;
    dev.shares = {{d.organisation, 1000000, 0}, {d.partner, 500000, 0}};
    d.development = saved(editor.saveDevelopment(dev));
    community.undoStack()->clear();
    return d;
}

} // namespace

using Attempt = std::function<core::Result(core::CommunityEditor &)>;
Q_DECLARE_METATYPE(Attempt)

class tst_CommunityEditor : public QObject
{
    Q_OBJECT

private slots:
    void createOrganisation_undoRemovesIt_redoRestoresTheSameId();
    void editContributor_undoRestoresTheExactRows_redoReapplies();
    void swapPrimaryAndSecondaryEmail_canBeUndone();
    void deleteOrganisation_cascades_undoRestoresEveryRow_redoDeletesAgain();
    void deletionImpact_namesWhatElseChanges();
    void deleteOrganisation_peopleMoveToTheirOtherOpenAffiliation();
    void invalidRecord_returnsTheMessageAndPushesNothing_data();
    void invalidRecord_returnsTheMessageAndPushesNothing();
    void changeNotifier_reportsTheTablesAnEditTouches();
};

void tst_CommunityEditor::createOrganisation_undoRemovesIt_redoRestoresTheSameId()
{
    test::TestCommunity tc;
    Community &community = tc.community();
    const QStringList empty = test::dumpAll(tc.db());

    const qint64 id = saved(community.editor().saveOrganisation(organisationNamed(QStringLiteral("Région Bretagne"))));
    QCOMPARE(community.undoStack()->count(), 1);
    QVERIFY(community.undoStack()->undoText().contains(QStringLiteral("Région Bretagne")));
    const QStringList created = test::dumpAll(tc.db());
    QCOMPARE(test::countRows(tc.db(), QStringLiteral("organisation")), 1);

    community.undoStack()->undo();
    QVERIFY(!core::OrganisationRepository(tc.db()).load(id));
    QCOMPARE(test::dumpAll(tc.db()), empty);

    community.undoStack()->redo();
    auto back = core::OrganisationRepository(tc.db()).load(id);
    QVERIFY2(back, "redo did not bring back the organisation under its id");
    QCOMPARE(back.value().name, QStringLiteral("Région Bretagne"));
    QCOMPARE(test::dumpAll(tc.db()), created);
}

void tst_CommunityEditor::editContributor_undoRestoresTheExactRows_redoReapplies()
{
    test::TestCommunity tc;
    Community &community = tc.community();
    core::CommunityEditor &editor = community.editor();
    const qint64 ign = saved(editor.saveOrganisation(organisationNamed(QStringLiteral("IGN"))));
    const qint64 ecrins = saved(editor.saveOrganisation(organisationNamed(QStringLiteral("Parc national des Écrins"))));
    const qint64 osgeo = saved(editor.saveOrganisation(organisationNamed(QStringLiteral("OSGeo-fr"))));
    Contributor c;
    c.givenName = QStringLiteral("Loïc");
    c.familyName = QStringLiteral("Le Gall");
    c.emails = {QStringLiteral("loic@example.org")};
    c.handles = {{QStringLiteral("forge"), QStringLiteral("lgall")}};
    c.affiliations = {{0, ign, QStringLiteral("Stagiaire"), QDate(2012, 1, 1), QDate(2014, 6, 30)},
                      {0, ecrins, QStringLiteral("Géomaticien"), QDate(2014, 7, 1), {}}};
    const qint64 id = saved(editor.saveContributor(c));
    const int depth = community.undoStack()->count();
    const QStringList before = test::dumpAll(tc.db());

    Contributor edited = test::must(core::ContributorRepository(tc.db()).load(id));
    edited.givenName = QStringLiteral("Loïg");
    edited.affiliations = {{0, osgeo, QStringLiteral("Trésorier"), QDate(2025, 1, 1), {}}};
    QCOMPARE(saved(editor.saveContributor(edited)), id);
    QCOMPARE(community.undoStack()->count(), depth + 1);
    const QStringList after = test::dumpAll(tc.db());
    QVERIFY(after != before);
    QCOMPARE(valueOf(tc.db(), QStringLiteral("SELECT current_organisation_id FROM contributor WHERE id = ?"), id).toLongLong(), osgeo);

    community.undoStack()->undo();
    QCOMPARE(test::dumpAll(tc.db()), before);
    const Contributor restored = test::must(core::ContributorRepository(tc.db()).load(id));
    QCOMPARE(restored.givenName, QStringLiteral("Loïc"));
    QCOMPARE(restored.affiliations.size(), 2);

    community.undoStack()->redo();
    QCOMPARE(test::dumpAll(tc.db()), after);
}

void tst_CommunityEditor::swapPrimaryAndSecondaryEmail_canBeUndone()
{
    // Each address is unique in the whole community: undo must not trip over
    // its own rows when the addresses change places.
    test::TestCommunity tc;
    Community &community = tc.community();
    Contributor c;
    c.familyName = QStringLiteral("Martin");
    c.emails = {QStringLiteral("work@example.org"), QStringLiteral("home@example.org")};
    const qint64 id = saved(community.editor().saveContributor(c));
    const QStringList before = test::dumpAll(tc.db());

    Contributor swapped = test::must(core::ContributorRepository(tc.db()).load(id));
    swapped.emails = {QStringLiteral("home@example.org"), QStringLiteral("work@example.org")};
    saved(community.editor().saveContributor(swapped));
    const QStringList after = test::dumpAll(tc.db());

    QSignalSpy failures(community.notifier(), &core::ChangeNotifier::failed);
    community.undoStack()->undo();
    QVERIFY2(failures.isEmpty(), failures.isEmpty() ? "" : qPrintable(failures.first().first().toString()));
    QCOMPARE(test::dumpAll(tc.db()), before);
    community.undoStack()->redo();
    QVERIFY(failures.isEmpty());
    QCOMPARE(test::dumpAll(tc.db()), after);
}

void tst_CommunityEditor::deleteOrganisation_cascades_undoRestoresEveryRow_redoDeletesAgain()
{
    test::TestCommunity tc;
    Community &community = tc.community();
    const Doomed d = buildDoomed(community);
    const core::Database &db = tc.db();
    const QStringList before = test::dumpAll(db);
    QCOMPARE(valueOf(db, QStringLiteral("SELECT current_organisation_id FROM contributor WHERE id = ?"), d.contributor).toLongLong(),
             d.organisation);

    const core::Result r = community.editor().remove(QStringLiteral("organisation"), d.organisation);
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(community.undoStack()->count(), 1);
    QVERIFY(!core::OrganisationRepository(db).load(d.organisation));
    QCOMPARE(test::countRows(db, QStringLiteral("affiliation")), 0);
    QCOMPARE(test::countRows(db, QStringLiteral("organisation_relation")), 0);
    QCOMPARE(test::countRows(db, QStringLiteral("organisation_membership")), 0);
    QCOMPARE(test::countRows(db, QStringLiteral("funding_share")), 1);   // the partner's share stays
    QVERIFY(valueOf(db, QStringLiteral("SELECT parent_id FROM organisation WHERE id = ?"), d.child).isNull());
    QVERIFY(valueOf(db, QStringLiteral("SELECT current_organisation_id FROM contributor WHERE id = ?"), d.contributor).isNull());
    QVERIFY(valueOf(db, QStringLiteral("SELECT provider_id FROM funded_development WHERE id = ?"), d.development).isNull());
    QVERIFY(core::ContributorRepository(db).load(d.contributor));
    const QStringList deleted = test::dumpAll(db);

    community.undoStack()->undo();
    QCOMPARE(test::dumpAll(db), before);

    community.undoStack()->redo();
    QCOMPARE(test::dumpAll(db), deleted);
}

void tst_CommunityEditor::deletionImpact_namesWhatElseChanges()
{
    test::TestCommunity tc;
    const Doomed d = buildDoomed(tc.community());
    const QStringList before = test::dumpAll(tc.db());

    const QStringList impact = tc.community().editor().deletionImpact(QStringLiteral("organisation"), d.organisation);
    QCOMPARE(impact, (QStringList{
        QStringLiteral("Also deleted: 1 affiliation(s), 1 relation(s) between organisations, 1 membership year(s), "
                       "1 funding share(s)."),
        QStringLiteral("Kept but changed: 1 contributor(s) lose their current organisation, 1 child organisation(s) "
                       "lose their parent, 1 funded development(s) lose their provider."),
    }));
    QCOMPARE(test::dumpAll(tc.db()), before);   // asking changes nothing

    const QStringList none = tc.community().editor().deletionImpact(QStringLiteral("organisation"), d.child);
    QVERIFY2(none.isEmpty(), qPrintable(none.join(u' ')));
}

void tst_CommunityEditor::deleteOrganisation_peopleMoveToTheirOtherOpenAffiliation()
{
    test::TestCommunity tc;
    const core::Database &db = tc.db();
    Organisation o;
    o.name = QStringLiteral("Région Bretagne");
    const qint64 bretagne = test::must(core::OrganisationRepository(db).insert(o));
    o.name = QStringLiteral("GIP ATGeRI");
    const qint64 atgeri = test::must(core::OrganisationRepository(db).insert(o));
    Contributor c;
    c.familyName = QStringLiteral("Quéré");
    c.affiliations = {{0, bretagne, QString(), QDate(2020, 1, 1), {}}, {0, atgeri, QString(), QDate(2023, 1, 1), {}}};
    const qint64 person = test::must(core::ContributorRepository(db).insert(c));
    auto current = [&] {
        return test::scalar(db, QStringLiteral("SELECT current_organisation_id FROM contributor WHERE id = ?"), {person});
    };
    QCOMPARE(current().toLongLong(), atgeri);   // the open affiliation that started last

    QVERIFY(tc.community().editor().remove(QStringLiteral("organisation"), atgeri));
    QCOMPARE(current().toLongLong(), bretagne);
    const QString key = test::scalar(db, QStringLiteral("SELECT search_key FROM contributor WHERE id = ?"), {person}).toString();
    QVERIFY2(key.contains(QStringLiteral("bretagne")) && !key.contains(QStringLiteral("atgeri")), qPrintable(key));

    tc.community().undoStack()->undo();
    QCOMPARE(current().toLongLong(), atgeri);
}

void tst_CommunityEditor::invalidRecord_returnsTheMessageAndPushesNothing_data()
{
    QTest::addColumn<Attempt>("attempt");
    QTest::addColumn<QString>("message");
    QTest::newRow("organisation without name") << Attempt([](core::CommunityEditor &e) {
        return e.saveOrganisation(organisationNamed(QStringLiteral("  "))).result();
    }) << QStringLiteral("The name is required.");
    QTest::newRow("contributor with a malformed e-mail") << Attempt([](core::CommunityEditor &e) {
        Contributor c;
        c.familyName = QStringLiteral("Dupont");
        c.emails = {QStringLiteral("jean@")};
        return e.saveContributor(c).result();
    }) << QStringLiteral("\"jean@\" is not a valid e-mail address.");
    QTest::newRow("contributor with a taken e-mail") << Attempt([](core::CommunityEditor &e) {
        Contributor c;
        c.familyName = QStringLiteral("Usurpateur");
        c.emails = {QStringLiteral("EXISTING@example.org")};
        return e.saveContributor(c).result();
    }) << QStringLiteral("EXISTING@example.org is already used by Ada Existing.");
    QTest::newRow("group with negative seats") << Attempt([](core::CommunityEditor &e) {
        core::Group g;
        g.name = QStringLiteral("PSC");
        g.seats = -2;
        return e.saveGroup(g).result();
    }) << QStringLiteral("The number of seats cannot be negative.");
    QTest::newRow("development with a funder twice") << Attempt([](core::CommunityEditor &e) {
        core::FundedDevelopment d;
        d.title = QStringLiteral("Double");
        d.shares = {{1, 100, 0}, {1, 200, 0}};
        return e.saveDevelopment(d).result();
    }) << QStringLiteral("This organisation is listed twice.");
}

void tst_CommunityEditor::invalidRecord_returnsTheMessageAndPushesNothing()
{
    QFETCH(Attempt, attempt);
    QFETCH(QString, message);
    test::TestCommunity tc;
    Community &community = tc.community();
    saved(community.editor().saveOrganisation(organisationNamed(QStringLiteral("Existing org"))));
    Contributor existing;
    existing.givenName = QStringLiteral("Ada");
    existing.familyName = QStringLiteral("Existing");
    existing.emails = {QStringLiteral("existing@example.org")};
    saved(community.editor().saveContributor(existing));
    const int depth = community.undoStack()->count();
    const QStringList before = test::dumpAll(tc.db());
    QSignalSpy changed(community.notifier(), &core::ChangeNotifier::changed);

    const core::Result r = attempt(community.editor());
    QVERIFY(!r);
    QCOMPARE(r.message(), message);
    QCOMPARE(community.undoStack()->count(), depth);
    QCOMPARE(test::dumpAll(tc.db()), before);
    QCOMPARE(changed.count(), 0);
}

void tst_CommunityEditor::changeNotifier_reportsTheTablesAnEditTouches()
{
    test::TestCommunity tc;
    Community &community = tc.community();
    QSignalSpy changed(community.notifier(), &core::ChangeNotifier::changed);
    const qint64 org = saved(community.editor().saveOrganisation(organisationNamed(QStringLiteral("Camptocamp"))));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().first().toStringList(), QStringList{QStringLiteral("organisation")});

    Contributor c;
    c.familyName = QStringLiteral("Potier");
    c.emails = {QStringLiteral("potier@example.org")};
    c.affiliations = {{0, org, {}, QDate(2021, 1, 1), {}}};
    saved(community.editor().saveContributor(c));
    QCOMPARE(changed.count(), 1);
    QStringList tables = changed.takeFirst().first().toStringList();
    for (const char *t : {"contributor", "contributor_email", "affiliation"})
        QVERIFY2(tables.contains(QString::fromLatin1(t)), qPrintable(tables.join(u", ")));
    QVERIFY(!tables.contains(QStringLiteral("work_group")));

    community.undoStack()->undo();
    QCOMPARE(changed.count(), 1);
    tables = changed.takeFirst().first().toStringList();
    QVERIFY2(tables.contains(QStringLiteral("contributor")) && tables.contains(QStringLiteral("affiliation")),
             qPrintable(tables.join(u", ")));
    community.undoStack()->redo();
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.takeFirst().first().toStringList().contains(QStringLiteral("contributor")));
}

QTEST_GUILESS_MAIN(tst_CommunityEditor)
#include "tst_CommunityEditor.moc"
