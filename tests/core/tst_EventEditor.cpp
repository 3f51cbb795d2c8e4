// EventEditor through Community: registrations, statuses, payments and rooms
// are checked against the rules (docs/domain.md, Capacity, Status, Deadline),
// written in one transaction, and each edit is one undo step that puts back
// exactly the rows that were there (compared as full dumps).
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/PaymentRepository.h"
#include "repositories/RegistrationRepository.h"
#include "repositories/RoomRepository.h"
#include "services/RegistrationRules.h"
#include "services/StayCalculator.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace convivium;
using core::EventEditor;
using core::Registration;
using WhenFull = core::EventEditor::WhenFull;

namespace {

const QDate Mon30(2026, 3, 30), Tue31(2026, 3, 31), Wed01(2026, 4, 1), Thu02(2026, 4, 2), Fri03(2026, 4, 3);
const QDate Deadline(2026, 2, 15);

QDateTime at(const QDate &day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(day, QTime(hour, minute, second), Qt::UTC);
}

// The 2026 winter meeting in a fresh community file: Monday 30 March to
// Friday 3 April, registrations until 15 February; two shared rooms of two
// beds (4 places), one solo room, and lodging elsewhere (whose "units" must
// never become rooms).
struct Meeting {
    test::TestCommunity tc;
    core::Community &community = tc.community();
    EventEditor &editor = community.events();
    qint64 eventId = 0;
    qint64 shared = 0;
    qint64 solo = 0;
    qint64 elsewhere = 0;
    int people = 0;

    explicit Meeting(int capacity = 0)
    {
        core::Event e;
        e.title = QStringLiteral("Rencontre d'hiver 2026");
        e.start = Mon30;
        e.end = Fri03;
        e.transitDaysStart = 1;
        e.transitDaysEnd = 2;
        e.registrationOpens = QDate(2025, 12, 1);
        e.registrationDeadline = Deadline;
        e.capacity = capacity;
        e.status = QStringLiteral("open");
        core::LodgingOption sharedRoom;
        sharedRoom.name = QStringLiteral("Chambre partagée");
        sharedRoom.kind = QStringLiteral("shared_room");
        sharedRoom.bedsPerUnit = 2;
        sharedRoom.units = 2;
        sharedRoom.priceCents = 6200;
        core::LodgingOption soloRoom;
        soloRoom.name = QStringLiteral("Chambre solo");
        soloRoom.kind = QStringLiteral("solo_room");
        soloRoom.units = 1;
        soloRoom.priceCents = 6200;
        soloRoom.supplementCents = 1500;
        core::LodgingOption outside;
        outside.name = QStringLiteral("Hébergement ailleurs");
        outside.kind = QStringLiteral("elsewhere");
        outside.units = 3;
        outside.mealsIncluded = false;
        e.lodgingOptions = {sharedRoom, soloRoom, outside};
        e.mealPrices = {{QStringLiteral("breakfast"), 800}, {QStringLiteral("lunch"), 1700},
                        {QStringLiteral("dinner"), 1700}};
        eventId = test::must(editor.saveEvent(e));
        const core::Event stored = test::must(core::EventRepository(tc.db()).load(eventId));
        shared = stored.lodgingOptions.at(0).id;
        solo = stored.lodgingOptions.at(1).id;
        elsewhere = stored.lodgingOptions.at(2).id;
        community.undoStack()->clear();
    }

    qint64 person()
    {
        core::Contributor c;
        c.givenName = QStringLiteral("Camille");
        c.familyName = QStringLiteral("Participant %1").arg(++people);
        return test::must(core::ContributorRepository(tc.db()).insert(c));
    }

    // A registration of a new person, asked `minutes` after 9:00 on 10 January.
    Registration registration(qint64 option, const QString &status = QStringLiteral("pre_registered"), int minutes = 0,
                              const QDate &arrival = Mon30, const QDate &departure = Fri03)
    {
        Registration r;
        r.eventId = eventId;
        r.contributorId = person();
        r.status = status;
        r.submittedAt = at(QDate(2026, 1, 10), 9).addSecs(60 * minutes);
        r.arrival = arrival;
        r.departure = departure;
        r.firstMeal = core::StayCalculator::defaultFirstMeal(arrival, departure);
        r.lastMeal = core::StayCalculator::defaultLastMeal(arrival, departure);
        r.lodgingOptionId = option;
        return r;
    }

    qint64 save(const Registration &r, WhenFull whenFull = WhenFull::Refuse)
    {
        return test::must(editor.saveRegistration(r, whenFull));
    }

    QVariant column(const QString &name, qint64 registrationId) const
    {
        // Column names come from the tests themselves.
        return test::scalar(tc.db(), QStringLiteral("SELECT %1 FROM registration WHERE id = ?").arg(name), {registrationId});
    }

    QList<Registration> registrations() const { return core::RegistrationRepository(tc.db()).forEvent(eventId); }
    core::Event event() const { return test::must(core::EventRepository(tc.db()).load(eventId)); }
    int undoSteps() { return community.undoStack()->count(); }
};

QString fullOn(const QDate &night)
{
    return QStringLiteral("This lodging option is full on %1.").arg(QLocale().toString(night, QLocale::ShortFormat));
}

} // namespace

class tst_EventEditor : public QObject
{
    Q_OBJECT

private slots:
    void fullOption_followsTheOrganisersChoice_data();
    void fullOption_followsTheOrganisersChoice();
    void fullEvent_refusedWithItsCapacity_writesNothing();
    void waitingList_ranksFollowTheOrderOfArrival();
    void sameContributorTwice_isRefused_writesNothing();
    void submittedAfterDeadline_isSavedLate_data();
    void submittedAfterDeadline_isSavedLate();
    void setStatus_onThreeIds_isOneUndoStep_undoRestoresStatusesAndRanks_data();
    void setStatus_onThreeIds_isOneUndoStep_undoRestoresStatusesAndRanks();
    void setStatus_unknownStatus_isRefused();
    void cancellingConfirmed_freesThePlace_forTheOldestWaitingThatFits();
    void recordPayment_undoRemovesIt_redoBringsItBack();
    void recordPayment_invalid_isRefused_data();
    void recordPayment_invalid_isRefused();
    void generateRooms_oneRoomPerUnit_notForElsewhere_undoable();
    void assignRoom_undoPutsBackThePreviousRoom();
};

void tst_EventEditor::fullOption_followsTheOrganisersChoice_data()
{
    QTest::addColumn<int>("whenFull");
    QTest::addColumn<bool>("saved");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("rank");   // 0: NULL in the database

    QTest::newRow("refuse: the message, nothing written") << int(WhenFull::Refuse) << false << QString() << 0;
    QTest::newRow("waitlist: saved as waitlisted, first in line")
        << int(WhenFull::Waitlist) << true << QStringLiteral("waitlisted") << 1;
    QTest::newRow("overbook: saved as pre-registered anyway")
        << int(WhenFull::Overbook) << true << QStringLiteral("pre_registered") << 0;
}

void tst_EventEditor::fullOption_followsTheOrganisersChoice()
{
    QFETCH(int, whenFull);
    QFETCH(bool, saved);
    QFETCH(QString, status);
    QFETCH(int, rank);

    Meeting m;
    m.save(m.registration(m.solo, QStringLiteral("confirmed")));
    const Registration candidate = m.registration(m.solo);   // a new person, written before the picture
    m.community.undoStack()->clear();
    const QStringList before = test::dumpAll(m.tc.db());
    const int rows = test::countRows(m.tc.db(), QStringLiteral("registration"));

    const auto outcome = m.editor.saveRegistration(candidate, WhenFull(whenFull));
    QCOMPARE(bool(outcome), saved);
    if (!saved) {
        QCOMPARE(outcome.message(), fullOn(Mon30));
        QVERIFY(outcome.message().startsWith(QStringLiteral("This lodging option is full on ")));
        QCOMPARE(test::countRows(m.tc.db(), QStringLiteral("registration")), rows);
        QCOMPARE(test::dumpAll(m.tc.db()), before);
        QCOMPARE(m.undoSteps(), 0);
        return;
    }
    QCOMPARE(test::countRows(m.tc.db(), QStringLiteral("registration")), rows + 1);
    QCOMPARE(m.undoSteps(), 1);
    QCOMPARE(m.column(QStringLiteral("status"), outcome.value()).toString(), status);
    const QVariant storedRank = m.column(QStringLiteral("waitlist_rank"), outcome.value());
    if (rank == 0)
        QVERIFY2(storedRank.isNull(), qPrintable(storedRank.toString()));
    else
        QCOMPARE(storedRank.toInt(), rank);

    m.community.undoStack()->undo();
    QCOMPARE(test::dumpAll(m.tc.db()), before);
}

void tst_EventEditor::fullEvent_refusedWithItsCapacity_writesNothing()
{
    Meeting m(2);
    m.save(m.registration(m.elsewhere, QStringLiteral("confirmed")));
    m.save(m.registration(m.shared));
    m.save(m.registration(m.shared, QStringLiteral("cancelled")));   // takes no place
    const Registration candidate = m.registration(m.shared);
    m.community.undoStack()->clear();
    const QStringList before = test::dumpAll(m.tc.db());

    const auto outcome = m.editor.saveRegistration(candidate);
    QVERIFY(!outcome);
    QCOMPARE(outcome.message(), QStringLiteral("The event is full (2 place(s))."));
    QCOMPARE(m.undoSteps(), 0);
    QCOMPARE(test::dumpAll(m.tc.db()), before);
}

void tst_EventEditor::waitingList_ranksFollowTheOrderOfArrival()
{
    Meeting m;
    m.save(m.registration(m.solo, QStringLiteral("confirmed")));
    const qint64 first = m.save(m.registration(m.solo, QStringLiteral("pre_registered"), 10), WhenFull::Waitlist);
    const qint64 second = m.save(m.registration(m.solo, QStringLiteral("pre_registered"), 20), WhenFull::Waitlist);
    // A registration that fits is not put on the list, and takes no rank.
    const qint64 fits = m.save(m.registration(m.shared, QStringLiteral("pre_registered"), 30), WhenFull::Waitlist);
    const qint64 third = m.save(m.registration(m.solo, QStringLiteral("pre_registered"), 40), WhenFull::Waitlist);

    QCOMPARE(m.column(QStringLiteral("status"), first).toString(), QStringLiteral("waitlisted"));
    QCOMPARE(m.column(QStringLiteral("waitlist_rank"), first).toInt(), 1);
    QCOMPARE(m.column(QStringLiteral("status"), second).toString(), QStringLiteral("waitlisted"));
    QCOMPARE(m.column(QStringLiteral("waitlist_rank"), second).toInt(), 2);
    QCOMPARE(m.column(QStringLiteral("status"), fits).toString(), QStringLiteral("pre_registered"));
    QVERIFY(m.column(QStringLiteral("waitlist_rank"), fits).isNull());
    QCOMPARE(m.column(QStringLiteral("waitlist_rank"), third).toInt(), 3);
    QCOMPARE(m.undoSteps(), 5);
}

void tst_EventEditor::sameContributorTwice_isRefused_writesNothing()
{
    Meeting m;
    const Registration firstTime = m.registration(m.shared);
    const qint64 id = m.save(firstTime);
    Registration again = m.registration(m.elsewhere, QStringLiteral("confirmed"), 60, Tue31, Thu02);
    again.contributorId = firstTime.contributorId;
    m.community.undoStack()->clear();
    const QStringList before = test::dumpAll(m.tc.db());

    const auto outcome = m.editor.saveRegistration(again, WhenFull::Overbook);
    QVERIFY(!outcome);
    QCOMPARE(outcome.message(), QStringLiteral("This contributor is already registered to this event."));
    QCOMPARE(test::dumpAll(m.tc.db()), before);
    QCOMPARE(m.undoSteps(), 0);

    // Editing that same registration is no duplicate.
    Registration edited = test::must(core::RegistrationRepository(m.tc.db()).load(id));
    edited.diet = QStringLiteral("Végétarien");
    QCOMPARE(m.save(edited), id);
    QCOMPARE(m.column(QStringLiteral("diet"), id).toString(), QStringLiteral("Végétarien"));
}

void tst_EventEditor::submittedAfterDeadline_isSavedLate_data()
{
    QTest::addColumn<QDateTime>("submitted");
    QTest::addColumn<int>("late");

    QTest::newRow("a month before the deadline") << at(QDate(2026, 1, 15), 10) << 0;
    QTest::newRow("on the deadline day, late evening") << at(Deadline, 23, 30) << 0;
    QTest::newRow("the day after the deadline") << at(Deadline.addDays(1), 8) << 1;
    QTest::newRow("the week of the event") << at(QDate(2026, 3, 27), 8) << 1;
}

void tst_EventEditor::submittedAfterDeadline_isSavedLate()
{
    QFETCH(QDateTime, submitted);
    QFETCH(int, late);

    Meeting m;
    Registration r = m.registration(m.shared);
    r.submittedAt = submitted;
    r.late = !late;   // the editor decides, not the caller
    const qint64 id = m.save(r);
    QCOMPARE(m.column(QStringLiteral("late"), id).toInt(), late);
    QCOMPARE(m.column(QStringLiteral("status"), id).toString(), QStringLiteral("pre_registered"));   // kept
    QCOMPARE(test::must(core::RegistrationRepository(m.tc.db()).load(id)).submittedAt, submitted);
}

void tst_EventEditor::setStatus_onThreeIds_isOneUndoStep_undoRestoresStatusesAndRanks_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QList<int>>("ranks");   // of the pre-registered, confirmed and waitlisted ones; 0: NULL

    QTest::newRow("all to the waiting list: the others join its end")
        << QStringLiteral("waitlisted") << QList<int>{2, 3, 1};
    QTest::newRow("all cancelled: the waiting one leaves the list") << QStringLiteral("cancelled") << QList<int>{0, 0, 0};
    QTest::newRow("all confirmed") << QStringLiteral("confirmed") << QList<int>{0, 0, 0};
}

void tst_EventEditor::setStatus_onThreeIds_isOneUndoStep_undoRestoresStatusesAndRanks()
{
    QFETCH(QString, status);
    QFETCH(QList<int>, ranks);

    Meeting m;
    const qint64 pre = m.save(m.registration(m.elsewhere, QStringLiteral("pre_registered"), 1));
    const qint64 confirmed = m.save(m.registration(m.shared, QStringLiteral("confirmed"), 2));
    const qint64 waiting = m.save(m.registration(m.shared, QStringLiteral("waitlisted"), 3));
    QCOMPARE(m.column(QStringLiteral("waitlist_rank"), waiting).toInt(), 1);
    const int depth = m.undoSteps();
    const QStringList before = test::dumpAll(m.tc.db());
    QSignalSpy failures(m.community.notifier(), &core::ChangeNotifier::failed);

    const QList<qint64> ids{pre, confirmed, waiting};
    const core::Result r = m.editor.setStatus(ids, status);
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(m.undoSteps(), depth + 1);
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(m.column(QStringLiteral("status"), ids.at(i)).toString(), status);
        const QVariant rank = m.column(QStringLiteral("waitlist_rank"), ids.at(i));
        if (ranks.at(i) == 0)
            QVERIFY2(rank.isNull(), qPrintable(rank.toString()));
        else
            QCOMPARE(rank.toInt(), ranks.at(i));
    }
    const QStringList after = test::dumpAll(m.tc.db());

    m.community.undoStack()->undo();
    QCOMPARE(test::dumpAll(m.tc.db()), before);
    QCOMPARE(m.column(QStringLiteral("status"), pre).toString(), QStringLiteral("pre_registered"));
    QCOMPARE(m.column(QStringLiteral("status"), confirmed).toString(), QStringLiteral("confirmed"));
    QCOMPARE(m.column(QStringLiteral("status"), waiting).toString(), QStringLiteral("waitlisted"));
    QVERIFY(m.column(QStringLiteral("waitlist_rank"), pre).isNull());
    QVERIFY(m.column(QStringLiteral("waitlist_rank"), confirmed).isNull());
    QCOMPARE(m.column(QStringLiteral("waitlist_rank"), waiting).toInt(), 1);

    m.community.undoStack()->redo();
    QCOMPARE(test::dumpAll(m.tc.db()), after);
    QVERIFY2(failures.isEmpty(), failures.isEmpty() ? "" : qPrintable(failures.first().first().toString()));
}

void tst_EventEditor::setStatus_unknownStatus_isRefused()
{
    Meeting m;
    const qint64 id = m.save(m.registration(m.shared));
    m.community.undoStack()->clear();
    const QStringList before = test::dumpAll(m.tc.db());
    const core::Result r = m.editor.setStatus({id}, QStringLiteral("maybe"));
    QVERIFY(!r);
    QCOMPARE(r.message(), QStringLiteral("Unknown status “maybe”."));
    QCOMPARE(test::dumpAll(m.tc.db()), before);
    QCOMPARE(m.undoSteps(), 0);
}

void tst_EventEditor::cancellingConfirmed_freesThePlace_forTheOldestWaitingThatFits()
{
    Meeting m;
    // The solo room and the four shared beds are taken.
    const qint64 soloHolder = m.save(m.registration(m.solo, QStringLiteral("confirmed"), 0));
    for (int i = 1; i <= 4; ++i)
        m.save(m.registration(m.shared, QStringLiteral("confirmed"), i));
    // The waiting list, in order: someone for the shared rooms, then two for the solo room.
    const qint64 waitingShared = m.save(m.registration(m.shared, QStringLiteral("pre_registered"), 10), WhenFull::Waitlist);
    const qint64 waitingSolo = m.save(m.registration(m.solo, QStringLiteral("pre_registered"), 20), WhenFull::Waitlist);
    const qint64 waitingSoloLater = m.save(m.registration(m.solo, QStringLiteral("pre_registered"), 30), WhenFull::Waitlist);
    QCOMPARE(m.column(QStringLiteral("waitlist_rank"), waitingShared).toInt(), 1);
    QCOMPARE(m.column(QStringLiteral("waitlist_rank"), waitingSolo).toInt(), 2);
    QCOMPARE(m.column(QStringLiteral("waitlist_rank"), waitingSoloLater).toInt(), 3);
    QCOMPARE(core::RegistrationRules::nextToPromote(m.event(), m.registrations()), qint64(0));

    // The solo room is freed: the first waiting for the shared rooms still
    // does not fit, the older of the two waiting for the solo room does.
    QVERIFY(m.editor.setStatus({soloHolder}, QStringLiteral("cancelled")));
    QCOMPARE(core::RegistrationRules::nextToPromote(m.event(), m.registrations()), waitingSolo);

    // Once promoted, the room is taken again and the list keeps the others.
    QVERIFY(m.editor.setStatus({waitingSolo}, QStringLiteral("confirmed")));
    QVERIFY(m.column(QStringLiteral("waitlist_rank"), waitingSolo).isNull());
    QCOMPARE(m.column(QStringLiteral("waitlist_rank"), waitingShared).toInt(), 1);
    QCOMPARE(m.column(QStringLiteral("waitlist_rank"), waitingSoloLater).toInt(), 3);
    QCOMPARE(core::RegistrationRules::nextToPromote(m.event(), m.registrations()), qint64(0));

    // Undoing both puts the solo holder back and the list as it was.
    m.community.undoStack()->undo();
    m.community.undoStack()->undo();
    QCOMPARE(m.column(QStringLiteral("status"), soloHolder).toString(), QStringLiteral("confirmed"));
    QCOMPARE(m.column(QStringLiteral("waitlist_rank"), waitingSolo).toInt(), 2);
    QCOMPARE(core::RegistrationRules::nextToPromote(m.event(), m.registrations()), qint64(0));
}

void tst_EventEditor::recordPayment_undoRemovesIt_redoBringsItBack()
{
    Meeting m;
    const qint64 id = m.save(m.registration(m.solo, QStringLiteral("confirmed")));
    m.community.undoStack()->clear();
    const QStringList before = test::dumpAll(m.tc.db());
    QSignalSpy failures(m.community.notifier(), &core::ChangeNotifier::failed);

    core::Payment p;
    p.registrationId = id;
    p.paidOn = QDate(2026, 3, 1);
    p.amountCents = 30800;
    p.method = QStringLiteral("purchase_order");
    p.reference = QStringLiteral("BC-2026-017");
    const qint64 paymentId = test::must(m.editor.recordPayment(p));
    QCOMPARE(m.undoSteps(), 1);
    QCOMPARE(test::countRows(m.tc.db(), QStringLiteral("payment")), 1);
    QCOMPARE(test::scalar(m.tc.db(), QStringLiteral("SELECT amount_cents FROM payment WHERE id = ?"), {paymentId}).toLongLong(),
             qint64(30800));
    QCOMPARE(core::PaymentRepository(m.tc.db()).paidByRegistration(m.eventId).value(id), qint64(30800));
    const QStringList after = test::dumpAll(m.tc.db());

    m.community.undoStack()->undo();
    QCOMPARE(test::countRows(m.tc.db(), QStringLiteral("payment")), 0);
    QCOMPARE(test::dumpAll(m.tc.db()), before);
    QVERIFY(core::PaymentRepository(m.tc.db()).paidByRegistration(m.eventId).isEmpty());

    m.community.undoStack()->redo();
    QCOMPARE(test::dumpAll(m.tc.db()), after);
    QVERIFY(failures.isEmpty());
}

void tst_EventEditor::recordPayment_invalid_isRefused_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QDate>("paidOn");
    QTest::addColumn<QString>("message");

    QTest::newRow("zero amount") << qint64(0) << QDate(2026, 3, 1)
                                 << QStringLiteral("The amount of a payment cannot be zero.");
    QTest::newRow("no date") << qint64(1700) << QDate() << QStringLiteral("The payment needs a date.");
}

void tst_EventEditor::recordPayment_invalid_isRefused()
{
    QFETCH(qint64, amount);
    QFETCH(QDate, paidOn);
    QFETCH(QString, message);

    Meeting m;
    const qint64 id = m.save(m.registration(m.elsewhere));
    m.community.undoStack()->clear();
    core::Payment p;
    p.registrationId = id;
    p.amountCents = amount;
    p.paidOn = paidOn;
    const auto outcome = m.editor.recordPayment(p);
    QVERIFY(!outcome);
    QCOMPARE(outcome.message(), message);
    QCOMPARE(test::countRows(m.tc.db(), QStringLiteral("payment")), 0);
    QCOMPARE(m.undoSteps(), 0);
}

void tst_EventEditor::generateRooms_oneRoomPerUnit_notForElsewhere_undoable()
{
    Meeting m;
    const QStringList before = test::dumpAll(m.tc.db());

    QCOMPARE(test::must(m.editor.generateRooms(m.eventId)), 3);
    QCOMPARE(m.undoSteps(), 1);
    const QList<core::Room> rooms = core::RoomRepository(m.tc.db()).forEvent(m.eventId);
    QCOMPARE(rooms.size(), 3);
    QCOMPARE(rooms.at(0).name, QStringLiteral("Chambre partagée 1"));
    QCOMPARE(rooms.at(1).name, QStringLiteral("Chambre partagée 2"));
    QCOMPARE(rooms.at(2).name, QStringLiteral("Chambre solo"));   // a single unit keeps the option's name
    QCOMPARE(rooms.at(0).beds, 2);
    QCOMPARE(rooms.at(1).beds, 2);
    QCOMPARE(rooms.at(2).beds, 1);
    QCOMPARE(rooms.at(0).lodgingOptionId, m.shared);
    QCOMPARE(rooms.at(2).lodgingOptionId, m.solo);
    QCOMPARE(test::scalar(m.tc.db(), QStringLiteral("SELECT count(*) FROM room WHERE lodging_option_id = ?"), {m.elsewhere})
                 .toInt(),
             0);
    const QStringList after = test::dumpAll(m.tc.db());

    // Options that have their rooms are left alone: nothing to do, no undo step.
    QCOMPARE(test::must(m.editor.generateRooms(m.eventId)), 0);
    QCOMPARE(m.undoSteps(), 1);
    QCOMPARE(test::countRows(m.tc.db(), QStringLiteral("room")), 3);

    m.community.undoStack()->undo();
    QCOMPARE(test::countRows(m.tc.db(), QStringLiteral("room")), 0);
    QCOMPARE(test::dumpAll(m.tc.db()), before);
    m.community.undoStack()->redo();
    QCOMPARE(test::dumpAll(m.tc.db()), after);
}

void tst_EventEditor::assignRoom_undoPutsBackThePreviousRoom()
{
    Meeting m;
    test::must(m.editor.generateRooms(m.eventId));
    const QList<core::Room> rooms = core::RoomRepository(m.tc.db()).forEvent(m.eventId);
    const qint64 id = m.save(m.registration(m.shared, QStringLiteral("confirmed")));
    m.community.undoStack()->clear();
    const QStringList empty = test::dumpAll(m.tc.db());
    const QList<QDate> nights = core::StayCalculator::nights(Mon30, Fri03);
    QSignalSpy failures(m.community.notifier(), &core::ChangeNotifier::failed);

    QVERIFY(m.editor.assignRoom(id, nights, rooms.at(0).id));
    QCOMPARE(m.undoSteps(), 1);
    QCOMPARE(test::countRows(m.tc.db(), QStringLiteral("room_assignment")), 4);
    QCOMPARE(test::scalar(m.tc.db(), QStringLiteral("SELECT count(*) FROM room_assignment WHERE room_id = ? "
                                                    "AND registration_id = ?"), {rooms.at(0).id, id}).toInt(),
             4);
    const QStringList inFirst = test::dumpAll(m.tc.db());

    // Moving to the second room on Tuesday and Wednesday, then undoing.
    QVERIFY(m.editor.assignRoom(id, {Tue31, Wed01}, rooms.at(1).id, true));
    QCOMPARE(test::countRows(m.tc.db(), QStringLiteral("room_assignment")), 4);
    QCOMPARE(test::scalar(m.tc.db(), QStringLiteral("SELECT count(*) FROM room_assignment WHERE room_id = ? AND locked = 1"),
                          {rooms.at(1).id}).toInt(),
             2);
    m.community.undoStack()->undo();
    QCOMPARE(test::dumpAll(m.tc.db()), inFirst);

    m.community.undoStack()->undo();
    QCOMPARE(test::countRows(m.tc.db(), QStringLiteral("room_assignment")), 0);
    QCOMPARE(test::dumpAll(m.tc.db()), empty);
    m.community.undoStack()->redo();
    QCOMPARE(test::dumpAll(m.tc.db()), inFirst);
    QVERIFY(failures.isEmpty());
}

QTEST_GUILESS_MAIN(tst_EventEditor)
#include "tst_EventEditor.moc"
