// RoomAllocator: the hard rules hold on 200 generated events and the result
// does not depend on the order of the input lists; hand-made events check the
// soft goals (wishes, one room per stay, locks) and the reasons given when a
// wish or a bed cannot be had; violations() catches each kind of break.
#include "services/RoomAllocator.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <map>
#include <set>

using namespace convivium::core;

Q_DECLARE_METATYPE(convivium::core::AllocationInput)
Q_DECLARE_METATYPE(convivium::core::AllocationResult)

namespace {

const QDate FirstNight(2026, 3, 30);   // night 1 is 31/03/2026

QList<QDate> nights(int from, int count)
{
    QList<QDate> out;
    for (int i = 0; i < count; ++i)
        out << FirstNight.addDays(from + i);
    return out;
}

AllocationRoom room(qint64 id, qint64 option, int beds, bool solo = false)
{
    return AllocationRoom{id, option, QStringLiteral("Room %1").arg(id), beds, solo};
}

AllocationPerson person(qint64 id, qint64 option, int from, int count, const QList<qint64> &wishes = {},
                        const QList<qint64> &refusals = {})
{
    return AllocationPerson{id, QStringLiteral("P%1").arg(id), option, nights(from, count), wishes, refusals};
}

RoomAssignment lock(qint64 person, qint64 room, int night)
{
    return RoomAssignment{person, room, FirstNight.addDays(night), true};
}

// Each list as sorted text, so QCOMPARE shows what differs.
QStringList describe(const QList<RoomAssignment> &list)
{
    QStringList out;
    for (const RoomAssignment &a : list)
        out << QStringLiteral("%1 room %2 %3%4")
                   .arg(QString::number(a.registrationId), QString::number(a.roomId), a.night.toString(Qt::ISODate),
                        a.locked ? QStringLiteral(" locked") : QString());
    out.sort();
    return out;
}

QStringList describe(const AllocationResult &r)
{
    QStringList out = describe(r.assignments);
    for (const UnmetWish &w : r.unmetWishes)
        out << QStringLiteral("wish %1>%2 %3").arg(QString::number(w.registrationId), QString::number(w.otherId), w.reason);
    for (const Unplaced &u : r.unplaced)
        out << QStringLiteral("unplaced %1 %2 %3").arg(QString::number(u.registrationId), u.night.toString(Qt::ISODate), u.reason);
    out << QStringLiteral("changes %1").arg(r.roomChanges);
    return out;
}

// Who sleeps where: (person, night) → room.
std::map<std::pair<qint64, QDate>, qint64> rooms(const AllocationResult &r)
{
    std::map<std::pair<qint64, QDate>, qint64> out;
    for (const RoomAssignment &a : r.assignments)
        out[{a.registrationId, a.night}] = a.roomId;
    return out;
}

const AllocationPerson *find(const AllocationInput &in, qint64 id)
{
    for (const AllocationPerson &p : in.people)
        if (p.registrationId == id)
            return &p;
    return nullptr;
}

// Both in the same room on every night they both stay (and at least one).
bool together(const AllocationInput &in, const AllocationResult &r, qint64 a, qint64 b)
{
    const auto where = rooms(r);
    int common = 0;
    for (const QDate &night : find(in, a)->nights) {
        if (!find(in, b)->nights.contains(night))
            continue;
        ++common;
        const auto ra = where.find({a, night}), rb = where.find({b, night});
        if (ra == where.end() || rb == where.end() || ra->second != rb->second)
            return false;
    }
    return common > 0;
}

const UnmetWish *unmet(const AllocationResult &r, qint64 wisher, qint64 other)
{
    for (const UnmetWish &w : r.unmetWishes)
        if (w.registrationId == wisher && w.otherId == other)
            return &w;
    return nullptr;
}

int changesOf(const AllocationResult &r, qint64 id)
{
    int changes = 0;
    qint64 previous = 0;
    for (const auto &[slot, roomId] : rooms(r))
        if (slot.first == id) {
            changes += previous != 0 && roomId != previous ? 1 : 0;
            previous = roomId;
        }
    return changes;
}

// A generated event: four lodging options (shared rooms of 2 and of 3, solo
// rooms, a dormitory of 8), 5 to 60 people over 5 nights, wishes (a third of
// them mutual), refusals in half of the events, a few valid locks.
struct Generated {
    AllocationInput input;
    bool ample = false;      // beds of each option >= twice its people
    bool refusals = false;
};

Generated generate(quint32 seed)
{
    QRandomGenerator rng(seed);
    Generated g;
    g.ample = rng.bounded(3) == 0;
    g.refusals = rng.bounded(2) == 0;
    const int count = 5 + int(rng.bounded(56));
    struct Kind { qint64 option; int beds; bool solo; };
    const Kind kinds[] = {{1, 2, false}, {2, 3, false}, {3, 1, true}, {4, 8, false}};
    const int weights[] = {4, 3, 2, 2};
    int perOption[4] = {0, 0, 0, 0};
    for (int i = 0; i < count; ++i) {
        int pick = int(rng.bounded(11)), k = 0;
        while (pick >= weights[k])
            pick -= weights[k++];
        const int from = int(rng.bounded(5));
        const int length = 1 + int(rng.bounded(5 - from));
        g.input.people << person(100 + i, kinds[k].option, from, length);
        ++perOption[k];
    }
    qint64 roomId = 500;
    for (int k = 0; k < 4; ++k) {
        const int people = perOption[k];
        const int beds = g.ample ? 2 * people : people * (6 + int(rng.bounded(7))) / 10;   // 60–120 % when not ample
        for (int b = 0; b < beds; b += kinds[k].beds)
            g.input.rooms << room(roomId++, kinds[k].option, kinds[k].beds, kinds[k].solo);
    }
    QList<AllocationPerson> &people = g.input.people;
    auto someone = [&](int not_) {
        int other = int(rng.bounded(count - 1));
        return other >= not_ ? other + 1 : other;
    };
    for (int i = 0; i < count; ++i) {
        if (rng.bounded(10) < 4) {
            // Mostly someone of the same option, sometimes anyone.
            int other = someone(i);
            const bool sameOption = rng.bounded(10) != 0;
            for (int tries = 0; sameOption && tries < 20 && people[other].optionId != people[i].optionId; ++tries)
                other = someone(i);
            if (!people[i].wishes.contains(people[other].registrationId))
                people[i].wishes << people[other].registrationId;
            if (rng.bounded(3) == 0 && !people[other].wishes.contains(people[i].registrationId))
                people[other].wishes << people[i].registrationId;
        }
        if (g.refusals && rng.bounded(10) == 0)
            people[i].refusals << people[someone(i)].registrationId;
    }
    // Locks that are valid by themselves: the right option, a free bed, no refusal in the room.
    std::map<std::pair<qint64, QDate>, QList<qint64>> held;
    std::set<std::pair<qint64, QDate>> lockedNights;
    const int locks = int(rng.bounded(5));
    for (int l = 0; l < locks; ++l) {
        const AllocationPerson &p = people[int(rng.bounded(count))];
        const QDate night = p.nights.at(int(rng.bounded(int(p.nights.size()))));
        QList<AllocationRoom> ofOption;
        for (const AllocationRoom &r : std::as_const(g.input.rooms))
            if (r.optionId == p.optionId)
                ofOption << r;
        if (ofOption.isEmpty() || lockedNights.count({p.registrationId, night}))
            continue;
        const AllocationRoom &r = ofOption.at(int(rng.bounded(int(ofOption.size()))));
        QList<qint64> &in = held[{r.id, night}];
        const bool refused = std::any_of(in.begin(), in.end(), [&](qint64 o) {
            return p.refusals.contains(o) || find(g.input, o)->refusals.contains(p.registrationId);
        });
        if (in.size() >= (r.solo ? 1 : r.beds) || refused)
            continue;
        in << p.registrationId;
        lockedNights.insert({p.registrationId, night});
        g.input.locked << RoomAssignment{p.registrationId, r.id, night, true};
    }
    return g;
}

template<typename T>
void shuffle(QList<T> &list, QRandomGenerator &rng)
{
    std::shuffle(list.begin(), list.end(), rng);
}

AllocationInput shuffled(AllocationInput in, quint32 seed)
{
    QRandomGenerator rng(seed);
    shuffle(in.rooms, rng);
    shuffle(in.people, rng);
    shuffle(in.locked, rng);
    for (AllocationPerson &p : in.people) {
        shuffle(p.nights, rng);
        shuffle(p.wishes, rng);
        shuffle(p.refusals, rng);
    }
    return in;
}

} // namespace

class tst_RoomAllocator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void generated_keepsHardRulesAndIsDeterministic_data();
    void generated_keepsHardRulesAndIsDeterministic();
    void wishes_metWhenPossible_data();
    void wishes_metWhenPossible();
    void unmetWish_isListedWithItsReason_data();
    void unmetWish_isListedWithItsReason();
    void soloRoom_neverHoldsTwo();
    void threeNightStay_keepsOneRoom();
    void lockedAssignment_keptAndItsFreeBedGoesToAWisher();
    void fullOption_leavesUnplacedWithAReason_data();
    void fullOption_leavesUnplacedWithAReason();
    void violations_detectEachBreak_data();
    void violations_detectEachBreak();
};

void tst_RoomAllocator::initTestCase()
{
    // Reasons show dates the way the user's locale does: day/month/year here.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void tst_RoomAllocator::generated_keepsHardRulesAndIsDeterministic_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 200; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void tst_RoomAllocator::generated_keepsHardRulesAndIsDeterministic()
{
    QFETCH(quint32, seed);
    const Generated g = generate(seed);
    const AllocationInput &in = g.input;
    const AllocationResult result = RoomAllocator::allocate(in);

    const QStringList broken = RoomAllocator::violations(in, result);
    if (!broken.isEmpty())
        qWarning().noquote() << broken.join(u'\n');
    QVERIFY(broken.isEmpty());

    // Same input, same answer; same input in another order, same answer.
    QCOMPARE(describe(RoomAllocator::allocate(in)), describe(result));
    QCOMPARE(describe(RoomAllocator::allocate(shuffled(in, seed + 1000))), describe(result));
    QCOMPARE(describe(RoomAllocator::allocate(shuffled(in, seed + 2000))), describe(result));

    // Nobody is left out while a bed they may take is free: every room of their
    // option is full that night or holds someone they refuse or who refuses them.
    const auto where = rooms(result);
    for (const Unplaced &u : result.unplaced) {
        const AllocationPerson *p = find(in, u.registrationId);
        QVERIFY(!u.reason.isEmpty());
        for (const AllocationRoom &r : in.rooms) {
            if (r.optionId != p->optionId)
                continue;
            QList<qint64> inRoom;
            for (const auto &[slot, roomId] : where)
                if (roomId == r.id && slot.second == u.night)
                    inRoom << slot.first;
            const bool full = inRoom.size() >= (r.solo ? 1 : r.beds);
            const bool refused = std::any_of(inRoom.begin(), inRoom.end(), [&](qint64 o) {
                return p->refusals.contains(o) || find(in, o)->refusals.contains(p->registrationId);
            });
            QVERIFY2(full || refused, qPrintable(QStringLiteral("%1 unplaced on %2 while room %3 has a bed for them")
                                                     .arg(u.registrationId).arg(u.night.toString(Qt::ISODate)).arg(r.id)));
        }
    }
    if (g.ample && !g.refusals)
        QVERIFY(result.unplaced.isEmpty());

    // unmetWishes lists exactly the wishes not met on every common night, each with a reason.
    QStringList expectedUnmet, listedUnmet;
    for (const AllocationPerson &p : in.people)
        for (qint64 w : p.wishes)
            if (!together(in, result, p.registrationId, w))
                expectedUnmet << QStringLiteral("%1>%2").arg(p.registrationId).arg(w);
    for (const UnmetWish &w : result.unmetWishes) {
        listedUnmet << QStringLiteral("%1>%2").arg(w.registrationId).arg(w.otherId);
        QVERIFY(!w.reason.isEmpty());
    }
    expectedUnmet.sort();
    QCOMPARE(listedUnmet, expectedUnmet);

    // With room to spare and no refusal or lock in the way, a mutual pair
    // that wishes nobody else and shares a night is together, in a shared option.
    if (g.ample && !g.refusals && in.locked.isEmpty())
        for (const AllocationPerson &a : in.people)
            for (qint64 b : a.wishes) {
                const AllocationPerson *pb = find(in, b);
                const bool isolatedPair = a.wishes.size() == 1 && pb->wishes == QList<qint64>{a.registrationId}
                    && a.optionId == pb->optionId && a.optionId != 3;
                bool wishedByOthers = false;
                for (const AllocationPerson &o : in.people)
                    wishedByOthers = wishedByOthers || (o.registrationId != b && o.wishes.contains(a.registrationId))
                        || (o.registrationId != a.registrationId && o.wishes.contains(b));
                bool common = false;
                for (const QDate &d : a.nights)
                    common = common || pb->nights.contains(d);
                if (isolatedPair && !wishedByOthers && common)
                    QVERIFY2(together(in, result, a.registrationId, b),
                             qPrintable(QStringLiteral("%1 and %2 apart").arg(a.registrationId).arg(b)));
            }
}

void tst_RoomAllocator::wishes_metWhenPossible_data()
{
    QTest::addColumn<AllocationInput>("input");
    QTest::addColumn<QList<QList<qint64>>>("groups");   // each group shares a room on every common night
    // Mutual wishes first, then a one-sided one; every wish that can be met is.

    // Ids interleave so that placing people in id order would split the pairs.
    QTest::newRow("two mutual pairs, a 2-bed room each")
        << AllocationInput{{room(10, 1, 2), room(11, 1, 2)},
                           {person(1, 1, 0, 3, {3}), person(2, 1, 0, 3, {4}), person(3, 1, 0, 3, {1}), person(4, 1, 0, 3, {2})},
                           {}}
        << QList<QList<qint64>>{{1, 3}, {2, 4}};
    QTest::newRow("trio of mutual wishes, one 3-bed room")
        << AllocationInput{{room(10, 1, 2), room(11, 1, 3)},
                           {person(1, 1, 0, 2), person(2, 1, 0, 2, {3, 5}), person(3, 1, 0, 2, {2, 5}),
                            person(4, 1, 0, 2), person(5, 1, 0, 2, {2, 3})},
                           {}}
        << QList<QList<qint64>>{{2, 3, 5}};
    QTest::newRow("chain of mutual wishes fills a 3-bed room")
        << AllocationInput{{room(10, 1, 3), room(11, 1, 2)},
                           {person(1, 1, 0, 1, {2}), person(2, 1, 0, 1, {1, 4}), person(3, 1, 0, 1), person(4, 1, 0, 1, {2}),
                            person(5, 1, 0, 1)},
                           {}}
        << QList<QList<qint64>>{{1, 2}, {2, 4}};
    QTest::newRow("pairs and a trio, no spare bed")
        << AllocationInput{{room(10, 1, 2), room(11, 1, 3), room(12, 1, 2)},
                           {person(1, 1, 0, 4, {4}), person(2, 1, 0, 4, {5, 6}), person(3, 1, 0, 4, {7}),
                            person(4, 1, 0, 4, {1}), person(5, 1, 0, 4, {2, 6}), person(6, 1, 0, 4, {2, 5}),
                            person(7, 1, 0, 4, {3})},
                           {}}
        << QList<QList<qint64>>{{1, 4}, {2, 5, 6}, {3, 7}};
    QTest::newRow("different stays share their common nights")
        << AllocationInput{{room(10, 1, 2), room(11, 1, 2)},
                           {person(1, 1, 0, 3, {4}), person(2, 1, 0, 5), person(3, 1, 2, 3), person(4, 1, 1, 4, {1})},
                           {}}
        << QList<QList<qint64>>{{1, 4}};
    QTest::newRow("a one-sided wish does not split a mutual pair")
        << AllocationInput{{room(10, 1, 2), room(11, 1, 2)},
                           {person(1, 1, 0, 2, {3}), person(2, 1, 0, 2, {1}), person(3, 1, 0, 2, {1}), person(4, 1, 0, 2)},
                           {}}
        << QList<QList<qint64>>{{1, 3}};
    QTest::newRow("dormitory holds a group of five")
        << AllocationInput{{room(20, 2, 8), room(21, 2, 8)},
                           {person(1, 2, 0, 2, {2, 3, 4, 5}), person(2, 2, 0, 2, {1}), person(3, 2, 0, 2, {1}),
                            person(4, 2, 1, 2, {1}), person(5, 2, 0, 3, {1})},
                           {}}
        << QList<QList<qint64>>{{1, 2, 3, 4, 5}};
    // Placed first as the longest stays, P3 and P4 share room 10 (tightest
    // fit); P3's roommate has to change for P2's one-sided wish to be met.
    QTest::newRow("a one-sided wish moves the wished person")
        << AllocationInput{{room(10, 1, 2), room(11, 1, 2)},
                           {person(2, 1, 1, 2, {3}), person(3, 1, 0, 3), person(4, 1, 0, 3)},
                           {}}
        << QList<QList<qint64>>{{2, 3}};
    QTest::newRow("pairs staying on different nights, just enough rooms")
        << AllocationInput{{room(10, 1, 2), room(11, 1, 2)},
                           {person(1, 1, 0, 2, {2}), person(2, 1, 0, 2, {1}), person(3, 1, 2, 2, {4}), person(4, 1, 2, 2, {3}),
                            person(5, 1, 1, 2, {6}), person(6, 1, 1, 2, {5}), person(7, 1, 3, 2, {8}), person(8, 1, 3, 2, {7})},
                           {}}
        << QList<QList<qint64>>{{1, 2}, {3, 4}, {5, 6}, {7, 8}};
}

void tst_RoomAllocator::wishes_metWhenPossible()
{
    QFETCH(AllocationInput, input);
    QFETCH(QList<QList<qint64>>, groups);
    const AllocationResult result = RoomAllocator::allocate(input);
    QCOMPARE(RoomAllocator::violations(input, result), QStringList());
    QVERIFY(result.unplaced.isEmpty());
    for (const QList<qint64> &group : groups)
        for (qint64 a : group)
            for (qint64 b : group)
                if (a < b)
                    QVERIFY2(together(input, result, a, b), qPrintable(QStringLiteral("%1 and %2 apart").arg(a).arg(b)));
    // Every mutual wish is met, so none is listed.
    for (const UnmetWish &w : result.unmetWishes)
        QVERIFY2(!find(input, w.otherId)->wishes.contains(w.registrationId), qPrintable(w.reason));
    QCOMPARE(result.roomChanges, 0);
}

void tst_RoomAllocator::unmetWish_isListedWithItsReason_data()
{
    QTest::addColumn<AllocationInput>("input");
    QTest::addColumn<qint64>("wisher");
    QTest::addColumn<qint64>("other");
    QTest::addColumn<QString>("reason");

    QTest::newRow("refusal of the wished person")
        << AllocationInput{{room(10, 1, 3), room(11, 1, 2)},
                           {person(1, 1, 0, 2, {2}, {3}), person(2, 1, 0, 2, {1}), person(3, 1, 0, 2, {1})},
                           {}}
        << qint64(3) << qint64(1) << QStringLiteral("P1 refuses to share a room with P3");
    QTest::newRow("different lodging options")
        << AllocationInput{{room(10, 1, 2), room(20, 2, 3)}, {person(1, 1, 0, 2, {2}), person(2, 2, 0, 2, {1})}, {}}
        << qint64(1) << qint64(2) << QStringLiteral("P1 and P2 are in different lodging options");
    QTest::newRow("no night in common")
        << AllocationInput{{room(10, 1, 2)}, {person(1, 1, 0, 2, {2}), person(2, 1, 3, 2, {1})}, {}}
        << qint64(2) << qint64(1) << QStringLiteral("P2 and P1 have no night in common");
    QTest::newRow("solo rooms")
        << AllocationInput{{room(30, 3, 1, true), room(31, 3, 2, true)}, {person(1, 3, 0, 2, {2}), person(2, 3, 0, 2, {1})}, {}}
        << qint64(1) << qint64(2) << QStringLiteral("P1 and P2 have solo rooms: their lodging option has no room for two");
    QTest::newRow("room of the wished person is full")
        << AllocationInput{{room(10, 1, 2), room(11, 1, 2)},
                           {person(1, 1, 0, 2, {2}), person(2, 1, 0, 2, {1}), person(3, 1, 0, 2, {1})},
                           {}}
        << qint64(3) << qint64(1) << QStringLiteral("The room of P1 is full on 30/03/2026");
    QTest::newRow("group larger than the largest room")
        << AllocationInput{{room(10, 1, 2), room(11, 1, 2)},
                           {person(1, 1, 0, 1, {2, 3}), person(2, 1, 0, 1, {1, 3}), person(3, 1, 0, 1, {1, 2})},
                           {}}
        << qint64(3) << qint64(1)
        << QStringLiteral("P1 and P3 are not lodged as one group: with the other people they wish to share with, they "
                          "would be more than the largest room of their lodging option holds (2 beds)");
    QTest::newRow("no room with two free beds")
        << AllocationInput{{room(10, 1, 2), room(11, 1, 2)},
                           {person(1, 1, 1, 1, {2}), person(2, 1, 1, 1, {1}), person(3, 1, 1, 1), person(4, 1, 1, 1)},
                           {lock(3, 10, 1), lock(4, 11, 1)}}
        << qint64(1) << qint64(2)
        << QStringLiteral("On 31/03/2026 the rooms of P1 and P2 are full and no other room of their lodging option has "
                          "two free beds");
    QTest::newRow("locked in different rooms")
        << AllocationInput{{room(10, 1, 2), room(11, 1, 2)},
                           {person(1, 1, 1, 1, {2}), person(2, 1, 1, 1, {1})},
                           {lock(1, 10, 1), lock(2, 11, 1)}}
        << qint64(2) << qint64(1) << QStringLiteral("P2 and P1 are kept in different rooms on 31/03/2026 by locked assignments");
    QTest::newRow("registration not among the people")
        << AllocationInput{{room(10, 1, 2)}, {person(1, 1, 0, 1, {99})}, {}}
        << qint64(1) << qint64(99) << QStringLiteral("P1 wishes to share a room with registration 99, who is not among the people to lodge");
}

void tst_RoomAllocator::unmetWish_isListedWithItsReason()
{
    QFETCH(AllocationInput, input);
    QFETCH(qint64, wisher);
    QFETCH(qint64, other);
    QFETCH(QString, reason);
    const AllocationResult result = RoomAllocator::allocate(input);
    QCOMPARE(RoomAllocator::violations(input, result), QStringList());
    const UnmetWish *w = unmet(result, wisher, other);
    QVERIFY2(w, qPrintable(describe(result).join(u'\n')));
    QCOMPARE(w->reason, reason);
    // Only wishes that really are unmet are listed.
    for (const UnmetWish &listed : result.unmetWishes)
        QVERIFY(!find(input, listed.otherId) || !together(input, result, listed.registrationId, listed.otherId));
}

void tst_RoomAllocator::soloRoom_neverHoldsTwo()
{
    // Four friends who all wish each other, three solo rooms (one with two beds), one 2-bed room of another option.
    AllocationInput in{{room(30, 3, 1, true), room(31, 3, 2, true), room(32, 3, 1, true), room(10, 1, 2)},
                       {person(1, 3, 0, 3, {2, 3, 4}), person(2, 3, 0, 3, {1, 3, 4}), person(3, 3, 1, 2, {1, 2, 4}),
                        person(4, 3, 2, 1, {1, 2, 3})},
                       {}};
    const AllocationResult result = RoomAllocator::allocate(in);
    QCOMPARE(RoomAllocator::violations(in, result), QStringList());
    std::map<std::pair<qint64, QDate>, int> perRoomNight;
    for (const RoomAssignment &a : result.assignments) {
        QVERIFY(a.roomId != 10);
        int &inRoom = perRoomNight[{a.roomId, a.night}];
        QCOMPARE(++inRoom, 1);
    }
    // Night 2 has four people for three solo rooms: one is unplaced, nobody doubles up.
    QCOMPARE(result.unplaced.size(), 1);
    QCOMPARE(result.unplaced.constFirst().night, FirstNight.addDays(2));
    QCOMPARE(result.unplaced.constFirst().reason, QStringLiteral("No free bed in a room of this lodging option on 01/04/2026"));
    QCOMPARE(result.unmetWishes.size(), 12);
}

void tst_RoomAllocator::threeNightStay_keepsOneRoom()
{
    // Two 2-bed rooms; each night a different pair arrives for one night, and
    // P5 stays all three. P5 keeps one room only if the pairs all go to the other.
    AllocationInput in{{room(10, 1, 2), room(11, 1, 2)},
                       {person(1, 1, 0, 1, {2}), person(2, 1, 0, 1, {1}), person(3, 1, 1, 1, {4}), person(4, 1, 1, 1, {3}),
                        person(5, 1, 0, 3), person(6, 1, 2, 1, {7}), person(7, 1, 2, 1, {6})},
                       {}};
    const AllocationResult result = RoomAllocator::allocate(in);
    QCOMPARE(RoomAllocator::violations(in, result), QStringList());
    QVERIFY(result.unplaced.isEmpty());
    QVERIFY(result.unmetWishes.isEmpty());
    QCOMPARE(changesOf(result, 5), 0);
    QCOMPARE(result.roomChanges, 0);
    const auto where = rooms(result);
    QVERIFY(where.count({5, FirstNight}) && where.count({5, FirstNight.addDays(2)}));

    // A longer stay with people coming and going around it: still one room.
    AllocationInput busy{{room(10, 1, 3), room(11, 1, 2), room(12, 1, 2)},
                         {person(1, 1, 0, 5), person(2, 1, 1, 3), person(3, 1, 0, 1), person(4, 1, 0, 2), person(5, 1, 2, 3),
                          person(6, 1, 3, 2), person(7, 1, 1, 1), person(8, 1, 4, 1), person(9, 1, 0, 3)},
                         {}};
    const AllocationResult busyResult = RoomAllocator::allocate(busy);
    QCOMPARE(RoomAllocator::violations(busy, busyResult), QStringList());
    QVERIFY(busyResult.unplaced.isEmpty());
    QCOMPARE(busyResult.roomChanges, 0);
}

void tst_RoomAllocator::lockedAssignment_keptAndItsFreeBedGoesToAWisher()
{
    // P1 is locked in room 10 and P7 in room 20 on the first night; P3 wishes
    // P7. Both rooms fit P3 as well, and room 10 comes first by id: only the
    // wish sends P3 to room 20.
    AllocationInput in{{room(10, 1, 2), room(20, 1, 2)},
                       {person(1, 1, 0, 2), person(3, 1, 0, 2, {7}), person(7, 1, 0, 2)},
                       {lock(7, 20, 0), lock(1, 10, 0)}};
    const AllocationResult result = RoomAllocator::allocate(in);
    QCOMPARE(RoomAllocator::violations(in, result), QStringList());
    QCOMPARE(int(std::count_if(result.assignments.begin(), result.assignments.end(),
                               [](const RoomAssignment &a) { return a.locked; })),
             2);
    QVERIFY(describe(result.assignments).contains(QStringLiteral("7 room 20 2026-03-30 locked")));
    QVERIFY(describe(result.assignments).contains(QStringLiteral("1 room 10 2026-03-30 locked")));
    QVERIFY(together(in, result, 3, 7));
    const auto where = rooms(result);
    QCOMPARE(where.at({3, FirstNight}), qint64(20));
    QCOMPARE(where.at({7, FirstNight.addDays(1)}), qint64(20));   // P7 stays in the locked room
    QCOMPARE(where.at({1, FirstNight.addDays(1)}), qint64(10));   // and so does P1
    QVERIFY(result.unmetWishes.isEmpty());
    QCOMPARE(result.roomChanges, 0);

    // A locked room that is full takes nobody else, even a wisher.
    AllocationInput full{{room(10, 1, 2), room(20, 1, 2)},
                         {person(1, 1, 0, 1), person(2, 1, 0, 1), person(3, 1, 0, 1, {1})},
                         {lock(1, 20, 0), lock(2, 20, 0)}};
    const AllocationResult fullResult = RoomAllocator::allocate(full);
    QCOMPARE(RoomAllocator::violations(full, fullResult), QStringList());
    QCOMPARE(rooms(fullResult).at({3, FirstNight}), qint64(10));
    QVERIFY(unmet(fullResult, 3, 1));
    QCOMPARE(unmet(fullResult, 3, 1)->reason,
             QStringLiteral("P1 is kept in Room 20 on 30/03/2026 by a locked assignment, and P3 cannot join that room"));
}

void tst_RoomAllocator::fullOption_leavesUnplacedWithAReason_data()
{
    QTest::addColumn<AllocationInput>("input");
    QTest::addColumn<qint64>("person");
    QTest::addColumn<int>("night");
    QTest::addColumn<QString>("reason");

    QTest::newRow("three people, one 2-bed room")
        << AllocationInput{{room(10, 1, 2), room(20, 2, 3)},
                           {person(1, 1, 1, 1), person(2, 1, 1, 1), person(3, 1, 1, 1), person(4, 2, 1, 1)},
                           {}}
        << qint64(3) << 1 << QStringLiteral("No free bed in a room of this lodging option on 31/03/2026");
    QTest::newRow("the longer stay keeps its bed")
        << AllocationInput{{room(10, 1, 2)}, {person(1, 1, 1, 1), person(2, 1, 0, 3), person(3, 1, 1, 2)}, {}}
        << qint64(1) << 1 << QStringLiteral("No free bed in a room of this lodging option on 31/03/2026");
    QTest::newRow("the only free bed is next to a refused person")
        << AllocationInput{{room(10, 1, 2)}, {person(1, 1, 1, 1), person(2, 1, 1, 1, {}, {1})}, {lock(1, 10, 1)}}
        << qint64(2) << 1
        << QStringLiteral("On 31/03/2026 every free bed of this lodging option is in a room with someone who refuses P2 "
                          "or whom P2 refuses");
    QTest::newRow("a lock takes the last bed")
        << AllocationInput{{room(10, 1, 1)}, {person(1, 1, 1, 1), person(2, 1, 1, 1)}, {lock(2, 10, 1)}}
        << qint64(1) << 1 << QStringLiteral("No free bed in a room of this lodging option on 31/03/2026");
    QTest::newRow("an option without rooms")
        << AllocationInput{{room(10, 1, 2)}, {person(1, 9, 1, 1)}, {}}
        << qint64(1) << 1 << QStringLiteral("No room belongs to this lodging option");
}

void tst_RoomAllocator::fullOption_leavesUnplacedWithAReason()
{
    QFETCH(AllocationInput, input);
    QFETCH(qint64, person);
    QFETCH(int, night);
    QFETCH(QString, reason);
    const AllocationResult result = RoomAllocator::allocate(input);
    QCOMPARE(RoomAllocator::violations(input, result), QStringList());   // not overbooked
    QCOMPARE(result.unplaced.size(), 1);
    QCOMPARE(result.unplaced.constFirst().registrationId, person);
    QCOMPARE(result.unplaced.constFirst().night, FirstNight.addDays(night));
    QCOMPARE(result.unplaced.constFirst().reason, reason);
}

void tst_RoomAllocator::violations_detectEachBreak_data()
{
    QTest::addColumn<AllocationInput>("input");
    QTest::addColumn<AllocationResult>("result");
    QTest::addColumn<QString>("expected");   // the violation, or empty when the result is valid

    // P1 and P2 (option 1) stay nights 0–1, P3 (option 1) refuses P1, P4 and P5 (option 2, solo rooms) night 0.
    const AllocationInput in{{room(10, 1, 2), room(11, 1, 2), room(30, 2, 1, true), room(31, 2, 2, true)},
                             {person(1, 1, 0, 2), person(2, 1, 0, 2), person(3, 1, 0, 1, {}, {1}), person(4, 2, 0, 1),
                              person(5, 2, 0, 1)},
                             {lock(2, 10, 1)}};
    auto at = [](qint64 p, qint64 r, int n, bool locked = false) { return RoomAssignment{p, r, FirstNight.addDays(n), locked}; };
    const AllocationResult valid{{at(1, 10, 0), at(2, 10, 0), at(1, 10, 1), at(2, 10, 1, true), at(3, 11, 0),
                                  at(4, 30, 0), at(5, 31, 0)},
                                 {},
                                 {},
                                 0};
    QTest::newRow("valid") << in << valid << QString();

    AllocationResult r = valid;
    r.assignments[4] = at(3, 10, 0);
    QTest::newRow("room over its beds") << in << r << QStringLiteral("room 10 holds 3 people on 2026-03-30 but has 2 beds");
    r = valid;
    r.assignments[6] = at(5, 30, 0);
    QTest::newRow("solo room with two") << in << r << QStringLiteral("solo room 30 holds 2 people on 2026-03-30");
    r = valid;
    r.assignments[6] = at(5, 31, 0);
    r.assignments[5] = at(4, 31, 0);
    QTest::newRow("two-bed solo room with two") << in << r << QStringLiteral("solo room 31 holds 2 people on 2026-03-30");
    r = valid;
    r.assignments[4] = at(3, 30, 0);
    QTest::newRow("other lodging option")
        << in << r << QStringLiteral("registration 3 in room 30 on 2026-03-30: the room is in lodging option 2, the person in 1");
    r = valid;
    r.assignments[0] = at(1, 11, 0);
    r.assignments[1] = at(2, 11, 0);
    r.roomChanges = 2;
    QTest::newRow("refusal broken") << in << r << QStringLiteral("registrations 1 and 3 share room 11 on 2026-03-30 despite a refusal");
    r = valid;
    r.assignments << at(1, 11, 0);
    QTest::newRow("two rooms in one night") << in << r << QStringLiteral("registration 1 is given 2 beds on 2026-03-30");
    r = valid;
    r.assignments << at(3, 11, 1);
    QTest::newRow("night outside the stay") << in << r << QStringLiteral("registration 3 in room 11 on 2026-03-31: not one of their nights");
    r = valid;
    r.assignments[3].locked = false;
    QTest::newRow("locked assignment dropped")
        << in << r << QStringLiteral("the locked assignment of registration 2 in room 10 on 2026-03-31 is not kept");
    r = valid;
    r.assignments[3] = at(2, 11, 1, true);
    r.roomChanges = 1;
    QTest::newRow("locked assignment moved")
        << in << r << QStringLiteral("the locked assignment of registration 2 in room 10 on 2026-03-31 is not kept");
    r = valid;
    r.assignments[0].locked = true;
    QTest::newRow("invented lock")
        << in << r << QStringLiteral("registration 1 in room 10 on 2026-03-30 is marked locked but no such lock was given");
    r = valid;
    r.assignments[4] = at(3, 99, 0);
    QTest::newRow("unknown room") << in << r << QStringLiteral("registration 3 in room 99 on 2026-03-30: no such room");
    r = valid;
    r.assignments << at(42, 11, 1);
    QTest::newRow("unknown registration") << in << r << QStringLiteral("registration 42 in room 11 on 2026-03-31: no such registration");
    r = valid;
    r.assignments.removeAt(6);
    QTest::newRow("night neither placed nor unplaced")
        << in << r << QStringLiteral("registration 5 is neither placed nor listed as unplaced on 2026-03-30");
    r.unplaced << Unplaced{5, FirstNight, QString()};
    QTest::newRow("unplaced without a reason") << in << r << QStringLiteral("registration 5 is unplaced on 2026-03-30 without a reason");
    r = valid;
    r.unplaced << Unplaced{4, FirstNight, QStringLiteral("full")};
    QTest::newRow("unplaced but placed") << in << r << QStringLiteral("registration 4 is listed as unplaced on 2026-03-30 but has a bed");
    r = valid;
    r.roomChanges = 3;
    QTest::newRow("room changes miscounted") << in << r << QStringLiteral("roomChanges is 3 but the assignments show 0");
}

void tst_RoomAllocator::violations_detectEachBreak()
{
    QFETCH(AllocationInput, input);
    QFETCH(AllocationResult, result);
    QFETCH(QString, expected);
    const QStringList found = RoomAllocator::violations(input, result);
    if (expected.isEmpty())
        QCOMPARE(found, QStringList());
    else
        QVERIFY2(found.contains(expected), qPrintable(found.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_RoomAllocator)
#include "tst_RoomAllocator.moc"
