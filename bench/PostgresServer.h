#pragma once
#include "Result.h"

#include <QDir>
#include <QString>
#include <QTemporaryDir>

namespace convivium::bench {

// A private PostgreSQL server for one run of the bench, started and stopped
// by the tests' tests/support/postgres_server.sh (initdb into a temporary
// folder, a free port on 127.0.0.1, as the postgres user when root). Stopped
// when the object goes; a watchdog process stops it too if the bench dies
// first (a crash, Ctrl-C), so that no cluster outlives the run.
class PostgresServer
{
public:
    PostgresServer() = default;
    ~PostgresServer() { stop(); }
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Whether Debian's server binaries (package postgresql) are installed.
    static bool available();

    core::Result start();
    void stop();
    // postgresql://convivium@127.0.0.1:PORT/postgres (trust authentication).
    QString url() const { return m_url; }

private:
    core::Result runScript(const QString &action) const;

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/convivium-bench-pg-XXXXXX")};
    QString m_url;
    qint64 m_watchdog = 0;
    bool m_started = false;
};

} // namespace convivium::bench
