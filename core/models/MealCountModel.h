#pragma once
#include "domain/Event.h"
#include "services/EventFigures.h"

#include <QAbstractTableModel>

namespace convivium::core {

class Database;

// How many people eat each meal: one row per day, one column per meal
// (breakfast, lunch, dinner). A cell shows the number of people; its
// tooltip and DietSummaryRole give the diets ("Végétarien: 4, Sans gluten:
// 1, no special diet: 20"), AllergiesRole the allergies to tell the kitchen.
class MealCountModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        TotalRole = Qt::UserRole + 1,   // int
        DietsRole,                      // QVariantMap diet → people ("" = no special diet)
        DietSummaryRole,                // QString, as in the tooltip's first line
        AllergiesRole,                  // QStringList, one entry per allergy text with its count
        DayRole,                        // QDate
        MealRole                        // int, core::Meal
    };

    explicit MealCountModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void load(const Database &db, qint64 eventId);
    void setMeals(const Event &event, const QList<MealCount> &meals);

    QList<QDate> days() const { return m_days; }
    // The count of one meal (an empty count, total 0, when nobody eats it).
    MealCount count(int row, int column) const;

    static QString dietSummary(const MealCount &count);
    static QStringList allergySummary(const MealCount &count);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QDate> m_days;
    QHash<QDate, QList<MealCount>> m_byDay;   // three per day, by Meal
};

} // namespace convivium::core
