#include "services/EventEditor.h"
#include "commands/RecordChangeCommand.h"
#include "db/Transaction.h"
#include "domain/Vocabulary.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/PaymentRepository.h"
#include "repositories/RegistrationRepository.h"
#include "repositories/RoomRepository.h"
#include "services/EditConflict.h"
#include "services/EventFigures.h"
#include "services/RegistrationRules.h"
#include "services/RoomPlanner.h"
#include "services/StayCalculator.h"

#include <QLocale>
#include <QUndoStack>

namespace convivium::core {

namespace {

const QString kEvent = QStringLiteral("event");
const QString kRegistration = QStringLiteral("registration");

using Operation = RecordChangeCommand::Operation;

} // namespace

Fallible<qint64> EventEditor::saveEvent(const Event &event)
{
    if (const FieldErrors errors = RegistrationRules::validateEvent(event); !errors.isEmpty())
        return Result::failure(Validation::firstMessage(errors));
    qint64 id = event.id;
    const bool creating = id == 0;
    // Editing an event may remove lodging options: the scope covers the event
    // (its options, rooms and registrations) so that undo restores them.
    QList<RecordRef> scope;
    if (!creating)
        scope << RecordRef{kEvent, id};
    const Database &db = m_db;
    auto cmd = RecordChangeCommand::perform(
        m_db, m_notifier, creating ? tr("Create event “%1”").arg(event.title) : tr("Edit event “%1”").arg(event.title), scope,
        [&]() -> Fallible<QList<RecordRef>> {
            EventRepository repo(db);
            if (creating) {
                auto inserted = repo.insert(event);
                if (!inserted)
                    return inserted.result();
                id = inserted.value();
            } else if (Result r = repo.update(event); !r) {
                return r;
            }
            return QList<RecordRef>{RecordRef{kEvent, id}};
        });
    if (Result r = RecordChangeCommand::push(m_undo, cmd); !r)
        return EditConflict::explain(r, m_db, kEvent, event.id, [&db, &event](int currentVersion) {
            Event over = event;
            over.version = currentVersion;
            return EventRepository(db).update(over);
        }, EditConflict::undoableWriter(m_db, m_undo, m_notifier, tr("Edit event “%1”").arg(event.title),
                                       saveAgainWith<EventRepository>(m_db)));
    return id;
}

Fallible<qint64> EventEditor::saveRegistration(const Registration &input, WhenFull whenFull)
{
    auto event = EventRepository(m_db).load(input.eventId);
    if (!event)
        return event.result();
    RegistrationRepository repo(m_db);
    const QList<Registration> others = repo.forEvent(input.eventId);
    Registration r = input;
    if (!r.submittedAt.isValid())
        r.submittedAt = QDateTime::currentDateTimeUtc();
    const RegistrationCheck check = RegistrationRules::check(r, event.value(), others,
                                                             RegistrationRules::registrationOf(others, r.contributorId));
    if (!check.errors.isEmpty())
        return Result::failure(Validation::firstMessage(check.errors));
    r.late = check.late;
    if (r.counts() && check.needsWaitlist()) {
        if (whenFull == WhenFull::Refuse) {
            if (check.eventFull)
                return Result::failure(tr("The event is full (%n place(s)).", nullptr, event.value().capacity));
            return Result::failure(tr("This lodging option is full on %1.")
                                       .arg(QLocale().toString(check.fullNights.first(), QLocale::ShortFormat)));
        }
        if (whenFull == WhenFull::Waitlist) {
            r.status = QStringLiteral("waitlisted");
            r.waitlistRank = repo.nextWaitlistRank(r.eventId);
        }
    }
    if (r.status != u"waitlisted")
        r.waitlistRank = 0;
    else if (r.waitlistRank <= 0)
        r.waitlistRank = repo.nextWaitlistRank(r.eventId);

    const QString who = ContributorRepository(m_db).nameOf(r.contributorId);
    qint64 id = r.id;
    const bool creating = id == 0;
    QList<RecordRef> scope;
    if (!creating)
        scope << RecordRef{kRegistration, id};
    const Database &db = m_db;
    auto cmd = RecordChangeCommand::perform(
        m_db, m_notifier, creating ? tr("Register %1").arg(who) : tr("Edit the registration of %1").arg(who), scope,
        [&]() -> Fallible<QList<RecordRef>> {
            RegistrationRepository registrations(db);
            if (creating) {
                auto inserted = registrations.insert(r);
                if (!inserted)
                    return inserted.result();
                id = inserted.value();
            } else if (Result u = registrations.update(r); !u) {
                return u;
            }
            return QList<RecordRef>{RecordRef{kRegistration, id}};
        });
    if (Result res = RecordChangeCommand::push(m_undo, cmd); !res)
        return EditConflict::explain(res, m_db, kRegistration, r.id, [&db, &r](int currentVersion) {
            Registration over = r;
            over.version = currentVersion;
            return RegistrationRepository(db).update(over);
        }, EditConflict::undoableWriter(m_db, m_undo, m_notifier, tr("Edit the registration of %1").arg(who),
                                       saveAgainWith<RegistrationRepository>(m_db)));
    return id;
}

Result EventEditor::setStatus(const QList<qint64> &ids, const QString &status)
{
    if (ids.isEmpty())
        return Result::success();
    if (!Vocabulary::contains(Vocabulary::RegistrationStatus, status))
        return Result::failure(tr("Unknown status “%1”.").arg(status));
    QList<RecordRef> scope;
    for (qint64 id : ids)
        scope << RecordRef{kRegistration, id};
    const Database &db = m_db;
    const QString text = tr("Mark %n registration(s) as %1", nullptr, int(ids.size()))
                             .arg(Vocabulary::label(Vocabulary::RegistrationStatus, status).toLower());
    auto cmd = RecordChangeCommand::perform(m_db, m_notifier, text, scope, [&]() -> Fallible<QList<RecordRef>> {
        RegistrationRepository repo(db);
        for (qint64 id : ids) {
            auto current = repo.load(id);
            if (!current)
                return current.result();
            if (current.value().status == status)
                continue;
            // Joining the waiting list puts one at its end; leaving it clears the rank.
            const int rank = status == u"waitlisted" ? repo.nextWaitlistRank(current.value().eventId) : 0;
            if (Result r = repo.setStatus(id, status, rank); !r)
                return r;
        }
        return scope;
    });
    return RecordChangeCommand::push(m_undo, cmd);
}

Result EventEditor::removeRegistration(qint64 registrationId)
{
    auto r = RegistrationRepository(m_db).load(registrationId);
    if (!r)
        return r.result();
    const Database &db = m_db;
    auto cmd = RecordChangeCommand::perform(
        m_db, m_notifier, tr("Delete the registration of %1").arg(ContributorRepository(m_db).nameOf(r.value().contributorId)),
        {RecordRef{kRegistration, registrationId}}, [&]() -> Fallible<QList<RecordRef>> {
            if (Result res = RegistrationRepository(db).remove(registrationId); !res)
                return res;
            return QList<RecordRef>{};
        });
    return RecordChangeCommand::push(m_undo, cmd);
}

Fallible<qint64> EventEditor::recordPayment(const Payment &payment)
{
    if (payment.amountCents == 0)
        return Result::failure(tr("The amount of a payment cannot be zero."));
    if (!payment.paidOn.isValid())
        return Result::failure(tr("The payment needs a date."));
    qint64 id = 0;
    const Database &db = m_db;
    auto cmd = RecordChangeCommand::perform(m_db, m_notifier, tr("Record a payment"),
                                            {RecordRef{kRegistration, payment.registrationId}},
                                            [&]() -> Fallible<QList<RecordRef>> {
        auto inserted = PaymentRepository(db).insert(payment);
        if (!inserted)
            return inserted.result();
        id = inserted.value();
        return QList<RecordRef>{RecordRef{kRegistration, payment.registrationId}};
    });
    if (Result r = RecordChangeCommand::push(m_undo, cmd); !r)
        return r;
    return id;
}

Result EventEditor::removePayment(qint64 paymentId, qint64 registrationId)
{
    const Database &db = m_db;
    auto cmd = RecordChangeCommand::perform(m_db, m_notifier, tr("Delete a payment"),
                                            {RecordRef{kRegistration, registrationId}},
                                            [&]() -> Fallible<QList<RecordRef>> {
        if (Result r = PaymentRepository(db).remove(paymentId); !r)
            return r;
        return QList<RecordRef>{RecordRef{kRegistration, registrationId}};
    });
    return RecordChangeCommand::push(m_undo, cmd);
}

Fallible<int> EventEditor::generateRooms(qint64 eventId)
{
    auto event = EventRepository(m_db).load(eventId);
    if (!event)
        return event.result();
    event.value().id = eventId;
    const QList<Room> rooms = RoomPlanner::roomsToCreate(event.value(), RoomRepository(m_db).forEvent(eventId));
    if (rooms.isEmpty())
        return 0;
    const Database &db = m_db;
    auto cmd = RecordChangeCommand::perform(m_db, m_notifier, tr("Create the rooms of “%1”").arg(event.value().title), {},
                                            [&]() -> Fallible<QList<RecordRef>> {
        QList<RecordRef> made;
        RoomRepository repo(db);
        for (const Room &room : rooms) {
            auto id = repo.insert(room);
            if (!id)
                return id.result();
            made << RecordRef{QStringLiteral("room"), id.value()};
        }
        return made;
    });
    if (Result r = RecordChangeCommand::push(m_undo, cmd); !r)
        return r;
    return int(rooms.size());
}

Result EventEditor::saveRoom(const Room &room)
{
    if (room.name.trimmed().isEmpty())
        return Result::failure(tr("A room needs a name."));
    if (room.beds < 1)
        return Result::failure(tr("A room has at least one bed."));
    const Database &db = m_db;
    auto cmd = RecordChangeCommand::perform(m_db, m_notifier, tr("Edit room “%1”").arg(room.name.trimmed()),
                                            {RecordRef{QStringLiteral("room"), room.id}},
                                            [&]() -> Fallible<QList<RecordRef>> {
        if (Result r = RoomRepository(db).update(room); !r)
            return r;
        return QList<RecordRef>{RecordRef{QStringLiteral("room"), room.id}};
    });
    return RecordChangeCommand::push(m_undo, cmd);
}

Result EventEditor::removeRoom(qint64 roomId)
{
    const Database &db = m_db;
    auto cmd = RecordChangeCommand::perform(m_db, m_notifier, tr("Delete a room"), {RecordRef{QStringLiteral("room"), roomId}},
                                            [&]() -> Fallible<QList<RecordRef>> {
        if (Result r = RoomRepository(db).remove(roomId); !r)
            return r;
        return QList<RecordRef>{};
    });
    return RecordChangeCommand::push(m_undo, cmd);
}

Result EventEditor::assignRoom(qint64 registrationId, const QList<QDate> &nights, qint64 roomId, bool locked)
{
    const Database &db = m_db;
    auto cmd = RecordChangeCommand::perform(
        m_db, m_notifier, roomId > 0 ? tr("Assign a room") : tr("Take out of the room"),
        {RecordRef{kRegistration, registrationId}}, [&]() -> Fallible<QList<RecordRef>> {
            RoomRepository repo(db);
            for (const QDate &night : nights)
                if (Result r = repo.assign(registrationId, night, roomId, locked); !r)
                    return r;
            return QList<RecordRef>{RecordRef{kRegistration, registrationId}};
        });
    return RecordChangeCommand::push(m_undo, cmd);
}

Result EventEditor::replaceAssignments(qint64 eventId, const QList<StoredAssignment> &assignments)
{
    QList<RecordRef> scope;
    for (const Registration &r : RegistrationRepository(m_db).forEvent(eventId))
        scope << RecordRef{kRegistration, r.id};
    const Database &db = m_db;
    auto cmd = RecordChangeCommand::perform(m_db, m_notifier, tr("Allocate the rooms"), scope,
                                            [&]() -> Fallible<QList<RecordRef>> {
        if (Result r = RoomRepository(db).replaceUnlocked(eventId, assignments); !r)
            return r;
        return scope;
    });
    return RecordChangeCommand::push(m_undo, cmd);
}

} // namespace convivium::core
