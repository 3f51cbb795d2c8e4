// StayCalculator: the nights and meals of a stay (docs/domain.md, Nights and
// Meals). A night is every date d with arrival <= d < departure; the meals run
// from the first to the last, both included; by default dinner on arrival and
// lunch on departure, and a day visit is lunch only.
#include "services/StayCalculator.h"

#include <QStringList>
#include <QTest>

using namespace convivium;
using core::Meal;
using core::StayCalculator;

namespace {

// The 2026 winter meeting: Monday 30 March to Friday 3 April, Monday 30 the
// opening transit day, Thursday 2 and Friday 3 the closing ones.
const QDate Sat28(2026, 3, 28), Mon30(2026, 3, 30), Tue31(2026, 3, 31), Wed01(2026, 4, 1), Thu02(2026, 4, 2),
    Fri03(2026, 4, 3);

constexpr int Default = -1;   // "use StayCalculator's default for this end"
constexpr int B = int(Meal::Breakfast), L = int(Meal::Lunch), D = int(Meal::Dinner);

QString slot(const QDate &day, Meal meal)
{
    return day.toString(Qt::ISODate) + u' ' + StayCalculator::mealCode(meal);
}

QStringList served(const QList<core::MealSlot> &meals)
{
    QStringList out;
    for (const core::MealSlot &m : meals)
        out << slot(m.day, m.meal);
    return out;
}

// The listed meals of one day, as the rows below write them by hand.
QStringList day(const QDate &d, std::initializer_list<Meal> meals)
{
    QStringList out;
    for (Meal m : meals)
        out << slot(d, m);
    return out;
}

const auto Br = Meal::Breakfast;
const auto Lu = Meal::Lunch;
const auto Di = Meal::Dinner;

} // namespace

class tst_StayCalculator : public QObject
{
    Q_OBJECT

private slots:
    void nightsAndMeals_data();
    void nightsAndMeals();
    void defaultMeals_data();
    void defaultMeals();
    void mealCode_roundTrips_data();
    void mealCode_roundTrips();
};

void tst_StayCalculator::nightsAndMeals_data()
{
    QTest::addColumn<QDate>("arrival");
    QTest::addColumn<int>("firstMeal");
    QTest::addColumn<QDate>("departure");
    QTest::addColumn<int>("lastMeal");
    QTest::addColumn<QList<QDate>>("nights");
    QTest::addColumn<QStringList>("meals");

    QTest::newRow("day visit: no night, lunch only by default")
        << Wed01 << Default << Wed01 << Default << QList<QDate>{} << day(Wed01, {Lu});
    QTest::newRow("day visit from lunch to dinner")
        << Wed01 << L << Wed01 << D << QList<QDate>{} << day(Wed01, {Lu, Di});
    // Dinner on the 30th, three meals on the 31st, 1st and 2nd, breakfast and
    // lunch on the 3rd: 1 + 9 + 2 = 12 meals.
    QTest::newRow("normal stay 30/03 dinner to 03/04 lunch: 4 nights, 12 meals")
        << Mon30 << D << Fri03 << L << QList<QDate>{Mon30, Tue31, Wed01, Thu02}
        << day(Mon30, {Di}) + day(Tue31, {Br, Lu, Di}) + day(Wed01, {Br, Lu, Di}) + day(Thu02, {Br, Lu, Di})
               + day(Fri03, {Br, Lu});
    QTest::newRow("normal stay with the default meals is the same stay")
        << Mon30 << Default << Fri03 << Default << QList<QDate>{Mon30, Tue31, Wed01, Thu02}
        << day(Mon30, {Di}) + day(Tue31, {Br, Lu, Di}) + day(Wed01, {Br, Lu, Di}) + day(Thu02, {Br, Lu, Di})
               + day(Fri03, {Br, Lu});
    QTest::newRow("arrival on the closing transit day")
        << Thu02 << Default << Fri03 << Default << QList<QDate>{Thu02} << day(Thu02, {Di}) + day(Fri03, {Br, Lu});
    QTest::newRow("arrival two days before the event starts")
        << Sat28 << Default << Tue31 << Default << QList<QDate>{Sat28, Sat28.addDays(1), Mon30}
        << day(Sat28, {Di}) + day(Sat28.addDays(1), {Br, Lu, Di}) + day(Mon30, {Br, Lu, Di}) + day(Tue31, {Br, Lu});
    QTest::newRow("early arrival for lunch adds the first lunch: 13 meals")
        << Mon30 << L << Fri03 << L << QList<QDate>{Mon30, Tue31, Wed01, Thu02}
        << day(Mon30, {Lu, Di}) + day(Tue31, {Br, Lu, Di}) + day(Wed01, {Br, Lu, Di}) + day(Thu02, {Br, Lu, Di})
               + day(Fri03, {Br, Lu});
    QTest::newRow("arrival for breakfast takes all three meals that day")
        << Thu02 << B << Fri03 << L << QList<QDate>{Thu02} << day(Thu02, {Br, Lu, Di}) + day(Fri03, {Br, Lu});
    QTest::newRow("departure after breakfast drops the last lunch")
        << Mon30 << D << Fri03 << B << QList<QDate>{Mon30, Tue31, Wed01, Thu02}
        << day(Mon30, {Di}) + day(Tue31, {Br, Lu, Di}) + day(Wed01, {Br, Lu, Di}) + day(Thu02, {Br, Lu, Di})
               + day(Fri03, {Br});
    QTest::newRow("departure after dinner keeps the last dinner")
        << Wed01 << D << Thu02 << D << QList<QDate>{Wed01} << day(Wed01, {Di}) + day(Thu02, {Br, Lu, Di});
    QTest::newRow("departure before arrival is invalid: no night, no meal")
        << Fri03 << Default << Mon30 << Default << QList<QDate>{} << QStringList{};
    QTest::newRow("departure one day before arrival is invalid too")
        << Tue31 << D << Mon30 << L << QList<QDate>{} << QStringList{};
    QTest::newRow("no arrival date: nothing") << QDate() << Default << Fri03 << Default << QList<QDate>{} << QStringList{};
    QTest::newRow("no departure date: nothing") << Mon30 << Default << QDate() << Default << QList<QDate>{} << QStringList{};
}

void tst_StayCalculator::nightsAndMeals()
{
    QFETCH(QDate, arrival);
    QFETCH(int, firstMeal);
    QFETCH(QDate, departure);
    QFETCH(int, lastMeal);
    QFETCH(QList<QDate>, nights);
    QFETCH(QStringList, meals);

    const Meal first = firstMeal == Default ? StayCalculator::defaultFirstMeal(arrival, departure) : Meal(firstMeal);
    const Meal last = lastMeal == Default ? StayCalculator::defaultLastMeal(arrival, departure) : Meal(lastMeal);

    QCOMPARE(StayCalculator::nights(arrival, departure), nights);
    QCOMPARE(StayCalculator::nightCount(arrival, departure), int(nights.size()));
    QCOMPARE(served(StayCalculator::meals(arrival, first, departure, last)), meals);
    const bool valid = arrival.isValid() && departure.isValid() && arrival <= departure;
    QCOMPARE(StayCalculator::isValid(arrival, departure), valid);
}

void tst_StayCalculator::defaultMeals_data()
{
    QTest::addColumn<QDate>("arrival");
    QTest::addColumn<QDate>("departure");
    QTest::addColumn<int>("firstMeal");
    QTest::addColumn<int>("lastMeal");

    QTest::newRow("stay: dinner on arrival, lunch on departure") << Mon30 << Fri03 << D << L;
    QTest::newRow("one night: dinner on arrival, lunch on departure") << Mon30 << Tue31 << D << L;
    QTest::newRow("day visit: lunch only") << Wed01 << Wed01 << L << L;
    QTest::newRow("no dates yet: the stay's defaults") << QDate() << QDate() << D << L;
}

void tst_StayCalculator::defaultMeals()
{
    QFETCH(QDate, arrival);
    QFETCH(QDate, departure);
    QFETCH(int, firstMeal);
    QFETCH(int, lastMeal);

    QCOMPARE(int(StayCalculator::defaultFirstMeal(arrival, departure)), firstMeal);
    QCOMPARE(int(StayCalculator::defaultLastMeal(arrival, departure)), lastMeal);
}

void tst_StayCalculator::mealCode_roundTrips_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("fallback");
    QTest::addColumn<int>("meal");
    QTest::addColumn<bool>("known");

    QTest::newRow("breakfast") << QStringLiteral("breakfast") << D << B << true;
    QTest::newRow("lunch") << QStringLiteral("lunch") << D << L << true;
    QTest::newRow("dinner") << QStringLiteral("dinner") << B << D << true;
    QTest::newRow("unknown code takes the fallback") << QStringLiteral("brunch") << D << D << false;
    QTest::newRow("empty code takes the fallback") << QString() << B << B << false;
    QTest::newRow("codes are exact, not case-folded") << QStringLiteral("Lunch") << D << D << false;
}

void tst_StayCalculator::mealCode_roundTrips()
{
    QFETCH(QString, code);
    QFETCH(int, fallback);
    QFETCH(int, meal);
    QFETCH(bool, known);

    const Meal parsed = StayCalculator::mealFromCode(code, Meal(fallback));
    QCOMPARE(int(parsed), meal);
    if (known)
        QCOMPARE(StayCalculator::mealCode(parsed), code);   // what is stored reads back as written
}

QTEST_GUILESS_MAIN(tst_StayCalculator)
#include "tst_StayCalculator.moc"
