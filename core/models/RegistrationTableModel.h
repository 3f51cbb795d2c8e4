#pragma once
#include "domain/Event.h"
#include "repositories/RegistrationRepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace convivium::core {

class Database;

// The registrations of one event as a table: who, status, stay, lodging,
// diet, amount due and paid. Small enough (an event has hundreds, not
// hundreds of thousands) to hold whole; filters go through a proxy.
class RegistrationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Organisation, Status, Arrival, Departure, Option, Nights, Diet, Due, Paid, Waitlist, Submitted,
                  ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, SortRole, StatusRole, OptionRole, OrganisationRole, NewcomerRole, LateRole };

    RegistrationTableModel(const Database &db, qint64 eventId, QObject *parent = nullptr);

    void reload();
    const Event &event() const { return m_event; }
    const RegistrationRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void tablesChanged(const QStringList &tables);

private:
    QVariant display(const RegistrationRow &row, int column) const;
    QVariant sortValue(const RegistrationRow &row, int column) const;

    const Database &m_db;
    qint64 m_eventId;
    Event m_event;
    QList<RegistrationRow> m_rows;
    QHash<qint64, qint64> m_paid;
};

} // namespace convivium::core
