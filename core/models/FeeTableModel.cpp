#include "models/FeeTableModel.h"
#include "domain/Money.h"
#include "domain/Vocabulary.h"
#include "repositories/EventRepository.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/PaymentRepository.h"
#include "repositories/RegistrationRepository.h"
#include "services/FeeCalculator.h"

namespace convivium::core {

void FeeTableModel::load(const Database &db, qint64 eventId)
{
    beginResetModel();
    m_rows.clear();
    m_payerNames.clear();
    m_byPayer.clear();
    m_total = FeeTotal{};
    const Fallible<Event> loaded = EventRepository(db).load(eventId);
    if (!loaded) {
        endResetModel();
        return;
    }
    const Event &event = loaded.value();
    m_currency = event.currency;
    const QHash<qint64, qint64> paid = PaymentRepository(db).paidByRegistration(eventId);
    const OrganisationRepository organisations(db);
    QList<Registration> registrations;
    for (const RegistrationRow &r : RegistrationRepository(db).rowsForEvent(eventId)) {
        const Registration &reg = r.registration;
        registrations << reg;
        Row row;
        row.registrationId = reg.id;
        row.paidCents = paid.value(reg.id);
        if (!reg.counts() && row.paidCents == 0)
            continue;
        const FeeBreakdown fee = FeeCalculator::compute(reg, event);
        row.participant = r.name;
        row.status = reg.status;
        row.payerId = reg.payerOrganisationId;
        row.nights = fee.nights;
        row.option = fee.optionName.isEmpty() ? tr("Elsewhere") : fee.optionName;
        row.dueCents = FeeCalculator::due(reg, event);
        if (row.payerId > 0 && !m_payerNames.contains(row.payerId))
            m_payerNames.insert(row.payerId, organisations.nameOf(row.payerId));
        m_rows << row;
    }
    m_byPayer = EventFigures::feesByPayer(event, registrations, paid);
    for (const FeeTotal &t : m_byPayer)
        if (t.payerId > 0 && !m_payerNames.contains(t.payerId))
            m_payerNames.insert(t.payerId, organisations.nameOf(t.payerId));
    m_total = EventFigures::feeTotal(m_byPayer);
    endResetModel();
}

int FeeTableModel::rowOf(qint64 registrationId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).registrationId == registrationId)
            return i;
    return -1;
}

QString FeeTableModel::payerName(qint64 payerId) const
{
    if (payerId == 0)
        return tr("Self");
    const QString name = m_payerNames.value(payerId);
    return name.isEmpty() ? tr("Organisation #%1").arg(payerId) : name;
}

QString FeeTableModel::money(qint64 cents) const
{
    return Money::format(cents, m_currency);
}

int FeeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeeTableModel::display(const Row &row, int column) const
{
    switch (column) {
    case Participant: return row.participant;
    case Payer: return payerName(row.payerId);
    case Nights: return QString::number(row.nights);
    case Option: return row.option;
    case Due: return money(row.dueCents);
    case Paid: return money(row.paidCents);
    case Balance: return money(row.balanceCents());
    default: return {};
    }
}

QVariant FeeTableModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case Nights: return row.nights;
    case Due: return row.dueCents;
    case Paid: return row.paidCents;
    case Balance: return row.balanceCents();
    default: return display(row, column);
    }
}

QVariant FeeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const bool numeric = column == Nights || column >= Due;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        return sortValue(row, column);
    case RegistrationIdRole:
        return row.registrationId;
    case CentsRole:
        return column >= Due ? sortValue(row, column) : QVariant();
    case Qt::TextAlignmentRole:
        return numeric ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == Balance && row.balanceCents() > 0)
            return balanceDueColor();
        return {};
    case Qt::ToolTipRole:
        if (column == Participant)
            return Vocabulary::label(Vocabulary::RegistrationStatus, row.status);
        if (column == Balance && row.balanceCents() < 0)
            return tr("Paid more than is due: %1 to refund").arg(money(-row.balanceCents()));
        return {};
    default:
        return {};
    }
}

QVariant FeeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Nights || section >= Due ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                   : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Participant: return tr("Participant");
    case Payer: return tr("Payer");
    case Nights: return tr("Nights");
    case Option: return tr("Lodging");
    case Due: return tr("Due");
    case Paid: return tr("Paid");
    case Balance: return tr("Balance");
    default: return {};
    }
}

} // namespace convivium::core
