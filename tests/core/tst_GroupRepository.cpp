// GroupRepository: working groups and governance bodies with their members
// and meetings come back as saved; child lists are replaced as a whole.
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "repositories/ContributorRepository.h"
#include "repositories/GroupRepository.h"
#include "repositories/OrganisationRepository.h"

#include <QTest>

using namespace convivium;
using core::Group;
using core::GroupMembership;
using core::GroupRepository;
using core::Meeting;

namespace {

struct Fixture {
    test::TestCommunity tc;
    qint64 community = 0;
    QList<qint64> people;

    Fixture()
    {
        core::Organisation o;
        o.name = QStringLiteral("InnerSource Commons");
        community = test::must(core::OrganisationRepository(tc.db()).insert(o));
        core::ContributorRepository contributors(tc.db());
        for (const char *name : {"Ada", "Grace", "Linus", "Margaret"}) {
            core::Contributor c;
            c.familyName = QString::fromLatin1(name);
            people << test::must(contributors.insert(c));
        }
    }
    const core::Database &db() const { return tc.db(); }
};

Group learningPath(const Fixture &f)
{
    Group g;
    g.name = QStringLiteral("Learning Path");
    g.kind = QStringLiteral("working_group");
    g.organisationId = f.community;
    g.mission = QStringLiteral("Écrire les parcours d'apprentissage.");
    g.cadence = QStringLiteral("weekly");
    g.channel = QStringLiteral("#learning-path");
    g.repository = QStringLiteral("https://github.com/InnerSourceCommons/InnerSourceLearningPath");
    g.status = QStringLiteral("active");
    g.seats = 0;
    g.notes = QStringLiteral("Jeudi 17 h");
    g.memberships = {{0, f.people[0], QStringLiteral("lead"), QDate(2019, 1, 1), QDate()},
                     {0, f.people[1], QStringLiteral("member"), QDate(2020, 5, 1), QDate(2024, 6, 30)}};
    g.meetings = {{0, QDate(2026, 1, 8), {f.people[0], f.people[1]}, QStringLiteral("Relecture")},
                  {0, QDate(2026, 1, 15), {f.people[0]}, QStringLiteral("Traductions")}};
    return g;
}

} // namespace

class tst_GroupRepository : public QObject
{
    Q_OBJECT

private slots:
    void insertThenLoad_roundTripsEveryFieldMembersAndMeetings();
    void update_replacesMembershipsAndMeetings();
    void insert_withTheSameAttendeeTwice_failsAndWritesNothing();
    void remove_deletesTheGroupWithItsMembershipsAndMeetings();
    void deletingAContributor_removesTheirMembershipAndAttendance();
    void membersAndMeetings_summariseTheGroup();
};

void tst_GroupRepository::insertThenLoad_roundTripsEveryFieldMembersAndMeetings()
{
    Fixture f;
    GroupRepository repo(f.db());
    const Group g = learningPath(f);
    auto id = repo.insert(g);
    QVERIFY2(id, qPrintable(id.message()));

    auto loaded = repo.load(id.value());
    QVERIFY2(loaded, qPrintable(loaded.message()));
    const Group &l = loaded.value();
    QCOMPARE(l.id, id.value());
    QCOMPARE(l.name, g.name);
    QCOMPARE(l.kind, g.kind);
    QCOMPARE(l.organisationId, f.community);
    QCOMPARE(l.mission, g.mission);
    QCOMPARE(l.cadence, g.cadence);
    QCOMPARE(l.channel, g.channel);
    QCOMPARE(l.repository, g.repository);
    QCOMPARE(l.status, g.status);
    QCOMPARE(l.seats, g.seats);
    QCOMPARE(l.notes, g.notes);
    QCOMPARE(l.version, 1);
    QCOMPARE(l.memberships.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(l.memberships[i].id > 0);
        QCOMPARE(l.memberships[i].contributorId, g.memberships[i].contributorId);
        QCOMPARE(l.memberships[i].role, g.memberships[i].role);
        QCOMPARE(l.memberships[i].from, g.memberships[i].from);
        QCOMPARE(l.memberships[i].to, g.memberships[i].to);
    }
    QCOMPARE(l.meetings.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(l.meetings[i].id > 0);
        QCOMPARE(l.meetings[i].heldOn, g.meetings[i].heldOn);
        QCOMPARE(l.meetings[i].notes, g.meetings[i].notes);
        QCOMPARE(l.meetings[i].attendeeIds, g.meetings[i].attendeeIds);
    }

    Group body;
    body.name = QStringLiteral("Project Steering Committee");
    body.kind = QStringLiteral("governance_body");
    body.seats = 7;
    body.memberships = {{0, f.people[2], QStringLiteral("chair"), QDate(2025, 1, 1), QDate(2026, 12, 31)}};
    const qint64 bodyId = test::must(repo.insert(body));
    const Group b = test::must(repo.load(bodyId));
    QCOMPARE(b.kind, QStringLiteral("governance_body"));
    QCOMPARE(b.seats, 7);
    QCOMPARE(b.organisationId, 0);
    QCOMPARE(b.memberships[0].role, QStringLiteral("chair"));
    QVERIFY(b.meetings.isEmpty());
}

void tst_GroupRepository::update_replacesMembershipsAndMeetings()
{
    Fixture f;
    GroupRepository repo(f.db());
    const qint64 id = test::must(repo.insert(learningPath(f)));

    Group edited = test::must(repo.load(id));
    edited.cadence = QStringLiteral("biweekly");
    edited.memberships = {{0, f.people[3], QStringLiteral("lead"), QDate(2026, 2, 1), QDate()}};
    edited.meetings = {{0, QDate(2026, 2, 5), {f.people[3], f.people[2]}, QStringLiteral("Reprise")}};
    const core::Result r = repo.update(edited);
    QVERIFY2(r, qPrintable(r.message()));

    const Group l = test::must(repo.load(id));
    QCOMPARE(l.version, 2);
    QCOMPARE(l.cadence, QStringLiteral("biweekly"));
    QCOMPARE(l.memberships.size(), 1);
    QCOMPARE(l.memberships[0].contributorId, f.people[3]);
    QCOMPARE(l.meetings.size(), 1);
    QCOMPARE(l.meetings[0].heldOn, QDate(2026, 2, 5));
    QCOMPARE(l.meetings[0].attendeeIds, (QList<qint64>{f.people[3], f.people[2]}));
    QCOMPARE(test::countRows(f.db(), QStringLiteral("group_membership")), 1);
    QCOMPARE(test::countRows(f.db(), QStringLiteral("meeting")), 1);
    QCOMPARE(test::countRows(f.db(), QStringLiteral("meeting_attendee")), 2);
}

void tst_GroupRepository::insert_withTheSameAttendeeTwice_failsAndWritesNothing()
{
    Fixture f;
    GroupRepository repo(f.db());
    const QStringList before = test::dumpAll(f.db());
    Group g = learningPath(f);
    g.meetings[1].attendeeIds = {f.people[1], f.people[1]};
    auto id = repo.insert(g);
    QVERIFY(!id);
    QCOMPARE(id.message(), QStringLiteral("A meeting lists the same attendee twice."));
    QCOMPARE(test::dumpAll(f.db()), before);
}

void tst_GroupRepository::remove_deletesTheGroupWithItsMembershipsAndMeetings()
{
    Fixture f;
    GroupRepository repo(f.db());
    const qint64 id = test::must(repo.insert(learningPath(f)));
    Group other;
    other.name = QStringLiteral("Marketing");
    other.memberships = {{0, f.people[0], QStringLiteral("member"), {}, {}}};
    const qint64 otherId = test::must(repo.insert(other));

    QVERIFY(repo.remove(id));
    auto gone = repo.load(id);
    QVERIFY(!gone);
    QCOMPARE(gone.message(), QStringLiteral("This group no longer exists."));
    QCOMPARE(test::countRows(f.db(), QStringLiteral("meeting")), 0);
    QCOMPARE(test::countRows(f.db(), QStringLiteral("meeting_attendee")), 0);
    QCOMPARE(test::countRows(f.db(), QStringLiteral("group_membership")), 1);
    QCOMPARE(test::must(repo.load(otherId)).memberships.size(), 1);
    QCOMPARE(test::countRows(f.db(), QStringLiteral("contributor")), 4);   // people stay
}

void tst_GroupRepository::deletingAContributor_removesTheirMembershipAndAttendance()
{
    Fixture f;
    GroupRepository repo(f.db());
    const qint64 id = test::must(repo.insert(learningPath(f)));
    QVERIFY(core::ContributorRepository(f.db()).remove(f.people[1]));
    const Group l = test::must(repo.load(id));
    QCOMPARE(l.memberships.size(), 1);
    QCOMPARE(l.memberships[0].contributorId, f.people[0]);
    QCOMPARE(l.meetings.size(), 2);
    QCOMPARE(l.meetings[0].attendeeIds, QList<qint64>{f.people[0]});
}

void tst_GroupRepository::membersAndMeetings_summariseTheGroup()
{
    Fixture f;
    GroupRepository repo(f.db());
    const qint64 id = test::must(repo.insert(learningPath(f)));
    const QList<core::RelatedItem> members = repo.members(id);
    QCOMPARE(members.size(), 2);
    QCOMPARE(members[0].name, QStringLiteral("Ada"));
    QCOMPARE(members[0].detail, QStringLiteral("Lead"));
    QCOMPARE(members[1].to, QDate(2024, 6, 30));
    const QList<core::RelatedItem> meetings = repo.meetings(id);
    QCOMPARE(meetings.size(), 2);
    QCOMPARE(meetings[0].from, QDate(2026, 1, 15));   // latest first
    QCOMPARE(meetings[0].detail, QStringLiteral("1"));
    QCOMPARE(meetings[1].detail, QStringLiteral("2"));
}

QTEST_GUILESS_MAIN(tst_GroupRepository)
#include "tst_GroupRepository.moc"
