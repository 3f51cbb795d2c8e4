#pragma once
#include "dialogs/RecordDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace convivium::core {
class Community;
}

namespace convivium::ui {

class DateField;
class OrganisationPicker;

// Records one payment against a registration: date (today by default),
// amount as the user types it ("62,50"), method, paying organisation,
// reference and notes. OK stays disabled while the amount is unreadable.
// Saved through the event editor, so the payment can be undone.
class PaymentDialog : public RecordDialog
{
    Q_OBJECT
public:
    PaymentDialog(core::Community &community, qint64 registrationId, QWidget *parent = nullptr);

    qint64 savedId() const { return m_savedId; }

    // The ways a payment is made: stored codes and their translated labels.
    static QStringList methodCodes();
    static QString methodLabel(const QString &code);

protected:
    core::FieldErrors validate() const override;
    core::Result save() override;

private:
    core::Community &m_community;
    const qint64 m_registrationId;
    QString m_currency = QStringLiteral("EUR");
    QLabel *m_situation;
    DateField *m_paidOn;
    QLineEdit *m_amount;
    QComboBox *m_method;
    OrganisationPicker *m_payer;
    QLineEdit *m_reference;
    QLineEdit *m_notes;
    qint64 m_savedId = 0;
};

} // namespace convivium::ui
