#pragma once
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace convivium::core {

class Database;

// Sets aside the secondary indexes of some tables while a bulk write fills
// them, and builds them again at the end: sorting 100,000 keys once is many
// times faster than keeping an index in order row by row. Must run inside the
// caller's transaction, so that a failure or a rollback brings the indexes
// back as they were. Unique constraints stay in force throughout. SQLite only;
// on other engines it does nothing.
class DeferredIndexes
{
    Q_DECLARE_TR_FUNCTIONS(DeferredIndexes)
public:
    DeferredIndexes(const Database &db, const QStringList &tables);
    Result rebuild();     // creates the indexes again; call before committing

private:
    const Database &m_db;
    QStringList m_statements;   // the CREATE INDEX statements set aside
    QString m_error;
};

} // namespace convivium::core
