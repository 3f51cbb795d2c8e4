#pragma once
#include "domain/Event.h"
#include "domain/Registration.h"

#include <QCoreApplication>

namespace convivium::core {

// What a registration owes the venue (docs/domain.md, Lodging fee and Money):
// each night the option's price plus its supplement; meals at the event's
// meal prices when the option does not include them (lodging elsewhere).
// Whole cents only.
struct FeeBreakdown {
    int nights = 0;
    qint64 nightPriceCents = 0;       // price per person per night
    qint64 supplementPerNightCents = 0;
    qint64 lodgingCents = 0;          // nights × price
    qint64 supplementCents = 0;       // nights × supplement
    int meals = 0;                    // meals taken at the venue
    int chargedMeals = 0;             // of which paid one by one
    qint64 mealsCents = 0;
    qint64 totalCents = 0;
    QString optionName;
    bool mealsIncluded = true;
};

class FeeCalculator
{
    Q_DECLARE_TR_FUNCTIONS(FeeCalculator)
public:
    // The amount the stay costs, whatever the status (the form shows it).
    static FeeBreakdown compute(const Registration &r, const Event &event);
    // What is owed: zero unless the registration counts (pre-registered, confirmed).
    static qint64 due(const Registration &r, const Event &event);
    static const LodgingOption *option(const Event &event, qint64 optionId);
    static qint64 mealPrice(const Event &event, Meal meal);
};

} // namespace convivium::core
