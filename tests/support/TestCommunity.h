#pragma once
#include "Community.h"
#include "db/Database.h"

#include <QTemporaryDir>
#include <memory>

namespace convivium::test {

// A community file in its own temporary folder, removed after the test. When
// CONVIVIUM_TEST_POSTGRES names the file where tests/support/postgres_server.sh
// wrote its address, the community is a fresh database on that server instead
// (dropped after the test), so the same test runs on both engines.
class TestCommunity
{
public:
    explicit TestCommunity(bool withDemo = false);
    ~TestCommunity();
    static bool onPostgres();
    core::Community &community() { return *m_community; }
    const core::Database &db() const { return m_community->database(); }
    QString path() const { return m_path; }   // the file, or the postgresql:// address
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<core::Community> m_community;
    core::ServerAddress m_server;   // on PostgreSQL: the test's own database
};

// Writes raw bytes to a file (for the bad-file tests).
void writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);

} // namespace convivium::test
