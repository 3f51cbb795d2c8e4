// FeeTableModel: what each registration owes (lodging, the solo room's
// supplement, meals at the venue's prices for someone lodging elsewhere),
// what was paid, the balance, and the totals per paying organisation.
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "Translations.h"
#include "models/FeeTableModel.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/PaymentRepository.h"
#include "repositories/RegistrationRepository.h"
#include "services/StayCalculator.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace convivium;
using core::FeeTableModel;

namespace {

const QDate Mon30(2026, 3, 30), Thu02(2026, 4, 2);

// Three nights, Monday to Thursday: a shared room at 50 € with meals, a solo
// room at 50 € plus 15 € a night, and meals at 8, 18 and 20 € for the others.
struct WinterMeeting {
    test::TestCommunity tc;
    qint64 eventId = 0;
    qint64 shared = 0;
    qint64 solo = 0;
    qint64 region = 0;

    WinterMeeting()
    {
        core::Organisation o;
        o.name = QStringLiteral("Région Bretagne");
        region = test::must(core::OrganisationRepository(tc.db()).insert(o));
        core::Event e;
        e.title = QStringLiteral("Rencontre d'hiver 2026");
        e.start = Mon30;
        e.end = Thu02;
        core::LodgingOption sharedRoom;
        sharedRoom.name = QStringLiteral("Chambre partagée");
        sharedRoom.bedsPerUnit = 2;
        sharedRoom.units = 10;
        sharedRoom.priceCents = 5000;
        core::LodgingOption soloRoom;
        soloRoom.name = QStringLiteral("Chambre solo");
        soloRoom.kind = QStringLiteral("solo_room");
        soloRoom.units = 5;
        soloRoom.priceCents = 5000;
        soloRoom.supplementCents = 1500;
        e.lodgingOptions = {sharedRoom, soloRoom};
        e.mealPrices = {{QStringLiteral("breakfast"), 800}, {QStringLiteral("lunch"), 1800}, {QStringLiteral("dinner"), 2000}};
        eventId = test::must(core::EventRepository(tc.db()).insert(e));
        const core::Event stored = test::must(core::EventRepository(tc.db()).load(eventId));
        shared = stored.lodgingOptions.at(0).id;
        solo = stored.lodgingOptions.at(1).id;
    }

    qint64 add(const QString &family, qint64 option, qint64 payer, const QString &status = QStringLiteral("confirmed"))
    {
        core::Contributor c;
        c.givenName = QStringLiteral("Camille");
        c.familyName = family;
        core::Registration r;
        r.eventId = eventId;
        r.contributorId = test::must(core::ContributorRepository(tc.db()).insert(c));
        r.status = status;
        r.submittedAt = QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC);
        r.arrival = Mon30;
        r.departure = Thu02;
        r.firstMeal = core::StayCalculator::defaultFirstMeal(Mon30, Thu02);
        r.lastMeal = core::StayCalculator::defaultLastMeal(Mon30, Thu02);
        r.lodgingOptionId = option;
        r.payerOrganisationId = payer;
        return test::must(core::RegistrationRepository(tc.db()).insert(r));
    }

    void pay(qint64 registration, qint64 cents, qint64 payer = 0)
    {
        core::Payment p;
        p.registrationId = registration;
        p.paidOn = QDate(2026, 3, 1);
        p.amountCents = cents;
        p.payerOrganisationId = payer;
        test::must(core::PaymentRepository(tc.db()).insert(p));
    }
};

struct Expected {
    QString participant, payer, nights, option, due, paid, balance;
};

} // namespace

class tst_FeeTableModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { core::Translations::install(QStringLiteral("en_GB")); }
    void rowsShowDuePaidAndBalance();
    void balanceDueIsRedAndMoneyRightAligned();
    void totalsPerPayer();
    void sortsByAmountNotByText();
};

static void fill(WinterMeeting &w)
{
    const qint64 abadie = w.add(QStringLiteral("Abadie"), w.shared, 0);                 // 3 × 50 €
    const qint64 bernard = w.add(QStringLiteral("Bernard"), w.solo, w.region);          // 3 × (50 + 15) €
    w.add(QStringLiteral("Chevalier"), 0, w.region);                                    // meals only
    const qint64 dupont = w.add(QStringLiteral("Dupont"), w.shared, 0, QStringLiteral("cancelled"));
    w.add(QStringLiteral("Émery"), w.shared, 0, QStringLiteral("cancelled"));           // nothing paid: not listed
    w.add(QStringLiteral("Fabre"), w.shared, 0, QStringLiteral("waitlisted"));          // not listed
    w.pay(abadie, 10000);
    w.pay(bernard, 19500, w.region);
    w.pay(dupont, 5000);                                                               // to refund
}

void tst_FeeTableModel::rowsShowDuePaidAndBalance()
{
    WinterMeeting w;
    FeeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(w);
    model.load(w.tc.db(), w.eventId);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(FeeTableModel::ColumnCount));
    // Chevalier: Monday dinner, then breakfast, lunch and dinner twice, then Thursday breakfast and lunch:
    // 20 + 2 × (8 + 18 + 20) + 8 + 18 = 138 €.
    const QList<Expected> expected = {
        {QStringLiteral("Camille Abadie"), QStringLiteral("Self"), QStringLiteral("3"), QStringLiteral("Chambre partagée"),
         QStringLiteral("€150.00"), QStringLiteral("€100.00"), QStringLiteral("€50.00")},
        {QStringLiteral("Camille Bernard"), QStringLiteral("Région Bretagne"), QStringLiteral("3"), QStringLiteral("Chambre solo"),
         QStringLiteral("€195.00"), QStringLiteral("€195.00"), QStringLiteral("€0.00")},
        {QStringLiteral("Camille Chevalier"), QStringLiteral("Région Bretagne"), QStringLiteral("3"), QStringLiteral("Elsewhere"),
         QStringLiteral("€138.00"), QStringLiteral("€0.00"), QStringLiteral("€138.00")},
        {QStringLiteral("Camille Dupont"), QStringLiteral("Self"), QStringLiteral("3"), QStringLiteral("Chambre partagée"),
         QStringLiteral("€0.00"), QStringLiteral("€50.00"), QStringLiteral("-€50.00")},
    };
    QStringList seen;
    for (int row = 0; row < model.rowCount(); ++row)
        seen << model.index(row, FeeTableModel::Participant).data().toString();
    for (const Expected &e : expected) {
        const int row = int(seen.indexOf(e.participant));
        QVERIFY2(row >= 0, qPrintable(e.participant));
        const QStringList cells{e.participant, e.payer, e.nights, e.option, e.due, e.paid, e.balance};
        for (int column = 0; column < FeeTableModel::ColumnCount; ++column)
            QCOMPARE(model.index(row, column).data().toString(), cells.at(column));
    }
    const int dupont = int(seen.indexOf(QStringLiteral("Camille Dupont")));
    QCOMPARE(model.index(dupont, FeeTableModel::Participant).data(Qt::ToolTipRole).toString(), QStringLiteral("Cancelled"));
    QCOMPARE(model.index(dupont, FeeTableModel::Balance).data(FeeTableModel::CentsRole).toLongLong(), -5000);
    QCOMPARE(model.index(dupont, FeeTableModel::Balance).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Paid more than is due: €50.00 to refund"));
}

void tst_FeeTableModel::balanceDueIsRedAndMoneyRightAligned()
{
    WinterMeeting w;
    fill(w);
    FeeTableModel model;
    model.load(w.tc.db(), w.eventId);
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 balance = model.index(row, FeeTableModel::Balance).data(FeeTableModel::CentsRole).toLongLong();
        const QVariant colour = model.index(row, FeeTableModel::Balance).data(Qt::ForegroundRole);
        QCOMPARE(colour.isValid(), balance > 0);
        if (balance > 0)
            QCOMPARE(colour.value<QColor>(), FeeTableModel::balanceDueColor());
        for (int column : {int(FeeTableModel::Nights), int(FeeTableModel::Due), int(FeeTableModel::Paid),
                           int(FeeTableModel::Balance)})
            QVERIFY(model.index(row, column).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
        QVERIFY(model.index(row, FeeTableModel::Participant).data(Qt::TextAlignmentRole).toInt() & Qt::AlignLeft);
    }
}

void tst_FeeTableModel::totalsPerPayer()
{
    WinterMeeting w;
    fill(w);
    FeeTableModel model;
    model.load(w.tc.db(), w.eventId);
    const QList<core::FeeTotal> byPayer = model.byPayer();
    QCOMPARE(byPayer.size(), 2);
    for (const core::FeeTotal &t : byPayer) {
        if (t.payerId == 0) {
            QCOMPARE(model.payerName(t.payerId), QStringLiteral("Self"));
            QCOMPARE(t.registrations, 2);        // Abadie and the cancelled Dupont, who paid
            QCOMPARE(t.dueCents, 15000);
            QCOMPARE(t.paidCents, 15000);
            QCOMPARE(t.balanceCents(), 0);
        } else {
            QCOMPARE(t.payerId, w.region);
            QCOMPARE(model.payerName(t.payerId), QStringLiteral("Région Bretagne"));
            QCOMPARE(t.registrations, 2);
            QCOMPARE(t.dueCents, 19500 + 13800);
            QCOMPARE(t.paidCents, 19500);
            QCOMPARE(t.balanceCents(), 13800);
        }
    }
    const core::FeeTotal total = model.total();
    QCOMPARE(total.registrations, 4);
    QCOMPARE(total.dueCents, 48300);
    QCOMPARE(total.paidCents, 34500);
    QCOMPARE(model.money(total.balanceCents()), QStringLiteral("€138.00"));
}

void tst_FeeTableModel::sortsByAmountNotByText()
{
    WinterMeeting w;
    fill(w);
    FeeTableModel model;
    model.load(w.tc.db(), w.eventId);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(FeeTableModel::SortRole);
    proxy.sort(FeeTableModel::Due, Qt::DescendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, FeeTableModel::Due).data().toString();
    QCOMPARE(order, (QStringList{QStringLiteral("€195.00"), QStringLiteral("€150.00"), QStringLiteral("€138.00"),
                                 QStringLiteral("€0.00")}));
}

QTEST_GUILESS_MAIN(tst_FeeTableModel)
#include "tst_FeeTableModel.moc"
