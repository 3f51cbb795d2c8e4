#include "TestCommunity.h"
#include "db/AutoBackups.h"
#include "services/DemoCommunity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace convivium::test {

namespace {

QString postgresUrl()
{
    const QString file = qEnvironmentVariable("CONVIVIUM_TEST_POSTGRES");
    if (file.isEmpty())
        return QString();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("CONVIVIUM_TEST_POSTGRES names %s, which cannot be read: is the server started?", qPrintable(file));
    return QString::fromUtf8(f.readAll()).trimmed();
}

// Runs one statement in the server's maintenance database.
void onServer(const core::ServerAddress &server, const QString &statement)
{
    core::ServerAddress maintenance = server;
    maintenance.database = QStringLiteral("postgres");
    core::Database::OpenReport report;
    const QString name = QStringLiteral("convivium-test-maintenance");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(maintenance.host);
        db.setPort(maintenance.port);
        db.setDatabaseName(maintenance.database);
        db.setUserName(maintenance.user);
        if (!db.open())
            qFatal("cannot reach the test server: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(statement))
            qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

bool TestCommunity::onPostgres()
{
    return !qEnvironmentVariable("CONVIVIUM_TEST_POSTGRES").isEmpty();
}

TestCommunity::TestCommunity(bool withDemo)
{
    core::Database::OpenReport report;
    if (const QString url = postgresUrl(); !url.isEmpty()) {
        static int counter = 0;
        m_server = core::ServerAddress::fromUrl(url).value();
        m_server.database = QStringLiteral("test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        onServer(m_server, QStringLiteral("CREATE DATABASE %1").arg(m_server.database));
        m_path = m_server.toUrl();
        auto db = core::Database::openServer(m_server, core::Database::Mode::OpenExisting, &report);
        if (db)
            m_community = std::make_unique<core::Community>(std::move(db));
    } else {
        m_path = m_dir.filePath(QStringLiteral("test.convivium"));
        m_community = core::Community::open(m_path, core::Database::Mode::CreateIfMissing, &report);
    }
    if (!m_community)
        qFatal("cannot create test community: %s", qPrintable(report.message));
    if (withDemo) {
        const core::Result r = core::DemoCommunity::write(m_community->database());
        if (!r)
            qFatal("cannot write demo: %s", qPrintable(r.message()));
    }
}

TestCommunity::~TestCommunity()
{
    m_community.reset();   // closes its connections first
    if (!m_server.database.isEmpty())
        onServer(m_server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_server.database));
    else   // the window's automatic copies of this file go with it
        QDir(core::AutoBackups::folderFor(m_path)).removeRecursively();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace convivium::test
