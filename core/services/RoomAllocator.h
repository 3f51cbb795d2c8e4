#pragma once
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace convivium::core {

// A room of the venue. It belongs to one lodging option and holds `beds`
// people a night; a solo room holds one whatever its beds.
struct AllocationRoom {
    qint64 id = 0;
    qint64 optionId = 0;
    QString name;
    int beds = 1;
    bool solo = false;
};

// A registration that needs a bed. `nights` are the dates slept at the venue
// (docs/domain.md, Nights); wishes and refusals name other registrationIds.
struct AllocationPerson {
    qint64 registrationId = 0;
    QString name;
    qint64 optionId = 0;
    QList<QDate> nights;
    QList<qint64> wishes;
    QList<qint64> refusals;
};

// One person in one room for one night.
struct RoomAssignment {
    qint64 registrationId = 0;
    qint64 roomId = 0;
    QDate night;
    bool locked = false;
};

struct AllocationInput {
    QList<AllocationRoom> rooms;
    QList<AllocationPerson> people;
    QList<RoomAssignment> locked;   // kept exactly as given
};

// A wish of `registrationId` to share with `otherId` that is not met on
// every night they both stay; `reason` is translated and says why.
struct UnmetWish {
    qint64 registrationId = 0;
    qint64 otherId = 0;
    QString reason;
};

// A night on which a person has no bed; `reason` is translated.
struct Unplaced {
    qint64 registrationId = 0;
    QDate night;
    QString reason;
};

struct AllocationResult {
    QList<RoomAssignment> assignments;   // locked ones included, sorted by registration then night
    QList<UnmetWish> unmetWishes;        // sorted by registration then other
    QList<Unplaced> unplaced;            // sorted by registration then night
    int roomChanges = 0;                 // moves from one room to another between a person's nights
};

// Automatic room allocation for an event (docs/domain.md, Rooms). Hard rules,
// never broken: own lodging option only, no room over its beds, a solo room
// holds one, a refusal (either way) is never broken, one room a night on the
// person's own nights, locked assignments kept and counted. Soft goals, in
// order: everyone placed every night, mutual wishes together on every common
// night, then one-sided wishes, one room for the whole stay, few rooms used.
// Pure and deterministic: the same input in any list order gives the same result.
class RoomAllocator
{
    Q_DECLARE_TR_FUNCTIONS(RoomAllocator)
public:
    static AllocationResult allocate(const AllocationInput &input);

    // The hard-rule breaks of `result` for `input`, plus any person-night that
    // is neither placed nor listed as unplaced. Empty when the result is valid.
    // Meant for tests and diagnostics, so the messages are not translated.
    static QStringList violations(const AllocationInput &input, const AllocationResult &result);
};

} // namespace convivium::core
