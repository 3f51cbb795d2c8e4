#pragma once
#include "Result.h"
#include "db/RowSet.h"

#include <QCoreApplication>
#include <QSet>

namespace convivium::core {

class Database;

// Reads and writes whole rows generically, by table and id. It is what makes
// every edit undoable: a command keeps the rows an operation may touch before
// and after it, and moves the database between the two pictures.
class RowStore
{
    Q_DECLARE_TR_FUNCTIONS(RowStore)
public:
    explicit RowStore(const Database &db) : m_db(db) {}

    // The record and everything its deletion would remove or alter:
    // rows that cascade, recursively, and rows whose reference would be nulled.
    RowSet footprint(const QString &table, qint64 id) const;
    // Only the rows a deletion would remove (the record and what cascades).
    RowSet cascade(const QString &table, qint64 id) const;
    // The same rows as `shape`, read again now (rows gone since are absent).
    RowSet reread(const RowSet &shape) const;
    // Makes the rows of `from` look like `to`, in one transaction.
    Result apply(const RowSet &from, const RowSet &to) const;
    // Inserts rows as they are (ids included), parents first, in one transaction.
    Result insertAll(const RowSet &rows) const;

private:
    void collect(const QString &table, qint64 id, RowSet &out, QSet<QString> &seen, bool withNulled) const;
    QVariantMap readRow(const QString &table, qint64 id) const;
    bool insertRow(const QString &table, const QVariantMap &row, QString *error) const;
    bool updateRow(const QString &table, qint64 id, const QVariantMap &row, QString *error) const;
    bool deleteRow(const QString &table, qint64 id, QString *error) const;

    const Database &m_db;
};

} // namespace convivium::core
