#pragma once
#include "domain/Registration.h"

#include <QList>

namespace convivium::core {

// One meal taken at the venue.
struct MealSlot {
    QDate day;
    Meal meal;
    bool operator==(const MealSlot &o) const { return day == o.day && meal == o.meal; }
};

// Nights and meals of a stay (docs/domain.md, Nights and Meals): every date d
// with arrival <= d < departure is a night; every meal from the first to the
// last, both included, is taken. Defaults: dinner on arrival, lunch on
// departure; a day visit defaults to lunch only.
class StayCalculator
{
public:
    static bool isValid(const QDate &arrival, const QDate &departure)
    {
        return arrival.isValid() && departure.isValid() && arrival <= departure;
    }
    static QList<QDate> nights(const QDate &arrival, const QDate &departure);
    static int nightCount(const QDate &arrival, const QDate &departure);
    static QList<MealSlot> meals(const QDate &arrival, Meal firstMeal, const QDate &departure, Meal lastMeal);

    static Meal defaultFirstMeal(const QDate &arrival, const QDate &departure);
    static Meal defaultLastMeal(const QDate &arrival, const QDate &departure);

    static QString mealCode(Meal meal);
    static Meal mealFromCode(const QString &code, Meal fallback);
};

} // namespace convivium::core
