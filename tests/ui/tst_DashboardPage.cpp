// The dashboard on the demo community: four charts with their series and
// titles, another event chosen in the combo, and a registration saved through
// the event editor showing at once in the registrations curve.
#include "Icons.h"
#include "TestCommunity.h"
#include "Translations.h"
#include "dashboard/DashboardPage.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "services/DashboardFigures.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QStandardPaths>
#include <QTest>

using namespace convivium;

class tst_DashboardPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void buildsFourCharts();
    void anotherEventChangesTheCharts();
    void aSavedRegistrationShowsAtOnce();

private:
    static QLineSeries *curveOf(QChart *chart) { return qobject_cast<QLineSeries *>(chart->series().value(0)); }
    qint64 winter(const test::TestCommunity &tc) const
    {
        return core::EventRepository(tc.db()).findByTitle(QStringLiteral("Rencontres communautaires d'hiver 2026")).value();
    }
    std::unique_ptr<test::TestCommunity> m_tc;
};

void tst_DashboardPage::initTestCase()
{
    m_tc = std::make_unique<test::TestCommunity>(true);
}

void tst_DashboardPage::buildsFourCharts()
{
    ui::DashboardPage page(m_tc->community());
    QCOMPARE(page.currentEvent(), winter(*m_tc));
    QVERIFY(page.eventCombo()->count() > 1);

    QChart *regs = page.registrationsChart();
    QCOMPARE(regs->title(), QStringLiteral("Registrations over time"));
    QCOMPARE(regs->series().size(), 2);   // the curve and the deadline
    QLineSeries *curve = curveOf(regs);
    QVERIFY(curve);
    QCOMPARE(curve->points().constLast().y(), 31.0);
    auto *deadline = qobject_cast<QLineSeries *>(regs->series().at(1));
    QCOMPARE(deadline->count(), 2);
    QCOMPARE(deadline->at(0).x(), deadline->at(1).x());
    QCOMPARE(deadline->at(0).y(), 0.0);
    QVERIFY(deadline->at(1).y() >= 31.0);
    QCOMPARE(regs->axes().size(), 2);

    QChart *kinds = page.kindsChart();
    QVERIFY(kinds->title().startsWith(QStringLiteral("Organisations by kind")));
    QCOMPARE(kinds->series().size(), 1);
    auto *pie = qobject_cast<QPieSeries *>(kinds->series().at(0));
    QVERIFY(pie);
    QCOMPARE(qRound(pie->sum()), 30);
    QCOMPARE(pie->count(), int(core::DashboardFigures::organisationsByKind(m_tc->db()).size()));

    const core::DashboardFigures f(m_tc->db(), winter(*m_tc));
    QChart *occupancy = page.occupancyChart();
    QCOMPARE(occupancy->title(), QStringLiteral("Occupancy per night"));
    QCOMPARE(occupancy->series().size(), 1);
    auto *bars = qobject_cast<QBarSeries *>(occupancy->series().at(0));
    QVERIFY(bars);
    QCOMPARE(bars->count(), int(f.occupancy().options.size()));
    QCOMPARE(bars->barSets().at(0)->count(), int(f.occupancy().nights.size()));
    QVERIFY(bars->barSets().at(0)->label().contains(QStringLiteral("bed")));   // the capacity in the legend

    QChart *fees = page.feesChart();
    QVERIFY(fees->title().startsWith(QStringLiteral("Fees due and paid per payer")));
    QCOMPARE(fees->series().size(), 1);
    auto *money = qobject_cast<QHorizontalBarSeries *>(fees->series().at(0));
    QVERIFY(money);
    QCOMPARE(money->count(), 2);   // due and paid
    QCOMPARE(money->barSets().at(0)->count(), int(f.payers().size()));
    double due = 0;
    for (int i = 0; i < money->barSets().at(0)->count(); ++i)
        due += money->barSets().at(0)->at(i);
    qint64 expected = 0;
    for (const core::PayerBalance &p : f.payers())
        expected += p.dueCents;
    QCOMPARE(qRound64(due * 100), expected);
}

void tst_DashboardPage::anotherEventChangesTheCharts()
{
    ui::DashboardPage page(m_tc->community());
    const qint64 first = page.currentEvent();
    int other = -1;
    for (int i = 0; i < page.eventCombo()->count() && other < 0; ++i)
        if (page.eventCombo()->itemData(i).toLongLong() != first)
            other = i;
    QVERIFY(other >= 0);
    page.eventCombo()->setCurrentIndex(other);
    const qint64 otherId = page.eventCombo()->itemData(other).toLongLong();
    QCOMPARE(page.currentEvent(), otherId);
    const core::DashboardFigures f(m_tc->db(), otherId);
    QCOMPARE(curveOf(page.registrationsChart())->count(), int(f.curve().points.size()));
    QVERIFY(curveOf(page.registrationsChart())->count() == 0
            || curveOf(page.registrationsChart())->points().constLast().y() != 31.0);
    auto *money = qobject_cast<QHorizontalBarSeries *>(page.feesChart()->series().at(0));
    QCOMPARE(money->barSets().at(0)->count(), int(f.payers().size()));
    auto *bars = qobject_cast<QBarSeries *>(page.occupancyChart()->series().at(0));
    QCOMPARE(bars->count(), int(f.occupancy().options.size()));

    page.setEvent(first);
    QCOMPARE(curveOf(page.registrationsChart())->points().constLast().y(), 31.0);
}

void tst_DashboardPage::aSavedRegistrationShowsAtOnce()
{
    test::TestCommunity tc(true);
    ui::DashboardPage page(tc.community());
    const qint64 eventId = winter(tc);
    const core::Event event = core::EventRepository(tc.db()).load(eventId).value();
    core::Contributor c;
    c.givenName = QStringLiteral("Zoé");
    c.familyName = QStringLiteral("Dernière");
    core::Registration r;
    r.eventId = eventId;
    r.contributorId = core::ContributorRepository(tc.db()).insert(c).value();
    r.status = QStringLiteral("confirmed");
    r.submittedAt = QDateTime(event.registrationDeadline, QTime(12, 0), Qt::UTC);
    r.arrival = event.start;
    r.departure = event.end;
    const int before = curveOf(page.registrationsChart())->count();
    QVERIFY(tc.community().events().saveRegistration(r, core::EventEditor::WhenFull::Overbook));
    QCOMPARE(curveOf(page.registrationsChart())->points().constLast().y(), 32.0);
    QVERIFY(curveOf(page.registrationsChart())->count() >= before);
    tc.community().undoStack()->undo();
    QCOMPARE(curveOf(page.registrationsChart())->points().constLast().y(), 31.0);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    core::Translations::install(QStringLiteral("en_GB"));
    ui::Icons::setUp();
    tst_DashboardPage t;
    if (qEnvironmentVariableIsSet("DASHBOARD_PNG")) {   // a scratch look at the page
        test::TestCommunity tc(true);
        ui::DashboardPage page(tc.community());
        page.resize(1400, 900);
        page.show();
        QApplication::processEvents();
        page.grab().save(qEnvironmentVariable("DASHBOARD_PNG"));
    }
    return QTest::qExec(&t, argc, argv);
}

#include "tst_DashboardPage.moc"
