#include "services/RoomPlanner.h"
#include "repositories/EventRepository.h"
#include "repositories/RegistrationRepository.h"
#include "services/FeeCalculator.h"
#include "services/StayCalculator.h"

#include <QSet>

namespace convivium::core {

AllocationInput RoomPlanner::inputFor(const Database &db, qint64 eventId)
{
    AllocationInput input;
    auto event = EventRepository(db).load(eventId);
    if (!event)
        return input;
    for (const Room &room : RoomRepository(db).forEvent(eventId)) {
        const LodgingOption *option = FeeCalculator::option(event.value(), room.lodgingOptionId);
        input.rooms << AllocationRoom{room.id, room.lodgingOptionId, room.name, room.beds,
                                      option && option->kind == u"solo_room"};
    }
    QSet<qint64> placed;
    for (const RegistrationRow &row : RegistrationRepository(db).rowsForEvent(eventId)) {
        const Registration &r = row.registration;
        const LodgingOption *option = FeeCalculator::option(event.value(), r.lodgingOptionId);
        if (!r.counts() || !option || option->kind == u"elsewhere")
            continue;
        AllocationPerson person;
        person.registrationId = r.id;
        person.name = row.name;
        person.optionId = r.lodgingOptionId;
        person.nights = StayCalculator::nights(r.arrival, r.departure);
        if (person.nights.isEmpty())
            continue;
        for (const RoommatePreference &p : r.preferences)
            (p.wish ? person.wishes : person.refusals) << p.otherRegistrationId;
        input.people << person;
        placed.insert(r.id);
    }
    for (const StoredAssignment &a : RoomRepository(db).assignments(eventId))
        if (a.locked && placed.contains(a.registrationId))
            input.locked << RoomAssignment{a.registrationId, a.roomId, a.night, true};
    return input;
}

AllocationResult RoomPlanner::plan(const Database &db, qint64 eventId)
{
    return RoomAllocator::allocate(inputFor(db, eventId));
}

QList<StoredAssignment> RoomPlanner::toStored(const AllocationResult &result)
{
    QList<StoredAssignment> out;
    for (const RoomAssignment &a : result.assignments)
        out << StoredAssignment{0, a.roomId, a.registrationId, a.night, a.locked};
    return out;
}

QList<Room> RoomPlanner::roomsToCreate(const Event &event, const QList<Room> &existing)
{
    QSet<qint64> optionsWithRooms;
    for (const Room &room : existing)
        optionsWithRooms.insert(room.lodgingOptionId);
    QList<Room> rooms;
    for (const LodgingOption &o : event.lodgingOptions) {
        if (o.kind == u"elsewhere" || optionsWithRooms.contains(o.id))
            continue;
        for (int unit = 1; unit <= o.units; ++unit) {
            Room room;
            room.eventId = event.id;
            room.lodgingOptionId = o.id;
            room.name = o.units == 1 ? o.name : tr("%1 %2").arg(o.name).arg(unit);
            room.beds = o.kind == u"solo_room" ? 1 : qMax(1, o.bedsPerUnit);
            rooms << room;
        }
    }
    return rooms;
}

} // namespace convivium::core
