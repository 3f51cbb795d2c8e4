// OccupancyModel over a hand-made event: nights × lodging options, exact cell
// texts, only pre-registered and confirmed people counted, an early arrival
// adding a night, the over-capacity cell painted red and transit days grey.
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "Translations.h"
#include "models/DayLabel.h"
#include "models/OccupancyModel.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/RegistrationRepository.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QTest>

using namespace convivium;
using core::OccupancyModel;

namespace {

const QDate Mon30(2026, 3, 30);
const QDate Fri03(2026, 4, 3);

// A winter meeting Monday 30 March to Friday 3 April 2026, with Monday and
// the last two days as transit days, two shared rooms of two beds and one solo room.
struct Sprint {
    test::TestCommunity tc;
    qint64 eventId = 0;
    qint64 shared = 0;
    qint64 solo = 0;
    int people = 0;

    Sprint()
    {
        core::Event e;
        e.title = QStringLiteral("Rencontre d'hiver 2026");
        e.start = Mon30;
        e.end = Fri03;
        e.transitDaysStart = 1;
        e.transitDaysEnd = 2;
        core::LodgingOption sharedRoom;
        sharedRoom.name = QStringLiteral("Chambre partagée");
        sharedRoom.kind = QStringLiteral("shared_room");
        sharedRoom.bedsPerUnit = 2;
        sharedRoom.units = 2;
        core::LodgingOption soloRoom;
        soloRoom.name = QStringLiteral("Chambre solo");
        soloRoom.kind = QStringLiteral("solo_room");
        soloRoom.units = 1;
        e.lodgingOptions = {sharedRoom, soloRoom};
        eventId = test::must(core::EventRepository(tc.db()).insert(e));
        const core::Event stored = test::must(core::EventRepository(tc.db()).load(eventId));
        shared = stored.lodgingOptions.at(0).id;
        solo = stored.lodgingOptions.at(1).id;
    }

    void add(qint64 option, const QDate &arrival, const QDate &departure,
             const QString &status = QStringLiteral("confirmed"))
    {
        core::Contributor c;
        c.givenName = QStringLiteral("Personne");
        c.familyName = QString::number(++people);
        const qint64 contributor = test::must(core::ContributorRepository(tc.db()).insert(c));
        core::Registration r;
        r.eventId = eventId;
        r.contributorId = contributor;
        r.status = status;
        r.submittedAt = QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC).addSecs(people);
        r.arrival = arrival;
        r.departure = departure;
        r.lodgingOptionId = option;
        if (status == u"waitlisted")
            r.waitlistRank = 1;
        test::must(core::RegistrationRepository(tc.db()).insert(r));
    }
};

} // namespace

class tst_OccupancyModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { core::Translations::install(QStringLiteral("en_GB")); }
    void eventWithoutRegistrationsShowsEmptyNights();
    void countsNightsByOption();
    void overCapacityCellIsRedAndBold();
    void transitDaysAreGrey();
    void headersNameOptionsAndCapacity();
    void reloadFollowsTheDatabase();
    void dayLabelFollowsTheLocale_data();
    void dayLabelFollowsTheLocale();

private:
    static void fill(Sprint &s);
};

void tst_OccupancyModel::fill(Sprint &s)
{
    const QDate sun29(2026, 3, 29), tue31(2026, 3, 31), wed01(2026, 4, 1), thu02(2026, 4, 2);
    s.add(s.shared, Mon30, Fri03);                                       // 30, 31, 1, 2
    s.add(s.shared, Mon30, Fri03, QStringLiteral("pre_registered"));     // 30, 31, 1, 2
    s.add(s.shared, tue31, thu02);                                       // 31, 1
    s.add(s.shared, sun29, wed01);                                       // early arrival: 29, 30, 31
    s.add(s.shared, Mon30, Fri03, QStringLiteral("waitlisted"));         // not counted
    s.add(s.solo, Mon30, Fri03);                                         // 30, 31, 1, 2
    s.add(s.solo, tue31, wed01);                                         // 31: one too many
    s.add(s.solo, tue31, wed01);                                         // 31: two too many
    s.add(s.solo, Mon30, Fri03, QStringLiteral("cancelled"));            // not counted
    s.add(0, Mon30, wed01);                                              // elsewhere: 30, 31
    s.add(s.solo, tue31, tue31);                                         // a day visit: no night
}

void tst_OccupancyModel::eventWithoutRegistrationsShowsEmptyNights()
{
    Sprint s;
    OccupancyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load(s.tc.db(), s.eventId);
    QCOMPARE(model.rowCount(), 4);      // the event's own nights, empty
    QCOMPARE(model.columnCount(), 3);   // two options and the total
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("0 / 4"));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("0 / 1"));
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("0"));
    QCOMPARE(model.overCapacityNights(), 0);
}

void tst_OccupancyModel::countsNightsByOption()
{
    Sprint s;
    fill(s);
    OccupancyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load(s.tc.db(), s.eventId);

    // Sunday 29 (the early arrival) to Thursday 2 April; Friday is the departure.
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0, 0).data(OccupancyModel::NightRole).toDate(), QDate(2026, 3, 29));
    QCOMPARE(model.index(4, 0).data(OccupancyModel::NightRole).toDate(), QDate(2026, 4, 2));
    QCOMPARE(model.columnCount(), 4);   // shared, solo, elsewhere, total
    const QStringList expected[] = {
        {QStringLiteral("1 / 4"), QStringLiteral("0 / 1"), QStringLiteral("0"), QStringLiteral("1")},
        {QStringLiteral("3 / 4"), QStringLiteral("1 / 1"), QStringLiteral("1"), QStringLiteral("5")},
        {QStringLiteral("4 / 4"), QStringLiteral("3 / 1"), QStringLiteral("1"), QStringLiteral("8")},
        {QStringLiteral("3 / 4"), QStringLiteral("1 / 1"), QStringLiteral("0"), QStringLiteral("4")},
        {QStringLiteral("2 / 4"), QStringLiteral("1 / 1"), QStringLiteral("0"), QStringLiteral("3")},
    };
    for (int row = 0; row < 5; ++row)
        for (int column = 0; column < 4; ++column)
            QCOMPARE(model.index(row, column).data().toString(), expected[row].at(column));
    QCOMPARE(model.index(2, 1).data(OccupancyModel::PeopleRole).toInt(), 3);
    QCOMPARE(model.index(2, 1).data(OccupancyModel::CapacityRole).toInt(), 1);
    QCOMPARE(model.index(2, 2).data(OccupancyModel::CapacityRole).toInt(), -1);
}

void tst_OccupancyModel::overCapacityCellIsRedAndBold()
{
    Sprint s;
    fill(s);
    OccupancyModel model;
    model.load(s.tc.db(), s.eventId);
    const QModelIndex over = model.index(2, 1);   // solo room, Tuesday 31
    QVERIFY(over.data(OccupancyModel::OverCapacityRole).toBool());
    QCOMPARE(over.data(Qt::BackgroundRole).value<QColor>(), OccupancyModel::overCapacityColor());
    QVERIFY(over.data(Qt::FontRole).value<QFont>().bold());
    // "2 people over capacity" once the English plural is in; the count is what matters here.
    const QString tip = over.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QStringLiteral("2 ")) && tip.endsWith(QStringLiteral(" over capacity")), qPrintable(tip));
    QVERIFY(model.index(2, 3).data(OccupancyModel::OverCapacityRole).toBool());   // the night's total says so too

    const QModelIndex full = model.index(2, 0);   // shared rooms exactly full: not over
    QVERIFY(!full.data(OccupancyModel::OverCapacityRole).toBool());
    QVERIFY(!full.data(Qt::BackgroundRole).isValid());
    QVERIFY(!full.data(Qt::ToolTipRole).isValid());
    QCOMPARE(model.overCapacityNights(), 1);
}

void tst_OccupancyModel::transitDaysAreGrey()
{
    Sprint s;
    fill(s);
    OccupancyModel model;
    model.load(s.tc.db(), s.eventId);
    // Rows: Sun 29 (before the event), Mon 30 (transit), Tue 31, Wed 1, Thu 2 (transit, with Fri 3).
    const bool transit[] = {false, true, false, false, true};
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(model.headerData(row, Qt::Vertical, OccupancyModel::TransitDayRole).toBool(), transit[row]);
        QCOMPARE(model.headerData(row, Qt::Vertical, Qt::ToolTipRole).toString(),
                 transit[row] ? QStringLiteral("Transit day") : QString());
        const QModelIndex cell = model.index(row, 0);
        QCOMPARE(cell.data(Qt::BackgroundRole).value<QColor>(),
                 transit[row] ? OccupancyModel::transitDayColor() : QColor());
    }
    QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("Transit day"));
    QVERIFY(model.isTransitDay(Fri03));
    QVERIFY(!model.isTransitDay(QDate(2026, 3, 29)));
}

void tst_OccupancyModel::headersNameOptionsAndCapacity()
{
    Sprint s;
    fill(s);
    OccupancyModel model;
    model.load(s.tc.db(), s.eventId);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Chambre partagée (4)"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Chambre solo (1)"));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Elsewhere"));
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Total"));
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Sun 29/03"));
    QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("Mon 30/03"));
}

void tst_OccupancyModel::reloadFollowsTheDatabase()
{
    Sprint s;
    OccupancyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load(s.tc.db(), s.eventId);
    QCOMPARE(model.columnCount(), 3);
    s.add(0, Mon30, Fri03);
    model.load(s.tc.db(), s.eventId);
    QCOMPARE(model.columnCount(), 4);   // the "elsewhere" column appears when used
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("1"));
    model.load(s.tc.db(), 9999);        // an event that does not exist: nothing, no crash
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void tst_OccupancyModel::dayLabelFollowsTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("French") << QLocale(QLocale::French, QLocale::France) << QStringLiteral("lun. 30/03");
    QTest::newRow("British") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QStringLiteral("Mon 30/03");
    QTest::newRow("American") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("Mon 3/30");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("Mo. 30.03");
}

void tst_OccupancyModel::dayLabelFollowsTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QCOMPARE(core::DayLabel::shortWithWeekday(Mon30, locale), expected);
}

QTEST_GUILESS_MAIN(tst_OccupancyModel)
#include "tst_OccupancyModel.moc"
