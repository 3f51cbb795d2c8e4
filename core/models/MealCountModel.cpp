#include "models/MealCountModel.h"
#include "domain/Vocabulary.h"
#include "models/DayLabel.h"
#include "repositories/EventRepository.h"
#include "repositories/RegistrationRepository.h"
#include "services/StayCalculator.h"

#include <algorithm>

namespace convivium::core {

namespace {
constexpr int kMeals = 3;
}

void MealCountModel::load(const Database &db, qint64 eventId)
{
    const Fallible<Event> event = EventRepository(db).load(eventId);
    if (!event) {
        setMeals(Event{}, {});
        return;
    }
    setMeals(event.value(), EventFigures::meals(RegistrationRepository(db).staysForEvent(eventId)));
}

void MealCountModel::setMeals(const Event &event, const QList<MealCount> &meals)
{
    beginResetModel();
    m_days.clear();
    m_byDay.clear();
    // Every day of the event, and any day someone eats outside it.
    QDate first = event.start, last = event.end;
    for (const MealCount &m : meals) {
        if (!first.isValid() || m.day < first)
            first = m.day;
        if (!last.isValid() || m.day > last)
            last = m.day;
    }
    if (first.isValid() && last.isValid()) {
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            m_days << d;
            QList<MealCount> &day = m_byDay[d];
            for (int meal = 0; meal < kMeals; ++meal) {
                MealCount empty;
                empty.day = d;
                empty.meal = Meal(meal);
                day << empty;
            }
        }
    }
    for (const MealCount &m : meals)
        m_byDay[m.day][int(m.meal)] = m;
    endResetModel();
}

MealCount MealCountModel::count(int row, int column) const
{
    if (row < 0 || row >= m_days.size() || column < 0 || column >= kMeals)
        return {};
    return m_byDay.value(m_days.at(row)).value(column);
}

QString MealCountModel::dietSummary(const MealCount &count)
{
    QList<QPair<QString, int>> special;
    for (auto it = count.diets.cbegin(); it != count.diets.cend(); ++it)
        if (!it.key().isEmpty())
            special << qMakePair(it.key(), it.value());
    // The most common diets first, then by name.
    std::sort(special.begin(), special.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first.localeAwareCompare(b.first) < 0;
    });
    QStringList parts;
    for (const auto &d : special)
        parts << tr("%1: %2").arg(d.first).arg(d.second);
    if (const int none = count.diets.value(QString()); none > 0)
        parts << tr("no special diet: %1").arg(none);
    return parts.join(QStringLiteral(", "));
}

QStringList MealCountModel::allergySummary(const MealCount &count)
{
    QMap<QString, int> seen;
    QStringList order;
    for (const QString &a : count.allergies) {
        if (!seen.contains(a))
            order << a;
        ++seen[a];
    }
    QStringList out;
    for (const QString &a : order)
        out << (seen.value(a) > 1 ? tr("%1 (×%2)").arg(a).arg(seen.value(a)) : a);
    return out;
}

int MealCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

int MealCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kMeals;
}

QVariant MealCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MealCount m = count(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return m.total > 0 ? QString::number(m.total) : QString();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case TotalRole:
        return m.total;
    case DayRole:
        return m.day;
    case MealRole:
        return int(m.meal);
    case DietsRole: {
        QVariantMap diets;
        for (auto it = m.diets.cbegin(); it != m.diets.cend(); ++it)
            diets.insert(it.key(), it.value());
        return diets;
    }
    case DietSummaryRole:
        return dietSummary(m);
    case AllergiesRole:
        return allergySummary(m);
    case Qt::ToolTipRole: {
        if (m.total == 0)
            return {};
        QStringList lines{dietSummary(m)};
        const QStringList allergies = allergySummary(m);
        if (!allergies.isEmpty())
            lines << tr("Allergies: %1").arg(allergies.join(QStringLiteral(", ")));
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant MealCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_days.size())
            return {};
        if (role == Qt::DisplayRole)
            return DayLabel::shortWithWeekday(m_days.at(section));
        if (role == DayRole)
            return m_days.at(section);
        return {};
    }
    if (section < 0 || section >= kMeals)
        return {};
    if (role == Qt::DisplayRole)
        return Vocabulary::label(Vocabulary::Meal, StayCalculator::mealCode(Meal(section)));
    if (role == MealRole)
        return section;
    return {};
}

} // namespace convivium::core
