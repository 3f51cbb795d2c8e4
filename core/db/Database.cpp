#include "db/Database.h"
#include "db/Migrator.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace convivium::core {

namespace {

QAtomicInt s_nextDatabase{1};

// SQLite's result codes, as QSqlError::nativeErrorCode() gives them.
bool isBusy(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    return code == u"5" || code == u"6" || e.text().contains(u"locked");
}
bool isNotADatabase(const QSqlError &e)
{
    return e.nativeErrorCode() == u"26" || e.text().contains(u"not a database");
}
bool isCorrupt(const QSqlError &e)
{
    return e.nativeErrorCode() == u"11" || e.text().contains(u"malformed");
}

bool hasSqliteHeader(const QString &path, bool *empty)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(16);
    *empty = head.isEmpty();
    return head == QByteArray("SQLite format 3\0", 16);
}

bool hasWritePermission(const QFileInfo &info)
{
    // As root, access(2) says every file is writable; honour the permission bits too,
    // since a user who made the file read-only meant it. (WriteUser is left out: Qt
    // derives it from access(2) as well, so it is always set for root.)
    const auto writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & writeBits);
}

} // namespace

Database::Database(Engine engine, QString path, ServerAddress server)
    : m_engine(engine), m_path(std::move(path)), m_server(std::move(server)),
      m_connectionPrefix(QStringLiteral("convivium-%1").arg(s_nextDatabase.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    qDeleteAll(m_statements);   // statements go before their connections
    m_statements.clear();
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (!name.startsWith(m_connectionPrefix + u'-'))
            continue;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::displayName() const
{
    if (m_engine == Engine::PostgreSQL)
        return tr("%1 on %2").arg(m_server.database, m_server.host);
    return QFileInfo(m_path).completeBaseName();
}

QString Database::author() const
{
    if (m_engine == Engine::PostgreSQL)
        return m_server.user;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QDir::home().dirName() : user;
}

QSqlDatabase Database::connection() const
{
    const QString name = m_connectionPrefix + u'-'
        + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    return openConnection(name);
}

void Database::closeThreadConnection() const
{
    const QString name = m_connectionPrefix + u'-'
        + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    {
        QMutexLocker lock(&m_statementsLock);
        for (auto it = m_statements.begin(); it != m_statements.end();) {
            if (it.key().startsWith(name + u'\n')) {
                delete it.value();
                it = m_statements.erase(it);
            } else {
                ++it;
            }
        }
    }
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QSqlQuery &Database::cachedStatement(const QString &statement) const
{
    const QSqlDatabase conn = connection();
    const QString key = conn.connectionName() + u'\n' + statement;
    QMutexLocker lock(&m_statementsLock);
    QSqlQuery *&query = m_statements[key];
    if (!query) {
        query = new QSqlQuery(conn);
        query->setForwardOnly(true);
        query->prepare(statement);
    }
    query->finish();
    return *query;
}

QSqlDatabase Database::openConnection(const QString &name) const
{
    if (m_engine == Engine::PostgreSQL) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_server.host);
        db.setPort(m_server.port);
        db.setDatabaseName(m_server.database);
        db.setUserName(m_server.user);
        db.setPassword(m_server.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=Convivium"));
        if (db.open())
            QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1500"));
    if (db.open())
        applyConnectionPragmas(db);
    return db;
}

void Database::applyConnectionPragmas(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    // Up to 64 MB of page cache (allocated as used): an import of 100,000
    // people in one transaction then stays in memory instead of spilling
    // pages to the WAL again and again before the commit.
    q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
}

QString Database::quoteIdentifier(const QString &name) const
{
    return connection().driver()->escapeIdentifier(name, QSqlDriver::TableName);
}

Result Database::backupTo(const QString &targetPath) const
{
    if (m_engine != Engine::SQLite)
        return Result::failure(tr("A copy of a team database is made by its server's administrator (pg_dump)."));
    QFile::remove(targetPath);
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(targetPath);
    if (!q.exec())
        return Result::failure(tr("Could not write the backup copy %1: %2")
                                   .arg(QDir::toNativeSeparators(targetPath), q.lastError().text()));
    return Result::success();
}

std::unique_ptr<Database> Database::openFile(const QString &path, Mode mode, OpenReport *report, int schemaVersion)
{
    OpenReport local;
    OpenReport &r = report ? *report : local;
    r = OpenReport{};
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [&r](OpenError error, const QString &message) {
        r.error = error;
        r.message = message;
        return std::unique_ptr<Database>();
    };

    QFileInfo info(path);
    if (info.exists() && info.isDir())
        return fail(OpenError::NotADatabase, tr("%1 is a folder, not a Convivium file.").arg(shown));
    if (!info.exists()) {
        if (mode == Mode::OpenExisting)
            return fail(OpenError::NotFound, tr("The file %1 does not exist.").arg(shown));
        QFileInfo dir(info.absolutePath());
        if (!dir.isDir() || !hasWritePermission(dir))
            return fail(OpenError::CannotCreate,
                        tr("Cannot create %1: the folder does not exist or is read-only.").arg(shown));
    } else {
        bool empty = false;
        if (!hasSqliteHeader(path, &empty) && !empty)
            return fail(OpenError::NotADatabase,
                        tr("%1 is not a Convivium file (it is not a database at all).").arg(shown));
        if (!hasWritePermission(info))
            return fail(OpenError::ReadOnly,
                        tr("%1 is read-only. Make it writable, or save a copy elsewhere, then open it again.")
                            .arg(shown));
        if (!hasWritePermission(QFileInfo(info.absolutePath())))
            return fail(OpenError::ReadOnly,
                        tr("The folder of %1 is read-only; Convivium needs to write its journal next to the file.")
                            .arg(shown));
    }

    std::unique_ptr<Database> db(new Database(Engine::SQLite, info.absoluteFilePath()));
    QSqlDatabase conn = db->connection();
    if (!conn.isOpen())
        return fail(OpenError::CannotCreate, tr("Cannot open %1: %2").arg(shown, conn.lastError().text()));

    // Probe before anything writes: a wrong, corrupt, locked or newer file must stay untouched.
    QSqlQuery q(conn);
    auto classify = [&](const QSqlError &e) {
        if (isBusy(e))
            return fail(OpenError::Locked,
                        tr("%1 is locked by another program that is writing to it. Close that program "
                           "or wait for it to finish, then try again.").arg(shown));
        if (isNotADatabase(e))
            return fail(OpenError::NotADatabase,
                        tr("%1 is not a Convivium file (it is not a database at all).").arg(shown));
        if (isCorrupt(e))
            return fail(OpenError::Corrupt,
                        tr("%1 is damaged and cannot be read safely. Restore it from a backup.").arg(shown));
        return fail(OpenError::Corrupt, tr("Cannot read %1: %2").arg(shown, e.text()));
    };
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return classify(q.lastError());
    const int appId = q.value(0).toInt();
    q.finish();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return classify(q.lastError());
    const int objects = q.value(0).toInt();
    q.finish();
    if (appId != applicationId && objects > 0)
        return fail(OpenError::NotConvivium,
                    tr("%1 is a database, but not a Convivium community file.").arg(shown));

    Migrator migrator(*db);
    const int targetVersion = schemaVersion > 0 ? schemaVersion : Migrator::latestVersion();
    r.versionBefore = migrator.currentVersion();
    if (r.versionBefore > Migrator::latestVersion())
        return fail(OpenError::NewerVersion,
                    tr("%1 was written by a newer version of Convivium (schema %2; this version reads up "
                       "to %3). Update Convivium to open it.")
                        .arg(shown).arg(r.versionBefore).arg(Migrator::latestVersion()));
    if (objects > 0) {
        // A full check reads every page: worth it for community-sized files, too slow
        // (seconds on a cold disk) for very large ones, which get the structural check
        // only; SQLite still reports any damaged page it meets later.
        const bool full = info.size() <= FullCheckLimit;
        if (!q.exec(full ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA page_count")) || !q.next())
            return classify(q.lastError());
        const bool sound = full ? q.value(0).toString() == u"ok" : q.value(0).toLongLong() > 0;
        if (!sound)
            return fail(OpenError::Corrupt,
                        tr("%1 is damaged and cannot be read safely. Restore it from a backup.").arg(shown));
        q.finish();
    }
    // A writer elsewhere would make every save fail later; say so now.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return classify(q.lastError());
    q.exec(QStringLiteral("ROLLBACK"));

    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return classify(q.lastError());
    q.finish();

    if (r.versionBefore > 0 && r.versionBefore < targetVersion) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        r.backupPath = QStringLiteral("%1.v%2-%3.bak").arg(info.absoluteFilePath()).arg(r.versionBefore).arg(stamp);
        if (Result b = db->backupTo(r.backupPath); !b)
            return fail(OpenError::MigrationFailed, b.message());
    }
    if (Result m = migrator.migrate(targetVersion); !m)
        return fail(OpenError::MigrationFailed, m.message());
    r.versionAfter = migrator.currentVersion();
    return db;
}

std::unique_ptr<Database> Database::open(const QString &location, Mode mode, OpenReport *report, int schemaVersion)
{
    if (!ServerAddress::isServerUrl(location))
        return openFile(location, mode, report, schemaVersion);
    Fallible<ServerAddress> address = ServerAddress::fromUrl(location);
    if (!address) {
        if (report) {
            *report = OpenReport{};
            report->error = OpenError::NotFound;
            report->message = address.message();
        }
        return nullptr;
    }
    if (address.value().password.isEmpty())   // the command line's way, as psql reads it
        address.value().password = qEnvironmentVariable("PGPASSWORD");
    return openServer(address.value(), mode, report, schemaVersion);
}

std::unique_ptr<Database> Database::openServer(const ServerAddress &address, Mode mode, OpenReport *report,
                                               int schemaVersion)
{
    OpenReport local;
    OpenReport &r = report ? *report : local;
    r = OpenReport{};
    const QString shown = address.toUrl();
    auto fail = [&r](OpenError error, const QString &message) {
        r.error = error;
        r.message = message;
        return std::unique_ptr<Database>();
    };
    auto connectionFailure = [&](const QSqlError &e) {
        const QString text = e.text();
        if (text.contains(u"password authentication failed") || text.contains(u"no password supplied"))
            return fail(OpenError::CannotCreate, tr("The server %1 refused the user %2: check the user name and the "
                                                    "password.").arg(address.host, address.user));
        if (text.contains(u"does not exist") && text.contains(u"database"))
            return fail(OpenError::NotFound, tr("The database %1 does not exist on %2: ask the server's administrator "
                                                "to create it, or check its name.").arg(address.database, address.host));
        if (text.contains(u"Connection refused") || text.contains(u"could not connect") || text.contains(u"timeout"))
            return fail(OpenError::CannotCreate, tr("Cannot reach the database server %1 on port %2: check the address, "
                                                    "the port, and that PostgreSQL runs there.")
                                                     .arg(address.host).arg(address.port));
        return fail(OpenError::CannotCreate, tr("Cannot open %1: %2").arg(shown, text));
    };

    // Why a connection failed, with no handle on it left (the Database must be
    // able to remove it when it goes).
    auto failureOf = [](const Database &database) {
        const QSqlDatabase conn = database.connection();
        return conn.isOpen() ? QSqlError() : conn.lastError();
    };
    std::unique_ptr<Database> db(new Database(Engine::PostgreSQL, shown, address));
    if (const QSqlError error = failureOf(*db); error.isValid()) {
        if (mode != Mode::CreateIfMissing || !error.text().contains(u"does not exist"))
            return connectionFailure(error);
        // Create it from the server's maintenance database, when the user may.
        db.reset();
        ServerAddress maintenance = address;
        maintenance.database = QStringLiteral("postgres");
        std::unique_ptr<Database> server(new Database(Engine::PostgreSQL, maintenance.toUrl(), maintenance));
        if (const QSqlError refused = failureOf(*server); refused.isValid())
            return connectionFailure(refused);
        QSqlQuery create(server->connection());
        if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(server->quoteIdentifier(address.database))))
            return fail(OpenError::CannotCreate, tr("Cannot create the database %1 on %2: %3")
                                                     .arg(address.database, address.host, create.lastError().text()));
        create.finish();
        server.reset();
        db.reset(new Database(Engine::PostgreSQL, shown, address));
        if (const QSqlError refused = failureOf(*db); refused.isValid())
            return connectionFailure(refused);
    }

    QSqlQuery q(db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"))
        || !q.next())
        return fail(OpenError::Corrupt, tr("Cannot read %1: %2").arg(shown, q.lastError().text()));
    const int tables = q.value(0).toInt();
    q.finish();
    Migrator migrator(*db);
    r.versionBefore = migrator.currentVersion();
    if (tables > 0 && r.versionBefore <= 0)
        return fail(OpenError::NotConvivium, tr("The database %1 holds other tables, not a Convivium community: "
                                                "use an empty database.").arg(shown));
    if (r.versionBefore > Migrator::latestVersion())
        return fail(OpenError::NewerVersion,
                    tr("%1 was written by a newer version of Convivium (schema %2; this version reads up "
                       "to %3). Update Convivium to open it.")
                        .arg(shown).arg(r.versionBefore).arg(Migrator::latestVersion()));
    const int targetVersion = schemaVersion > 0 ? schemaVersion : Migrator::latestVersion();
    if (Result m = migrator.migrate(targetVersion); !m)
        return fail(OpenError::MigrationFailed, m.message());
    r.versionAfter = migrator.currentVersion();
    return db;
}

} // namespace convivium::core
