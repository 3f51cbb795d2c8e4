#include "models/OccupancyModel.h"
#include "domain/Vocabulary.h"
#include "models/DayLabel.h"
#include "repositories/EventRepository.h"
#include "repositories/RegistrationRepository.h"

#include <QFont>

namespace convivium::core {

void OccupancyModel::load(const Database &db, qint64 eventId)
{
    const Fallible<Event> event = EventRepository(db).load(eventId);
    if (!event) {
        setOccupancy(Event{}, Occupancy{});
        return;
    }
    setOccupancy(event.value(), EventFigures::occupancy(event.value(), RegistrationRepository(db).staysForEvent(eventId)));
}

void OccupancyModel::setOccupancy(const Event &event, const Occupancy &occupancy)
{
    beginResetModel();
    m_event = event;
    m_occupancy = occupancy;
    endResetModel();
}

bool OccupancyModel::isTransitDay(const QDate &day) const
{
    if (!day.isValid() || !m_event.start.isValid() || !m_event.end.isValid())
        return false;
    const bool atStart = m_event.transitDaysStart > 0 && day >= m_event.start
                         && day < m_event.start.addDays(m_event.transitDaysStart);
    const bool atEnd = m_event.transitDaysEnd > 0 && day <= m_event.end
                       && day > m_event.end.addDays(-m_event.transitDaysEnd);
    return atStart || atEnd;
}

int OccupancyModel::overCapacityNights() const
{
    int n = 0;
    for (const QList<OccupancyCell> &row : m_occupancy.cells)
        for (const OccupancyCell &cell : row)
            if (cell.over()) {
                ++n;
                break;
            }
    return n;
}

int OccupancyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_occupancy.nights.size());
}

int OccupancyModel::columnCount(const QModelIndex &parent) const
{
    // The options, then the total; nothing at all when no one sleeps here.
    return parent.isValid() || m_occupancy.nights.isEmpty() ? 0 : int(m_occupancy.options.size()) + 1;
}

QVariant OccupancyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QDate night = m_occupancy.nights.at(index.row());
    switch (role) {
    case NightRole:
        return night;
    case TransitDayRole:
        return isTransitDay(night);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        break;
    }
    return index.column() == totalColumn() ? totalData(index.row(), role) : cellData(index.row(), index.column(), role);
}

QVariant OccupancyModel::cellData(int night, int option, int role) const
{
    const OccupancyCell &cell = m_occupancy.cells.at(night).at(option);
    const bool transit = isTransitDay(m_occupancy.nights.at(night));
    switch (role) {
    case Qt::DisplayRole:
        return cell.capacity < 0 ? QString::number(cell.people)
                                 : tr("%1 / %2").arg(cell.people).arg(cell.capacity);
    case PeopleRole:
        return cell.people;
    case CapacityRole:
        return cell.capacity;
    case OverCapacityRole:
        return cell.over();
    case Qt::BackgroundRole:
        if (cell.over())
            return overCapacityColor();
        return transit ? QVariant(transitDayColor()) : QVariant();
    case Qt::ForegroundRole:   // dark text on our light backgrounds, whatever the theme
        return cell.over() || transit ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::FontRole:
        if (cell.over()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        if (cell.over())
            lines << tr("%n person(s) over capacity", nullptr, cell.people - cell.capacity);
        if (transit)
            lines << tr("Transit day");
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    default:
        return {};
    }
}

QVariant OccupancyModel::totalData(int night, int role) const
{
    const int people = m_occupancy.total(night);
    bool over = false;
    for (const OccupancyCell &cell : m_occupancy.cells.at(night))
        over = over || cell.over();
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(people);
    case PeopleRole:
        return people;
    case CapacityRole:
        return -1;
    case OverCapacityRole:
        return over;
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::BackgroundRole:
        return isTransitDay(m_occupancy.nights.at(night)) ? QVariant(transitDayColor()) : QVariant();
    case Qt::ForegroundRole:
        return isTransitDay(m_occupancy.nights.at(night)) ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::ToolTipRole:
        return tr("%n person(s) this night", nullptr, people);
    default:
        return {};
    }
}

QString OccupancyModel::optionHeader(int option) const
{
    const LodgingOption &o = m_occupancy.options.at(option);
    const int capacity = EventFigures::capacityOf(o);
    return capacity < 0 ? o.name : tr("%1 (%2)").arg(o.name).arg(capacity);
}

QVariant OccupancyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_occupancy.nights.size())
            return {};
        const QDate night = m_occupancy.nights.at(section);
        switch (role) {
        case Qt::DisplayRole:
            return DayLabel::shortWithWeekday(night);
        case Qt::ToolTipRole:
            return isTransitDay(night) ? QVariant(tr("Transit day")) : QVariant();
        case Qt::BackgroundRole:
            return isTransitDay(night) ? QVariant(transitDayColor()) : QVariant();
        case NightRole:
            return night;
        case TransitDayRole:
            return isTransitDay(night);
        default:
            return {};
        }
    }
    if (section < 0 || section > m_occupancy.options.size())
        return {};
    const bool total = section == totalColumn();
    switch (role) {
    case Qt::DisplayRole:
        return total ? tr("Total") : optionHeader(section);
    case Qt::ToolTipRole: {
        if (total)
            return tr("Everyone sleeping at the venue or elsewhere that night");
        const LodgingOption &o = m_occupancy.options.at(section);
        const int capacity = EventFigures::capacityOf(o);
        const QString kind = Vocabulary::label(Vocabulary::LodgingKind, o.kind);
        return capacity < 0 ? tr("%1, no limit").arg(kind) : tr("%1, %n place(s) a night", nullptr, capacity).arg(kind);
    }
    case CapacityRole:
        return total ? -1 : EventFigures::capacityOf(m_occupancy.options.at(section));
    default:
        return {};
    }
}

} // namespace convivium::core
