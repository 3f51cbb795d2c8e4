#include "db/DeferredIndexes.h"
#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace convivium::core {

DeferredIndexes::DeferredIndexes(const Database &db, const QStringList &tables) : m_db(db)
{
    if (db.engine() != Database::Engine::SQLite)
        return;
    QSqlQuery q(db.connection());
    QStringList names;
    for (const QString &table : tables) {
        // sql is NULL for the indexes behind UNIQUE constraints: those stay.
        q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"));
        q.addBindValue(table);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return;
        }
        while (q.next()) {
            names << q.value(0).toString();
            m_statements << q.value(1).toString();
        }
    }
    for (const QString &name : std::as_const(names))
        if (!q.exec(QStringLiteral("DROP INDEX %1").arg(db.quoteIdentifier(name)))) {
            m_error = q.lastError().text();
            return;
        }
}

Result DeferredIndexes::rebuild()
{
    if (!m_error.isEmpty())
        return Result::failure(tr("Could not prepare the tables for a bulk write: %1").arg(m_error));
    QSqlQuery q(m_db.connection());
    for (const QString &statement : std::as_const(m_statements))
        if (!q.exec(statement))
            return Result::failure(tr("Could not rebuild an index after a bulk write: %1").arg(q.lastError().text()));
    m_statements.clear();
    return Result::success();
}

} // namespace convivium::core
