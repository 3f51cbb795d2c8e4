// ContributorMerger: two records of one person become one, nothing of the
// removed record is lost, and the merge is one undoable edit.
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/GroupRepository.h"
#include "repositories/OrganisationRepository.h"
#include "services/ContributorMerger.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace convivium;
using core::Contributor;
using core::ContributorMerger;
using core::ContributorRepository;

namespace {

// Two records of the same person: B holds what A lacks, and both registered
// to the winter meeting.
struct Duplicates {
    qint64 a = 0, b = 0;
    qint64 camptocamp = 0, ecrins = 0;
    qint64 group = 0, meeting = 0;
    qint64 winter = 0, summer = 0;
    qint64 aWinter = 0, bWinter = 0, bSummer = 0;
};

qint64 registration(const core::Database &db, qint64 event, qint64 contributor, const QString &diet)
{
    test::exec(db, QStringLiteral("INSERT INTO registration (event_id, contributor_id, submitted_at, arrival_date, "
                                  "departure_date, diet, created_at, updated_at) VALUES (?, ?, '2026-01-10T09:00:00Z', "
                                  "'2026-03-30', '2026-04-03', ?, '2026-01-10', '2026-01-10')"),
               {event, contributor, diet});
    return test::scalar(db, QStringLiteral("SELECT max(id) FROM registration")).toLongLong();
}

qint64 event(const core::Database &db, const QString &title, const QDate &start)
{
    core::Event e;
    e.title = title;
    e.start = start;
    e.end = start.addDays(4);
    auto id = core::EventRepository(db).insert(e);
    if (!id)
        qFatal("cannot insert event: %s", qPrintable(id.message()));
    return id.value();
}

Duplicates buildDuplicates(const core::Database &db)
{
    Duplicates d;
    core::OrganisationRepository organisations(db);
    core::Organisation o;
    o.name = QStringLiteral("Camptocamp");
    d.camptocamp = test::must(organisations.insert(o));
    o.name = QStringLiteral("Parc national des Écrins");
    d.ecrins = test::must(organisations.insert(o));

    ContributorRepository repo(db);
    // B first, so that its rows have the lower ids.
    Contributor b;
    b.givenName = QStringLiteral("Hélène");
    b.familyName = QStringLiteral("Dubois");
    b.emails = {QStringLiteral("h.dubois@example.net"), QStringLiteral("helene@example.com")};
    b.phone = QStringLiteral("+33 4 92 40 20 10");
    b.handles = {{QStringLiteral("chat"), QStringLiteral("@hdubois")}};
    b.affiliations = {{0, d.ecrins, QStringLiteral("Géomaticienne"), QDate(2015, 1, 1), {}}};
    b.contributionKinds = {QStringLiteral("documentation"), QStringLiteral("code")};
    b.consents = {{QStringLiteral("photos"), true, QDate(2024, 1, 1)}};
    d.b = test::must(repo.insert(b));
    Contributor a;
    a.givenName = QStringLiteral("Hélène");
    a.familyName = QStringLiteral("Dubois");
    a.emails = {QStringLiteral("helene.dubois@example.org")};
    a.handles = {{QStringLiteral("forge"), QStringLiteral("hdubois")}};
    a.affiliations = {{0, d.camptocamp, QStringLiteral("Stagiaire"), QDate(2012, 1, 1), QDate(2014, 12, 31)}};
    a.contributionKinds = {QStringLiteral("code")};
    d.a = test::must(repo.insert(a));

    core::Group g;
    g.name = QStringLiteral("Documentation");
    g.memberships = {{0, d.b, QStringLiteral("lead"), QDate(2023, 1, 1), {}}};
    g.meetings = {{0, QDate(2026, 1, 8), {d.b}, {}}};
    d.group = test::must(core::GroupRepository(db).insert(g));
    d.meeting = test::scalar(db, QStringLiteral("SELECT id FROM meeting")).toLongLong();

    d.winter = event(db, QStringLiteral("Rencontre d'hiver 2026"), QDate(2026, 3, 30));
    d.summer = event(db, QStringLiteral("geOcom 2026"), QDate(2026, 6, 15));
    d.aWinter = registration(db, d.winter, d.a, QStringLiteral("végétarien"));
    d.bWinter = registration(db, d.winter, d.b, QStringLiteral("sans gluten"));
    d.bSummer = registration(db, d.summer, d.b, QStringLiteral(""));
    return d;
}

QVariant registrationValue(const core::Database &db, const char *column, qint64 id)
{
    return test::scalar(db, QStringLiteral("SELECT %1 FROM registration WHERE id = ?").arg(QLatin1String(column)), {id});
}

} // namespace

class tst_ContributorMerger : public QObject
{
    Q_OBJECT

private slots:
    void merge_movesEverythingOfTheRemovedRecordToTheKeptOne();
    void merge_keepsTheKeptRecordsRegistrationWhenBothRegistered();
    void preview_showsTheMergedRecordWithoutWriting();
    void mergeWithItself_isRefusedAndChangesNothing();
    void mergeThroughTheEditor_isUndoableAndRedoable();
    void merge_bothInTheSameGroup_leavesOneMembership();
};

void tst_ContributorMerger::merge_bothInTheSameGroup_leavesOneMembership()
{
    test::TestCommunity tc;
    const core::Database &db = tc.db();
    Contributor c;
    c.familyName = QStringLiteral("Kerhervé");
    const qint64 keep = test::must(ContributorRepository(db).insert(c));
    const qint64 dup = test::must(ContributorRepository(db).insert(c));
    core::Group g;
    g.name = QStringLiteral("PSC geOrchestra");
    g.memberships = {{0, keep, QStringLiteral("chair"), QDate(2022, 1, 1), {}}, {0, dup, QStringLiteral("member"), QDate(2020, 1, 1), {}}};
    const qint64 group = test::must(core::GroupRepository(db).insert(g));

    QVERIFY(ContributorMerger(db).merge(keep, dup));
    const core::Group after = core::GroupRepository(db).load(group).value();
    QCOMPARE(after.memberships.size(), 1);
    QCOMPARE(after.memberships.first().contributorId, keep);
    QCOMPARE(after.memberships.first().role, QStringLiteral("chair"));
}

void tst_ContributorMerger::merge_movesEverythingOfTheRemovedRecordToTheKeptOne()
{
    test::TestCommunity tc;
    const Duplicates d = buildDuplicates(tc.db());
    const core::Result r = ContributorMerger(tc.db()).merge(d.a, d.b);
    QVERIFY2(r, qPrintable(r.message()));

    ContributorRepository repo(tc.db());
    QVERIFY(!repo.load(d.b));
    QCOMPARE(test::countRows(tc.db(), QStringLiteral("contributor")), 1);
    const Contributor a = test::must(repo.load(d.a));
    QCOMPARE(a.emails, (QStringList{QStringLiteral("helene.dubois@example.org"), QStringLiteral("h.dubois@example.net"),
                                    QStringLiteral("helene@example.com")}));
    QCOMPARE(repo.findByEmail(QStringLiteral("H.Dubois@example.net")), d.a);
    QCOMPARE(a.phone, QStringLiteral("+33 4 92 40 20 10"));
    QCOMPARE(a.handles.size(), 2);
    QCOMPARE(a.handles[1].handle, QStringLiteral("@hdubois"));
    QCOMPARE(a.affiliations.size(), 2);
    QCOMPARE(a.affiliations[0].organisationId, d.camptocamp);
    QCOMPARE(a.affiliations[1].organisationId, d.ecrins);
    QCOMPARE(a.affiliations[1].title, QStringLiteral("Géomaticienne"));
    QCOMPARE(a.contributionKinds, (QStringList{QStringLiteral("code"), QStringLiteral("documentation")}));
    QVERIFY(a.hasConsented(QStringLiteral("photos")));
    // The open affiliation that came from B is now A's current organisation.
    QCOMPARE(test::scalar(tc.db(), QStringLiteral("SELECT current_organisation_id FROM contributor WHERE id = ?"), {d.a})
                 .toLongLong(), d.ecrins);

    const core::Group g = test::must(core::GroupRepository(tc.db()).load(d.group));
    QCOMPARE(g.memberships.size(), 1);
    QCOMPARE(g.memberships[0].contributorId, d.a);
    QCOMPARE(g.memberships[0].role, QStringLiteral("lead"));
    QCOMPARE(g.meetings[0].attendeeIds, QList<qint64>{d.a});
    QCOMPARE(registrationValue(tc.db(), "contributor_id", d.bSummer).toLongLong(), d.a);
}

void tst_ContributorMerger::merge_keepsTheKeptRecordsRegistrationWhenBothRegistered()
{
    test::TestCommunity tc;
    const Duplicates d = buildDuplicates(tc.db());
    QVERIFY(ContributorMerger(tc.db()).merge(d.a, d.b));

    QCOMPARE(core::EventRepository(tc.db()).registrationCount(d.winter), 1);
    QCOMPARE(registrationValue(tc.db(), "contributor_id", d.aWinter).toLongLong(), d.a);
    QCOMPARE(registrationValue(tc.db(), "diet", d.aWinter).toString(), QStringLiteral("végétarien"));
    QVERIFY(!registrationValue(tc.db(), "id", d.bWinter).isValid());
    QCOMPARE(core::EventRepository(tc.db()).registrationCount(d.summer), 1);
    QCOMPARE(ContributorRepository(tc.db()).events(d.a).size(), 2);
}

void tst_ContributorMerger::preview_showsTheMergedRecordWithoutWriting()
{
    test::TestCommunity tc;
    const Duplicates d = buildDuplicates(tc.db());
    const QStringList before = test::dumpAll(tc.db());
    auto preview = ContributorMerger(tc.db()).preview(d.a, d.b);
    QVERIFY2(preview, qPrintable(preview.message()));
    QCOMPARE(preview.value().id, d.a);
    QCOMPARE(preview.value().emails.size(), 3);
    QCOMPARE(preview.value().phone, QStringLiteral("+33 4 92 40 20 10"));
    QCOMPARE(test::dumpAll(tc.db()), before);
}

void tst_ContributorMerger::mergeWithItself_isRefusedAndChangesNothing()
{
    test::TestCommunity tc;
    const Duplicates d = buildDuplicates(tc.db());
    const QStringList before = test::dumpAll(tc.db());

    const core::Result direct = ContributorMerger(tc.db()).merge(d.a, d.a);
    QVERIFY(!direct);
    QCOMPARE(direct.message(), QStringLiteral("Choose two different contributors to merge."));
    QCOMPARE(test::dumpAll(tc.db()), before);

    const core::Result viaEditor = tc.community().editor().mergeContributors(d.b, d.b);
    QVERIFY(!viaEditor);
    QCOMPARE(viaEditor.message(), QStringLiteral("Choose two different contributors to merge."));
    QCOMPARE(tc.community().undoStack()->count(), 0);
    QCOMPARE(test::dumpAll(tc.db()), before);
}

void tst_ContributorMerger::mergeThroughTheEditor_isUndoableAndRedoable()
{
    test::TestCommunity tc;
    const Duplicates d = buildDuplicates(tc.db());
    core::Community &community = tc.community();
    const QStringList before = test::dumpAll(tc.db());
    QSignalSpy failures(community.notifier(), &core::ChangeNotifier::failed);

    const core::Result r = community.editor().mergeContributors(d.a, d.b);
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(community.undoStack()->count(), 1);
    QVERIFY(!ContributorRepository(tc.db()).load(d.b));
    const QStringList merged = test::dumpAll(tc.db());

    community.undoStack()->undo();
    QVERIFY2(failures.isEmpty(), failures.isEmpty() ? "" : qPrintable(failures.first().first().toString()));
    QCOMPARE(test::dumpAll(tc.db()), before);
    QCOMPARE(registrationValue(tc.db(), "contributor_id", d.bWinter).toLongLong(), d.b);

    community.undoStack()->redo();
    QVERIFY(failures.isEmpty());
    QCOMPARE(test::dumpAll(tc.db()), merged);
}

QTEST_GUILESS_MAIN(tst_ContributorMerger)
#include "tst_ContributorMerger.moc"
