// Room allocation: greedy placement of groups, then a bounded improvement pass.
//
// 1. Parties. People who wish each other (mutual wish, same lodging option, a
//    night in common, no refusal inside the group) are joined with a
//    union-find, as long as the group present on any one night fits the
//    largest room of the option.
// 2. Placement. Parties (largest, then longest stay first), then everyone
//    still without a bed (longest stay first), are placed in runs of nights:
//    the room that holds the whole group for the longest run of its nights
//    wins; ties go to the room with the most wished people, then to the room
//    the group already sleeps in (locked nights), then to the tightest fit,
//    then to a room already in use, then to the lowest id. A party that no
//    room can hold on some night is placed member by member on that night.
// 3. Improvement. For each unmet wish, and each person who changes rooms or
//    lacks a bed, try moving one person or swapping two; a change is kept only
//    if it improves (nights placed, mutual-wish nights together, one-sided
//    wish nights together, fewer room changes, fewer room-nights in use),
//    compared in that order. A few passes at most.
//
// People, rooms, nights and locks are sorted by id before anything else, and
// hashes are only used for look-ups, so the order of the input lists never
// changes the result.
#include "services/RoomAllocator.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <vector>

namespace convivium::core {
namespace {

constexpr int None = -1;
constexpr int Anonymous = -2;   // a locked registration that is not among the people
constexpr int Full = -2;        // blocker(): the room has no free bed

struct Person {
    qint64 id = 0;
    QString name;
    qint64 optionId = 0;
    int option = None;              // index into m_options; None when the option has no room
    std::vector<int> nights;        // indices into m_nights, ascending
    std::vector<int> wishes;        // people, ascending
    std::vector<qint64> unknownWishes;
    std::vector<int> refuses;       // whom this person refuses
    std::vector<int> apart;         // refuses or is refused by: never in one room
    std::vector<int> linked;        // wishes or is wished by
    std::vector<int> links;         // indices into m_links
};

struct Room {
    qint64 id = 0;
    QString name;
    int option = 0;
    int capacity = 0;
};

struct Option {
    std::vector<int> rooms;   // ascending ids
    int largest = 0;
};

struct Link {
    int a = 0;   // the wisher; the lower index when mutual
    int b = 0;
    bool mutual = false;
};

// Placement quality around a few people, compared lexicographically.
using Value = std::tuple<int, int, int, int, int>;

template<typename T>
void sortUnique(std::vector<T> &v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

template<typename T>
bool has(const std::vector<T> &sorted, const T &x)
{
    return std::binary_search(sorted.begin(), sorted.end(), x);
}

QString day(const QDate &d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

class Allocation
{
public:
    explicit Allocation(const AllocationInput &input);
    AllocationResult run();

private:
    void readRooms(const QList<AllocationRoom> &rooms);
    void readPeople(QList<AllocationPerson> people);
    void readLocks(const QList<RoomAssignment> &locks);
    void buildParties();
    void placeTogether(const std::vector<int> &members);
    void improve();
    bool repair(const Link &link);
    bool tryMove(int p, int room);
    bool trySwap(int p, int q);
    AllocationResult collect() const;
    QString wishReason(int a, int b) const;
    QString unplacedReason(int p, int n) const;

    std::size_t cell(int p, int n) const { return std::size_t(p) * m_nightCount + std::size_t(n); }
    int at(int p, int n) const { return m_at[cell(p, n)]; }
    bool stays(int p, int n) const { return m_stays[cell(p, n)] != 0; }
    bool fixed(int p, int n) const { return m_fixed[cell(p, n)] != 0; }
    bool pending(int p, int n) const { return stays(p, n) && !fixed(p, n) && at(p, n) == None; }
    const std::vector<int> &occupants(int r, int n) const { return m_occ[std::size_t(r) * m_nightCount + std::size_t(n)]; }
    int freeBeds(int r, int n) const { return m_rooms[r].capacity - int(occupants(r, n).size()); }
    void put(int p, int r, int n);
    void take(int p, int n);

    int blocker(int p, int r, int n) const;   // None if p can join r on n, Full, or who is in the way
    bool fits(int r, int n, const std::vector<int> &members) const;
    std::vector<int> unfixedNights(int p) const;
    std::vector<int> roomsOf(int p) const;
    int changesOf(int p) const;
    int commonNights(int a, int b) const;
    int togetherNights(int a, int b) const;
    bool met(int a, int b) const;
    bool canMeet(int a, int b) const;
    Value value(const std::vector<int> &people, std::vector<int> rooms) const;
    QString roomName(int r) const;

    std::vector<QDate> m_nights;
    std::size_t m_nightCount = 0;
    std::vector<Room> m_rooms;
    std::vector<Option> m_options;
    std::vector<Person> m_people;
    std::vector<Link> m_links;
    QList<RoomAssignment> m_locks;
    QHash<qint64, int> m_roomIndex;
    QHash<qint64, int> m_personIndex;
    std::map<qint64, int> m_optionIndex;
    std::vector<std::vector<int>> m_parties;
    std::map<std::pair<int, int>, QString> m_notGrouped;   // why a mutual pair was not made one party

    std::vector<int> m_at;       // person × night → room, or None
    std::vector<char> m_fixed;   // person × night → held by a locked assignment
    std::vector<char> m_stays;   // person × night → one of their nights
    std::vector<std::vector<int>> m_occ;   // room × night → people (Anonymous for unknown locked ones)
};

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

void Allocation::put(int p, int r, int n)
{
    m_at[cell(p, n)] = r;
    m_occ[std::size_t(r) * m_nightCount + std::size_t(n)].push_back(p);
}

void Allocation::take(int p, int n)
{
    const int r = at(p, n);
    if (r == None)
        return;
    std::vector<int> &in = m_occ[std::size_t(r) * m_nightCount + std::size_t(n)];
    in.erase(std::find(in.begin(), in.end(), p));
    m_at[cell(p, n)] = None;
}

int Allocation::blocker(int p, int r, int n) const
{
    if (freeBeds(r, n) < 1)
        return Full;
    for (int o : occupants(r, n))
        if (o >= 0 && has(m_people[std::size_t(p)].apart, o))
            return o;
    return None;
}

bool Allocation::fits(int r, int n, const std::vector<int> &members) const
{
    int need = 0;
    for (int m : members)
        if (pending(m, n))
            ++need;
    if (need > freeBeds(r, n))
        return false;
    for (int m : members)
        if (pending(m, n))
            for (int o : occupants(r, n))
                if (o >= 0 && has(m_people[std::size_t(m)].apart, o))
                    return false;
    return true;
}

// Unions mutual wishes into parties, never past the largest room, never across a refusal.
void Allocation::buildParties()
{
    struct Pair { int common; int a; int b; };
    std::vector<Pair> pairs;
    for (const Link &l : m_links) {
        const Person &a = m_people[std::size_t(l.a)];
        if (!l.mutual || a.option == None || a.option != m_people[std::size_t(l.b)].option
            || m_options[std::size_t(a.option)].largest < 2 || has(a.apart, l.b))
            continue;
        if (const int common = commonNights(l.a, l.b); common > 0)
            pairs.push_back({common, l.a, l.b});
    }
    std::sort(pairs.begin(), pairs.end(),
              [](const Pair &x, const Pair &y) { return std::tie(y.common, x.a, x.b) < std::tie(x.common, y.a, y.b); });

    std::vector<int> root(m_people.size());
    std::vector<std::vector<int>> members(m_people.size());
    for (int i = 0; i < int(root.size()); ++i) {
        root[std::size_t(i)] = i;
        members[std::size_t(i)] = {i};
    }
    for (const Pair &pair : pairs) {
        const int ra = root[std::size_t(pair.a)], rb = root[std::size_t(pair.b)];
        if (ra == rb)
            continue;
        const Person &a = m_people[std::size_t(pair.a)], &b = m_people[std::size_t(pair.b)];
        const int largest = m_options[std::size_t(a.option)].largest;
        std::vector<int> group = members[std::size_t(ra)];
        group.insert(group.end(), members[std::size_t(rb)].begin(), members[std::size_t(rb)].end());
        std::sort(group.begin(), group.end());
        int crowd = 0;
        for (std::size_t n = 0; n < m_nightCount; ++n)
            crowd = std::max(crowd, int(std::count_if(group.begin(), group.end(), [&](int m) { return stays(m, int(n)); })));
        if (crowd > largest) {
            m_notGrouped[{pair.a, pair.b}] =
                RoomAllocator::tr("%1 and %2 are not lodged as one group: with the other people they wish to share with, "
                                  "they would be more than the largest room of their lodging option holds (%3 beds)")
                    .arg(a.name, b.name, QString::number(largest));
            continue;
        }
        int refuser = None, refused = None;
        for (int x : members[std::size_t(ra)])
            for (int y : members[std::size_t(rb)])
                if (refuser == None && has(m_people[std::size_t(x)].apart, y)) {
                    refuser = has(m_people[std::size_t(x)].refuses, y) ? x : y;
                    refused = refuser == x ? y : x;
                }
        if (refuser != None) {
            m_notGrouped[{pair.a, pair.b}] =
                RoomAllocator::tr("%1 and %2 are not lodged as one group: %3, among the people they wish to share with, "
                                  "refuses to share a room with %4")
                    .arg(a.name, b.name, m_people[std::size_t(refuser)].name, m_people[std::size_t(refused)].name);
            continue;
        }
        const int keep = std::min(ra, rb), drop = std::max(ra, rb);
        for (int m : members[std::size_t(drop)])
            root[std::size_t(m)] = keep;
        members[std::size_t(keep)] = group;
        members[std::size_t(drop)].clear();
    }
    for (std::vector<int> &group : members)
        if (group.size() > 1)
            m_parties.push_back(group);
    auto personNights = [&](const std::vector<int> &group) {
        int total = 0;
        for (int m : group)
            total += int(m_people[std::size_t(m)].nights.size());
        return total;
    };
    std::sort(m_parties.begin(), m_parties.end(), [&](const std::vector<int> &x, const std::vector<int> &y) {
        return std::make_tuple(-int(x.size()), -personNights(x), x.front())
            < std::make_tuple(-int(y.size()), -personNights(y), y.front());
    });
}

// Places the pending nights of `members` in one room per run of nights, the
// longest run first. Nights no room can hold them all on are left pending.
void Allocation::placeTogether(const std::vector<int> &members)
{
    const int option = m_people[std::size_t(members.front())].option;
    if (option == None)
        return;
    std::vector<int> nights;
    for (int m : members)
        for (int n : m_people[std::size_t(m)].nights)
            if (pending(m, n))
                nights.push_back(n);
    sortUnique(nights);

    std::size_t i = 0;
    while (i < nights.size()) {
        using Key = std::tuple<int, int, int, int, int, int>;
        Key best{0, 0, 0, 0, 0, 0};
        int bestRoom = None;
        for (int r : m_options[std::size_t(option)].rooms) {
            int run = 0;
            while (i + std::size_t(run) < nights.size() && fits(r, nights[i + std::size_t(run)], members))
                ++run;
            if (run == 0)
                continue;
            int affinity = 0, continuity = 0, leftover = 0, inUse = 0;
            for (int k = 0; k < run; ++k) {
                const int n = nights[i + std::size_t(k)];
                int need = 0;
                for (int m : members) {
                    if (!pending(m, n))
                        continue;
                    ++need;
                    for (int o : occupants(r, n))
                        if (o >= 0 && has(m_people[std::size_t(m)].linked, o))
                            ++affinity;
                }
                leftover += freeBeds(r, n) - need;
            }
            for (int m : members)
                for (int n : m_people[std::size_t(m)].nights)
                    if (at(m, n) == r)
                        ++continuity;
            for (std::size_t n = 0; n < m_nightCount && !inUse; ++n)
                inUse = occupants(r, int(n)).empty() ? 0 : 1;
            const Key key{run, affinity, continuity, -leftover, inUse, -r};
            if (bestRoom == None || key > best) {
                best = key;
                bestRoom = r;
            }
        }
        if (bestRoom == None) {
            ++i;
            continue;
        }
        const int run = std::get<0>(best);
        for (int k = 0; k < run; ++k) {
            const int n = nights[i + std::size_t(k)];
            for (int m : members)
                if (pending(m, n))
                    put(m, bestRoom, n);
        }
        i += std::size_t(run);
    }
}

std::vector<int> Allocation::unfixedNights(int p) const
{
    std::vector<int> out;
    for (int n : m_people[std::size_t(p)].nights)
        if (!fixed(p, n))
            out.push_back(n);
    return out;
}

std::vector<int> Allocation::roomsOf(int p) const
{
    std::vector<int> out;
    for (std::size_t n = 0; n < m_nightCount; ++n)
        if (at(p, int(n)) != None)
            out.push_back(at(p, int(n)));
    sortUnique(out);
    return out;
}

int Allocation::changesOf(int p) const
{
    int changes = 0, previous = None;
    for (std::size_t n = 0; n < m_nightCount; ++n) {
        const int r = at(p, int(n));
        if (r == None)
            continue;
        if (previous != None && r != previous)
            ++changes;
        previous = r;
    }
    return changes;
}

int Allocation::commonNights(int a, int b) const
{
    int common = 0;
    for (int n : m_people[std::size_t(a)].nights)
        common += stays(b, n) ? 1 : 0;
    return common;
}

int Allocation::togetherNights(int a, int b) const
{
    int together = 0;
    for (int n : m_people[std::size_t(a)].nights)
        if (stays(b, n) && at(a, n) != None && at(a, n) == at(b, n))
            ++together;
    return together;
}

bool Allocation::met(int a, int b) const
{
    const int common = commonNights(a, b);
    return common > 0 && togetherNights(a, b) == common;
}

// Whether a wish could be met at all: same option with a room for two, a night in common, no refusal.
bool Allocation::canMeet(int a, int b) const
{
    const Person &pa = m_people[std::size_t(a)];
    return pa.option != None && pa.option == m_people[std::size_t(b)].option
        && m_options[std::size_t(pa.option)].largest >= 2 && !has(pa.apart, b) && commonNights(a, b) > 0;
}

Value Allocation::value(const std::vector<int> &people, std::vector<int> rooms) const
{
    int placed = 0, mutual = 0, oneSided = 0, changes = 0, used = 0;
    std::vector<int> links;
    for (int p : people) {
        for (int n : m_people[std::size_t(p)].nights)
            placed += at(p, n) != None ? 1 : 0;
        changes += changesOf(p);
        links.insert(links.end(), m_people[std::size_t(p)].links.begin(), m_people[std::size_t(p)].links.end());
    }
    sortUnique(links);
    for (int l : links) {
        const Link &link = m_links[std::size_t(l)];
        (link.mutual ? mutual : oneSided) += togetherNights(link.a, link.b);
    }
    sortUnique(rooms);
    for (int r : rooms)
        for (std::size_t n = 0; n < m_nightCount; ++n)
            used += occupants(r, int(n)).empty() ? 0 : 1;
    return {placed, mutual, oneSided, -changes, -used};
}

// Moves every unlocked night of p to `room`; kept only if that improves the value.
bool Allocation::tryMove(int p, int room)
{
    const std::vector<int> nights = unfixedNights(p);
    if (nights.empty() || m_rooms[std::size_t(room)].option != m_people[std::size_t(p)].option
        || std::all_of(nights.begin(), nights.end(), [&](int n) { return at(p, n) == room; }))
        return false;
    std::vector<int> rooms = roomsOf(p);
    rooms.push_back(room);
    const Value before = value({p}, rooms);
    std::vector<int> old;
    for (int n : nights) {
        old.push_back(at(p, n));
        take(p, n);
    }
    const bool fitsAll = std::all_of(nights.begin(), nights.end(), [&](int n) { return blocker(p, room, n) == None; });
    if (fitsAll) {
        for (int n : nights)
            put(p, room, n);
        if (value({p}, rooms) > before)
            return true;
        for (int n : nights)
            take(p, n);
    }
    for (std::size_t k = 0; k < nights.size(); ++k)
        if (old[k] != None)
            put(p, old[k], nights[k]);
    return false;
}

// Swaps p and q when each sleeps in a single room on all of their unlocked nights.
bool Allocation::trySwap(int p, int q)
{
    if (p == q || q < 0 || m_people[std::size_t(p)].option != m_people[std::size_t(q)].option)
        return false;
    const std::vector<int> pNights = unfixedNights(p), qNights = unfixedNights(q);
    auto singleRoom = [&](int who, const std::vector<int> &nights) {
        if (nights.empty())
            return None;
        const int r = at(who, nights.front());
        for (int n : nights)
            if (at(who, n) != r)
                return None;
        return r;
    };
    const int x = singleRoom(p, pNights), y = singleRoom(q, qNights);
    if (x == None || y == None || x == y)
        return false;
    const Value before = value({p, q}, {x, y});
    for (int n : pNights)
        take(p, n);
    for (int n : qNights)
        take(q, n);
    bool ok = std::all_of(pNights.begin(), pNights.end(), [&](int n) { return blocker(p, y, n) == None; });
    if (ok) {
        for (int n : pNights)
            put(p, y, n);
        ok = std::all_of(qNights.begin(), qNights.end(), [&](int n) { return blocker(q, x, n) == None; });
        if (ok) {
            for (int n : qNights)
                put(q, x, n);
            if (value({p, q}, {x, y}) > before)
                return true;
            for (int n : qNights)
                take(q, n);
        }
        for (int n : pNights)
            take(p, n);
    }
    for (int n : pNights)
        put(p, x, n);
    for (int n : qNights)
        put(q, y, n);
    return false;
}

bool Allocation::repair(const Link &link)
{
    for (const auto &[mover, stayer] : {std::pair{link.a, link.b}, std::pair{link.b, link.a}})
        for (int r : roomsOf(stayer))
            if (tryMove(mover, r))
                return true;
    for (const auto &[mover, stayer] : {std::pair{link.a, link.b}, std::pair{link.b, link.a}}) {
        std::vector<int> others;
        for (int n : m_people[std::size_t(stayer)].nights)
            if (at(stayer, n) != None)
                for (int o : occupants(at(stayer, n), n))
                    if (o >= 0 && o != stayer)
                        others.push_back(o);
        sortUnique(others);
        for (int q : others)
            if (trySwap(mover, q))
                return true;
    }
    return false;
}

void Allocation::improve()
{
    std::vector<Link> order = m_links;
    std::stable_sort(order.begin(), order.end(), [](const Link &x, const Link &y) { return x.mutual && !y.mutual; });
    for (int pass = 0; pass < 4; ++pass) {
        bool changed = false;
        for (const Link &link : order)
            if (canMeet(link.a, link.b) && !met(link.a, link.b) && repair(link))
                changed = true;
        for (int p = 0; p < int(m_people.size()); ++p) {
            const Person &person = m_people[std::size_t(p)];
            const bool unsettled = changesOf(p) > 0
                || std::any_of(person.nights.begin(), person.nights.end(), [&](int n) { return pending(p, n); });
            if (unsettled && person.option != None)
                for (int r : m_options[std::size_t(person.option)].rooms)
                    if (tryMove(p, r)) {
                        changed = true;
                        break;
                    }
        }
        if (!changed)
            break;
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

AllocationResult Allocation::run()
{
    buildParties();
    for (const std::vector<int> &party : m_parties)
        placeTogether(party);
    // Longest stays first; among equal stays, people with wishes (theirs or
    // others') before those without, so a free bed next to a wished person
    // is not taken by someone indifferent.
    std::vector<std::tuple<int, int, int>> singles;   // (-pending nights, no wish link, person)
    for (int p = 0; p < int(m_people.size()); ++p) {
        const std::vector<int> &nights = m_people[std::size_t(p)].nights;
        const int count = int(std::count_if(nights.begin(), nights.end(), [&](int n) { return pending(p, n); }));
        if (count > 0)
            singles.emplace_back(-count, m_people[std::size_t(p)].linked.empty() ? 1 : 0, p);
    }
    std::sort(singles.begin(), singles.end());
    for (const auto &single : singles)
        placeTogether({std::get<2>(single)});
    improve();
    return collect();
}

} // namespace

AllocationResult RoomAllocator::allocate(const AllocationInput &input)
{
    return Allocation(input).run();
}

} // namespace convivium::core
