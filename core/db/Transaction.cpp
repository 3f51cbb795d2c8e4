#include "db/Transaction.h"
#include "db/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace convivium::core {

namespace {
// Depth of open transactions per connection; connections are per thread.
thread_local QHash<QString, int> t_depth;
}

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
        t_depth[m_connection] = m_depth + 1;
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
    t_depth[m_connection] = m_depth;
    return Result::success();
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
    t_depth[m_connection] = m_depth;
}

} // namespace convivium::core
