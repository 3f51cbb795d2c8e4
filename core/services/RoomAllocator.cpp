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
#include "services/RoomAllocation.h"

#include <QSet>
#include <set>

namespace convivium::core::allocation {

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

} // namespace convivium::core::allocation

namespace convivium::core {

AllocationResult RoomAllocator::allocate(const AllocationInput &input)
{
    return allocation::Allocation(input).run();
}

} // namespace convivium::core
