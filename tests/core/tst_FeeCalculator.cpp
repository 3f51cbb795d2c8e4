// FeeCalculator: what a stay costs and what is owed (docs/domain.md, Lodging
// fee, Money, Status). Each night costs the option's price plus its
// supplement; full-board options include the meals, lodging elsewhere pays
// each meal at the event's price; only pre-registered and confirmed
// registrations owe anything; all in whole cents.
#include "services/FeeCalculator.h"
#include "services/StayCalculator.h"

#include <QTest>
#include <type_traits>

using namespace convivium;
using core::Event;
using core::FeeBreakdown;
using core::FeeCalculator;
using core::LodgingOption;
using core::Meal;
using core::Registration;
using core::StayCalculator;

// Money is integer cents all the way: no double or float can slip in.
static_assert(std::is_same_v<decltype(FeeBreakdown::nightPriceCents), qint64>);
static_assert(std::is_same_v<decltype(FeeBreakdown::supplementPerNightCents), qint64>);
static_assert(std::is_same_v<decltype(FeeBreakdown::lodgingCents), qint64>);
static_assert(std::is_same_v<decltype(FeeBreakdown::supplementCents), qint64>);
static_assert(std::is_same_v<decltype(FeeBreakdown::mealsCents), qint64>);
static_assert(std::is_same_v<decltype(FeeBreakdown::totalCents), qint64>);
static_assert(std::is_same_v<decltype(FeeCalculator::due(Registration(), Event())), qint64>);
static_assert(std::is_same_v<decltype(LodgingOption::priceCents), qint64>);
static_assert(std::is_same_v<decltype(core::MealPrice::priceCents), qint64>);

namespace {

const QDate Mon30(2026, 3, 30), Tue31(2026, 3, 31), Wed01(2026, 4, 1), Fri03(2026, 4, 3);

constexpr qint64 Shared = 1, Solo = 2, Dormitory = 3, Elsewhere = 4, Tent = 5, NoOption = 0, GoneOption = 99;
constexpr qint64 Breakfast = 800, Lunch = 1700, Dinner = 1700;
constexpr int Default = -1;

LodgingOption option(qint64 id, const QString &name, const QString &kind, int beds, int units, qint64 price,
                     qint64 supplement, bool mealsIncluded)
{
    LodgingOption o;
    o.id = id;
    o.name = name;
    o.kind = kind;
    o.bedsPerUnit = beds;
    o.units = units;
    o.priceCents = price;
    o.supplementCents = supplement;
    o.mealsIncluded = mealsIncluded;
    return o;
}

// Like the 2026 winter meeting (Monday 30 March to Friday 3 April), built in memory.
Event winterMeeting()
{
    Event e;
    e.id = 1;
    e.title = QStringLiteral("Rencontre d'hiver 2026");
    e.start = Mon30;
    e.end = Fri03;
    e.registrationDeadline = QDate(2026, 2, 15);
    e.lodgingOptions = {
        option(Shared, QStringLiteral("Chambre partagée (2 lits)"), QStringLiteral("shared_room"), 2, 20, 6200, 0, true),
        option(Solo, QStringLiteral("Chambre solo"), QStringLiteral("solo_room"), 1, 6, 6200, 1500, true),
        option(Dormitory, QStringLiteral("Dortoir"), QStringLiteral("dormitory"), 8, 1, 4800, 0, true),
        option(Elsewhere, QStringLiteral("Hébergement ailleurs"), QStringLiteral("elsewhere"), 1, 0, 0, 0, false),
        option(Tent, QStringLiteral("Tente, repas à la carte"), QStringLiteral("tent"), 1, 10, 1000, 0, false),
    };
    e.mealPrices = {{QStringLiteral("breakfast"), Breakfast}, {QStringLiteral("lunch"), Lunch},
                    {QStringLiteral("dinner"), Dinner}};
    return e;
}

Registration stay(qint64 optionId, const QDate &arrival, int firstMeal, const QDate &departure, int lastMeal,
                  const QString &status = QStringLiteral("confirmed"))
{
    Registration r;
    r.id = 10;
    r.eventId = 1;
    r.contributorId = 1;
    r.status = status;
    r.arrival = arrival;
    r.departure = departure;
    r.firstMeal = firstMeal == Default ? StayCalculator::defaultFirstMeal(arrival, departure) : Meal(firstMeal);
    r.lastMeal = lastMeal == Default ? StayCalculator::defaultLastMeal(arrival, departure) : Meal(lastMeal);
    r.lodgingOptionId = optionId;
    return r;
}

// Dinner on the 30th, three full days, breakfast and lunch on the 3rd: the
// normal stay's twelve meals at the event's prices, added by hand.
constexpr qint64 NormalStayMeals = Dinner + 3 * (Breakfast + Lunch + Dinner) + Breakfast + Lunch;
static_assert(NormalStayMeals == 16800);

} // namespace

Q_DECLARE_METATYPE(Registration)

class tst_FeeCalculator : public QObject
{
    Q_OBJECT

private slots:
    void compute_data();
    void compute();
    void due_countsOnlyPreRegisteredAndConfirmed_data();
    void due_countsOnlyPreRegisteredAndConfirmed();
    void largeAmounts_stayExactWholeCents();
    void oddCentPrices_addUpExactly();
    void missingMealPrice_costsNothingRatherThanGuessing();
};

void tst_FeeCalculator::compute_data()
{
    QTest::addColumn<Registration>("registration");
    QTest::addColumn<int>("nights");
    QTest::addColumn<qint64>("lodging");
    QTest::addColumn<qint64>("supplement");
    QTest::addColumn<int>("meals");
    QTest::addColumn<int>("chargedMeals");
    QTest::addColumn<qint64>("mealsCents");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<bool>("mealsIncluded");

    QTest::newRow("shared room, 4 nights, full board: 4 × 62 € = 248 €")
        << stay(Shared, Mon30, Default, Fri03, Default) << 4 << qint64(24800) << qint64(0) << 12 << 0 << qint64(0)
        << qint64(24800) << true;
    QTest::newRow("solo room, 4 nights: 4 × (62 € + 15 €) = 308 €")
        << stay(Solo, Mon30, Default, Fri03, Default) << 4 << qint64(24800) << qint64(6000) << 12 << 0 << qint64(0)
        << qint64(30800) << true;
    QTest::newRow("dormitory, 4 nights: 4 × 48 € = 192 €")
        << stay(Dormitory, Mon30, Default, Fri03, Default) << 4 << qint64(19200) << qint64(0) << 12 << 0 << qint64(0)
        << qint64(19200) << true;
    QTest::newRow("full board early arrival for lunch: the extra meal is included")
        << stay(Shared, Mon30, int(Meal::Lunch), Fri03, Default) << 4 << qint64(24800) << qint64(0) << 13 << 0
        << qint64(0) << qint64(24800) << true;
    QTest::newRow("elsewhere, 4 nights dinner to lunch: 12 meals at the venue's prices")
        << stay(Elsewhere, Mon30, int(Meal::Dinner), Fri03, int(Meal::Lunch)) << 4 << qint64(0) << qint64(0) << 12 << 12
        << NormalStayMeals << NormalStayMeals << false;
    QTest::newRow("no option chosen is lodging elsewhere")
        << stay(NoOption, Mon30, Default, Fri03, Default) << 4 << qint64(0) << qint64(0) << 12 << 12 << NormalStayMeals
        << NormalStayMeals << false;
    QTest::newRow("an option that no longer exists is lodging elsewhere")
        << stay(GoneOption, Mon30, Default, Fri03, Default) << 4 << qint64(0) << qint64(0) << 12 << 12
        << NormalStayMeals << NormalStayMeals << false;
    QTest::newRow("elsewhere, early arrival for lunch and leaving after breakfast")
        << stay(Elsewhere, Mon30, int(Meal::Lunch), Fri03, int(Meal::Breakfast)) << 4 << qint64(0) << qint64(0) << 12
        << 12 << Lunch + Dinner + 3 * (Breakfast + Lunch + Dinner) + Breakfast
        << Lunch + Dinner + 3 * (Breakfast + Lunch + Dinner) + Breakfast << false;
    QTest::newRow("option without meals charges the nights and each meal")
        << stay(Tent, Mon30, Default, Fri03, Default) << 4 << qint64(4000) << qint64(0) << 12 << 12 << NormalStayMeals
        << qint64(4000) + NormalStayMeals << false;
    QTest::newRow("day visit elsewhere: lunch only, 17 €")
        << stay(Elsewhere, Wed01, Default, Wed01, Default) << 0 << qint64(0) << qint64(0) << 1 << 1 << Lunch << Lunch
        << false;
    QTest::newRow("day visit lunch and dinner elsewhere: 34 €")
        << stay(Elsewhere, Wed01, int(Meal::Lunch), Wed01, int(Meal::Dinner)) << 0 << qint64(0) << qint64(0) << 2 << 2
        << Lunch + Dinner << Lunch + Dinner << false;
    // Full board is sold by the night: with no night, nothing includes the lunch.
    QTest::newRow("day visit with a room option picked: lunch still paid, 17 €")
        << stay(Shared, Wed01, Default, Wed01, Default) << 0 << qint64(0) << qint64(0) << 1 << 1 << Lunch << Lunch
        << false;
    QTest::newRow("one night in a solo room: 77 €")
        << stay(Solo, Tue31, Default, Wed01, Default) << 1 << qint64(6200) << qint64(1500) << 3 << 0 << qint64(0)
        << qint64(7700) << true;
    QTest::newRow("departure before arrival: nothing at all")
        << stay(Shared, Fri03, Default, Mon30, Default) << 0 << qint64(0) << qint64(0) << 0 << 0 << qint64(0) << qint64(0)
        << true;
}

void tst_FeeCalculator::compute()
{
    QFETCH(Registration, registration);
    QFETCH(int, nights);
    QFETCH(qint64, lodging);
    QFETCH(qint64, supplement);
    QFETCH(int, meals);
    QFETCH(int, chargedMeals);
    QFETCH(qint64, mealsCents);
    QFETCH(qint64, total);
    QFETCH(bool, mealsIncluded);

    const Event event = winterMeeting();
    const FeeBreakdown f = FeeCalculator::compute(registration, event);
    QCOMPARE(f.nights, nights);
    QCOMPARE(f.lodgingCents, lodging);
    QCOMPARE(f.supplementCents, supplement);
    QCOMPARE(f.meals, meals);
    QCOMPARE(f.chargedMeals, chargedMeals);
    QCOMPARE(f.mealsCents, mealsCents);
    QCOMPARE(f.totalCents, total);
    QCOMPARE(f.totalCents, f.lodgingCents + f.supplementCents + f.mealsCents);
    QCOMPARE(f.mealsIncluded, mealsIncluded);
    // A confirmed registration owes exactly what the stay costs.
    QCOMPARE(FeeCalculator::due(registration, event), total);
}

void tst_FeeCalculator::due_countsOnlyPreRegisteredAndConfirmed_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("late");
    QTest::addColumn<qint64>("due");

    QTest::newRow("pre-registered owes") << QStringLiteral("pre_registered") << false << qint64(30800);
    QTest::newRow("confirmed owes") << QStringLiteral("confirmed") << false << qint64(30800);
    QTest::newRow("late registration still owes") << QStringLiteral("pre_registered") << true << qint64(30800);
    QTest::newRow("late and confirmed still owes") << QStringLiteral("confirmed") << true << qint64(30800);
    QTest::newRow("cancelled owes nothing") << QStringLiteral("cancelled") << false << qint64(0);
    QTest::newRow("waitlisted owes nothing") << QStringLiteral("waitlisted") << false << qint64(0);
    QTest::newRow("late and waitlisted owes nothing") << QStringLiteral("waitlisted") << true << qint64(0);
    // docs/domain.md, Status: only pre-registered and confirmed count for fees.
    QTest::newRow("attended does not count") << QStringLiteral("attended") << false << qint64(0);
    QTest::newRow("no-show does not count") << QStringLiteral("no_show") << false << qint64(0);
}

void tst_FeeCalculator::due_countsOnlyPreRegisteredAndConfirmed()
{
    QFETCH(QString, status);
    QFETCH(bool, late);
    QFETCH(qint64, due);

    Registration r = stay(Solo, Mon30, Default, Fri03, Default, status);
    r.late = late;
    r.submittedAt = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    const Event event = winterMeeting();
    QCOMPARE(FeeCalculator::due(r, event), due);
    // The form still shows what the stay would cost, whatever the status.
    const FeeBreakdown f = FeeCalculator::compute(r, event);
    QCOMPARE(f.nights, 4);
    QCOMPARE(f.totalCents, qint64(30800));
    QCOMPARE(f.optionName, QStringLiteral("Chambre solo"));
}

void tst_FeeCalculator::largeAmounts_stayExactWholeCents()
{
    // 25 million euros and one cent a night for a year: far beyond a 32-bit
    // int, and still exact to the cent.
    Event event = winterMeeting();
    event.lodgingOptions[0].priceCents = Q_INT64_C(2500000001);
    event.lodgingOptions[0].supplementCents = Q_INT64_C(1);
    event.mealPrices = {{QStringLiteral("breakfast"), 1}, {QStringLiteral("lunch"), 3}, {QStringLiteral("dinner"), 7}};
    const Registration r = stay(Shared, QDate(2026, 1, 1), Default, QDate(2027, 1, 1), Default);
    const FeeBreakdown f = FeeCalculator::compute(r, event);
    QCOMPARE(f.nights, 365);
    QCOMPARE(f.lodgingCents, Q_INT64_C(912500000365));
    QCOMPARE(f.supplementCents, Q_INT64_C(365));
    QCOMPARE(f.totalCents, Q_INT64_C(912500000730));
    QCOMPARE(f.mealsCents, Q_INT64_C(0));   // the option includes them

    event.lodgingOptions[0].mealsIncluded = false;
    const FeeBreakdown withMeals = FeeCalculator::compute(r, event);
    // 1 dinner + 364 days × (1 + 3 + 7) + breakfast and lunch (1 + 3).
    QCOMPARE(withMeals.mealsCents, qint64(7 + 364 * 11 + 4));
    QCOMPARE(withMeals.totalCents, Q_INT64_C(912500000730) + 7 + 364 * 11 + 4);
}

void tst_FeeCalculator::oddCentPrices_addUpExactly()
{
    // 0.10 € breakfasts and 0.20 € lunches: summed as doubles they drift
    // (0.1 + 0.2 != 0.3); in cents they cannot.
    Event event = winterMeeting();
    event.mealPrices = {{QStringLiteral("breakfast"), 10}, {QStringLiteral("lunch"), 20}, {QStringLiteral("dinner"), 33}};
    const Registration r = stay(Elsewhere, Mon30, int(Meal::Breakfast), Fri03, int(Meal::Lunch));
    const FeeBreakdown f = FeeCalculator::compute(r, event);
    QCOMPARE(f.chargedMeals, 14);   // 4 full days and breakfast + lunch on the 3rd
    QCOMPARE(f.mealsCents, qint64(4 * (10 + 20 + 33) + 10 + 20));
    QCOMPARE(f.totalCents, qint64(282));
}

void tst_FeeCalculator::missingMealPrice_costsNothingRatherThanGuessing()
{
    Event event = winterMeeting();
    event.mealPrices = {{QStringLiteral("lunch"), Lunch}};   // breakfast and dinner not priced yet
    QCOMPARE(FeeCalculator::mealPrice(event, Meal::Lunch), Lunch);
    QCOMPARE(FeeCalculator::mealPrice(event, Meal::Breakfast), qint64(0));
    QCOMPARE(FeeCalculator::mealPrice(event, Meal::Dinner), qint64(0));
    const FeeBreakdown f = FeeCalculator::compute(stay(Elsewhere, Mon30, Default, Fri03, Default), event);
    QCOMPARE(f.chargedMeals, 12);
    QCOMPARE(f.mealsCents, 4 * Lunch);
    QVERIFY(FeeCalculator::option(event, Solo));
    QCOMPARE(FeeCalculator::option(event, Solo)->supplementCents, qint64(1500));
    QVERIFY(!FeeCalculator::option(event, GoneOption));
}

QTEST_GUILESS_MAIN(tst_FeeCalculator)
#include "tst_FeeCalculator.moc"
