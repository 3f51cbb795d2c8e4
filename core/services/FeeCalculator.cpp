#include "services/FeeCalculator.h"
#include "services/StayCalculator.h"

namespace convivium::core {

const LodgingOption *FeeCalculator::option(const Event &event, qint64 optionId)
{
    for (const LodgingOption &o : event.lodgingOptions)
        if (o.id == optionId)
            return &o;
    return nullptr;
}

qint64 FeeCalculator::mealPrice(const Event &event, Meal meal)
{
    const QString code = StayCalculator::mealCode(meal);
    for (const MealPrice &p : event.mealPrices)
        if (p.meal == code)
            return p.priceCents;
    return 0;
}

FeeBreakdown FeeCalculator::compute(const Registration &r, const Event &event)
{
    FeeBreakdown f;
    if (!StayCalculator::isValid(r.arrival, r.departure))
        return f;
    const LodgingOption *o = option(event, r.lodgingOptionId);
    const bool lodgedHere = o && o->kind != u"elsewhere";
    f.optionName = o ? o->name : QString();
    f.nights = StayCalculator::nightCount(r.arrival, r.departure);
    if (lodgedHere) {
        f.nightPriceCents = o->priceCents;
        f.supplementPerNightCents = o->supplementCents;
        f.lodgingCents = qint64(f.nights) * o->priceCents;
        f.supplementCents = qint64(f.nights) * o->supplementCents;
    }
    // Full board is bought by the night: a stay without a night (a day visit)
    // pays its meals at the venue's prices, whatever option was picked.
    f.mealsIncluded = lodgedHere && o->mealsIncluded && f.nights > 0;
    const QList<MealSlot> meals = StayCalculator::meals(r.arrival, r.firstMeal, r.departure, r.lastMeal);
    f.meals = int(meals.size());
    if (!f.mealsIncluded) {
        f.chargedMeals = f.meals;
        for (const MealSlot &m : meals)
            f.mealsCents += mealPrice(event, m.meal);
    }
    f.totalCents = f.lodgingCents + f.supplementCents + f.mealsCents;
    return f;
}

qint64 FeeCalculator::due(const Registration &r, const Event &event)
{
    return r.counts() ? compute(r, event).totalCents : 0;
}

} // namespace convivium::core
