#include "AllocationBench.h"
#include "Measures.h"
#include "services/RoomAllocator.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>
#include <iterator>

namespace convivium::bench {

namespace {

using core::AllocationInput;
using core::AllocationPerson;
using core::AllocationRoom;
using core::RoomAssignment;

constexpr int Participants = 500;
constexpr int Nights = 5;
constexpr int Wishes = 150;   // wish entries: 38 mutual pairs (76 entries) and 74 one-sided wishes

struct Kind {
    qint64 option;
    int beds;
    bool solo;
    int share;   // per cent of the participants
};

// Shared rooms of 2 and 3 beds, solo rooms, dormitories of 8.
constexpr Kind Kinds[] = {{1, 2, false, 40}, {2, 3, false, 30}, {3, 1, true, 15}, {4, 8, false, 15}};

AllocationInput sprint()
{
    QRandomGenerator rng(2026);
    const QDate first(2026, 3, 30);
    AllocationInput in;
    int perKind[std::size(Kinds)] = {};
    for (int i = 0; i < Participants; ++i) {
        int pick = int(rng.bounded(100)), k = 0;
        while (pick >= Kinds[k].share)
            pick -= Kinds[k++].share;
        ++perKind[k];
        // Most stay the whole sprint; some arrive late or leave early.
        const int from = rng.bounded(4) == 0 ? int(rng.bounded(3)) : 0;
        const int to = rng.bounded(4) == 0 ? Nights - int(rng.bounded(2)) : Nights;
        AllocationPerson p{i + 1, QStringLiteral("Participant %1").arg(i + 1), Kinds[k].option, {}, {}, {}};
        for (int n = from; n < std::max(to, from + 1); ++n)
            p.nights << first.addDays(n);
        in.people << p;
    }
    // Rooms for everyone of each option plus about 8 % to spare, as a venue would book.
    qint64 roomId = 1000;
    for (std::size_t k = 0; k < std::size(Kinds); ++k) {
        const int rooms = (perKind[k] * 108 / 100 + Kinds[k].beds - 1) / Kinds[k].beds;
        for (int i = 0; i < rooms; ++i, ++roomId)
            in.rooms << AllocationRoom{roomId, Kinds[k].option, QStringLiteral("Room %1").arg(roomId), Kinds[k].beds,
                                       Kinds[k].solo};
    }
    auto sameOption = [&](int i) {
        for (;;) {
            const int j = int(rng.bounded(Participants));
            if (j != i && in.people.at(j).optionId == in.people.at(i).optionId && in.people.at(j).wishes.isEmpty())
                return j;
        }
    };
    // Roommate wishes among people of shared rooms and dormitories (solo rooms hold one).
    int wishes = 0;
    while (wishes < Wishes) {
        const int i = int(rng.bounded(Participants));
        if (!in.people.at(i).wishes.isEmpty() || in.people.at(i).optionId == 3)
            continue;
        const int j = sameOption(i);
        in.people[i].wishes << in.people.at(j).registrationId;
        ++wishes;
        // The first half of the entries come in mutual pairs (38 pairs), the rest are one-sided.
        if (wishes < Wishes / 2 + 1) {
            in.people[j].wishes << in.people.at(i).registrationId;
            ++wishes;
        }
    }
    for (int r = 0; r < 12; ++r) {
        const int i = int(rng.bounded(Participants));
        in.people[i].refusals << in.people.at(sameOption(i)).registrationId;
    }
    // The organisers among the first ten registrations keep a 2-bed room each, locked.
    for (int i = 0; i < 10; ++i)
        if (in.people.at(i).optionId == 1)
            for (const QDate &night : in.people.at(i).nights)
                in.locked << RoomAssignment{in.people.at(i).registrationId, 1000 + i, night, true};
    return in;
}

} // namespace

void runAllocationBench(Measures &measures)
{
    const AllocationInput input = sprint();
    double best = 1e9;
    core::AllocationResult result;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        result = core::RoomAllocator::allocate(input);
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    int mutual = 0, wishes = 0;
    for (const AllocationPerson &p : input.people)
        for (qint64 other : p.wishes) {
            ++wishes;
            for (const AllocationPerson &o : input.people)
                if (o.registrationId == other && o.wishes.contains(p.registrationId))
                    ++mutual;
        }
    std::fprintf(stderr, "  room allocation: %d wishes (%d in mutual pairs), %d unplaced nights, %d room changes, %d violations\n",
                 wishes, mutual, int(result.unplaced.size()), result.roomChanges,
                 int(core::RoomAllocator::violations(input, result).size()));
    measures.add(QStringLiteral("room_allocation_500"), best, QStringLiteral("ms"));
    measures.add(QStringLiteral("room_allocation_unmet_wishes"), result.unmetWishes.size(), QStringLiteral("wishes"), 0);
}

} // namespace convivium::bench
