#pragma once
#include "Result.h"
#include "db/ServerAddress.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>

namespace convivium::core {

// A community database: one SQLite file, or a PostgreSQL database that a
// team of organisers shares.
// Holds no QSqlDatabase: each thread gets its own named connection on demand.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Engine { SQLite, PostgreSQL };
    enum class OpenError {
        None, NotFound, NotADatabase, NotConvivium, Corrupt, NewerVersion,
        ReadOnly, Locked, CannotCreate, MigrationFailed
    };
    enum class Mode { OpenExisting, CreateIfMissing };

    struct OpenReport {
        OpenError error = OpenError::None;
        QString message;
        int versionBefore = 0;   // schema version found in the file (0: new)
        int versionAfter = 0;
        QString backupPath;      // copy taken before a migration, if any
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (and migrates if needed) a SQLite community file. On failure the
    // file is left exactly as it was and the report explains why.
    // `schemaVersion` stops the migration early (0: the latest): a backup of an
    // older schema is restored at its own version, then migrated like a file.
    static std::unique_ptr<Database> openFile(const QString &path, Mode mode, OpenReport *report,
                                              int schemaVersion = 0);

    // Opens (and migrates if needed) a team's PostgreSQL database. An empty
    // database gets the schema; CreateIfMissing also creates the database
    // when the user may. A database holding other tables is refused.
    static std::unique_ptr<Database> openServer(const ServerAddress &address, Mode mode, OpenReport *report,
                                                int schemaVersion = 0);
    // A file path or a postgresql:// address, as the command line's --db takes it.
    static std::unique_ptr<Database> open(const QString &location, Mode mode, OpenReport *report,
                                          int schemaVersion = 0);

    QSqlDatabase connection() const;   // the calling thread's connection
    // Closes the calling thread's connection: worker threads call it when done.
    void closeThreadConnection() const;
    // A statement prepared once per connection and kept, for queries run in
    // loops (an event's registrations, read for each of 300 events). The
    // caller must finish with it before asking for the same text again.
    QSqlQuery &cachedStatement(const QString &statement) const;
    Engine engine() const { return m_engine; }
    QString path() const { return m_path; }   // the file, or the server's address
    QString displayName() const;
    // Who is editing, for the history: the team database's user, or the
    // computer's user for a file.
    QString author() const;

    // Engine-specific helpers kept here so that repositories stay portable.
    QString quoteIdentifier(const QString &name) const;
    Result backupTo(const QString &targetPath) const;

    static constexpr int applicationId = 0x436f6e76; // "Conv"
    static constexpr qint64 FullCheckLimit = 32 * 1024 * 1024;   // bytes: full integrity check at open below this

private:
    Database(Engine engine, QString path, ServerAddress server = {});
    QSqlDatabase openConnection(const QString &name) const;
    void applyConnectionPragmas(QSqlDatabase &db) const;

    Engine m_engine;
    QString m_path;
    ServerAddress m_server;
    QString m_connectionPrefix;
    mutable QHash<QString, QSqlQuery *> m_statements;   // connection + text → prepared query
    mutable QMutex m_statementsLock;
};

} // namespace convivium::core
