#include "ReportCommunities.h"
#include "CommunityGenerator.h"
#include "db/Database.h"
#include "repositories/EventRepository.h"
#include "repositories/RoomRepository.h"
#include "services/RoomPlanner.h"

#include <QDir>
#include <memory>

namespace convivium::bench {

using core::Result;

namespace {

// A community holding one generated event of `registrations` confirmed
// people, with beds for all of them.
Result writeEvent(const QString &path, int registrations)
{
    core::Database::OpenReport report;
    std::unique_ptr<core::Database> db = core::Database::openFile(path, core::Database::Mode::CreateIfMissing, &report);
    if (!db)
        return Result::failure(report.message);
    CommunitySize size;
    size.organisations = 300;
    size.contributors = registrations * 3 / 2;
    size.groups = 0;
    size.events = 1;
    size.registrations = registrations;
    size.sharedRooms = registrations / 3 + 1;
    size.soloRooms = registrations / 3 + 1;
    size.allConfirmed = true;
    return CommunityGenerator::write(*db, size);
}

// Rooms made from the lodging options and everyone placed by the allocator.
Result placeEveryone(const QString &path, qint64 eventId)
{
    core::Database::OpenReport report;
    std::unique_ptr<core::Database> db = core::Database::openFile(path, core::Database::Mode::OpenExisting, &report);
    if (!db)
        return Result::failure(report.message);
    const core::Fallible<core::Event> event = core::EventRepository(*db).load(eventId);
    if (!event)
        return event.result();
    const core::RoomRepository rooms(*db);
    for (const core::Room &room : core::RoomPlanner::roomsToCreate(event.value(), rooms.forEvent(eventId)))
        if (const core::Fallible<qint64> id = rooms.insert(room); !id)
            return id.result();
    const core::AllocationResult plan = core::RoomPlanner::plan(*db, eventId);
    return rooms.replaceUnlocked(eventId, core::RoomPlanner::toStored(plan));
}

} // namespace

core::Fallible<ReportCommunities> ReportCommunities::write(const QString &folder)
{
    ReportCommunities at;
    at.participants = QDir(folder).filePath(QStringLiteral("participants.convivium"));
    at.lodging = QDir(folder).filePath(QStringLiteral("lodging.convivium"));
    if (Result r = writeEvent(at.participants, 2000); !r)
        return r;
    if (Result r = writeEvent(at.lodging, 500); !r)
        return r;
    if (Result r = placeEveryone(at.lodging, 1); !r)
        return r;
    return at;
}

} // namespace convivium::bench
