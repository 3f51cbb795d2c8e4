#include "repositories/RoomRepository.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "repositories/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace convivium::core {

QList<Room> RoomRepository::forEvent(qint64 eventId) const
{
    QList<Room> out;
    QSqlQuery q(m_db.connection());
    sql::run(q, QStringLiteral("SELECT r.id, r.event_id, r.lodging_option_id, r.name, r.beds, r.notes FROM room r "
                               "JOIN lodging_option o ON o.id = r.lodging_option_id WHERE r.event_id = ? "
                               "ORDER BY o.position, o.id, r.id"), {eventId});
    while (q.next())
        out << Room{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                    q.value(4).toInt(), q.value(5).toString()};
    return out;
}

Fallible<qint64> RoomRepository::insert(const Room &room) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, QStringLiteral("INSERT INTO room (event_id, lodging_option_id, name, beds, notes) VALUES (?, ?, ?, ?, ?) "
                                    "RETURNING id"),
                  {room.eventId, room.lodgingOptionId, room.name.trimmed(), room.beds, room.notes})
        || !q.next())
        return Result::failure(tr("Could not save the room: %1").arg(q.lastError().text()));
    return q.value(0).toLongLong();
}

Result RoomRepository::update(const Room &room) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, QStringLiteral("UPDATE room SET name = ?, beds = ?, notes = ?, lodging_option_id = ? WHERE id = ?"),
                  {room.name.trimmed(), room.beds, room.notes, room.lodgingOptionId, room.id}))
        return Result::failure(tr("Could not save the room: %1").arg(q.lastError().text()));
    return Result::success();
}

Result RoomRepository::remove(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, QStringLiteral("DELETE FROM room WHERE id = ?"), {id}))
        return Result::failure(q.lastError().text());
    return Result::success();
}

QList<StoredAssignment> RoomRepository::assignments(qint64 eventId) const
{
    QList<StoredAssignment> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    sql::run(q, QStringLiteral("SELECT a.id, a.room_id, a.registration_id, a.night, a.locked FROM room_assignment a "
                               "JOIN room r ON r.id = a.room_id WHERE r.event_id = ? ORDER BY a.night, a.room_id, a.id"),
             {eventId});
    while (q.next())
        out << StoredAssignment{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                sql::toDate(q.value(3)), q.value(4).toBool()};
    return out;
}

Result RoomRepository::assign(qint64 registrationId, const QDate &night, qint64 roomId, bool locked) const
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, QStringLiteral("DELETE FROM room_assignment WHERE registration_id = ? AND night = ?"),
                  {registrationId, sql::date(night)}))
        return Result::failure(q.lastError().text());
    if (roomId > 0
        && !sql::run(q, QStringLiteral("INSERT INTO room_assignment (room_id, registration_id, night, locked) VALUES (?, ?, ?, ?)"),
                     {roomId, registrationId, sql::date(night), locked ? 1 : 0}))
        return Result::failure(tr("Could not assign the room: %1").arg(q.lastError().text()));
    return tx.commit();
}

Result RoomRepository::replaceUnlocked(qint64 eventId, const QList<StoredAssignment> &assignments) const
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, QStringLiteral("DELETE FROM room_assignment WHERE locked = 0 AND room_id IN "
                                    "(SELECT id FROM room WHERE event_id = ?)"), {eventId}))
        return Result::failure(q.lastError().text());
    for (const StoredAssignment &a : assignments) {
        if (a.locked)
            continue;
        if (!sql::run(q, QStringLiteral("INSERT INTO room_assignment (room_id, registration_id, night, locked) "
                                        "VALUES (?, ?, ?, 0)"), {a.roomId, a.registrationId, sql::date(a.night)}))
            return Result::failure(tr("Could not assign the room: %1").arg(q.lastError().text()));
    }
    return tx.commit();
}

} // namespace convivium::core
