// EventFigures: the event-wide numbers (docs/domain.md, Capacity, Meals,
// Lodging fee, Status): people per night and lodging option against what the
// option holds, meals per day with diets grouped however they were typed, fees
// per payer with what was paid, and whether a night or the event is full.
// Only pre-registered and confirmed registrations count.
#include "services/EventFigures.h"
#include "services/StayCalculator.h"

#include <QTest>

using namespace convivium;
using core::Event;
using core::EventFigures;
using core::LodgingOption;
using core::Meal;
using core::Occupancy;
using core::Registration;
using core::StayCalculator;

namespace {

const QDate Sat28(2026, 3, 28), Sun29(2026, 3, 29), Mon30(2026, 3, 30), Tue31(2026, 3, 31), Wed01(2026, 4, 1),
    Thu02(2026, 4, 2), Fri03(2026, 4, 3), Sat04(2026, 4, 4);

constexpr qint64 Shared = 11, Solo = 12, Outside = 13, Unlimited = 14;
constexpr qint64 Region = 7;   // an organisation paying for its people

LodgingOption option(qint64 id, const QString &kind, int beds, int units, qint64 price, qint64 supplement = 0)
{
    LodgingOption o;
    o.id = id;
    o.name = kind + QString::number(id);
    o.kind = kind;
    o.bedsPerUnit = beds;
    o.units = units;
    o.priceCents = price;
    o.supplementCents = supplement;
    o.mealsIncluded = kind != u"elsewhere";
    return o;
}

// Monday 30 March to Friday 3 April 2026 (nights 30, 31, 1, 2): two shared
// rooms of two beds (4 people), one solo room (1), an "elsewhere" option and
// a dormitory whose number of units is not known yet (no limit).
Event winterMeeting(int capacity = 0)
{
    Event e;
    e.id = 1;
    e.title = QStringLiteral("Rencontre d'hiver 2026");
    e.start = Mon30;
    e.end = Fri03;
    e.capacity = capacity;
    e.lodgingOptions = {option(Shared, QStringLiteral("shared_room"), 2, 2, 6200),
                        option(Solo, QStringLiteral("solo_room"), 1, 1, 6200, 1500),
                        option(Outside, QStringLiteral("elsewhere"), 1, 0, 0),
                        option(Unlimited, QStringLiteral("dormitory"), 6, 0, 4800)};
    e.mealPrices = {{QStringLiteral("breakfast"), 800}, {QStringLiteral("lunch"), 1700}, {QStringLiteral("dinner"), 1700}};
    return e;
}

qint64 nextId = 100;

Registration stay(qint64 optionId, const QDate &arrival, const QDate &departure,
                  const QString &status = QStringLiteral("confirmed"))
{
    Registration r;
    r.id = ++nextId;
    r.eventId = 1;
    r.contributorId = nextId;
    r.status = status;
    r.submittedAt = QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC).addSecs(nextId);
    r.arrival = arrival;
    r.departure = departure;
    r.firstMeal = StayCalculator::defaultFirstMeal(arrival, departure);
    r.lastMeal = StayCalculator::defaultLastMeal(arrival, departure);
    r.lodgingOptionId = optionId;
    if (status == u"waitlisted")
        r.waitlistRank = 1;
    return r;
}

Registration withDiet(Registration r, const QString &diet, const QString &allergies = QString())
{
    r.diet = diet;
    r.allergies = allergies;
    return r;
}

int columnOf(const Occupancy &o, qint64 optionId, const QString &kind = QString())
{
    for (int c = 0; c < o.options.size(); ++c)
        if (o.options.at(c).id == optionId && (kind.isEmpty() || o.options.at(c).kind == kind))
            return c;
    return -1;
}

// People per night in one column, as a list to compare at once.
QList<int> peopleIn(const Occupancy &o, int column)
{
    QList<int> out;
    for (const auto &row : o.cells)
        out << row.at(column).people;
    return out;
}

} // namespace

Q_DECLARE_METATYPE(LodgingOption)
Q_DECLARE_METATYPE(Registration)

class tst_EventFigures : public QObject
{
    Q_OBJECT

private slots:
    void capacityOf_data();
    void capacityOf();
    void occupancy_countsOnlyPreRegisteredAndConfirmed_data();
    void occupancy_countsOnlyPreRegisteredAndConfirmed();
    void occupancy_nightsByOption_capacityAndOverCapacity();
    void occupancy_earlyArrivalAndLateDepartureAddNightRows();
    void occupancy_elsewhereColumnOnlyWhenSomeoneCountedLodgesElsewhere();
    void meals_perDayAndMeal_data();
    void meals_perDayAndMeal();
    void meals_dietsGroupedIgnoringCaseAndAccents();
    void feesByPayer_organisationAndSelf_withPayments();
    void fullNights_data();
    void fullNights();
    void eventFull_data();
    void eventFull();
};

void tst_EventFigures::capacityOf_data()
{
    QTest::addColumn<LodgingOption>("option");
    QTest::addColumn<int>("capacity");

    QTest::newRow("shared rooms: units × beds") << option(1, QStringLiteral("shared_room"), 2, 10, 0) << 20;
    QTest::newRow("three-bed shared rooms") << option(1, QStringLiteral("shared_room"), 3, 5, 0) << 15;
    QTest::newRow("dormitory: units × beds") << option(1, QStringLiteral("dormitory"), 8, 2, 0) << 16;
    QTest::newRow("solo room: one per unit, whatever its beds") << option(1, QStringLiteral("solo_room"), 2, 6, 0) << 6;
    QTest::newRow("elsewhere: no limit even with units") << option(1, QStringLiteral("elsewhere"), 1, 5, 0) << -1;
    QTest::newRow("units not set: no limit") << option(1, QStringLiteral("shared_room"), 2, 0, 0) << -1;
    QTest::newRow("rooms without beds hold one each") << option(1, QStringLiteral("tent"), 0, 4, 0) << 4;
}

void tst_EventFigures::capacityOf()
{
    QFETCH(LodgingOption, option);
    QFETCH(int, capacity);
    QCOMPARE(EventFigures::capacityOf(option), capacity);
}

void tst_EventFigures::occupancy_countsOnlyPreRegisteredAndConfirmed_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("people");

    QTest::newRow("pre-registered counts") << QStringLiteral("pre_registered") << 1;
    QTest::newRow("confirmed counts") << QStringLiteral("confirmed") << 1;
    QTest::newRow("attended does not count") << QStringLiteral("attended") << 0;
    QTest::newRow("no-show does not count") << QStringLiteral("no_show") << 0;
    QTest::newRow("cancelled does not count") << QStringLiteral("cancelled") << 0;
    QTest::newRow("waitlisted does not count") << QStringLiteral("waitlisted") << 0;
}

void tst_EventFigures::occupancy_countsOnlyPreRegisteredAndConfirmed()
{
    QFETCH(QString, status);
    QFETCH(int, people);

    const Event event = winterMeeting();
    // One confirmed person in the shared rooms all week; the one in question
    // arrives a day early (Sunday 29) and leaves on Wednesday: when they do
    // not count, neither their nights nor their early Sunday row appear.
    const QList<Registration> regs{stay(Shared, Mon30, Fri03), stay(Shared, Sun29, Wed01, status)};
    const Occupancy o = EventFigures::occupancy(event, regs);
    const QList<QDate> nights = people ? QList<QDate>{Sun29, Mon30, Tue31, Wed01, Thu02}
                                       : QList<QDate>{Mon30, Tue31, Wed01, Thu02};
    QCOMPARE(o.nights, nights);
    const int shared = columnOf(o, Shared);
    QVERIFY(shared >= 0);
    const QList<int> expected = people ? QList<int>{1, 2, 2, 1, 1} : QList<int>{1, 1, 1, 1};
    QCOMPARE(peopleIn(o, shared), expected);
}

void tst_EventFigures::occupancy_nightsByOption_capacityAndOverCapacity()
{
    const Event event = winterMeeting();
    const QList<Registration> regs{
        stay(Shared, Mon30, Fri03),
        stay(Shared, Mon30, Fri03, QStringLiteral("pre_registered")),
        stay(Shared, Tue31, Thu02),
        stay(Shared, Tue31, Wed01),                              // Tuesday: the fourth bed, exactly full
        stay(Solo, Mon30, Fri03),
        stay(Solo, Tue31, Wed01),                                // Tuesday: one too many in the solo room
        stay(Solo, Mon30, Fri03, QStringLiteral("cancelled")),   // not counted: the solo room is fine on Monday
        stay(Unlimited, Mon30, Fri03),
        stay(Unlimited, Mon30, Fri03),
        stay(Solo, Wed01, Wed01),                                // a day visit: no night
    };
    const Occupancy o = EventFigures::occupancy(event, regs);
    QCOMPARE(o.nights, (QList<QDate>{Mon30, Tue31, Wed01, Thu02}));
    QCOMPARE(o.options.size(), 4);   // the event's options; nobody outside the options
    QCOMPARE(o.cells.size(), 4);
    const int shared = columnOf(o, Shared), solo = columnOf(o, Solo), outside = columnOf(o, Outside),
              dorm = columnOf(o, Unlimited);

    QCOMPARE(peopleIn(o, shared), (QList<int>{2, 4, 3, 2}));
    QCOMPARE(peopleIn(o, solo), (QList<int>{1, 2, 1, 1}));
    QCOMPARE(peopleIn(o, outside), (QList<int>{0, 0, 0, 0}));
    QCOMPARE(peopleIn(o, dorm), (QList<int>{2, 2, 2, 2}));
    for (int n = 0; n < o.nights.size(); ++n) {
        QCOMPARE(o.cells[n][shared].capacity, 4);
        QCOMPARE(o.cells[n][solo].capacity, 1);
        QCOMPARE(o.cells[n][outside].capacity, -1);
        QCOMPARE(o.cells[n][dorm].capacity, -1);
        QVERIFY(!o.cells[n][shared].over());   // four in four beds is full, not over
        QVERIFY(!o.cells[n][outside].over());
        QVERIFY(!o.cells[n][dorm].over());
        QCOMPARE(o.cells[n][solo].over(), o.nights.at(n) == Tue31);
    }
    QCOMPARE(o.total(0), 5);
    QCOMPARE(o.total(1), 8);
    QCOMPARE(o.total(2), 6);
    QCOMPARE(o.total(3), 5);
    QCOMPARE(o.total(9), 0);   // no such night
}

void tst_EventFigures::occupancy_earlyArrivalAndLateDepartureAddNightRows()
{
    const Event event = winterMeeting();
    const QList<Registration> regs{stay(Solo, Sat28, Tue31), stay(Shared, Wed01, Sat04)};
    const Occupancy o = EventFigures::occupancy(event, regs);
    QCOMPARE(o.nights, (QList<QDate>{Sat28, Sun29, Mon30, Tue31, Wed01, Thu02, Fri03}));
    QCOMPARE(peopleIn(o, columnOf(o, Solo)), (QList<int>{1, 1, 1, 0, 0, 0, 0}));
    QCOMPARE(peopleIn(o, columnOf(o, Shared)), (QList<int>{0, 0, 0, 0, 1, 1, 1}));

    // Without anyone, the rows are the event's own nights, empty.
    const Occupancy empty = EventFigures::occupancy(event, {});
    QCOMPARE(empty.nights, (QList<QDate>{Mon30, Tue31, Wed01, Thu02}));
    QCOMPARE(empty.total(0), 0);
}

void tst_EventFigures::occupancy_elsewhereColumnOnlyWhenSomeoneCountedLodgesElsewhere()
{
    const Event event = winterMeeting();
    const Occupancy withoutCounted =
        EventFigures::occupancy(event, {stay(0, Mon30, Fri03, QStringLiteral("cancelled")), stay(Shared, Mon30, Fri03)});
    QCOMPARE(withoutCounted.options.size(), 4);

    const Occupancy o = EventFigures::occupancy(event, {stay(0, Mon30, Wed01), stay(Outside, Mon30, Fri03)});
    QCOMPARE(o.options.size(), 5);
    const int extra = columnOf(o, 0, QStringLiteral("elsewhere"));
    QCOMPARE(extra, 4);   // the last column
    QCOMPARE(peopleIn(o, extra), (QList<int>{1, 1, 0, 0}));
    QCOMPARE(peopleIn(o, columnOf(o, Outside)), (QList<int>{1, 1, 1, 1}));
    QCOMPARE(o.cells[0][extra].capacity, -1);
}

void tst_EventFigures::meals_perDayAndMeal_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("meal");
    QTest::addColumn<int>("total");

    // Counted people: A 30 dinner → 3 lunch, B 31 lunch only, C 1 breakfast →
    // 2 breakfast; D (cancelled) and E (waitlisted) stay out of the kitchen's count.
    QTest::newRow("no breakfast before the first arrival") << Mon30 << int(Meal::Breakfast) << 0;
    QTest::newRow("Monday dinner: A") << Mon30 << int(Meal::Dinner) << 1;
    QTest::newRow("Tuesday breakfast: A") << Tue31 << int(Meal::Breakfast) << 1;
    QTest::newRow("Tuesday lunch: A and the day visitor") << Tue31 << int(Meal::Lunch) << 2;
    QTest::newRow("Tuesday dinner: A") << Tue31 << int(Meal::Dinner) << 1;
    QTest::newRow("Wednesday breakfast: A and C arriving early") << Wed01 << int(Meal::Breakfast) << 2;
    QTest::newRow("Thursday breakfast: A and C leaving after it") << Thu02 << int(Meal::Breakfast) << 2;
    QTest::newRow("Thursday lunch: A") << Thu02 << int(Meal::Lunch) << 1;
    QTest::newRow("Friday lunch: A") << Fri03 << int(Meal::Lunch) << 1;
    QTest::newRow("Friday dinner: nobody") << Fri03 << int(Meal::Dinner) << 0;
}

void tst_EventFigures::meals_perDayAndMeal()
{
    QFETCH(QDate, day);
    QFETCH(int, meal);
    QFETCH(int, total);

    Registration a = stay(Shared, Mon30, Fri03);
    Registration b = stay(0, Tue31, Tue31, QStringLiteral("pre_registered"));
    Registration c = stay(Solo, Wed01, Thu02);
    c.firstMeal = Meal::Breakfast;
    c.lastMeal = Meal::Breakfast;
    const Registration d = stay(Shared, Mon30, Fri03, QStringLiteral("cancelled"));
    const Registration e = stay(Shared, Mon30, Fri03, QStringLiteral("waitlisted"));

    const QList<core::MealCount> counts = EventFigures::meals({a, b, c, d, e});
    // One entry per meal someone takes (A's twelve cover B's and C's), in serving order.
    QCOMPARE(counts.size(), 12);
    for (int i = 1; i < counts.size(); ++i)
        QVERIFY(qMakePair(counts.at(i - 1).day, int(counts.at(i - 1).meal)) < qMakePair(counts.at(i).day, int(counts.at(i).meal)));
    int found = 0;
    for (const core::MealCount &m : counts)
        if (m.day == day && int(m.meal) == meal)
            found = m.total;
    QCOMPARE(found, total);
}

void tst_EventFigures::meals_dietsGroupedIgnoringCaseAndAccents()
{
    const QList<Registration> regs{
        withDiet(stay(Shared, Tue31, Wed01), QStringLiteral("Végétarien")),
        withDiet(stay(Shared, Tue31, Wed01), QStringLiteral("vegetarien ")),
        withDiet(stay(Solo, Tue31, Wed01), QStringLiteral("VÉGÉTARIEN"), QStringLiteral("arachides")),
        withDiet(stay(0, Tue31, Wed01), QStringLiteral("Sans gluten")),
        withDiet(stay(0, Tue31, Wed01), QStringLiteral("sans  Gluten")),
        withDiet(stay(0, Tue31, Wed01), QString()),
        withDiet(stay(Shared, Tue31, Wed01, QStringLiteral("cancelled")), QStringLiteral("Vegan"), QStringLiteral("lait")),
    };
    const QList<core::MealCount> counts = EventFigures::meals(regs);
    QCOMPARE(counts.size(), 3);   // Tuesday dinner, Wednesday breakfast and lunch
    for (const core::MealCount &m : counts) {
        QCOMPARE(m.total, 6);
        QMap<QString, int> expected;
        expected.insert(QStringLiteral("Végétarien"), 3);   // as first written
        expected.insert(QStringLiteral("Sans gluten"), 2);
        expected.insert(QString(), 1);
        QCOMPARE(m.diets, expected);
        QCOMPARE(m.allergies, QStringList{QStringLiteral("arachides")});   // the cancelled one's milk allergy is gone
    }
}

void tst_EventFigures::feesByPayer_organisationAndSelf_withPayments()
{
    const Event event = winterMeeting();
    Registration self = stay(Shared, Mon30, Fri03);                                  // 4 × 62 € = 248 €
    Registration paidByRegion = stay(Solo, Mon30, Fri03);                            // 4 × 77 € = 308 €
    Registration alsoRegion = stay(Shared, Tue31, Thu02, QStringLiteral("pre_registered"));   // 2 × 62 € = 124 €
    Registration cancelledPaid = stay(Shared, Mon30, Fri03, QStringLiteral("cancelled"));     // paid, owes nothing now
    Registration waitingUnpaid = stay(Shared, Mon30, Fri03, QStringLiteral("waitlisted"));    // nothing either way
    Registration visitorSelf = stay(0, Wed01, Wed01);                                // lunch at 17 €
    paidByRegion.payerOrganisationId = Region;
    alsoRegion.payerOrganisationId = Region;
    cancelledPaid.payerOrganisationId = Region;
    waitingUnpaid.payerOrganisationId = Region;
    QHash<qint64, qint64> paid;
    paid.insert(self.id, 10000);
    paid.insert(paidByRegion.id, 30800);
    paid.insert(cancelledPaid.id, 24800);   // a refund to make

    const QList<core::FeeTotal> byPayer = EventFigures::feesByPayer(
        event, {self, paidByRegion, alsoRegion, cancelledPaid, waitingUnpaid, visitorSelf}, paid);
    QCOMPARE(byPayer.size(), 2);
    const core::FeeTotal &people = byPayer.at(0);   // the participants themselves first (payer 0)
    QCOMPARE(people.payerId, qint64(0));
    QCOMPARE(people.registrations, 2);
    QCOMPARE(people.dueCents, qint64(24800 + 1700));
    QCOMPARE(people.paidCents, qint64(10000));
    QCOMPARE(people.balanceCents(), qint64(16500));
    const core::FeeTotal &region = byPayer.at(1);
    QCOMPARE(region.payerId, Region);
    QCOMPARE(region.registrations, 3);   // the cancelled one stays: its money is still in the balance
    QCOMPARE(region.dueCents, qint64(30800 + 12400));
    QCOMPARE(region.paidCents, qint64(30800 + 24800));
    QCOMPARE(region.balanceCents(), qint64(-12400));   // the region is owed back the cancelled stay

    const core::FeeTotal all = EventFigures::feeTotal(byPayer);
    QCOMPARE(all.registrations, 5);
    QCOMPARE(all.dueCents, qint64(24800 + 1700 + 30800 + 12400));
    QCOMPARE(all.paidCents, qint64(10000 + 30800 + 24800));
    QCOMPARE(all.balanceCents(), all.dueCents - all.paidCents);
}

void tst_EventFigures::fullNights_data()
{
    QTest::addColumn<QList<Registration>>("others");
    QTest::addColumn<Registration>("candidate");
    QTest::addColumn<QList<QDate>>("full");

    const Registration soloTuesday = stay(Solo, Tue31, Wed01);
    QTest::newRow("solo taken on Tuesday only: Tuesday is full")
        << QList<Registration>{soloTuesday} << stay(Solo, Mon30, Fri03) << QList<QDate>{Tue31};
    QTest::newRow("solo taken on Tuesday, candidate from Wednesday: free")
        << QList<Registration>{soloTuesday} << stay(Solo, Wed01, Fri03) << QList<QDate>{};
    QTest::newRow("solo holder cancelled: free")
        << QList<Registration>{stay(Solo, Mon30, Fri03, QStringLiteral("cancelled"))} << stay(Solo, Mon30, Fri03)
        << QList<QDate>{};
    QTest::newRow("solo holder waitlisted: free")
        << QList<Registration>{stay(Solo, Mon30, Fri03, QStringLiteral("waitlisted"))} << stay(Solo, Mon30, Fri03)
        << QList<QDate>{};
    QTest::newRow("three of four shared beds taken: the fourth fits")
        << QList<Registration>{stay(Shared, Mon30, Fri03), stay(Shared, Mon30, Fri03), stay(Shared, Mon30, Fri03)}
        << stay(Shared, Mon30, Fri03) << QList<QDate>{};
    QTest::newRow("four shared beds taken on two nights: those two")
        << QList<Registration>{stay(Shared, Mon30, Fri03), stay(Shared, Mon30, Fri03), stay(Shared, Tue31, Thu02),
                               stay(Shared, Tue31, Thu02)}
        << stay(Shared, Mon30, Fri03) << QList<QDate>{Tue31, Wed01};
    QTest::newRow("a room in another option does not fill this one")
        << QList<Registration>{soloTuesday} << stay(Shared, Mon30, Fri03) << QList<QDate>{};
    QTest::newRow("elsewhere is never full")
        << QList<Registration>{stay(Outside, Mon30, Fri03)} << stay(Outside, Mon30, Fri03) << QList<QDate>{};
    QTest::newRow("no option is never full") << QList<Registration>{stay(0, Mon30, Fri03)} << stay(0, Mon30, Fri03)
                                             << QList<QDate>{};
    QTest::newRow("an option without units is never full")
        << QList<Registration>{stay(Unlimited, Mon30, Fri03)} << stay(Unlimited, Mon30, Fri03) << QList<QDate>{};
    QTest::newRow("the candidate does not take its own place") << QList<Registration>{soloTuesday} << soloTuesday
                                                               << QList<QDate>{};
    QTest::newRow("a day visit needs no bed") << QList<Registration>{soloTuesday} << stay(Solo, Tue31, Tue31)
                                              << QList<QDate>{};
    QTest::newRow("early arrival into a taken solo night")
        << QList<Registration>{stay(Solo, Sun29, Mon30)} << stay(Solo, Sun29, Tue31) << QList<QDate>{Sun29};
}

void tst_EventFigures::fullNights()
{
    QFETCH(QList<Registration>, others);
    QFETCH(Registration, candidate);
    QFETCH(QList<QDate>, full);
    QCOMPARE(EventFigures::fullNights(winterMeeting(), others, candidate), full);
}

void tst_EventFigures::eventFull_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<bool>("full");

    const QString pre = QStringLiteral("pre_registered"), confirmed = QStringLiteral("confirmed"),
                  cancelled = QStringLiteral("cancelled"), waitlisted = QStringLiteral("waitlisted"),
                  attended = QStringLiteral("attended");
    QTest::newRow("no capacity set: never full") << 0 << QStringList{confirmed, confirmed, confirmed} << false;
    QTest::newRow("one place left") << 3 << QStringList{pre, confirmed} << false;
    QTest::newRow("every place taken") << 3 << QStringList{pre, confirmed, confirmed} << true;
    QTest::newRow("over the capacity") << 2 << QStringList{pre, confirmed, confirmed} << true;
    QTest::newRow("a cancellation frees a place") << 3 << QStringList{pre, confirmed, cancelled} << false;
    QTest::newRow("the waiting list takes no place") << 3 << QStringList{pre, confirmed, waitlisted, waitlisted} << false;
    QTest::newRow("attended takes no place (domain: only pre-registered and confirmed count)")
        << 3 << QStringList{pre, confirmed, attended} << false;
}

void tst_EventFigures::eventFull()
{
    QFETCH(int, capacity);
    QFETCH(QStringList, statuses);
    QFETCH(bool, full);

    QList<Registration> regs;
    for (const QString &status : statuses)
        regs << stay(0, Mon30, Fri03, status);
    QCOMPARE(EventFigures::eventFull(winterMeeting(capacity), regs), full);
}

QTEST_GUILESS_MAIN(tst_EventFigures)
#include "tst_EventFigures.moc"
