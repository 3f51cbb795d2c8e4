#pragma once
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace convivium::core {

class Database;

struct Room {
    qint64 id = 0;
    qint64 eventId = 0;
    qint64 lodgingOptionId = 0;
    QString name;
    int beds = 1;
    QString notes;
};

struct StoredAssignment {
    qint64 id = 0;
    qint64 roomId = 0;
    qint64 registrationId = 0;
    QDate night;
    bool locked = false;
};

class RoomRepository
{
    Q_DECLARE_TR_FUNCTIONS(RoomRepository)
public:
    explicit RoomRepository(const Database &db) : m_db(db) {}

    QList<Room> forEvent(qint64 eventId) const;
    Fallible<qint64> insert(const Room &room) const;
    Result update(const Room &room) const;
    Result remove(qint64 id) const;

    QList<StoredAssignment> assignments(qint64 eventId) const;
    // Puts a registration in a room for one night (roomId 0: takes it out).
    Result assign(qint64 registrationId, const QDate &night, qint64 roomId, bool locked) const;
    // Replaces the unlocked assignments of an event by these, in one transaction.
    Result replaceUnlocked(qint64 eventId, const QList<StoredAssignment> &assignments) const;

private:
    const Database &m_db;
};

} // namespace convivium::core
