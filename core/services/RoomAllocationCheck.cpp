// The hard-rule check of an allocation, kept apart from the allocator so that
// tests judge its results with code that shares nothing with it.
#include "services/RoomAllocator.h"

#include <QHash>
#include <QSet>
#include <map>
#include <set>
#include <tuple>

namespace convivium::core {

QStringList RoomAllocator::violations(const AllocationInput &input, const AllocationResult &result)
{
    QStringList out;
    QHash<qint64, const AllocationRoom *> rooms;
    for (const AllocationRoom &r : input.rooms)
        if (!rooms.contains(r.id))
            rooms.insert(r.id, &r);
    QHash<qint64, const AllocationPerson *> people;
    QSet<QPair<qint64, qint64>> apart;
    for (const AllocationPerson &p : input.people) {
        if (!people.contains(p.registrationId))
            people.insert(p.registrationId, &p);
        for (qint64 other : p.refusals) {
            apart.insert(qMakePair(p.registrationId, other));
            apart.insert(qMakePair(other, p.registrationId));
        }
    }
    auto text = [](const RoomAssignment &a) {
        return QStringLiteral("registration %1 in room %2 on %3")
            .arg(QString::number(a.registrationId), QString::number(a.roomId), a.night.toString(Qt::ISODate));
    };

    using Slot = std::pair<qint64, QDate>;
    std::map<Slot, QList<qint64>> roomNights;
    std::map<Slot, QList<qint64>> personNights;   // person, night → rooms
    std::set<std::tuple<qint64, qint64, QDate>> lockedOut, lockedIn;
    for (const RoomAssignment &a : result.assignments) {
        const AllocationRoom *room = rooms.value(a.roomId);
        const AllocationPerson *person = people.value(a.registrationId);
        if (!a.night.isValid())
            out << text(a) + QStringLiteral(": the night is not a valid date");
        if (!room)
            out << text(a) + QStringLiteral(": no such room");
        if (!person)
            out << text(a) + QStringLiteral(": no such registration");
        if (room && person && room->optionId != person->optionId)
            out << text(a) + QStringLiteral(": the room is in lodging option %1, the person in %2")
                                 .arg(QString::number(room->optionId), QString::number(person->optionId));
        if (person && !person->nights.contains(a.night))
            out << text(a) + QStringLiteral(": not one of their nights");
        roomNights[{a.roomId, a.night}] << a.registrationId;
        personNights[{a.registrationId, a.night}] << a.roomId;
        if (a.locked)
            lockedOut.insert({a.registrationId, a.roomId, a.night});
    }
    for (const auto &[slot, inRooms] : personNights)
        if (inRooms.size() > 1)
            out << QStringLiteral("registration %1 is given %2 beds on %3")
                       .arg(QString::number(slot.first), QString::number(inRooms.size()), slot.second.toString(Qt::ISODate));
    for (const auto &[slot, ids] : roomNights) {
        const AllocationRoom *room = rooms.value(slot.first);
        const QString night = slot.second.toString(Qt::ISODate);
        if (room && room->solo && ids.size() > 1)
            out << QStringLiteral("solo room %1 holds %2 people on %3").arg(QString::number(room->id), QString::number(ids.size()), night);
        else if (room && ids.size() > std::max(0, room->beds))
            out << QStringLiteral("room %1 holds %2 people on %3 but has %4 beds")
                       .arg(QString::number(room->id), QString::number(ids.size()), night, QString::number(room->beds));
        for (int i = 0; i < ids.size(); ++i)
            for (int j = i + 1; j < ids.size(); ++j)
                if (apart.contains(qMakePair(ids.at(i), ids.at(j))))
                    out << QStringLiteral("registrations %1 and %2 share room %3 on %4 despite a refusal")
                               .arg(QString::number(ids.at(i)), QString::number(ids.at(j)), QString::number(slot.first), night);
    }
    for (const RoomAssignment &l : input.locked)
        lockedIn.insert({l.registrationId, l.roomId, l.night});
    for (const auto &[id, room, night] : lockedIn)
        if (!lockedOut.count({id, room, night}))
            out << QStringLiteral("the locked assignment of registration %1 in room %2 on %3 is not kept")
                       .arg(QString::number(id), QString::number(room), night.toString(Qt::ISODate));
    for (const auto &[id, room, night] : lockedOut)
        if (!lockedIn.count({id, room, night}))
            out << QStringLiteral("registration %1 in room %2 on %3 is marked locked but no such lock was given")
                       .arg(QString::number(id), QString::number(room), night.toString(Qt::ISODate));

    std::set<Slot> unplaced;
    for (const Unplaced &u : result.unplaced) {
        if (personNights.count({u.registrationId, u.night}))
            out << QStringLiteral("registration %1 is listed as unplaced on %2 but has a bed")
                       .arg(QString::number(u.registrationId), u.night.toString(Qt::ISODate));
        if (u.reason.isEmpty())
            out << QStringLiteral("registration %1 is unplaced on %2 without a reason")
                       .arg(QString::number(u.registrationId), u.night.toString(Qt::ISODate));
        unplaced.insert({u.registrationId, u.night});
    }
    for (const AllocationPerson &p : input.people)
        for (const QDate &night : p.nights)
            if (night.isValid() && !personNights.count({p.registrationId, night}) && !unplaced.count({p.registrationId, night}))
                out << QStringLiteral("registration %1 is neither placed nor listed as unplaced on %2")
                           .arg(QString::number(p.registrationId), night.toString(Qt::ISODate));

    // roomChanges must be what the assignments show, when each night has one room.
    int changes = 0;
    bool countable = true;
    qint64 previousPerson = 0, previousRoom = 0;
    bool first = true;
    for (const auto &[slot, inRooms] : personNights) {
        countable = countable && inRooms.size() == 1;
        if (!first && slot.first == previousPerson && inRooms.constFirst() != previousRoom)
            ++changes;
        first = false;
        previousPerson = slot.first;
        previousRoom = inRooms.constFirst();
    }
    if (countable && changes != result.roomChanges)
        out << QStringLiteral("roomChanges is %1 but the assignments show %2")
                   .arg(QString::number(result.roomChanges), QString::number(changes));
    out.removeDuplicates();
    return out;
}

} // namespace convivium::core
