// Drives the payment dialog with the keyboard: an amount typed the French
// way is saved in cents and undone in one step; an unreadable amount keeps
// OK disabled with its message. Then the fees page: recording and deleting
// a payment through its buttons, and its figures following undo.
#include "Icons.h"
#include "ScriptedPrompts.h"
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "Translations.h"
#include "UiTestHelpers.h"
#include "event/DeletePaymentDialog.h"
#include "event/FeesPage.h"
#include "event/PaymentDialog.h"
#include "models/FeeTableModel.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/PaymentRepository.h"
#include "repositories/RegistrationRepository.h"
#include "widgets/DateField.h"
#include "widgets/Pickers.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace convivium;

namespace {

// One participant in a shared room at 62,50 € a night for two nights, paid by a Région.
struct Booking {
    test::TestCommunity tc;
    qint64 eventId = 0;
    qint64 registrationId = 0;
    qint64 region = 0;

    Booking()
    {
        core::Organisation o;
        o.name = QStringLiteral("Région Bretagne");
        region = test::must(core::OrganisationRepository(tc.db()).insert(o));
        core::Event e;
        e.title = QStringLiteral("geOcom 2026");
        e.start = QDate(2026, 6, 8);
        e.end = QDate(2026, 6, 10);
        core::LodgingOption room;
        room.name = QStringLiteral("Chambre partagée");
        room.bedsPerUnit = 2;
        room.units = 5;
        room.priceCents = 6250;
        e.lodgingOptions = {room};
        eventId = test::must(core::EventRepository(tc.db()).insert(e));
        const qint64 option = test::must(core::EventRepository(tc.db()).load(eventId)).lodgingOptions.at(0).id;
        core::Contributor c;
        c.givenName = QStringLiteral("Hélène");
        c.familyName = QStringLiteral("Lefèvre");
        core::Registration r;
        r.eventId = eventId;
        r.contributorId = test::must(core::ContributorRepository(tc.db()).insert(c));
        r.status = QStringLiteral("confirmed");
        r.submittedAt = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
        r.arrival = e.start;
        r.departure = e.end;
        r.lodgingOptionId = option;
        r.payerOrganisationId = region;
        registrationId = test::must(core::RegistrationRepository(tc.db()).insert(r));
    }

    QList<core::Payment> payments() const { return core::PaymentRepository(tc.db()).forRegistration(registrationId); }
};

QLineEdit *amountOf(QWidget *dialog) { return dialog->findChild<QLineEdit *>(QStringLiteral("amount")); }

} // namespace

class tst_PaymentDialog : public QObject
{
    Q_OBJECT
private slots:
    void typedAmountIsSavedInCentsAndUndoable();
    void unreadableAmountKeepsOkDisabled();
    void defaultsToTodayAndTheRegistrationsPayer();
    void feesPageRecordsAndDeletesPayments();
};

void tst_PaymentDialog::typedAmountIsSavedInCentsAndUndoable()
{
    Booking b;
    ui::PaymentDialog dialog(b.tc.community(), b.registrationId);
    dialog.show();
    QVERIFY(!dialog.okButton()->isEnabled());
    test::typeText(amountOf(&dialog), QStringLiteral("62,50"));
    QVERIFY(dialog.okButton()->isEnabled());
    auto *method = dialog.findChild<QComboBox *>(QStringLiteral("method"));
    method->setCurrentIndex(method->findData(QStringLiteral("cheque")));
    QCOMPARE(method->currentText(), QStringLiteral("Cheque"));
    test::typeText(dialog.findChild<QLineEdit *>(QStringLiteral("reference")), QStringLiteral("Chèque n° 1234"));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.savedId() > 0);

    QList<core::Payment> saved = b.payments();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().id, dialog.savedId());
    QCOMPARE(saved.first().amountCents, qint64(6250));
    QCOMPARE(saved.first().method, QStringLiteral("cheque"));
    QCOMPARE(saved.first().reference, QStringLiteral("Chèque n° 1234"));
    QCOMPARE(saved.first().paidOn, QDate::currentDate());

    QVERIFY(b.tc.community().undoStack()->canUndo());
    b.tc.community().undoStack()->undo();
    QVERIFY(b.payments().isEmpty());
    b.tc.community().undoStack()->redo();
    QCOMPARE(b.payments().size(), 1);
}

void tst_PaymentDialog::unreadableAmountKeepsOkDisabled()
{
    Booking b;
    ui::PaymentDialog dialog(b.tc.community(), b.registrationId);
    dialog.show();
    test::typeText(amountOf(&dialog), QStringLiteral("douze"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(dialog.messages()->message(QStringLiteral("amount")),
             QStringLiteral("“douze” is not an amount; type it like €62.50."));
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("amountMessage"));
    QVERIFY(label && label->isVisible());
    dialog.accept();   // pressing Enter anyway saves nothing
    QVERIFY(dialog.isVisible());
    QVERIFY(b.payments().isEmpty());

    amountOf(&dialog)->clear();
    test::typeText(amountOf(&dialog), QStringLiteral("0"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(dialog.messages()->message(QStringLiteral("amount")), QStringLiteral("The amount cannot be zero."));
    amountOf(&dialog)->clear();
    test::typeText(amountOf(&dialog), QStringLiteral("12"));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(!label->isVisible());
}

void tst_PaymentDialog::defaultsToTodayAndTheRegistrationsPayer()
{
    Booking b;
    ui::PaymentDialog dialog(b.tc.community(), b.registrationId);
    QCOMPARE(dialog.findChild<ui::DateField *>(QStringLiteral("paidOn"))->date(), QDate::currentDate());
    QCOMPARE(dialog.findChild<ui::OrganisationPicker *>(QStringLiteral("payer"))->organisationId(), b.region);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("situation"))->text(),
             QStringLiteral("Hélène Lefèvre — due €125.00, paid €0.00, balance €125.00"));
    auto *method = dialog.findChild<QComboBox *>(QStringLiteral("method"));
    QStringList codes;
    for (int i = 0; i < method->count(); ++i)
        codes << method->itemData(i).toString();
    QCOMPARE(codes, ui::PaymentDialog::methodCodes());
    QCOMPARE(method->currentData().toString(), QStringLiteral("transfer"));
}

void tst_PaymentDialog::feesPageRecordsAndDeletesPayments()
{
    Booking b;
    ui::FeesPage page(b.tc.community(), b.eventId);
    test::ScriptedPrompts prompts;
    page.setPrompts(&prompts);
    page.show();
    auto *record = page.findChild<QPushButton *>(QStringLiteral("recordPayment"));
    auto *remove = page.findChild<QPushButton *>(QStringLiteral("deletePayment"));
    QCOMPARE(page.model()->rowCount(), 1);
    QVERIFY(!record->isEnabled());
    page.selectRegistration(b.registrationId);
    QVERIFY(record->isEnabled());
    QVERIFY(!remove->isEnabled());   // nothing paid yet

    prompts.dialogDriver = [](QWidget *w) {
        auto *dialog = qobject_cast<ui::PaymentDialog *>(w);
        if (!dialog)
            return int(QDialog::Rejected);
        test::typeText(amountOf(dialog), QStringLiteral("62,50"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        return dialog->result();
    };
    QTest::mouseClick(record, Qt::LeftButton);
    // The page followed the change on its own and kept the selection.
    QCOMPARE(page.currentRegistrationId(), b.registrationId);
    QCOMPARE(page.model()->index(0, core::FeeTableModel::Paid).data().toString(), QStringLiteral("€62.50"));
    QCOMPARE(page.model()->index(0, core::FeeTableModel::Balance).data().toString(), QStringLiteral("€62.50"));
    QTableWidget *totals = page.payerTotals();
    QCOMPARE(totals->rowCount(), 2);
    QCOMPARE(totals->item(0, 0)->text(), QStringLiteral("Région Bretagne"));
    QCOMPARE(totals->item(1, 0)->text(), QStringLiteral("Event total"));
    QCOMPARE(totals->item(1, 3)->text(), QStringLiteral("€62.50"));
    QVERIFY(remove->isEnabled());

    prompts.dialogDriver = [](QWidget *w) {
        auto *dialog = qobject_cast<ui::DeletePaymentDialog *>(w);
        if (!dialog)
            return int(QDialog::Rejected);
        if (dialog->table()->rowCount() != 1 || dialog->table()->item(0, 1)->text() != QStringLiteral("€62.50"))
            return int(QDialog::Rejected);
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        return dialog->result();
    };
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(b.payments().isEmpty());
    QCOMPARE(page.model()->index(0, core::FeeTableModel::Paid).data().toString(), QStringLiteral("€0.00"));
    QVERIFY(!remove->isEnabled());

    b.tc.community().undoStack()->undo();   // the deletion
    QCOMPARE(b.payments().size(), 1);
    QCOMPARE(page.model()->index(0, core::FeeTableModel::Paid).data().toString(), QStringLiteral("€62.50"));
    b.tc.community().undoStack()->undo();   // the payment
    QVERIFY(b.payments().isEmpty());
    QCOMPARE(page.model()->index(0, core::FeeTableModel::Balance).data().toString(), QStringLiteral("€125.00"));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    core::Translations::install(QStringLiteral("en_GB"));
    ui::Icons::setUp();
    tst_PaymentDialog t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_PaymentDialog.moc"
