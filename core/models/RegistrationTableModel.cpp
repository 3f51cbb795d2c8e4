#include "models/RegistrationTableModel.h"
#include "reports/ReportDates.h"
#include "domain/Money.h"
#include "domain/Vocabulary.h"
#include "repositories/EventRepository.h"
#include "repositories/PaymentRepository.h"
#include "services/FeeCalculator.h"
#include "services/StayCalculator.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <climits>

namespace convivium::core {

RegistrationTableModel::RegistrationTableModel(const Database &db, qint64 eventId, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_eventId(eventId)
{
    reload();
}

void RegistrationTableModel::reload()
{
    beginResetModel();
    m_event = EventRepository(m_db).load(m_eventId).value();
    m_event.id = m_eventId;
    m_rows = RegistrationRepository(m_db).rowsForEvent(m_eventId);
    m_paid = PaymentRepository(m_db).paidByRegistration(m_eventId);
    endResetModel();
}

void RegistrationTableModel::tablesChanged(const QStringList &tables)
{
    for (const char *t : {"registration", "payment", "event", "lodging_option", "meal_price", "contributor", "organisation"})
        if (tables.contains(QLatin1String(t))) {
            reload();
            return;
        }
}

int RegistrationTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).registration.id == id)
            return i;
    return -1;
}

int RegistrationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegistrationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegistrationTableModel::display(const RegistrationRow &row, int column) const
{
    const Registration &r = row.registration;
    const QLocale locale;
    switch (column) {
    case Name:
        return row.name;
    case Organisation:
        return row.organisation;
    case Status: {
        QString s = Vocabulary::label(Vocabulary::RegistrationStatus, r.status);
        if (r.late)
            s += tr(" (late)");
        return s;
    }
    case Arrival:
        return ReportDates::date(r.arrival, locale) + QStringLiteral(" · ")
            + Vocabulary::label(Vocabulary::Meal, StayCalculator::mealCode(r.firstMeal)).toLower();
    case Departure:
        return ReportDates::date(r.departure, locale) + QStringLiteral(" · ")
            + Vocabulary::label(Vocabulary::Meal, StayCalculator::mealCode(r.lastMeal)).toLower();
    case Option: {
        const LodgingOption *o = FeeCalculator::option(m_event, r.lodgingOptionId);
        return o ? o->name : tr("Elsewhere");
    }
    case Nights:
        return StayCalculator::nightCount(r.arrival, r.departure);
    case Diet:
        return r.allergies.isEmpty() ? r.diet : (r.diet.isEmpty() ? r.allergies : r.diet + QStringLiteral(" · ") + r.allergies);
    case Due:
        return Money::format(FeeCalculator::due(r, m_event), m_event.currency);
    case Paid:
        return Money::format(m_paid.value(r.id), m_event.currency);
    case Waitlist:
        return r.status == u"waitlisted" && r.waitlistRank > 0 ? QVariant(r.waitlistRank) : QVariant();
    case Submitted:
        return ReportDates::dateTime(r.submittedAt, locale);
    }
    return {};
}

QVariant RegistrationTableModel::sortValue(const RegistrationRow &row, int column) const
{
    const Registration &r = row.registration;
    switch (column) {
    case Arrival:
        return r.arrival;
    case Departure:
        return r.departure;
    case Due:
        return FeeCalculator::due(r, m_event);
    case Paid:
        return m_paid.value(r.id);
    case Waitlist:
        return r.waitlistRank > 0 ? r.waitlistRank : INT_MAX;
    case Submitted:
        return r.submittedAt;
    default:
        return display(row, column);
    }
}

QVariant RegistrationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RegistrationRow &row = m_rows.at(index.row());
    const Registration &r = row.registration;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name && !r.notes.isEmpty())
            return r.notes;
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Due || index.column() == Paid || index.column() == Nights || index.column() == Waitlist)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (!r.counts() && r.status != u"attended")
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::FontRole:
        if (index.column() == Status && r.late) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case IdRole:
        return r.id;
    case SortRole:
        return sortValue(row, index.column());
    case StatusRole:
        return r.status;
    case OptionRole:
        return r.lodgingOptionId;
    case OrganisationRole:
        return row.organisationId;
    case NewcomerRole:
        return row.newcomer;
    case LateRole:
        return r.late;
    default:
        return {};
    }
}

QVariant RegistrationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Participant");
    case Organisation: return tr("Organisation");
    case Status: return tr("Status");
    case Arrival: return tr("Arrival");
    case Departure: return tr("Departure");
    case Option: return tr("Lodging");
    case Nights: return tr("Nights");
    case Diet: return tr("Diet");
    case Due: return tr("Due");
    case Paid: return tr("Paid");
    case Waitlist: return tr("Waiting list");
    case Submitted: return tr("Submitted");
    }
    return {};
}

} // namespace convivium::core
