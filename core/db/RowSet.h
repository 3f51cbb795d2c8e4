#pragma once
#include <QMap>
#include <QString>
#include <QVariantMap>
#include <utility>

namespace convivium::core {

// A set of database rows, by table and id: the before or after picture of
// an edit. Undo and redo move the database from one picture to the other.
class RowSet
{
public:
    using Rows = QMap<qint64, QVariantMap>;

    void insert(const QString &table, qint64 id, const QVariantMap &row) { m_tables[table].insert(id, row); }
    void merge(const RowSet &other);
    bool contains(const QString &table, qint64 id) const;
    Rows rows(const QString &table) const { return m_tables.value(table); }
    QStringList tableNames() const { return m_tables.keys(); }
    int count(const QString &table) const { return int(m_tables.value(table).size()); }
    int size() const;
    bool isEmpty() const { return size() == 0; }
    // The first record (table, id) of this picture that `now` has otherwise
    // or not at all; an empty table name when `now` matches it.
    std::pair<QString, qint64> firstDifference(const RowSet &now) const;

private:
    QMap<QString, Rows> m_tables;
};

} // namespace convivium::core
