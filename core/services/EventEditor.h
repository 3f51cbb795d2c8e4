#pragma once
#include "Result.h"
#include "domain/Event.h"
#include "domain/Registration.h"

#include <QCoreApplication>

class QUndoStack;

namespace convivium::core {

class Database;
class ChangeNotifier;
struct StoredAssignment;
struct Room;

// Every change to an event, its registrations, payments and rooms: checked,
// written in one transaction and pushed on the undo stack as one command.
class EventEditor
{
    Q_DECLARE_TR_FUNCTIONS(EventEditor)
public:
    EventEditor(const Database &db, QUndoStack *undo, ChangeNotifier *notifier)
        : m_db(db), m_undo(undo), m_notifier(notifier) {}

    Fallible<qint64> saveEvent(const Event &event);

    enum class WhenFull { Refuse, Waitlist, Overbook };
    // Saves a registration: marks it late after the deadline, and when its
    // option or the event is full, refuses it, puts it on the waiting list,
    // or (the organiser insisting) books it anyway.
    Fallible<qint64> saveRegistration(const Registration &registration, WhenFull whenFull = WhenFull::Refuse);
    // One undoable step for the whole selection.
    Result setStatus(const QList<qint64> &registrationIds, const QString &status);
    Result removeRegistration(qint64 registrationId);

    Fallible<qint64> recordPayment(const Payment &payment);
    Result removePayment(qint64 paymentId, qint64 registrationId);

    // Rooms from the lodging options (units × option), for options that have none yet.
    Fallible<int> generateRooms(qint64 eventId);
    Result saveRoom(const Room &room);       // rename, change its beds
    Result removeRoom(qint64 roomId);
    Result assignRoom(qint64 registrationId, const QList<QDate> &nights, qint64 roomId, bool locked = false);
    Result replaceAssignments(qint64 eventId, const QList<StoredAssignment> &assignments);

private:
    const Database &m_db;
    QUndoStack *m_undo;
    ChangeNotifier *m_notifier;
};

} // namespace convivium::core
