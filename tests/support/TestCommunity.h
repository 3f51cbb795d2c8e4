#pragma once
#include "Community.h"
#include "db/Database.h"

#include <QTemporaryDir>
#include <memory>

namespace convivium::test {

// A community file in its own temporary folder, removed after the test.
class TestCommunity
{
public:
    explicit TestCommunity(bool withDemo = false);
    core::Community &community() { return *m_community; }
    const core::Database &db() const { return m_community->database(); }
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<core::Community> m_community;
};

// Writes raw bytes to a file (for the bad-file tests).
void writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);

} // namespace convivium::test
