#include "db/Transaction.h"
#include "db/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace convivium::core {

namespace {
// Depth of open transactions per connection; connections are per thread.
// Only connections inside a transaction are listed: every Database has
// connections of its own names, so entries left at 0 would pile up for as
// long as the thread lives (one per restore, per open file…).
thread_local QHash<QString, int> t_depth;

void setDepth(const QString &connection, int depth)
{
    if (depth > 0)
        t_depth.insert(connection, depth);
    else
        t_depth.remove(connection);
}
} // namespace

Transaction::Transaction(const Database &db) : m_db(db)
{
    QSqlDatabase conn = db.connection();
    m_connection = conn.connectionName();
    m_depth = t_depth.value(m_connection, 0);
    QSqlQuery q(conn);
    const bool ok = m_depth == 0
        ? q.exec(db.engine() == Database::Engine::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                                          : QStringLiteral("BEGIN"))
        : q.exec(QStringLiteral("SAVEPOINT sp%1").arg(m_depth));
    if (ok) {
        m_active = true;
        setDepth(m_connection, m_depth + 1);
    }
}

bool Transaction::isOpen(const Database &db)
{
    return t_depth.value(db.connection().connectionName(), 0) > 0;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result Transaction::commit()
{
    if (!m_active)
        return Result::failure(tr("The database is busy or locked; nothing was saved."));
    QSqlQuery q(m_db.connection());
    const bool ok = m_depth == 0 ? q.exec(QStringLiteral("COMMIT"))
                                 : q.exec(QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth));
    if (!ok) {
        const QString why = q.lastError().text();
        rollback();
        return Result::failure(tr("Saving failed, nothing was changed: %1").arg(why));
    }
    m_active = false;
    setDepth(m_connection, m_depth);
    return Result::success();
}

qsizetype Transaction::connectionsInTransaction()
{
    return t_depth.size();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db.connection());
    if (m_depth == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT sp%1").arg(m_depth));
        q.exec(QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth));
    }
    m_active = false;
    setDepth(m_connection, m_depth);
}

} // namespace convivium::core
