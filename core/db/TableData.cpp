#include "db/TableData.h"
#include "db/Database.h"
#include "db/SchemaGraph.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace convivium::core {

// Table and column names below come from the engine's own catalogue, never
// from input, and are quoted; values are bound.

QStringList TableData::tables() const
{
    QStringList names;
    for (const QString &name : m_db.connection().tables(QSql::Tables))
        if (!name.startsWith(QLatin1String("sqlite_")) && name != u"convivium_schema")
            names << name;
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const int oa = SchemaGraph::order(a), ob = SchemaGraph::order(b);
        if ((oa < 0) != (ob < 0))
            return ob < 0;
        return oa != ob ? oa < ob : a < b;
    });
    return names;
}

QStringList TableData::columns(const QString &table) const
{
    const QSqlRecord record = m_db.connection().record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

qint64 TableData::count(const QString &table) const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(m_db.quoteIdentifier(table))) && q.next()
        ? q.value(0).toLongLong() : 0;
}

bool TableData::isEmpty() const
{
    QSqlQuery q(m_db.connection());
    for (const QString &table : tables())
        if (q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(m_db.quoteIdentifier(table))) && q.next()
            && q.value(0).toBool())
            return false;
    return true;
}

Result TableData::read(const QString &table, const QStringList &columns,
                       const std::function<bool(const QVariantList &)> &row) const
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted << m_db.quoteIdentifier(c);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(quoted.join(u", "), m_db.quoteIdentifier(table))))
        return Result::failure(tr("Cannot read the table %1: %2").arg(table, q.lastError().text()));
    QVariantList values;
    values.reserve(columns.size());
    while (q.next()) {
        values.clear();
        for (int i = 0; i < columns.size(); ++i)
            values << q.value(i);
        if (!row(values))
            return Result::failure(tr("Reading the table %1 was stopped.").arg(table));
    }
    if (q.lastError().isValid())
        return Result::failure(tr("Cannot read the table %1: %2").arg(table, q.lastError().text()));
    return Result::success();
}

qint64 TableData::sequence(const QString &table) const
{
    QSqlQuery q(m_db.connection());
    if (m_db.engine() == Database::Engine::PostgreSQL) {
        // The identity column's sequence; before its first use (NULL), nothing was handed out.
        q.prepare(QStringLiteral("SELECT coalesce(s.last_value, 0) FROM pg_sequences s "
                                 "WHERE format('%I.%I', s.schemaname, s.sequencename)::regclass "
                                 "= pg_get_serial_sequence(?, 'id')::regclass"));
        q.addBindValue(table);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    // SQLite keeps the last id of each AUTOINCREMENT table in sqlite_sequence.
    q.prepare(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Result TableData::setSequence(const QString &table, qint64 value) const
{
    QSqlQuery q(m_db.connection());
    bool ok = false;
    if (m_db.engine() == Database::Engine::PostgreSQL) {
        // setval(…, 1, false): the next id is 1, as on a new table.
        q.prepare(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), ?, ?)"));
        q.addBindValue(table);
        q.addBindValue(qMax<qint64>(value, 1));
        q.addBindValue(value > 0);
        ok = q.exec();
    } else {
        q.prepare(QStringLiteral("UPDATE sqlite_sequence SET seq = ? WHERE name = ?"));
        q.addBindValue(value);
        q.addBindValue(table);
        ok = q.exec();
        if (ok && q.numRowsAffected() == 0 && value > 0) {
            q.prepare(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)"));
            q.addBindValue(table);
            q.addBindValue(value);
            ok = q.exec();
        }
    }
    if (!ok)
        return Result::failure(tr("Cannot record the next id of the table %1: %2").arg(table, q.lastError().text()));
    return Result::success();
}

Result TableData::deferForeignKeys() const
{
    QSqlQuery q(m_db.connection());
    // On PostgreSQL the keys are DEFERRABLE (see Migrator), immediate unless asked.
    if (!q.exec(m_db.engine() == Database::Engine::PostgreSQL ? QStringLiteral("SET CONSTRAINTS ALL DEFERRED")
                                                              : QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return Result::failure(q.lastError().text());
    return Result::success();
}

QList<BrokenReference> TableData::brokenReferences() const
{
    QList<BrokenReference> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (m_db.engine() == Database::Engine::PostgreSQL) {
        // Checking now makes PostgreSQL name the first broken key, in its own words.
        if (!q.exec(QStringLiteral("SET CONSTRAINTS ALL IMMEDIATE")))
            out << BrokenReference{QString(), 0, q.lastError().databaseText()};
        return out;
    }
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check")))   // table, rowid, parent, key number
        while (q.next())
            out << BrokenReference{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString()};
    return out;
}

void TableData::refreshStatistics() const
{
    if (m_db.engine() != Database::Engine::PostgreSQL)
        return;
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("ANALYZE"));   // the tables of this database that the user owns
}

} // namespace convivium::core
