// convivium-cli backup and restore: a round trip through the command line,
// the refusals with their exit codes, and the real binary once.
#include "CliRun.h"
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "Translations.h"
#include "cli/CommandLine.h"
#include "db/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace convivium;
using test::CliOutcome;
using test::runCli;

namespace {

QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot))
        files.insert(info.fileName(), test::readFile(info.filePath()));
    return files;
}

} // namespace

class tst_BackupCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backupRestoreBackup_sameFile_sameCommunity();
    void wrongUse_exit2_failure_exit1_nothingChanged_data();
    void wrongUse_exit2_failure_exit1_nothingChanged();
    void binary_backupThenRestore();

private:
    QTemporaryDir m_dir;   // demo.convivium, demo.json, notes.txt, newer.json
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void tst_BackupCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    core::Translations::install(QStringLiteral("en"));
    CliOutcome o = runCli({QStringLiteral("--db"), path(QStringLiteral("demo.convivium")), QStringLiteral("demo")});
    QVERIFY2(o.code == 0, qPrintable(o.describe()));
    o = runCli({QStringLiteral("--db"), path(QStringLiteral("demo.convivium")), QStringLiteral("backup"),
                QStringLiteral("--output"), path(QStringLiteral("demo.json"))});
    QVERIFY2(o.code == 0, qPrintable(o.describe()));
    test::writeFile(path(QStringLiteral("notes.txt")), "Shopping list\nbread\n");
    QByteArray newer = test::readFile(path(QStringLiteral("demo.json")));
    newer.replace("\"schema_version\": ", "\"schema_version\": 9");
    test::writeFile(path(QStringLiteral("newer.json")), newer);
}

void tst_BackupCommand::backupRestoreBackup_sameFile_sameCommunity()
{
    QTemporaryDir dir;
    const QString restored = dir.filePath(QStringLiteral("restored.convivium"));
    CliOutcome o = runCli({QStringLiteral("--db"), restored, QStringLiteral("restore"), path(QStringLiteral("demo.json"))});
    QVERIFY2(o.code == 0 && o.err.isEmpty(), qPrintable(o.describe()));
    QVERIFY2(o.out.startsWith(QStringLiteral("Restored %1 into %2 (rows: ")
                                  .arg(QDir::toNativeSeparators(path(QStringLiteral("demo.json"))),
                                       QDir::toNativeSeparators(restored))),
             qPrintable(o.out));

    const QString again = dir.filePath(QStringLiteral("again.json"));
    o = runCli({QStringLiteral("--db"), restored, QStringLiteral("backup"), QStringLiteral("--output"), again});
    QVERIFY2(o.code == 0 && o.out.startsWith(QStringLiteral("Wrote the backup of ")), qPrintable(o.describe()));
    QCOMPARE(test::readFile(again), test::readFile(path(QStringLiteral("demo.json"))));

    // What the lists show is the same too.
    for (const char *what : {"events", "contributors", "organisations"}) {
        const CliOutcome original = runCli({QStringLiteral("--db"), path(QStringLiteral("demo.convivium")),
                                            QStringLiteral("list"), QLatin1String(what)});
        const CliOutcome copy = runCli({QStringLiteral("--db"), restored, QStringLiteral("list"), QLatin1String(what)});
        QCOMPARE(copy.out, original.out);
    }
}

void tst_BackupCommand::wrongUse_exit2_failure_exit1_nothingChanged_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString db = QStringLiteral("--db");
    QTest::newRow("backup without --output") << QStringList{db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("backup")}
                                             << 2 << QStringLiteral("add --output <file>");
    QTest::newRow("backup with an argument") << QStringList{db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("backup"),
                                                            QStringLiteral("{dir}/x.json")}
                                             << 2 << QStringLiteral("takes no arguments");
    QTest::newRow("restore without a backup") << QStringList{db, QStringLiteral("{dir}/new.convivium"), QStringLiteral("restore")}
                                              << 2 << QStringLiteral("Say which backup to restore");
    QTest::newRow("restore without --db") << QStringList{QStringLiteral("restore"), QStringLiteral("{dir}/demo.json")} << 2
                                          << QStringLiteral("needs a community file");
    QTest::newRow("restore with --output") << QStringList{db, QStringLiteral("{dir}/new.convivium"), QStringLiteral("restore"),
                                                          QStringLiteral("{dir}/demo.json"), QStringLiteral("--output"),
                                                          QStringLiteral("{dir}/x")}
                                           << 2 << QStringLiteral("--output does not apply to the restore command");
    QTest::newRow("restore over a community") << QStringList{db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("restore"),
                                                             QStringLiteral("{dir}/demo.json")}
                                              << 1 << QStringLiteral("already holds a community; it was left unchanged");
    QTest::newRow("restore a text file") << QStringList{db, QStringLiteral("{dir}/new.convivium"), QStringLiteral("restore"),
                                                        QStringLiteral("{dir}/notes.txt")}
                                         << 1 << QStringLiteral("is not a Convivium backup, or it is damaged");
    QTest::newRow("restore a newer backup") << QStringList{db, QStringLiteral("{dir}/new.convivium"), QStringLiteral("restore"),
                                                           QStringLiteral("{dir}/newer.json")}
                                            << 1 << QStringLiteral("newer version of Convivium");
    QTest::newRow("restore a missing backup") << QStringList{db, QStringLiteral("{dir}/new.convivium"), QStringLiteral("restore"),
                                                             QStringLiteral("{dir}/missing.json")}
                                              << 1 << QStringLiteral("does not exist");
    QTest::newRow("restore into a text file") << QStringList{db, QStringLiteral("{dir}/notes.txt"), QStringLiteral("restore"),
                                                             QStringLiteral("{dir}/demo.json")}
                                              << 1 << QStringLiteral("is not a Convivium file");
    QTest::newRow("backup into a missing folder") << QStringList{db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("backup"),
                                                                 QStringLiteral("--output"), QStringLiteral("{dir}/nowhere/x.json")}
                                                  << 1 << QStringLiteral("nowhere");
}

void tst_BackupCommand::wrongUse_exit2_failure_exit1_nothingChanged()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const auto before = snapshot(m_dir.path());
    const CliOutcome o = runCli(args, m_dir.path());
    QVERIFY2(o.code == exitCode && o.out.isEmpty() && o.err.contains(message), qPrintable(o.describe()));
    QCOMPARE(snapshot(m_dir.path()), before);
}

void tst_BackupCommand::binary_backupThenRestore()
{
    QTemporaryDir dir;
    const QString program = QStringLiteral(CONVIVIUM_CLI_PATH);
    const QString backup = dir.filePath(QStringLiteral("community.json"));
    const QString restored = dir.filePath(QStringLiteral("restored.convivium"));
    CliOutcome o = test::runBinary(program, {QStringLiteral("--db"), path(QStringLiteral("demo.convivium")),
                                             QStringLiteral("backup"), QStringLiteral("--output"), backup});
    QVERIFY2(o.code == 0 && o.err.isEmpty(), qPrintable(o.describe()));
    QCOMPARE(test::readFile(backup), test::readFile(path(QStringLiteral("demo.json"))));
    o = test::runBinary(program, {QStringLiteral("--db"), restored, QStringLiteral("restore"), backup});
    QVERIFY2(o.code == 0 && o.err.isEmpty(), qPrintable(o.describe()));
    o = test::runBinary(program, {QStringLiteral("--db"), restored, QStringLiteral("list"), QStringLiteral("events")});
    QVERIFY2(o.out.contains(QStringLiteral("\tRencontres communautaires d'hiver 2026\n")), qPrintable(o.describe()));

    // A second restore into the same file is refused: exit 1, the file as it was.
    const QByteArray bytes = test::readFile(restored);
    o = test::runBinary(program, {QStringLiteral("--db"), restored, QStringLiteral("restore"), backup});
    QVERIFY2(o.code == 1 && o.out.isEmpty() && o.err.contains(QStringLiteral("already holds a community")),
             qPrintable(o.describe()));
    QCOMPARE(test::readFile(restored), bytes);
}

QTEST_GUILESS_MAIN(tst_BackupCommand)
#include "tst_BackupCommand.moc"
