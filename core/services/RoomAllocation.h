#pragma once
// The allocator's working state, shared by RoomAllocator.cpp (placement and
// improvement) and RoomAllocationReasons.cpp (reading the input, explaining
// what could not be met). Not part of the public API: see RoomAllocator.h.
#include "services/RoomAllocator.h"

#include <QHash>
#include <QLocale>
#include <algorithm>
#include <map>
#include <tuple>
#include <vector>

namespace convivium::core::allocation {


inline constexpr int None = -1;
inline constexpr int Anonymous = -2;   // a locked registration that is not among the people
inline constexpr int Full = -2;        // blocker(): the room has no free bed

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
inline void sortUnique(std::vector<T> &v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

template<typename T>
inline bool has(const std::vector<T> &sorted, const T &x)
{
    return std::binary_search(sorted.begin(), sorted.end(), x);
}

inline QString day(const QDate &d)
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

} // namespace convivium::core::allocation
