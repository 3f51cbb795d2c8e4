// RegistrationRules: what the registration form tells the organiser before a
// registration is saved (docs/domain.md, Nights, Capacity, Deadline): errors
// that block saving, warnings that do not, whether it comes late, which
// nights are full, who on the waiting list gets a freed place, and what makes
// an event itself unsaveable.
#include "services/RegistrationRules.h"
#include "services/StayCalculator.h"

#include <QTest>
#include <functional>

using namespace convivium;
using core::Event;
using core::FieldError;
using core::LodgingOption;
using core::Registration;
using core::RegistrationCheck;
using core::RegistrationRules;

namespace {

const QDate Sun29(2026, 3, 29), Mon30(2026, 3, 30), Tue31(2026, 3, 31), Wed01(2026, 4, 1), Thu02(2026, 4, 2),
    Fri03(2026, 4, 3), Sat04(2026, 4, 4);
const QDate Deadline(2026, 2, 15);

constexpr qint64 Shared = 11, Solo = 12;

// Monday 30 March to Friday 3 April 2026, registrations until 15 February:
// one shared room of two beds and one solo room.
Event winterMeeting(int capacity = 0)
{
    Event e;
    e.id = 1;
    e.title = QStringLiteral("Rencontre d'hiver 2026");
    e.start = Mon30;
    e.end = Fri03;
    e.transitDaysStart = 1;
    e.transitDaysEnd = 2;
    e.registrationOpens = QDate(2025, 12, 1);
    e.registrationDeadline = Deadline;
    e.capacity = capacity;
    LodgingOption shared;
    shared.id = Shared;
    shared.name = QStringLiteral("Chambre partagée");
    shared.kind = QStringLiteral("shared_room");
    shared.bedsPerUnit = 2;
    shared.units = 1;
    shared.priceCents = 6200;
    LodgingOption solo;
    solo.id = Solo;
    solo.name = QStringLiteral("Chambre solo");
    solo.kind = QStringLiteral("solo_room");
    solo.units = 1;
    solo.priceCents = 6200;
    solo.supplementCents = 1500;
    e.lodgingOptions = {shared, solo};
    e.mealPrices = {{QStringLiteral("breakfast"), 800}, {QStringLiteral("lunch"), 1700}, {QStringLiteral("dinner"), 1700}};
    return e;
}

QDateTime at(const QDate &day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(day, QTime(hour, minute, second), Qt::UTC);
}

Registration stay(qint64 id, qint64 optionId, const QDate &arrival, const QDate &departure,
                  const QString &status = QStringLiteral("confirmed"), const QDateTime &submitted = at(QDate(2026, 1, 10), 9),
                  int rank = 0)
{
    Registration r;
    r.id = id;
    r.eventId = 1;
    r.contributorId = 1000 + id;
    r.status = status;
    r.submittedAt = submitted;
    r.arrival = arrival;
    r.departure = departure;
    r.firstMeal = core::StayCalculator::defaultFirstMeal(arrival, departure);
    r.lastMeal = core::StayCalculator::defaultLastMeal(arrival, departure);
    r.lodgingOptionId = optionId;
    r.waitlistRank = rank;
    return r;
}

QStringList messages(const core::FieldErrors &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out << e.field + QStringLiteral(": ") + e.message;
    return out;
}

} // namespace

using Change = std::function<void(Registration &)>;
using EventChange = std::function<void(Event &)>;
Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(EventChange)
Q_DECLARE_METATYPE(Registration)

class tst_RegistrationRules : public QObject
{
    Q_OBJECT

private slots:
    void check_errorsAndWarnings_data();
    void check_errorsAndWarnings();
    void check_duplicateContributor_namesTheRegistrationInTheWay();
    void isLate_comparesTheSubmissionDayWithTheDeadline_data();
    void isLate_comparesTheSubmissionDayWithTheDeadline();
    void check_optionFullOnOneNight_listsThatNightOnly();
    void check_eventFull_needsTheWaitingList();
    void check_cancelledRegistration_isNotCheckedForPlace();
    void nextToPromote_data();
    void nextToPromote();
    void validateEvent_data();
    void validateEvent();
};

void tst_RegistrationRules::check_errorsAndWarnings_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<int>("warnings");

    QTest::newRow("a normal stay: nothing to say") << Change([](Registration &) {}) << QStringList{} << 0;
    QTest::newRow("departure before arrival, both within the event")
        << Change([](Registration &r) {
               r.arrival = Thu02;
               r.departure = Tue31;
           })
        << QStringList{QStringLiteral("departure: The departure is before the arrival.")} << 0;
    QTest::newRow("departure one day before arrival")
        << Change([](Registration &r) {
               r.arrival = Wed01;
               r.departure = Tue31;
           })
        << QStringList{QStringLiteral("departure: The departure is before the arrival.")} << 0;
    QTest::newRow("arrival before the event: a warning, saved anyway")
        << Change([](Registration &r) { r.arrival = Sun29; }) << QStringList{} << 1;
    QTest::newRow("departure after the event: a warning, saved anyway")
        << Change([](Registration &r) { r.departure = Sat04; }) << QStringList{} << 1;
    QTest::newRow("stay entirely after the event: one warning")
        << Change([](Registration &r) {
               r.arrival = Sat04;
               r.departure = Sat04.addDays(2);
           })
        << QStringList{} << 1;
    QTest::newRow("day visit on the last day is inside the event")
        << Change([](Registration &r) {
               r.arrival = Fri03;
               r.departure = Fri03;
               r.firstMeal = core::Meal::Lunch;
               r.lastMeal = core::Meal::Lunch;
           })
        << QStringList{} << 0;
    QTest::newRow("day visit ending before it starts")
        << Change([](Registration &r) {
               r.arrival = Wed01;
               r.departure = Wed01;
               r.firstMeal = core::Meal::Dinner;
               r.lastMeal = core::Meal::Lunch;
           })
        << QStringList{QStringLiteral("lastMeal: On a day visit the last meal cannot come before the first.")} << 0;
    QTest::newRow("no contributor")
        << Change([](Registration &r) { r.contributorId = 0; })
        << QStringList{QStringLiteral("contributor: Choose who registers, or create them.")} << 0;
    QTest::newRow("no dates")
        << Change([](Registration &r) {
               r.arrival = QDate();
               r.departure = QDate();
           })
        << QStringList{QStringLiteral("arrival: The arrival date is required."),
                       QStringLiteral("departure: The departure date is required.")}
        << 0;
    QTest::newRow("the same person wished and refused as a roommate")
        << Change([](Registration &r) {
               r.preferences = {{42, true}, {42, false}};
           })
        << QStringList{QStringLiteral("roommates: The same person is both wished and refused as a roommate.")} << 0;
    QTest::newRow("a wish and a refusal of two different people")
        << Change([](Registration &r) {
               r.preferences = {{42, true}, {43, false}};
           })
        << QStringList{} << 0;
}

void tst_RegistrationRules::check_errorsAndWarnings()
{
    QFETCH(Change, change);
    QFETCH(QStringList, errors);
    QFETCH(int, warnings);

    Registration r = stay(0, Shared, Mon30, Fri03, QStringLiteral("pre_registered"));
    change(r);
    const RegistrationCheck c = RegistrationRules::check(r, winterMeeting(), {}, 0);
    QCOMPARE(messages(c.errors), errors);
    QCOMPARE(c.warnings.size(), warnings);
    if (warnings)
        QVERIFY2(c.warnings.first().startsWith(QStringLiteral("The stay goes outside the event")),
                 qPrintable(c.warnings.first()));
    QVERIFY(!c.late);
    QVERIFY(!c.needsWaitlist());
}

void tst_RegistrationRules::check_duplicateContributor_namesTheRegistrationInTheWay()
{
    const Event event = winterMeeting();
    const Registration existing = stay(7, Shared, Mon30, Fri03);
    Registration again = stay(0, Solo, Tue31, Thu02);
    again.contributorId = existing.contributorId;

    const RegistrationCheck c = RegistrationRules::check(again, event, {existing}, existing.id);
    QCOMPARE(c.errors.size(), 1);
    QCOMPARE(c.errors.first().field, QStringLiteral("contributor"));
    QCOMPARE(c.errors.first().message, QStringLiteral("This contributor is already registered to this event."));
    QCOMPARE(c.errors.first().conflictId, existing.id);
    QVERIFY(c.fullNights.isEmpty());   // no place is looked for when the form cannot be saved

    // Editing the existing registration itself is no duplicate.
    const RegistrationCheck self = RegistrationRules::check(existing, event, {existing}, existing.id);
    QVERIFY2(self.errors.isEmpty(), qPrintable(messages(self.errors).join(u'\n')));
}

void tst_RegistrationRules::isLate_comparesTheSubmissionDayWithTheDeadline_data()
{
    QTest::addColumn<QDate>("deadline");
    QTest::addColumn<QDateTime>("submitted");
    QTest::addColumn<bool>("late");

    // Submission times are stored in UTC and compared by their UTC day.
    QTest::newRow("well before the deadline") << Deadline << at(QDate(2026, 1, 10), 9) << false;
    QTest::newRow("on the deadline day, morning") << Deadline << at(Deadline, 8) << false;
    QTest::newRow("on the deadline day, 23:59:59 UTC") << Deadline << at(Deadline, 23, 59, 59) << false;
    QTest::newRow("the day after the deadline, 00:00:00 UTC") << Deadline << at(Deadline.addDays(1), 0, 0, 0) << true;
    QTest::newRow("the day after the deadline, noon") << Deadline << at(Deadline.addDays(1), 12) << true;
    QTest::newRow("weeks after the deadline") << Deadline << at(Mon30, 9) << true;
    QTest::newRow("no deadline: never late") << QDate() << at(Mon30, 9) << false;
}

void tst_RegistrationRules::isLate_comparesTheSubmissionDayWithTheDeadline()
{
    QFETCH(QDate, deadline);
    QFETCH(QDateTime, submitted);
    QFETCH(bool, late);

    Event event = winterMeeting();
    event.registrationDeadline = deadline;
    const Registration r = stay(0, Shared, Mon30, Fri03, QStringLiteral("pre_registered"), submitted);
    QCOMPARE(RegistrationRules::isLate(r, event), late);
    const RegistrationCheck c = RegistrationRules::check(r, event, {}, 0);
    QCOMPARE(c.late, late);
    QVERIFY(c.errors.isEmpty());   // a late registration is kept, not refused
}

void tst_RegistrationRules::check_optionFullOnOneNight_listsThatNightOnly()
{
    const Event event = winterMeeting();
    // The solo room is taken on Tuesday night only.
    const QList<Registration> others{stay(1, Solo, Tue31, Wed01), stay(2, Solo, Mon30, Fri03, QStringLiteral("cancelled"))};
    const RegistrationCheck c =
        RegistrationRules::check(stay(0, Solo, Mon30, Fri03, QStringLiteral("pre_registered")), event, others, 0);
    QVERIFY(c.errors.isEmpty());
    QCOMPARE(c.fullNights, QList<QDate>{Tue31});
    QVERIFY(!c.eventFull);
    QVERIFY(c.needsWaitlist());

    // Someone already on the waiting list is checked as if they were counted.
    const RegistrationCheck waiting =
        RegistrationRules::check(stay(3, Solo, Mon30, Wed01, QStringLiteral("waitlisted"), at(QDate(2026, 1, 11), 9), 1),
                                 event, others, 0);
    QCOMPARE(waiting.fullNights, QList<QDate>{Tue31});

    // Leaving on Tuesday morning avoids the full night.
    const RegistrationCheck shorter =
        RegistrationRules::check(stay(0, Solo, Mon30, Tue31, QStringLiteral("pre_registered")), event, others, 0);
    QVERIFY(shorter.fullNights.isEmpty());
    QVERIFY(!shorter.needsWaitlist());
}

void tst_RegistrationRules::check_eventFull_needsTheWaitingList()
{
    const Event event = winterMeeting(2);
    const QList<Registration> others{stay(1, 0, Mon30, Fri03), stay(2, 0, Mon30, Fri03, QStringLiteral("pre_registered")),
                                     stay(3, 0, Mon30, Fri03, QStringLiteral("cancelled"))};
    const RegistrationCheck c =
        RegistrationRules::check(stay(0, 0, Mon30, Fri03, QStringLiteral("pre_registered")), event, others, 0);
    QVERIFY(c.eventFull);
    QVERIFY(c.fullNights.isEmpty());   // lodging elsewhere is never full
    QVERIFY(c.needsWaitlist());

    // Editing one of the two counted registrations: it keeps its own place.
    const RegistrationCheck edit = RegistrationRules::check(others.at(0), event, others, others.at(0).id);
    QVERIFY(!edit.eventFull);
    QVERIFY(!edit.needsWaitlist());
}

void tst_RegistrationRules::check_cancelledRegistration_isNotCheckedForPlace()
{
    const Event event = winterMeeting(1);
    const QList<Registration> others{stay(1, Solo, Mon30, Fri03)};
    const RegistrationCheck c =
        RegistrationRules::check(stay(0, Solo, Mon30, Fri03, QStringLiteral("cancelled")), event, others, 0);
    QVERIFY(c.errors.isEmpty());
    QVERIFY(c.fullNights.isEmpty());
    QVERIFY(!c.eventFull);
}

void tst_RegistrationRules::nextToPromote_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<QList<Registration>>("registrations");
    QTest::addColumn<qint64>("promoted");

    const QString waitlisted = QStringLiteral("waitlisted"), confirmed = QStringLiteral("confirmed"),
                  cancelled = QStringLiteral("cancelled");
    const QDateTime early = at(QDate(2026, 1, 5), 9), middle = at(QDate(2026, 1, 6), 9), late = at(QDate(2026, 1, 7), 9);

    QTest::newRow("nobody waiting") << 0 << QList<Registration>{stay(1, Solo, Mon30, Fri03)} << qint64(0);
    QTest::newRow("the first in rank, not the first to have asked")
        << 0
        << QList<Registration>{stay(1, Shared, Mon30, Fri03, waitlisted, early, 2),
                               stay(2, Shared, Mon30, Fri03, waitlisted, late, 1)}
        << qint64(2);
    QTest::newRow("same rank: the one who asked first")
        << 0
        << QList<Registration>{stay(1, Shared, Mon30, Fri03, waitlisted, late, 1),
                               stay(2, Shared, Mon30, Fri03, waitlisted, early, 1)}
        << qint64(2);
    QTest::newRow("no rank yet: after every ranked one, then by submission")
        << 0
        << QList<Registration>{stay(1, Shared, Mon30, Fri03, waitlisted, early, 0),
                               stay(2, Shared, Mon30, Fri03, waitlisted, late, 3),
                               stay(3, Shared, Mon30, Fri03, waitlisted, middle, 0)}
        << qint64(2);
    QTest::newRow("skips the first whose option is still full")
        << 0
        << QList<Registration>{stay(1, Solo, Mon30, Fri03, confirmed),
                               stay(2, Solo, Mon30, Fri03, waitlisted, early, 1),
                               stay(3, Shared, Mon30, Fri03, waitlisted, middle, 2),
                               stay(4, Shared, Mon30, Fri03, waitlisted, late, 3)}
        << qint64(3);
    QTest::newRow("the solo room freed by a cancellation goes to the first waiting for it")
        << 0
        << QList<Registration>{stay(1, Solo, Mon30, Fri03, cancelled),
                               stay(2, Shared, Mon30, Fri03, confirmed), stay(3, Shared, Mon30, Fri03, confirmed),
                               stay(4, Shared, Mon30, Fri03, waitlisted, early, 1),
                               stay(5, Solo, Mon30, Fri03, waitlisted, middle, 2),
                               stay(6, Solo, Mon30, Fri03, waitlisted, late, 3)}
        << qint64(5);
    QTest::newRow("a shorter stay fits where a longer one does not")
        << 0
        << QList<Registration>{stay(1, Solo, Wed01, Fri03, confirmed),
                               stay(2, Solo, Mon30, Fri03, waitlisted, early, 1),
                               stay(3, Solo, Mon30, Wed01, waitlisted, late, 2)}
        << qint64(3);
    QTest::newRow("every waiting one's option full: nobody")
        << 0
        << QList<Registration>{stay(1, Solo, Mon30, Fri03, confirmed), stay(2, Solo, Tue31, Wed01, waitlisted, early, 1)}
        << qint64(0);
    QTest::newRow("the event itself full: nobody")
        << 2
        << QList<Registration>{stay(1, 0, Mon30, Fri03, confirmed), stay(2, 0, Mon30, Fri03, confirmed),
                               stay(3, 0, Mon30, Fri03, waitlisted, early, 1)}
        << qint64(0);
    QTest::newRow("a place freed in the event: the first waiting")
        << 2
        << QList<Registration>{stay(1, 0, Mon30, Fri03, confirmed), stay(2, 0, Mon30, Fri03, cancelled),
                               stay(3, 0, Mon30, Fri03, waitlisted, late, 2), stay(4, 0, Mon30, Fri03, waitlisted, early, 1)}
        << qint64(4);
}

void tst_RegistrationRules::nextToPromote()
{
    QFETCH(int, capacity);
    QFETCH(QList<Registration>, registrations);
    QFETCH(qint64, promoted);
    QCOMPARE(RegistrationRules::nextToPromote(winterMeeting(capacity), registrations), promoted);
}

void tst_RegistrationRules::validateEvent_data()
{
    QTest::addColumn<EventChange>("change");
    QTest::addColumn<QStringList>("errors");

    QTest::newRow("the winter meeting is valid") << EventChange([](Event &) {}) << QStringList{};
    QTest::newRow("empty title") << EventChange([](Event &e) { e.title.clear(); })
                                 << QStringList{QStringLiteral("title: The title is required.")};
    QTest::newRow("blank title") << EventChange([](Event &e) { e.title = QStringLiteral("   "); })
                                 << QStringList{QStringLiteral("title: The title is required.")};
    QTest::newRow("no end date") << EventChange([](Event &e) { e.end = QDate(); })
                                 << QStringList{QStringLiteral("dates: The start and end dates are required.")};
    QTest::newRow("end before start") << EventChange([](Event &e) { e.end = Sun29; })
                                      << QStringList{QStringLiteral("dates: The event ends before it starts.")};
    QTest::newRow("a one-day event is fine") << EventChange([](Event &e) {
        e.end = e.start;
        e.transitDaysStart = 0;
        e.transitDaysEnd = 0;
    }) << QStringList{};
    QTest::newRow("as many transit days as days is fine") << EventChange([](Event &e) {
        e.transitDaysStart = 3;
        e.transitDaysEnd = 2;
    }) << QStringList{};
    QTest::newRow("transit days too many")
        << EventChange([](Event &e) {
               e.transitDaysStart = 3;
               e.transitDaysEnd = 3;
           })
        << QStringList{QStringLiteral("transit: There are more transit days than days in the event.")};
    QTest::newRow("deadline before opening")
        << EventChange([](Event &e) { e.registrationDeadline = QDate(2025, 11, 30); })
        << QStringList{QStringLiteral("deadline: The deadline is before registrations open.")};
    QTest::newRow("negative capacity") << EventChange([](Event &e) { e.capacity = -1; })
                                       << QStringList{QStringLiteral("capacity: The capacity cannot be negative.")};
    QTest::newRow("negative meal price")
        << EventChange([](Event &e) { e.mealPrices[1].priceCents = -1700; })
        << QStringList{QStringLiteral("meals: A meal price cannot be negative.")};
    QTest::newRow("negative room price")
        << EventChange([](Event &e) { e.lodgingOptions[0].priceCents = -1; })
        << QStringList{QStringLiteral("options: Numbers and prices cannot be negative.")};
    QTest::newRow("negative supplement")
        << EventChange([](Event &e) { e.lodgingOptions[1].supplementCents = -1500; })
        << QStringList{QStringLiteral("options: Numbers and prices cannot be negative.")};
    QTest::newRow("a room without beds") << EventChange([](Event &e) { e.lodgingOptions[0].bedsPerUnit = 0; })
                                         << QStringList{QStringLiteral("options: A room has at least one bed.")};
    QTest::newRow("an unnamed option") << EventChange([](Event &e) { e.lodgingOptions[1].name = QStringLiteral(" "); })
                                       << QStringList{QStringLiteral("options: Each lodging option needs a name.")};
    QTest::newRow("several problems at once, in form order")
        << EventChange([](Event &e) {
               e.title.clear();
               e.end = Sun29;
               e.mealPrices[0].priceCents = -800;
           })
        << QStringList{QStringLiteral("title: The title is required."),
                       QStringLiteral("dates: The event ends before it starts."),
                       QStringLiteral("meals: A meal price cannot be negative.")};
}

void tst_RegistrationRules::validateEvent()
{
    QFETCH(EventChange, change);
    QFETCH(QStringList, errors);

    Event e = winterMeeting();
    change(e);
    QCOMPARE(messages(RegistrationRules::validateEvent(e)), errors);
}

QTEST_GUILESS_MAIN(tst_RegistrationRules)
#include "tst_RegistrationRules.moc"
