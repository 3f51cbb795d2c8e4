#pragma once
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace convivium::core {

class Database;

// Brings a database to the latest schema with the numbered scripts in
// db/schema (NNN_name.sql, compiled in as resources), all in one transaction.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    explicit Migrator(const Database &db) : m_db(db) {}

    static int latestVersion();
    int currentVersion() const;
    // Applies every script above the current version; on any error, nothing changes.
    Result migrate(int targetVersion = latestVersion());

    // The statements of one script, adapted to the engine (exposed for tests).
    QStringList statementsFor(int version) const;

private:
    const Database &m_db;
};

} // namespace convivium::core
