#pragma once
#include "repositories/RoomRepository.h"
#include "domain/Event.h"
#include "services/RoomAllocator.h"

#include <QCoreApplication>

namespace convivium::core {

class Database;

// Bridges an event's stored rooms and registrations to the allocator:
// who needs a bed on which nights, their wishes and refusals, the locked
// assignments; and the allocator's answer back to storable assignments.
class RoomPlanner
{
    Q_DECLARE_TR_FUNCTIONS(RoomPlanner)
public:
    static AllocationInput inputFor(const Database &db, qint64 eventId);
    static AllocationResult plan(const Database &db, qint64 eventId);
    static QList<StoredAssignment> toStored(const AllocationResult &result);
    // The rooms to create from the lodging options (units of each), skipping
    // options that already have rooms and lodging elsewhere.
    static QList<Room> roomsToCreate(const Event &event, const QList<Room> &existing);
};

} // namespace convivium::core
