#include "services/StayCalculator.h"

namespace convivium::core {

QList<QDate> StayCalculator::nights(const QDate &arrival, const QDate &departure)
{
    QList<QDate> out;
    if (!isValid(arrival, departure))
        return out;
    for (QDate d = arrival; d < departure; d = d.addDays(1))
        out << d;
    return out;
}

int StayCalculator::nightCount(const QDate &arrival, const QDate &departure)
{
    return isValid(arrival, departure) ? int(arrival.daysTo(departure)) : 0;
}

QList<MealSlot> StayCalculator::meals(const QDate &arrival, Meal firstMeal, const QDate &departure, Meal lastMeal)
{
    QList<MealSlot> out;
    if (!isValid(arrival, departure))
        return out;
    for (QDate d = arrival; d <= departure; d = d.addDays(1))
        for (Meal m : {Meal::Breakfast, Meal::Lunch, Meal::Dinner}) {
            if (d == arrival && int(m) < int(firstMeal))
                continue;
            if (d == departure && int(m) > int(lastMeal))
                continue;
            out << MealSlot{d, m};
        }
    return out;
}

Meal StayCalculator::defaultFirstMeal(const QDate &arrival, const QDate &departure)
{
    return arrival.isValid() && arrival == departure ? Meal::Lunch : Meal::Dinner;
}

Meal StayCalculator::defaultLastMeal(const QDate &, const QDate &)
{
    return Meal::Lunch;
}

QString StayCalculator::mealCode(Meal meal)
{
    switch (meal) {
    case Meal::Breakfast:
        return QStringLiteral("breakfast");
    case Meal::Lunch:
        return QStringLiteral("lunch");
    case Meal::Dinner:
        return QStringLiteral("dinner");
    }
    return QStringLiteral("lunch");
}

Meal StayCalculator::mealFromCode(const QString &code, Meal fallback)
{
    if (code == u"breakfast")
        return Meal::Breakfast;
    if (code == u"lunch")
        return Meal::Lunch;
    if (code == u"dinner")
        return Meal::Dinner;
    return fallback;
}

} // namespace convivium::core
