#include "event/DeletePaymentDialog.h"
#include "Community.h"
#include "domain/Money.h"
#include "event/PaymentDialog.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/PaymentRepository.h"
#include "repositories/RegistrationRepository.h"
#include "widgets/DateField.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace convivium::ui {

DeletePaymentDialog::DeletePaymentDialog(core::Community &community, qint64 registrationId, QWidget *parent)
    : QDialog(parent), m_community(community), m_registrationId(registrationId), m_table(new QTableWidget(this)),
      m_message(new QLabel(this)), m_delete(nullptr)
{
    setWindowTitle(tr("Delete a payment"));
    const core::Database &db = community.database();
    QString currency = QStringLiteral("EUR");
    QString who;
    if (const auto registration = core::RegistrationRepository(db).load(registrationId)) {
        who = core::ContributorRepository(db).nameOf(registration.value().contributorId);
        if (const auto event = core::EventRepository(db).load(registration.value().eventId))
            currency = event.value().currency;
    }
    m_payments = core::PaymentRepository(db).forRegistration(registrationId);

    auto *intro = new QLabel(m_payments.isEmpty() ? tr("%1 has no payment recorded.").arg(who)
                                                  : tr("Payments of %1: choose the one to delete.").arg(who), this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("payments"));
    m_table->setAccessibleName(tr("Payments"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Amount"), tr("Method"), tr("Paid by"), tr("Reference")});
    m_table->setRowCount(int(m_payments.size()));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const core::OrganisationRepository organisations(db);
    for (int row = 0; row < m_payments.size(); ++row) {
        const core::Payment &p = m_payments.at(row);
        auto *amount = new QTableWidgetItem(core::Money::format(p.amountCents, currency));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 0, new QTableWidgetItem(DateField::format(p.paidOn)));
        m_table->setItem(row, 1, amount);
        m_table->setItem(row, 2, new QTableWidgetItem(PaymentDialog::methodLabel(p.method)));
        m_table->setItem(row, 3, new QTableWidgetItem(p.payerOrganisationId > 0 ? organisations.nameOf(p.payerOrganisationId)
                                                                                : tr("Self")));
        m_table->setItem(row, 4, new QTableWidgetItem(p.reference));
    }
    m_table->resizeColumnsToContents();

    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("&Delete payment"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deletePayment"));
    m_delete->setEnabled(false);
    connect(m_delete, &QPushButton::clicked, this, &DeletePaymentDialog::deleteSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_delete->setEnabled(selectedPaymentId() > 0); });
    if (m_payments.size() == 1)
        m_table->selectRow(0);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, 300);
}

QString DeletePaymentDialog::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

qint64 DeletePaymentDialog::selectedPaymentId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_payments.value(rows.first().row()).id;
}

void DeletePaymentDialog::deleteSelected()
{
    const qint64 id = selectedPaymentId();
    if (id <= 0)
        return;
    const core::Result r = m_community.events().removePayment(id, m_registrationId);
    if (!r) {
        m_message->setText(r.message());
        m_message->setVisible(true);
        return;
    }
    accept();
}

} // namespace convivium::ui
