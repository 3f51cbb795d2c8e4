// Opening community files: what a fresh, an older, a newer, a foreign, a
// damaged, a read-only or a locked file gives, and that a refused file is
// never modified.
#include "TestCommunity.h"
#include "db/Database.h"
#include "db/Migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace convivium;
using core::Database;
using core::Migrator;
using OpenError = Database::OpenError;

namespace {

// A raw SQLite connection, for building files the way another program would.
class RawConnection
{
public:
    explicit RawConnection(const QString &path, const QString &options = {})
        : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql, QString *error = nullptr)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        const bool ok = q.exec(sql);
        if (!ok && error)
            *error = q.lastError().text();
        return ok;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

QVariant pragma(const Database &db, const char *name)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) && q.next() ? q.value(0) : QVariant();
}

// A valid, closed community file holding `organisations` rows with long notes.
void writeCommunity(const QString &path, int organisations = 1)
{
    Database::OpenReport report;
    auto db = Database::openFile(path, Database::Mode::CreateIfMissing, &report);
    if (!db)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(report.message));
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("BEGIN"));
    q.prepare(QStringLiteral("INSERT INTO organisation (name, notes, created_at, updated_at) VALUES (?, ?, '', '')"));
    for (int i = 0; i < organisations; ++i) {
        q.addBindValue(QStringLiteral("Organisation %1").arg(i));
        q.addBindValue(QString(300, QLatin1Char('a' + i % 26)));
        q.exec();
    }
    QSqlQuery(db->connection()).exec(QStringLiteral("COMMIT"));
}

// The statements of schema 1, as the application itself knows them.
QStringList schemaOneStatements(const QString &scratchFolder)
{
    Database::OpenReport report;
    auto scratch = Database::openFile(scratchFolder + QStringLiteral("/scratch.convivium"),
                                      Database::Mode::CreateIfMissing, &report);
    return scratch ? Migrator(*scratch).statementsFor(1) : QStringList();
}

} // namespace

class tst_Migrator : public QObject
{
    Q_OBJECT

private slots:
    void newFile_isCreatedAtLatestSchemaWithWalAndForeignKeys_data();
    void newFile_isCreatedAtLatestSchemaWithWalAndForeignKeys();
    void missingFileWithOpenExisting_isNotFoundAndNotCreated();
    void olderFile_isMigratedKeepingDataAndABackupOfTheOldVersion();
    void unusableFile_isRefusedWithAMessageAndLeftUnchanged_data();
    void unusableFile_isRefusedWithAMessageAndLeftUnchanged();
    void lockedFile_isRefusedUntilTheOtherWriterReleasesIt();
};

void tst_Migrator::newFile_isCreatedAtLatestSchemaWithWalAndForeignKeys_data()
{
    QTest::addColumn<bool>("existsEmpty");
    QTest::newRow("missing file") << false;
    QTest::newRow("empty 0-byte file") << true;
}

void tst_Migrator::newFile_isCreatedAtLatestSchemaWithWalAndForeignKeys()
{
    QFETCH(bool, existsEmpty);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.convivium"));
    if (existsEmpty)
        test::writeFile(path, QByteArray());

    Database::OpenReport report;
    auto db = Database::openFile(path, Database::Mode::CreateIfMissing, &report);
    QVERIFY2(db, qPrintable(report.message));
    QCOMPARE(report.error, OpenError::None);
    QCOMPARE(report.versionBefore, 0);
    QCOMPARE(report.versionAfter, Migrator::latestVersion());
    QVERIFY(report.backupPath.isEmpty());
    QVERIFY(Migrator::latestVersion() >= 2);

    QCOMPARE(pragma(*db, "user_version").toInt(), Migrator::latestVersion());
    QCOMPARE(pragma(*db, "application_id").toInt(), Database::applicationId);
    QCOMPARE(pragma(*db, "foreign_keys").toInt(), 1);
    QCOMPARE(pragma(*db, "journal_mode").toString(), QStringLiteral("wal"));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                  "AND name IN ('organisation', 'contributor', 'community_setting')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
}

void tst_Migrator::missingFileWithOpenExisting_isNotFoundAndNotCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.convivium"));
    Database::OpenReport report;
    QVERIFY(!Database::openFile(path, Database::Mode::OpenExisting, &report));
    QCOMPARE(report.error, OpenError::NotFound);
    QVERIFY2(report.message.contains(QStringLiteral("absent.convivium")), qPrintable(report.message));
    QVERIFY(!QFile::exists(path));
}

void tst_Migrator::olderFile_isMigratedKeepingDataAndABackupOfTheOldVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.convivium"));
    const QStringList schemaOne = schemaOneStatements(dir.path());
    QVERIFY(!schemaOne.isEmpty());
    {
        // What version 1 of Convivium wrote: schema 1, its application id, one organisation.
        RawConnection raw(path);
        QString error;
        for (const QString &statement : schemaOne)
            QVERIFY2(raw.exec(statement, &error), qPrintable(error));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO organisation (id, name, created_at, updated_at) "
                                        "VALUES (7, 'Région Bretagne', '2020-01-01', '2020-01-01')")));
        QVERIFY(!raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'community_setting'"))
                     .toBool());
    }

    Database::OpenReport report;
    auto db = Database::openFile(path, Database::Mode::OpenExisting, &report);
    QVERIFY2(db, qPrintable(report.message));
    QCOMPARE(report.versionBefore, 1);
    QCOMPARE(report.versionAfter, Migrator::latestVersion());
    QCOMPARE(pragma(*db, "user_version").toInt(), Migrator::latestVersion());
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM organisation WHERE id = 7")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Région Bretagne"));
    QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM community_setting")), "schema 2 was not applied");

    QVERIFY(!report.backupPath.isEmpty());
    const QFileInfo backup(report.backupPath);
    QVERIFY2(backup.exists(), qPrintable(report.backupPath));
    QCOMPARE(backup.absolutePath(), QFileInfo(path).absolutePath());
    RawConnection old(report.backupPath);
    QCOMPARE(old.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(old.value(QStringLiteral("PRAGMA application_id")).toInt(), Database::applicationId);
    QCOMPARE(old.value(QStringLiteral("SELECT name FROM organisation WHERE id = 7")).toString(),
             QStringLiteral("Région Bretagne"));
    QVERIFY(!old.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'community_setting'")).toBool());
}

void tst_Migrator::unusableFile_isRefusedWithAMessageAndLeftUnchanged_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<int>("expected");            // Database::OpenError
    QTest::addColumn<QStringList>("mentions");    // besides the file name
    const QString newer = QString::number(Migrator::latestVersion() + 1);
    const QString latest = QString::number(Migrator::latestVersion());
    QTest::newRow("text file") << "text" << int(OpenError::NotADatabase) << QStringList();
    QTest::newRow("random binary") << "binary" << int(OpenError::NotADatabase) << QStringList();
    QTest::newRow("another application's database") << "foreign" << int(OpenError::NotConvivium) << QStringList();
    QTest::newRow("corrupt community") << "corrupt" << int(OpenError::Corrupt) << QStringList();
    QTest::newRow("newer schema") << "newer" << int(OpenError::NewerVersion) << QStringList{newer, latest};
    QTest::newRow("read-only file") << "readonly" << int(OpenError::ReadOnly) << QStringList();
}

void tst_Migrator::unusableFile_isRefusedWithAMessageAndLeftUnchanged()
{
    QFETCH(QString, content);
    QFETCH(int, expected);
    QFETCH(QStringList, mentions);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("community-%1.convivium").arg(content));

    if (content == u"text") {
        test::writeFile(path, "family;given;email\nPrat;Célia;celia@example.org\n");
    } else if (content == u"binary") {
        QRandomGenerator random(20260330);
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        for (char &b : bytes)
            b = char(random.bounded(256));
        bytes[0] = 'X';   // not the SQLite magic, whatever the seed
        test::writeFile(path, bytes);
    } else if (content == u"foreign") {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO invoice (total) VALUES (12.5)")));
    } else if (content == u"corrupt") {
        writeCommunity(path, 400);
        QByteArray bytes = test::readFile(path);
        QVERIFY2(bytes.size() > 32 * 4096, "the community file is too small to damage its middle");
        // Garbage over several pages in the middle; the 100-byte header and page 1 stay intact.
        const qsizetype from = (bytes.size() / 2 / 4096) * 4096;
        for (qsizetype i = from; i < from + 6 * 4096; ++i)
            bytes[i] = char(0xA5 ^ (i * 31));
        test::writeFile(path, bytes);
    } else if (content == u"newer") {
        writeCommunity(path);
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 1)));
    } else if (content == u"readonly") {
        writeCommunity(path);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    }
    const QByteArray before = test::readFile(path);
    QVERIFY(!before.isEmpty());

    Database::OpenReport report;
    QVERIFY(!Database::openFile(path, Database::Mode::OpenExisting, &report));
    QCOMPARE(int(report.error), expected);
    QVERIFY(!report.message.isEmpty());
    QVERIFY2(report.message.contains(QFileInfo(path).fileName()), qPrintable(report.message));
    QString withoutPath = report.message;
    withoutPath.remove(QDir::toNativeSeparators(path));   // the temporary path may hold any digit
    for (const QString &word : mentions)
        QVERIFY2(withoutPath.contains(word), qPrintable(report.message));
    QVERIFY(report.backupPath.isEmpty());

    QVERIFY2(test::readFile(path) == before, "a refused file was modified");
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void tst_Migrator::lockedFile_isRefusedUntilTheOtherWriterReleasesIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.convivium"));
    writeCommunity(path);
    const QByteArray before = test::readFile(path);

    auto other = std::make_unique<RawConnection>(path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
    QVERIFY(other->exec(QStringLiteral("BEGIN EXCLUSIVE")));

    Database::OpenReport report;
    QVERIFY(!Database::openFile(path, Database::Mode::OpenExisting, &report));
    QCOMPARE(report.error, OpenError::Locked);
    QVERIFY2(report.message.contains(QFileInfo(path).fileName()), qPrintable(report.message));
    QVERIFY(test::readFile(path) == before);

    QVERIFY(other->exec(QStringLiteral("ROLLBACK")));
    other.reset();
    auto db = Database::openFile(path, Database::Mode::OpenExisting, &report);
    QVERIFY2(db, qPrintable(report.message));
    QCOMPARE(report.error, OpenError::None);
}

QTEST_GUILESS_MAIN(tst_Migrator)
#include "tst_Migrator.moc"
