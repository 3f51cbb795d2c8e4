#pragma once
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>
#include <functional>

namespace convivium::core {

class Database;

// A row that breaks a foreign key: found after rows were written with the
// check deferred, so that the message can name it.
struct BrokenReference {
    QString table;
    qint64 id = 0;
    QString parent;
};

// Whole tables, read and written generically: what backups need. Tables and
// columns come from the database itself, so a table added by a migration is
// included without anyone listing it here.
class TableData
{
    Q_DECLARE_TR_FUNCTIONS(TableData)
public:
    explicit TableData(const Database &db) : m_db(db) {}

    // The tables of the schema, parents before children (SchemaGraph's order;
    // a table it does not know comes last, by name). The engine's own
    // bookkeeping tables are left out.
    QStringList tables() const;
    QStringList columns(const QString &table) const;   // in the table's order
    qint64 count(const QString &table) const;
    bool isEmpty() const;                              // no row in any table

    // Every row by id, values as stored: integers, text or null. Stops, and
    // fails, when `row` returns false.
    Result read(const QString &table, const QStringList &columns,
                const std::function<bool(const QVariantList &)> &row) const;

    // The last id handed out for a table (0: none yet). Ids are never reused,
    // so a restored database must go on from where the original was.
    qint64 sequence(const QString &table) const;
    Result setSequence(const QString &table, qint64 value) const;

    // Inside the caller's transaction: foreign keys are checked at commit, not
    // row by row, so rows can be written in id order (a parent organisation may
    // have a larger id than its child).
    Result deferForeignKeys() const;
    QList<BrokenReference> brokenReferences() const;

    // After many rows were written at once (a restore), outside the transaction.
    // PostgreSQL plans from table statistics that autovacuum gathers only a
    // minute or more later; until then a restored community's list filters run
    // several times slower. SQLite files are planned without statistics (the
    // list views were tuned so): nothing to do there. Best effort: without
    // statistics queries are slower for a while, not wrong.
    void refreshStatistics() const;

private:
    const Database &m_db;
};

} // namespace convivium::core
