#include "event/PaymentDialog.h"
#include "Community.h"
#include "domain/Money.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/PaymentRepository.h"
#include "repositories/RegistrationRepository.h"
#include "services/FeeCalculator.h"
#include "widgets/DateField.h"
#include "widgets/Pickers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>

namespace convivium::ui {

QStringList PaymentDialog::methodCodes()
{
    return {QStringLiteral("transfer"), QStringLiteral("card"), QStringLiteral("cheque"), QStringLiteral("cash"),
            QStringLiteral("purchase_order")};
}

QString PaymentDialog::methodLabel(const QString &code)
{
    if (code == u"transfer")
        return tr("Bank transfer");
    if (code == u"card")
        return tr("Card");
    if (code == u"cheque")
        return tr("Cheque");
    if (code == u"cash")
        return tr("Cash");
    if (code == u"purchase_order")
        return tr("Purchase order");
    return code;
}

PaymentDialog::PaymentDialog(core::Community &community, qint64 registrationId, QWidget *parent)
    : RecordDialog(community.database(), parent), m_community(community), m_registrationId(registrationId),
      m_situation(new QLabel), m_paidOn(new DateField), m_amount(new QLineEdit), m_method(new QComboBox),
      m_payer(new OrganisationPicker(community.database(), true)), m_reference(new QLineEdit), m_notes(new QLineEdit)
{
    setWindowTitle(tr("Record a payment"));
    const auto registration = core::RegistrationRepository(m_db).load(registrationId);
    QString who;
    if (registration) {
        const core::Registration &r = registration.value();
        who = core::ContributorRepository(m_db).nameOf(r.contributorId);
        m_payer->setOrganisationId(r.payerOrganisationId);
        if (const auto event = core::EventRepository(m_db).load(r.eventId)) {
            m_currency = event.value().currency;
            const qint64 due = core::FeeCalculator::due(r, event.value());
            qint64 paid = 0;
            for (const core::Payment &p : core::PaymentRepository(m_db).forRegistration(registrationId))
                paid += p.amountCents;
            m_situation->setText(tr("%1 — due %2, paid %3, balance %4")
                                     .arg(who, core::Money::format(due, m_currency),
                                          core::Money::format(paid, m_currency),
                                          core::Money::format(due - paid, m_currency)));
            if (due - paid > 0)
                m_amount->setPlaceholderText(core::Money::format(due - paid, m_currency));
        }
    }
    m_situation->setObjectName(QStringLiteral("situation"));
    m_situation->setWordWrap(true);

    m_paidOn->setObjectName(QStringLiteral("paidOn"));
    m_paidOn->setDate(QDate::currentDate());
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAccessibleName(tr("Amount"));
    m_method->setObjectName(QStringLiteral("method"));
    for (const QString &code : methodCodes())
        m_method->addItem(methodLabel(code), code);
    m_payer->setObjectName(QStringLiteral("payer"));
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setPlaceholderText(tr("Invoice, purchase order or transfer number"));
    m_notes->setObjectName(QStringLiteral("notes"));

    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->addRow(m_situation);
    form->addRow(tr("&Date:"), m_paidOn);
    messages()->addField(QStringLiteral("paidOn"), form, m_paidOn);
    form->addRow(tr("&Amount:"), m_amount);
    messages()->addField(QStringLiteral("amount"), form, m_amount);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("Paid &by:"), m_payer);
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(tr("&Notes:"), m_notes);
    tabs()->addTab(page, tr("Payment"));
    tabs()->setTabBarAutoHide(true);
    watchChanges(page);
    resize(460, 320);
    m_amount->setFocus();
    revalidate();
}

core::FieldErrors PaymentDialog::validate() const
{
    core::FieldErrors errors;
    if (m_paidOn->isEmpty())
        errors << core::FieldError{QStringLiteral("paidOn"), tr("The date of the payment is required.")};
    else if (!m_paidOn->isReadable())
        errors << core::FieldError{QStringLiteral("paidOn"), tr("This is not a date; type it like %1.")
                                                                 .arg(DateField::format(QDate::currentDate()))};
    const QString amount = m_amount->text().trimmed();
    qint64 cents = 0;
    if (amount.isEmpty())
        errors << core::FieldError{QStringLiteral("amount"), tr("The amount is required.")};
    else if (!core::Money::parse(amount, &cents))
        errors << core::FieldError{QStringLiteral("amount"), tr("“%1” is not an amount; type it like %2.")
                                                                 .arg(amount, core::Money::format(6250, m_currency))};
    else if (cents == 0)
        errors << core::FieldError{QStringLiteral("amount"), tr("The amount cannot be zero.")};
    return errors;
}

core::Result PaymentDialog::save()
{
    core::Payment p;
    p.registrationId = m_registrationId;
    p.paidOn = m_paidOn->date();
    core::Money::parse(m_amount->text().trimmed(), &p.amountCents);
    p.method = m_method->currentData().toString();
    p.payerOrganisationId = m_payer->organisationId();
    p.reference = m_reference->text().trimmed();
    p.notes = m_notes->text().trimmed();
    const auto saved = m_community.events().recordPayment(p);
    if (!saved)
        return saved.result();
    m_savedId = saved.value();
    return core::Result::success();
}

} // namespace convivium::ui
