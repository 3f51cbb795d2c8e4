#include "event/FeesPage.h"
#include "Community.h"
#include "UserPrompts.h"
#include "event/DeletePaymentDialog.h"
#include "event/EventTables.h"
#include "event/PaymentDialog.h"
#include "models/FeeTableModel.h"
#include "repositories/PaymentRepository.h"

#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace convivium::ui {

namespace {
enum TotalsColumn { PayerColumn, RegistrationsColumn, DueColumn, PaidColumn, BalanceColumn, TotalsColumns };
}

FeesPage::FeesPage(core::Community &community, qint64 eventId, QWidget *parent)
    : QWidget(parent), m_community(community), m_eventId(eventId), m_ownPrompts(std::make_unique<UserPrompts>()),
      m_prompts(m_ownPrompts.get()), m_model(new core::FeeTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_totals(new QTableWidget(this)),
      m_record(new QPushButton(tr("&Record payment…"), this)), m_delete(new QPushButton(tr("&Delete payment…"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(core::FeeTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(QStringLiteral("fees"));
    m_view->setAccessibleName(tr("Fees by participant"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(core::FeeTableModel::Participant, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // Names take the room left; numbers and amounts take what they need.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(core::FeeTableModel::Participant, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(core::FeeTableModel::Payer, QHeaderView::Stretch);

    m_totals->setObjectName(QStringLiteral("payerTotals"));
    m_totals->setAccessibleName(tr("Totals by payer"));
    m_totals->setColumnCount(TotalsColumns);
    m_totals->setHorizontalHeaderLabels({tr("Payer"), tr("Registrations"), tr("Due"), tr("Paid"), tr("Balance")});
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals->setSelectionMode(QAbstractItemView::NoSelection);
    m_totals->verticalHeader()->setVisible(false);
    m_totals->verticalHeader()->setDefaultSectionSize(m_view->verticalHeader()->defaultSectionSize());
    m_totals->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_totals->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_totals->horizontalHeader()->setSectionResizeMode(PayerColumn, QHeaderView::Stretch);

    m_record->setObjectName(QStringLiteral("recordPayment"));
    m_delete->setObjectName(QStringLiteral("deletePayment"));
    connect(m_record, &QPushButton::clicked, this, &FeesPage::recordPayment);
    connect(m_delete, &QPushButton::clicked, this, &FeesPage::deletePayment);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FeesPage::updateButtons);
    connect(m_view, &QTableView::activated, this, &FeesPage::recordPayment);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *totalsTitle = new QLabel(tr("Totals by payer"), this);
    totalsTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(totalsTitle);
    layout->addWidget(m_totals);

    connect(community.notifier(), &core::ChangeNotifier::changed, this, [this](const QStringList &tables) {
        if (touchesEventFigures(tables, {QStringLiteral("contributor"), QStringLiteral("organisation")}))
            refresh();
    });
    refresh();
}

FeesPage::~FeesPage() = default;

void FeesPage::setPrompts(UserPrompts *prompts)
{
    m_prompts = prompts ? prompts : m_ownPrompts.get();
}

qint64 FeesPage::currentRegistrationId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(core::FeeTableModel::RegistrationIdRole).toLongLong() : 0;
}

void FeesPage::selectRegistration(qint64 registrationId)
{
    const int sourceRow = m_model->rowOf(registrationId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
    updateButtons();
}

void FeesPage::refresh()
{
    const qint64 selected = currentRegistrationId();
    m_model->load(m_community.database(), m_eventId);
    fillTotals();
    if (selected > 0)
        selectRegistration(selected);
    updateButtons();
}

void FeesPage::fillTotals()
{
    QList<core::FeeTotal> totals = m_model->byPayer();
    // The participants themselves first, then organisations by name.
    std::sort(totals.begin(), totals.end(), [this](const core::FeeTotal &a, const core::FeeTotal &b) {
        if ((a.payerId == 0) != (b.payerId == 0))
            return a.payerId == 0;
        return m_model->payerName(a.payerId).localeAwareCompare(m_model->payerName(b.payerId)) < 0;
    });
    const core::FeeTotal sum = m_model->total();
    m_totals->setRowCount(int(totals.size()) + 1);
    auto put = [this](int row, const QString &payer, const core::FeeTotal &t, bool bold) {
        const QStringList texts{payer, QString::number(t.registrations), m_model->money(t.dueCents),
                                m_model->money(t.paidCents), m_model->money(t.balanceCents())};
        for (int column = 0; column < TotalsColumns; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (column != PayerColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == BalanceColumn && t.balanceCents() > 0)
                item->setForeground(core::FeeTableModel::balanceDueColor());
            QFont font = item->font();
            font.setBold(bold);
            item->setFont(font);
            m_totals->setItem(row, column, item);
        }
    };
    for (int row = 0; row < totals.size(); ++row)
        put(row, m_model->payerName(totals.at(row).payerId), totals.at(row), false);
    put(int(totals.size()), tr("Event total"), sum, true);
    // Every payer in sight, up to a dozen, without a scroll bar.
    const int shown = qMin(m_totals->rowCount(), 12);
    m_totals->setFixedHeight(m_totals->horizontalHeader()->sizeHint().height()
                             + shown * m_totals->verticalHeader()->defaultSectionSize() + 2 * m_totals->frameWidth());
}

void FeesPage::updateButtons()
{
    const qint64 id = currentRegistrationId();
    m_record->setEnabled(id > 0);
    const int row = m_model->rowOf(id);
    // A registration with payments that add up to nothing (a refund) still has some to delete.
    m_delete->setEnabled(row >= 0 && !core::PaymentRepository(m_community.database()).forRegistration(id).isEmpty());
}

void FeesPage::recordPayment()
{
    const qint64 id = currentRegistrationId();
    if (id <= 0)
        return;
    PaymentDialog dialog(m_community, id, this);
    m_prompts->exec(&dialog);
}

void FeesPage::deletePayment()
{
    const qint64 id = currentRegistrationId();
    if (id <= 0)
        return;
    DeletePaymentDialog dialog(m_community, id, this);
    m_prompts->exec(&dialog);
}

} // namespace convivium::ui
