// Reading the allocator's input into its working state, and the translated
// reasons it gives for wishes and nights it could not meet.
#include "services/RoomAllocation.h"

#include <QSet>
#include <set>

namespace convivium::core::allocation {

Allocation::Allocation(const AllocationInput &input)
{
    for (const AllocationPerson &p : input.people)
        for (const QDate &d : p.nights)
            if (d.isValid())
                m_nights.push_back(d);
    for (const RoomAssignment &a : input.locked)
        if (a.night.isValid())
            m_nights.push_back(a.night);
    sortUnique(m_nights);
    m_nightCount = m_nights.size();

    readRooms(input.rooms);
    readPeople(input.people);
    readLocks(input.locked);
}

void Allocation::readRooms(const QList<AllocationRoom> &input)
{
    QList<AllocationRoom> rooms = input;
    std::sort(rooms.begin(), rooms.end(), [](const AllocationRoom &a, const AllocationRoom &b) {
        return std::tie(a.id, a.optionId, a.beds, a.solo, a.name) < std::tie(b.id, b.optionId, b.beds, b.solo, b.name);
    });
    rooms.erase(std::unique(rooms.begin(), rooms.end(),
                            [](const AllocationRoom &a, const AllocationRoom &b) { return a.id == b.id; }),
                rooms.end());
    std::stable_sort(rooms.begin(), rooms.end(),
                     [](const AllocationRoom &a, const AllocationRoom &b) { return a.optionId < b.optionId; });
    for (const AllocationRoom &r : rooms) {
        auto it = m_optionIndex.find(r.optionId);
        if (it == m_optionIndex.end()) {
            it = m_optionIndex.emplace(r.optionId, int(m_options.size())).first;
            m_options.emplace_back();
        }
        Room room{r.id, r.name, it->second, std::max(0, r.beds)};
        if (r.solo)
            room.capacity = std::min(room.capacity, 1);
        Option &option = m_options[std::size_t(it->second)];
        option.rooms.push_back(int(m_rooms.size()));
        option.largest = std::max(option.largest, room.capacity);
        m_roomIndex.insert(r.id, int(m_rooms.size()));
        m_rooms.push_back(room);
    }
    m_occ.assign(m_rooms.size() * m_nightCount, {});
}

void Allocation::readPeople(QList<AllocationPerson> people)
{
    std::sort(people.begin(), people.end(), [](const AllocationPerson &a, const AllocationPerson &b) {
        return std::tie(a.registrationId, a.optionId, a.name) < std::tie(b.registrationId, b.optionId, b.name);
    });
    people.erase(std::unique(people.begin(), people.end(),
                             [](const AllocationPerson &a, const AllocationPerson &b) {
                                 return a.registrationId == b.registrationId;
                             }),
                 people.end());
    for (const AllocationPerson &in : people) {
        m_personIndex.insert(in.registrationId, int(m_people.size()));
        Person p;
        p.id = in.registrationId;
        p.name = in.name.isEmpty() ? QString::number(in.registrationId) : in.name;
        p.optionId = in.optionId;
        const auto option = m_optionIndex.find(in.optionId);
        p.option = option == m_optionIndex.end() ? None : option->second;
        for (const QDate &d : in.nights)
            if (d.isValid())
                p.nights.push_back(int(std::lower_bound(m_nights.begin(), m_nights.end(), d) - m_nights.begin()));
        sortUnique(p.nights);
        m_people.push_back(p);
    }
    m_at.assign(m_people.size() * m_nightCount, None);
    m_fixed.assign(m_people.size() * m_nightCount, 0);
    m_stays.assign(m_people.size() * m_nightCount, 0);

    for (int i = 0; i < int(people.size()); ++i) {
        Person &p = m_people[std::size_t(i)];
        for (int n : p.nights)
            m_stays[cell(i, n)] = 1;
        for (qint64 id : people.at(i).wishes) {
            const int other = m_personIndex.value(id, None);
            if (other == None)
                p.unknownWishes.push_back(id);
            else if (other != i)
                p.wishes.push_back(other);
        }
        for (qint64 id : people.at(i).refusals) {
            const int other = m_personIndex.value(id, None);
            if (other == None || other == i)
                continue;
            p.refuses.push_back(other);
            p.apart.push_back(other);
            m_people[std::size_t(other)].apart.push_back(i);
        }
    }
    for (Person &p : m_people) {
        sortUnique(p.wishes);
        sortUnique(p.unknownWishes);
        sortUnique(p.refuses);
        sortUnique(p.apart);
    }
    for (int i = 0; i < int(m_people.size()); ++i)
        for (int w : m_people[std::size_t(i)].wishes) {
            const bool mutual = has(m_people[std::size_t(w)].wishes, i);
            if (mutual && w < i)
                continue;   // already linked from w
            const int index = int(m_links.size());
            m_links.push_back(Link{i, w, mutual});
            for (int end : {i, w}) {
                m_people[std::size_t(end)].links.push_back(index);
                m_people[std::size_t(end)].linked.push_back(end == i ? w : i);
            }
        }
    for (Person &p : m_people)
        sortUnique(p.linked);
}

void Allocation::readLocks(const QList<RoomAssignment> &input)
{
    m_locks = input;
    for (RoomAssignment &a : m_locks)
        a.locked = true;
    auto key = [](const RoomAssignment &a) { return std::make_tuple(a.night, a.roomId, a.registrationId); };
    std::sort(m_locks.begin(), m_locks.end(), [&](const RoomAssignment &a, const RoomAssignment &b) { return key(a) < key(b); });
    m_locks.erase(std::unique(m_locks.begin(), m_locks.end(),
                              [&](const RoomAssignment &a, const RoomAssignment &b) { return key(a) == key(b); }),
                  m_locks.end());
    for (const RoomAssignment &a : std::as_const(m_locks)) {
        if (!a.night.isValid())
            continue;
        const int n = int(std::lower_bound(m_nights.begin(), m_nights.end(), a.night) - m_nights.begin());
        const int r = m_roomIndex.value(a.roomId, None);
        const int p = m_personIndex.value(a.registrationId, Anonymous);
        if (r != None)
            m_occ[std::size_t(r) * m_nightCount + std::size_t(n)].push_back(p);
        if (p >= 0 && !fixed(p, n)) {
            m_at[cell(p, n)] = r;
            m_fixed[cell(p, n)] = 1;
        }
    }
}


QString Allocation::roomName(int r) const
{
    const Room &room = m_rooms[std::size_t(r)];
    return room.name.isEmpty() ? RoomAllocator::tr("room %1").arg(room.id) : room.name;
}

QString Allocation::unplacedReason(int p, int n) const
{
    const Person &person = m_people[std::size_t(p)];
    if (person.option == None)
        return RoomAllocator::tr("No room belongs to this lodging option");
    const std::vector<int> &rooms = m_options[std::size_t(person.option)].rooms;
    if (std::none_of(rooms.begin(), rooms.end(), [&](int r) { return freeBeds(r, n) > 0; }))
        return RoomAllocator::tr("No free bed in a room of this lodging option on %1").arg(day(m_nights[std::size_t(n)]));
    return RoomAllocator::tr("On %1 every free bed of this lodging option is in a room with someone who refuses "
                             "%2 or whom %2 refuses")
        .arg(day(m_nights[std::size_t(n)]), person.name);
}

QString Allocation::wishReason(int a, int b) const
{
    const Person &pa = m_people[std::size_t(a)], &pb = m_people[std::size_t(b)];
    if (has(pa.refuses, b))
        return RoomAllocator::tr("%1 refuses to share a room with %2").arg(pa.name, pb.name);
    if (has(pb.refuses, a))
        return RoomAllocator::tr("%1 refuses to share a room with %2").arg(pb.name, pa.name);
    if (pa.optionId != pb.optionId)
        return RoomAllocator::tr("%1 and %2 are in different lodging options").arg(pa.name, pb.name);
    if (commonNights(a, b) == 0)
        return RoomAllocator::tr("%1 and %2 have no night in common").arg(pa.name, pb.name);
    if (pa.option != None && m_options[std::size_t(pa.option)].largest < 2)
        return RoomAllocator::tr("%1 and %2 have solo rooms: their lodging option has no room for two").arg(pa.name, pb.name);
    int n = None;
    for (int night : pa.nights)
        if (stays(b, night) && (at(a, night) == None || at(a, night) != at(b, night))) {
            n = night;
            break;
        }
    if (n == None)   // met after all: not called for those
        return QString();
    const QString date = day(m_nights[std::size_t(n)]);
    for (int who : {a, b})
        if (at(who, n) == None)
            return RoomAllocator::tr("%1 has no bed on %2").arg(m_people[std::size_t(who)].name, date);
    if (fixed(a, n) && fixed(b, n))
        return RoomAllocator::tr("%1 and %2 are kept in different rooms on %3 by locked assignments").arg(pa.name, pb.name, date);
    for (const auto &[kept, other] : {std::pair{a, b}, std::pair{b, a}})
        if (fixed(kept, n) && blocker(other, at(kept, n), n) != None)
            return RoomAllocator::tr("%1 is kept in %2 on %3 by a locked assignment, and %4 cannot join that room")
                .arg(m_people[std::size_t(kept)].name, roomName(at(kept, n)), date, m_people[std::size_t(other)].name);
    const auto notGrouped = m_notGrouped.find({std::min(a, b), std::max(a, b)});
    if (notGrouped != m_notGrouped.end())
        return notGrouped->second;

    const int roomA = at(a, n), roomB = at(b, n);
    const int intoB = blocker(a, roomB, n), intoA = blocker(b, roomA, n);
    const bool mutual = has(pb.wishes, a);
    if (!mutual) {
        if (intoB == Full)
            return RoomAllocator::tr("The room of %1 is full on %2").arg(pb.name, date);
        if (intoB >= 0)
            return RoomAllocator::tr("%1 cannot join the room of %2 on %3: %4 is in it and they refuse to share")
                .arg(pa.name, pb.name, date, m_people[std::size_t(intoB)].name);
    } else if (intoB != None && intoA != None) {
        bool refusal = intoB >= 0 || intoA >= 0, third = false;
        for (int r : m_options[std::size_t(pa.option)].rooms) {
            if (r == roomA || r == roomB || freeBeds(r, n) < 2)
                continue;
            const bool clear = std::none_of(occupants(r, n).begin(), occupants(r, n).end(),
                                            [&](int o) { return o >= 0 && (has(pa.apart, o) || has(pb.apart, o)); });
            third = third || clear;
            refusal = refusal || !clear;
        }
        if (!third && refusal)
            return RoomAllocator::tr("On %1 every room with beds for %2 and %3 holds someone who refuses one of them "
                                     "or whom one of them refuses")
                .arg(date, pa.name, pb.name);
        if (!third)
            return RoomAllocator::tr("On %1 the rooms of %2 and %3 are full and no other room of their lodging option "
                                     "has two free beds")
                .arg(date, pa.name, pb.name);
    }
    return RoomAllocator::tr("%1 and %2 could not share a room on %3: the beds that would bring them together "
                             "went to other wishes or to whole stays")
        .arg(pa.name, pb.name, date);
}

AllocationResult Allocation::collect() const
{
    AllocationResult result;
    result.assignments = m_locks;
    for (int p = 0; p < int(m_people.size()); ++p) {
        const Person &person = m_people[std::size_t(p)];
        for (int n : person.nights) {
            if (fixed(p, n))
                continue;
            if (at(p, n) != None)
                result.assignments << RoomAssignment{person.id, m_rooms[std::size_t(at(p, n))].id, m_nights[std::size_t(n)], false};
            else
                result.unplaced << Unplaced{person.id, m_nights[std::size_t(n)], unplacedReason(p, n)};
        }
        result.roomChanges += changesOf(p);
        for (int w : person.wishes)
            if (!met(p, w))
                result.unmetWishes << UnmetWish{person.id, m_people[std::size_t(w)].id, wishReason(p, w)};
        for (qint64 id : person.unknownWishes)
            result.unmetWishes << UnmetWish{person.id, id,
                                            RoomAllocator::tr("%1 wishes to share a room with registration %2, who is not "
                                                              "among the people to lodge")
                                                .arg(person.name, QString::number(id))};
    }
    std::sort(result.assignments.begin(), result.assignments.end(), [](const RoomAssignment &x, const RoomAssignment &y) {
        return std::make_tuple(x.registrationId, x.night, x.roomId, x.locked)
            < std::make_tuple(y.registrationId, y.night, y.roomId, y.locked);
    });
    return result;
}


} // namespace convivium::core::allocation
