// MealCountModel: meals per day from the arrival's first meal to the
// departure's last (dinner on arrival, lunch on departure, lunch only for a
// day visit), diets grouped whatever their case and accents, allergies
// listed, cancelled registrations left out.
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "Translations.h"
#include "models/MealCountModel.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/RegistrationRepository.h"
#include "services/StayCalculator.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace convivium;
using core::Meal;
using core::MealCountModel;

namespace {

const QDate Mon30(2026, 3, 30), Tue31(2026, 3, 31), Wed01(2026, 4, 1);
enum { Breakfast, Lunch, Dinner };

struct Meeting {
    test::TestCommunity tc;
    qint64 eventId = 0;
    int people = 0;

    Meeting()
    {
        core::Event e;
        e.title = QStringLiteral("Rencontre des utilisateurs");
        e.start = Mon30;
        e.end = Wed01;
        eventId = test::must(core::EventRepository(tc.db()).insert(e));
    }

    // A stay with the form's default meals unless told otherwise.
    void add(const QDate &arrival, const QDate &departure, const QString &diet, const QString &allergies = {},
             const QString &status = QStringLiteral("confirmed"), int firstMeal = -1, int lastMeal = -1)
    {
        core::Contributor c;
        c.givenName = QStringLiteral("Convive");
        c.familyName = QString::number(++people);
        core::Registration r;
        r.eventId = eventId;
        r.contributorId = test::must(core::ContributorRepository(tc.db()).insert(c));
        r.status = status;
        r.submittedAt = QDateTime(QDate(2026, 2, 1), QTime(8, 0), Qt::UTC).addSecs(people);
        r.arrival = arrival;
        r.departure = departure;
        r.firstMeal = firstMeal < 0 ? core::StayCalculator::defaultFirstMeal(arrival, departure) : Meal(firstMeal);
        r.lastMeal = lastMeal < 0 ? core::StayCalculator::defaultLastMeal(arrival, departure) : Meal(lastMeal);
        r.diet = diet;
        r.allergies = allergies;
        test::must(core::RegistrationRepository(tc.db()).insert(r));
    }

    void fill()
    {
        add(Mon30, Wed01, QStringLiteral("Végétarien"), QStringLiteral("arachides"));
        add(Mon30, Wed01, QStringLiteral("vegetarien"));
        add(Mon30, Wed01, QString(), QString(), QStringLiteral("pre_registered"));
        add(Tue31, Tue31, QStringLiteral("Sans gluten"), QStringLiteral("lactose"));        // day visit
        add(Mon30, Wed01, QStringLiteral("Végétalien"), QStringLiteral("soja"), QStringLiteral("cancelled"));
        add(Mon30, Wed01, QStringLiteral("Vegan"), QString(), QStringLiteral("waitlisted"));
        // Comes for Monday's lunch, leaves after Wednesday's breakfast.
        add(Mon30, Wed01, QStringLiteral(" VÉGÉTARIEN "), QString(), QStringLiteral("confirmed"), Lunch, Breakfast);
    }
};

} // namespace

class tst_MealCountModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { core::Translations::install(QStringLiteral("en_GB")); }
    void countsEachMealOfEachDay();
    void dayVisitIsLunchOnly();
    void dietsAreGroupedCaseAndAccentInsensitively();
    void allergiesAreListed();
    void cancelledAndWaitlistedAreLeftOut();
    void headersNameDaysAndMeals();
};

void tst_MealCountModel::countsEachMealOfEachDay()
{
    Meeting m;
    m.fill();
    MealCountModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load(m.tc.db(), m.eventId);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 3);
    const int expected[3][3] = {
        {0, 1, 4},   // Monday: lunch for the early arrival, dinner for everyone arriving
        {4, 5, 4},   // Tuesday: the day visitor at lunch
        {4, 3, 0},   // Wednesday: the early leaver has breakfast only; no dinner
    };
    for (int row = 0; row < 3; ++row)
        for (int column = 0; column < 3; ++column) {
            const QModelIndex cell = model.index(row, column);
            QCOMPARE(cell.data(MealCountModel::TotalRole).toInt(), expected[row][column]);
            QCOMPARE(cell.data().toString(),
                     expected[row][column] ? QString::number(expected[row][column]) : QString());
        }
}

void tst_MealCountModel::dayVisitIsLunchOnly()
{
    Meeting m;
    m.add(Tue31, Tue31, QString());
    MealCountModel model;
    model.load(m.tc.db(), m.eventId);
    QCOMPARE(model.rowCount(), 3);   // the event's days, even without meals
    for (int row = 0; row < 3; ++row)
        for (int column = 0; column < 3; ++column)
            QCOMPARE(model.index(row, column).data(MealCountModel::TotalRole).toInt(),
                     row == 1 && column == Lunch ? 1 : 0);
}

void tst_MealCountModel::dietsAreGroupedCaseAndAccentInsensitively()
{
    Meeting m;
    m.fill();
    MealCountModel model;
    model.load(m.tc.db(), m.eventId);
    const QModelIndex tuesdayLunch = model.index(1, Lunch);
    const QVariantMap diets = tuesdayLunch.data(MealCountModel::DietsRole).toMap();
    QCOMPARE(diets.size(), 3);
    QCOMPARE(diets.value(QStringLiteral("Végétarien")).toInt(), 3);   // as first written
    QCOMPARE(diets.value(QStringLiteral("Sans gluten")).toInt(), 1);
    QCOMPARE(diets.value(QString()).toInt(), 1);
    QCOMPARE(tuesdayLunch.data(MealCountModel::DietSummaryRole).toString(),
             QStringLiteral("Végétarien: 3, Sans gluten: 1, no special diet: 1"));
    QCOMPARE(tuesdayLunch.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Végétarien: 3, Sans gluten: 1, no special diet: 1\nAllergies: arachides, lactose"));
    QCOMPARE(model.index(0, Lunch).data(MealCountModel::DietSummaryRole).toString(), QStringLiteral("Végétarien: 1"));
    QVERIFY(!model.index(2, Dinner).data(Qt::ToolTipRole).isValid());   // nobody eats: nothing to say
}

void tst_MealCountModel::allergiesAreListed()
{
    Meeting m;
    m.fill();
    m.add(Mon30, Wed01, QString(), QStringLiteral("arachides"));
    MealCountModel model;
    model.load(m.tc.db(), m.eventId);
    QCOMPARE(model.index(1, Lunch).data(MealCountModel::AllergiesRole).toStringList(),
             (QStringList{QStringLiteral("arachides (×2)"), QStringLiteral("lactose")}));
    QCOMPARE(model.index(0, Dinner).data(MealCountModel::AllergiesRole).toStringList(),
             (QStringList{QStringLiteral("arachides (×2)")}));
    QCOMPARE(model.index(0, Lunch).data(MealCountModel::AllergiesRole).toStringList(), QStringList());
}

void tst_MealCountModel::cancelledAndWaitlistedAreLeftOut()
{
    Meeting m;
    m.add(Mon30, Wed01, QStringLiteral("Végétalien"), QStringLiteral("soja"), QStringLiteral("cancelled"));
    m.add(Mon30, Wed01, QStringLiteral("Vegan"), QString(), QStringLiteral("waitlisted"));
    m.add(Mon30, Wed01, QString(), QString(), QStringLiteral("no_show"));
    MealCountModel model;
    model.load(m.tc.db(), m.eventId);
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < 3; ++column) {
            QCOMPARE(model.index(row, column).data(MealCountModel::TotalRole).toInt(), 0);
            QVERIFY(model.index(row, column).data(MealCountModel::DietsRole).toMap().isEmpty());
        }
}

void tst_MealCountModel::headersNameDaysAndMeals()
{
    Meeting m;
    MealCountModel model;
    model.load(m.tc.db(), m.eventId);
    QCOMPARE(model.headerData(Breakfast, Qt::Horizontal).toString(), QStringLiteral("Breakfast"));
    QCOMPARE(model.headerData(Lunch, Qt::Horizontal).toString(), QStringLiteral("Lunch"));
    QCOMPARE(model.headerData(Dinner, Qt::Horizontal).toString(), QStringLiteral("Dinner"));
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Mon 30/03"));
    QCOMPARE(model.headerData(2, Qt::Vertical).toString(), QStringLiteral("Wed 01/04"));
}

QTEST_GUILESS_MAIN(tst_MealCountModel)
#include "tst_MealCountModel.moc"
