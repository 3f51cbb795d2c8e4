#pragma once
#include "domain/Event.h"
#include "services/EventFigures.h"

#include <QAbstractTableModel>
#include <QColor>

namespace convivium::core {

class Database;

// Who sleeps where, night by night: one row per night, one column per
// lodging option and a last column with the night's total. A cell reads
// "people / capacity" (or only people when the option has no limit); a
// night over capacity is painted red and says by how many; transit days
// are greyed.
class OccupancyModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        PeopleRole = Qt::UserRole + 1,   // int
        CapacityRole,                    // int, -1 when unlimited
        OverCapacityRole,                // bool
        TransitDayRole,                  // bool
        NightRole                        // QDate
    };

    explicit OccupancyModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    // Reads the event and its registrations, then shows their occupancy.
    void load(const Database &db, qint64 eventId);
    void setOccupancy(const Event &event, const Occupancy &occupancy);

    const Occupancy &occupancy() const { return m_occupancy; }
    int totalColumn() const { return int(m_occupancy.options.size()); }
    bool isTransitDay(const QDate &day) const;
    int overCapacityNights() const;

    static QColor overCapacityColor() { return QColor(0xf5, 0xb7, 0xb1); }
    static QColor transitDayColor() { return QColor(0xec, 0xec, 0xec); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant cellData(int night, int option, int role) const;
    QVariant totalData(int night, int role) const;
    QString optionHeader(int option) const;

    Event m_event;
    Occupancy m_occupancy;
};

} // namespace convivium::core
