// DashboardFigures: what the dashboard charts, read without widgets from the
// demo community: registrations that count over time against the deadline,
// organisations by kind, occupancy and fees as EventFigures computes them.
#include "TestCommunity.h"
#include "repositories/EventRepository.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/PaymentRepository.h"
#include "repositories/RegistrationRepository.h"
#include "services/DashboardFigures.h"

#include <QTest>

using namespace convivium;
using core::DashboardFigures;

class tst_DashboardFigures : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void curveCountsOnlyRegistrationsThatCount();
    void demoCurveRisesToTheCountedRegistrations();
    void kindsAddUpToEveryOrganisation();
    void occupancyIsEventFigures();
    void feesAddUpToTheEventTotal();
    void defaultEventIsTheLatestWithRegistrations();
    void unknownEventIsEmpty();

private:
    std::unique_ptr<test::TestCommunity> m_tc;
    qint64 m_winter = 0;
};

void tst_DashboardFigures::initTestCase()
{
    m_tc = std::make_unique<test::TestCommunity>(true);
    m_winter = core::EventRepository(m_tc->db()).findByTitle(QStringLiteral("Rencontres communautaires d'hiver 2026")).value();
    QVERIFY(m_winter > 0);
}

void tst_DashboardFigures::curveCountsOnlyRegistrationsThatCount()
{
    core::Event e;
    e.registrationDeadline = QDate(2026, 2, 15);
    auto at = [](int day, const char *status) {
        core::Registration r;
        r.status = QString::fromLatin1(status);
        r.submittedAt = QDateTime(QDate(2026, 1, day), QTime(10, 0), Qt::UTC);
        return r;
    };
    const QList<core::Registration> regs{at(12, "confirmed"), at(10, "pre_registered"), at(12, "pre_registered"),
                                         at(11, "cancelled"), at(20, "waitlisted"), at(25, "confirmed")};
    const core::RegistrationCurve c = DashboardFigures::curveOf(e, regs);
    QCOMPARE(c.deadline, QDate(2026, 2, 15));
    QCOMPARE(c.points.size(), 3);
    QCOMPARE(c.points.at(0).day, QDate(2026, 1, 10));
    QCOMPARE(c.points.at(0).total, 1);
    QCOMPARE(c.points.at(1).day, QDate(2026, 1, 12));
    QCOMPARE(c.points.at(1).total, 3);
    QCOMPARE(c.points.at(2).total, 4);
    QCOMPARE(c.total(), 4);
    QCOMPARE(DashboardFigures::curveOf(e, {}).total(), 0);
}

void tst_DashboardFigures::demoCurveRisesToTheCountedRegistrations()
{
    const DashboardFigures f(m_tc->db(), m_winter);
    QVERIFY(f.isValid());
    const core::RegistrationCurve &c = f.curve();
    QVERIFY(!c.points.isEmpty());
    for (int i = 1; i < c.points.size(); ++i) {
        QVERIFY(c.points.at(i).day > c.points.at(i - 1).day);
        QVERIFY(c.points.at(i).total >= c.points.at(i - 1).total);
    }
    QCOMPARE(c.total(), 31);

    QDate first;
    for (const core::Registration &r : core::RegistrationRepository(m_tc->db()).forEvent(m_winter))
        if (r.counts() && (!first.isValid() || r.submittedAt.toUTC().date() < first))
            first = r.submittedAt.toUTC().date();
    QCOMPARE(c.points.constFirst().day, first);
    QCOMPARE(c.deadline, f.event().registrationDeadline);
    QVERIFY(c.deadline.isValid());
}

void tst_DashboardFigures::kindsAddUpToEveryOrganisation()
{
    const QList<core::KindSlice> kinds = DashboardFigures::organisationsByKind(m_tc->db());
    int sum = 0;
    QStringList seen;
    for (const core::KindSlice &k : kinds) {
        QVERIFY(k.count > 0);
        QVERIFY(!k.label.isEmpty());
        QVERIFY(!seen.contains(k.kind));
        seen << k.kind;
        sum += k.count;
    }
    QCOMPARE(sum, 30);
    QCOMPARE(sum, int(core::OrganisationRepository(m_tc->db()).names().size()));
    for (int i = 1; i < kinds.size(); ++i)
        QVERIFY(kinds.at(i).count <= kinds.at(i - 1).count);   // most numerous first
}

void tst_DashboardFigures::occupancyIsEventFigures()
{
    const DashboardFigures f(m_tc->db(), m_winter);
    const core::Occupancy expected =
        core::EventFigures::occupancy(f.event(), core::RegistrationRepository(m_tc->db()).forEvent(m_winter));
    const core::Occupancy &o = f.occupancy();
    QVERIFY(!o.nights.isEmpty());
    QCOMPARE(o.nights, expected.nights);
    QCOMPARE(o.options.size(), expected.options.size());
    for (int c = 0; c < o.options.size(); ++c)
        QCOMPARE(o.options.at(c).id, expected.options.at(c).id);
    for (int n = 0; n < o.nights.size(); ++n)
        for (int c = 0; c < o.options.size(); ++c) {
            QCOMPARE(o.cells.at(n).at(c).people, expected.cells.at(n).at(c).people);
            QCOMPARE(o.cells.at(n).at(c).capacity, expected.cells.at(n).at(c).capacity);
        }
}

void tst_DashboardFigures::feesAddUpToTheEventTotal()
{
    const DashboardFigures f(m_tc->db(), m_winter);
    const core::FeeTotal total = core::EventFigures::feeTotal(core::EventFigures::feesByPayer(
        f.event(), core::RegistrationRepository(m_tc->db()).forEvent(m_winter),
        core::PaymentRepository(m_tc->db()).paidByRegistration(m_winter)));
    qint64 due = 0, paid = 0;
    for (const core::PayerBalance &p : f.payers()) {
        QVERIFY2(!p.name.isEmpty(), qPrintable(QString::number(p.payerId)));
        due += p.dueCents;
        paid += p.paidCents;
    }
    QVERIFY(f.payers().size() > 1);
    QVERIFY(total.dueCents > 0);
    QCOMPARE(due, total.dueCents);
    QCOMPARE(paid, total.paidCents);
}

void tst_DashboardFigures::defaultEventIsTheLatestWithRegistrations()
{
    QCOMPARE(DashboardFigures::defaultEvent(m_tc->db()), m_winter);
    const QList<core::EventChoice> choices = core::EventRepository(m_tc->db()).choices();
    for (int i = 1; i < choices.size(); ++i)
        QVERIFY(choices.at(i).start <= choices.at(i - 1).start);
    test::TestCommunity empty;
    QCOMPARE(DashboardFigures::defaultEvent(empty.db()), qint64(0));
}

void tst_DashboardFigures::unknownEventIsEmpty()
{
    const DashboardFigures f(m_tc->db(), 999999);
    QVERIFY(!f.isValid());
    QVERIFY(f.curve().points.isEmpty());
    QVERIFY(f.payers().isEmpty());
}

QTEST_GUILESS_MAIN(tst_DashboardFigures)
#include "tst_DashboardFigures.moc"
