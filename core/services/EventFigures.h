#pragma once
#include "domain/Event.h"
#include "domain/Registration.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace convivium::core {

// People in one lodging option on one night, against what it holds.
struct OccupancyCell {
    int people = 0;
    int capacity = -1;               // -1: no limit (lodging elsewhere, units not set)
    bool over() const { return capacity >= 0 && people > capacity; }
};

struct Occupancy {
    QList<QDate> nights;
    QList<LodgingOption> options;    // the event's options; a last column for "elsewhere" when used
    QList<QList<OccupancyCell>> cells;   // [night][option]
    int total(int night) const;
};

struct MealCount {
    QDate day;
    Meal meal = Meal::Lunch;
    int total = 0;
    QMap<QString, int> diets;        // diet as first written → people ("" = no special diet)
    QStringList allergies;
    QList<qint64> allergicRegistrations;   // who has allergies[i]: the registration's id
};

// One payer's share of an event: an organisation, or the participants themselves (payerId 0).
struct FeeTotal {
    qint64 payerId = 0;
    int registrations = 0;
    qint64 dueCents = 0;
    qint64 paidCents = 0;
    qint64 balanceCents() const { return dueCents - paidCents; }
};

// The event-wide figures, computed in one pass over the registrations that
// count (pre-registered and confirmed): occupancy, meals and fees.
class EventFigures
{
    Q_DECLARE_TR_FUNCTIONS(EventFigures)
public:
    static int capacityOf(const LodgingOption &option);
    static Occupancy occupancy(const Event &event, const QList<Registration> &registrations);
    static QList<MealCount> meals(const QList<Registration> &registrations);
    static QList<FeeTotal> feesByPayer(const Event &event, const QList<Registration> &registrations,
                                       const QHash<qint64, qint64> &paidByRegistration);
    static FeeTotal feeTotal(const QList<FeeTotal> &byPayer);

    // The nights on which `candidate` would overfill its option, given the others.
    static QList<QDate> fullNights(const Event &event, const QList<Registration> &others, const Registration &candidate);
    // Whether the event has no place left for one more counted registration.
    static bool eventFull(const Event &event, const QList<Registration> &others);
};

} // namespace convivium::core
