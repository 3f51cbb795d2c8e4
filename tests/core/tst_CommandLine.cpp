// CommandLine: convivium-cli's commands, exit codes and messages, run
// in-process over string streams, and the real binary run through QProcess.
#include "CliRun.h"
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "Translations.h"
#include "cli/CommandLine.h"
#include "db/Database.h"
#include "db/Migrator.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace convivium;
using core::CommandLine;

namespace {

using Outcome = test::CliOutcome;
using test::runCli;

// The built convivium-cli, in the C locale unless the arguments say otherwise.
Outcome runBinary(const QStringList &args)
{
    return test::runBinary(QStringLiteral(CONVIVIUM_CLI_PATH), args);
}

// The fields of one CSV line, quotes removed.
QStringList csvFields(const QString &line)
{
    QStringList fields{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'"' && quoted && i + 1 < line.size() && line.at(i + 1) == u'"') {
            fields.last() += c;
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields << QString();
        } else {
            fields.last() += c;
        }
    }
    return fields;
}

QString describe(const Outcome &o)
{
    return o.describe();
}

// Every file of a folder with its bytes: equal snapshots mean nothing was written.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : entries)
        files.insert(info.fileName(), info.isDir() ? QByteArray("<dir>") : test::readFile(info.filePath()));
    return files;
}

void setUserVersion(const QString &path, int version)
{
    const QString name = QStringLiteral("tst_CommandLine-raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList lines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void run_data();
    void run();
    void help_listsEveryCommandOptionAndExitCode();
    void teamDatabase_demoListReportAndErrors();
    void listEvents_oneTabSeparatedLinePerEvent_sortedByStartDate();
    void listOrganisationsAndContributors_oneLinePerRecord_data();
    void listOrganisationsAndContributors_oneLinePerRecord();
    void init_writesAnEmptyCommunity();
    void lockedFile_isRefused_exit1();
    void failedFill_leavesNoFileBehind();
    void addCommand_replacesTheReportPlaceholder_withItsOwnOptions();
    void frenchInstalled_messagesAreFrench();

    void binary_version();
    void binary_demoThenListEvents();
    void binary_badArguments_exit2_onStderrOnly();
    void binary_textFileAsDb_exit1_fileUnchanged();
    void binary_langFr_givesFrenchMessage();
    void binary_reportParticipantsCsv();
    void binary_reportErrors_exitCodes_noFile();
    void binary_reportPdf_holdsAParticipant();
    void binary_importContributors_dryRunThenImport_badFileWritesNothing();

private:
    QTemporaryDir m_dir;   // fixtures: demo.convivium, notes.txt, newer.convivium, empty.convivium, folder/
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void tst_CommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    core::Translations::install(QStringLiteral("en"));
    const Outcome demo = runCli({QStringLiteral("--db"), path(QStringLiteral("demo.convivium")), QStringLiteral("demo")});
    QVERIFY2(demo.code == 0, qPrintable(describe(demo)));
    test::writeFile(path(QStringLiteral("notes.txt")), "Shopping list\nbread\nolive oil\n");
    const Outcome newer = runCli({QStringLiteral("--db"), path(QStringLiteral("newer.convivium")), QStringLiteral("init")});
    QVERIFY2(newer.code == 0, qPrintable(describe(newer)));
    setUserVersion(path(QStringLiteral("newer.convivium")), core::Migrator::latestVersion() + 1);
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder")));
    test::writeFile(path(QStringLiteral("empty.convivium")), QByteArray());
}

void tst_CommandLine::run_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("onStdout");   // where the fragment is expected; the other stream stays empty
    QTest::addColumn<QString>("fragment");
    const QString db = QStringLiteral("--db");
    auto row = [](const char *name, const QStringList &args, int code, bool onStdout, const QString &fragment) {
        QTest::newRow(name) << args << code << onStdout << fragment;
    };
    const QString hint = QStringLiteral("convivium-cli --help");

    // Success: results on stdout, nothing on stderr.
    row("--help", {QStringLiteral("--help")}, 0, true, QStringLiteral("Usage: convivium-cli"));
    row("-h", {QStringLiteral("-h")}, 0, true, QStringLiteral("Exit codes:"));
    row("--help wins over a command", {QStringLiteral("list"), QStringLiteral("--help")}, 0, true,
        QStringLiteral("Commands:"));
    row("--version", {QStringLiteral("--version")}, 0, true, QStringLiteral("convivium-cli 0.1.0\n"));
    row("list events", {db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("list"), QStringLiteral("events")},
        0, true, QStringLiteral("\tRencontres communautaires d'hiver 2026\n"));
    row("options after the command", {QStringLiteral("list"), QStringLiteral("events"), db,
                                      QStringLiteral("{dir}/demo.convivium")},
        0, true, QStringLiteral("\tRencontres communautaires d'hiver 2026\n"));
    row("list organisations", {db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("list"),
                               QStringLiteral("organisations")},
        0, true, QStringLiteral("\tCamptocamp\t"));
    row("list contributors", {db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("list"),
                              QStringLiteral("contributors")},
        0, true, QStringLiteral("@example."));
    row("init", {db, QStringLiteral("{dir}/fresh-init.convivium"), QStringLiteral("init")}, 0, true,
        QStringLiteral("Created"));
    row("demo", {db, QStringLiteral("{dir}/fresh-demo.convivium"), QStringLiteral("demo")}, 0, true,
        QStringLiteral("Wrote the demo community into"));
    row("--lang en", {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--version")}, 0, true,
        QStringLiteral("0.1.0"));

    // Usage errors: exit 2, a message and the hint on stderr.
    row("no command", {}, 2, false, QStringLiteral("No command given."));
    row("no command, hint", {db, QStringLiteral("{dir}/demo.convivium")}, 2, false, hint);
    row("unknown command", {QStringLiteral("frobnicate")}, 2, false, QStringLiteral("Unknown command \"frobnicate\""));
    row("unknown command, hint", {QStringLiteral("frobnicate")}, 2, false, hint);
    row("unknown option", {QStringLiteral("--colour"), QStringLiteral("init")}, 2, false, QStringLiteral("colour"));
    row("--db without value", {QStringLiteral("init"), db}, 2, false, QStringLiteral("db"));
    row("missing --db: init", {QStringLiteral("init")}, 2, false, QStringLiteral("needs a community file"));
    row("missing --db: list", {QStringLiteral("list"), QStringLiteral("events")}, 2, false,
        QStringLiteral("add --db <file>"));
    row("empty --db", {db, QString(), QStringLiteral("demo")}, 2, false, QStringLiteral("needs a community file"));
    row("init with an argument", {db, QStringLiteral("{dir}/x.convivium"), QStringLiteral("init"),
                                  QStringLiteral("now")},
        2, false, QStringLiteral("takes no arguments"));
    row("list without what", {db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("list")}, 2, false,
        QStringLiteral("Say what to list"));
    row("list something else", {db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("list"),
                                 QStringLiteral("rooms")},
        2, false, QStringLiteral("Cannot list \"rooms\""));
    row("list two things", {db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("list"),
                            QStringLiteral("events"), QStringLiteral("contributors")},
        2, false, QStringLiteral("Cannot list"));
    row("unknown language", {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--version")}, 2, false,
        QStringLiteral("Unknown language \"de\""));
    row("report without a name", {db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("report")}, 2,
        false, QStringLiteral("Say which report to write"));
    row("report without --db", {QStringLiteral("report"), QStringLiteral("kitchen")}, 2, false,
        QStringLiteral("needs a community file"));
    row("unknown report", {db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("report"), QStringLiteral("menu"),
                           QStringLiteral("--output"), QStringLiteral("{dir}/menu.csv")},
        2, false, QStringLiteral("The reports are: participants, lodging-plan"));
    row("report needing an event", {db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("report"),
                                    QStringLiteral("kitchen"), QStringLiteral("--output"), QStringLiteral("{dir}/k.csv")},
        2, false, QStringLiteral("needs an event"));
    row("report without --output", {db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("report"),
                                    QStringLiteral("directory")},
        2, false, QStringLiteral("--output"));
    row("report in an unknown format", {db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("report"),
                                        QStringLiteral("directory"), QStringLiteral("--format"), QStringLiteral("odt"),
                                        QStringLiteral("--output"), QStringLiteral("{dir}/d.odt")},
        2, false, QStringLiteral("Unknown format \"odt\""));
    row("import without a file", {db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("import"),
                                  QStringLiteral("contributors")},
        2, false, QStringLiteral("Say what to import"));
    row("import of an unknown kind", {db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("import"),
                                      QStringLiteral("rooms"), QStringLiteral("{dir}/notes.txt")},
        2, false, QStringLiteral("Cannot import \"rooms\""));
    row("report sorted in an unknown direction", {db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("report"),
                                                  QStringLiteral("directory"), QStringLiteral("--sort"),
                                                  QStringLiteral("name:up"), QStringLiteral("--output"),
                                                  QStringLiteral("{dir}/d.csv")},
        2, false, QStringLiteral(":asc or :desc"));
    row("report with an unknown status", {db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("report"),
                                          QStringLiteral("participants"), QStringLiteral("--event"), QStringLiteral("1"),
                                          QStringLiteral("--statuses"), QStringLiteral("confirmed,paid"),
                                          QStringLiteral("--output"), QStringLiteral("{dir}/p.csv")},
        2, false, QStringLiteral("Unknown status \"paid\""));

    // Runtime failures: exit 1, the reason on stderr, nothing written.
    row("init over an existing file", {db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("init")}, 1, false,
        QStringLiteral("already exists"));
    row("demo over an existing file", {db, QStringLiteral("{dir}/notes.txt"), QStringLiteral("demo")}, 1, false,
        QStringLiteral("already exists"));
    row("init in a missing folder", {db, QStringLiteral("{dir}/nowhere/new.convivium"), QStringLiteral("init")}, 1,
        false, QStringLiteral("Cannot create"));
    row("list: text file", {db, QStringLiteral("{dir}/notes.txt"), QStringLiteral("list"), QStringLiteral("events")},
        1, false, QStringLiteral("is not a Convivium file"));
    row("list: missing file", {db, QStringLiteral("{dir}/missing.convivium"), QStringLiteral("list"),
                               QStringLiteral("events")},
        1, false, QStringLiteral("does not exist"));
    row("list: folder", {db, QStringLiteral("{dir}/folder"), QStringLiteral("list"), QStringLiteral("events")}, 1,
        false, QStringLiteral("is a folder"));
    row("list: empty file", {db, QStringLiteral("{dir}/empty.convivium"), QStringLiteral("list"),
                             QStringLiteral("events")},
        1, false, QStringLiteral("is empty"));
    row("report: unknown event", {db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("report"),
                                  QStringLiteral("kitchen"), QStringLiteral("--event"), QStringLiteral("Nowhere 1999"),
                                  QStringLiteral("--output"), QStringLiteral("{dir}/k.csv")},
        1, false, QStringLiteral("Nowhere 1999"));
    row("report into a missing folder", {db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("report"),
                                         QStringLiteral("directory"), QStringLiteral("--format"), QStringLiteral("csv"),
                                         QStringLiteral("--output"), QStringLiteral("{dir}/nowhere/d.csv")},
        1, false, QStringLiteral("nowhere"));
    row("import: missing file", {db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("import"),
                                 QStringLiteral("contributors"), QStringLiteral("{dir}/missing.csv")},
        1, false, QStringLiteral("does not exist"));
    row("import: a folder", {db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("import"),
                             QStringLiteral("contributors"), QStringLiteral("{dir}/folder")},
        1, false, QStringLiteral("is a folder"));
    row("import: a text that names nobody", {db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("import"),
                                             QStringLiteral("contributors"), QStringLiteral("{dir}/notes.txt")},
        1, false, QStringLiteral("No column gives the names"));
    row("report sorted by a missing column", {db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("report"),
                                              QStringLiteral("participants"), QStringLiteral("--event"), QStringLiteral("1"),
                                              QStringLiteral("--sort"), QStringLiteral("allergies"),
                                              QStringLiteral("--output"), QStringLiteral("{dir}/p.csv")},
        1, false, QStringLiteral("no column \"allergies\" to sort by"));
    row("report grouped twice", {db, QStringLiteral("{dir}/demo.convivium"), QStringLiteral("report"),
                                 QStringLiteral("directory"), QStringLiteral("--group"), QStringLiteral("city"),
                                 QStringLiteral("--output"), QStringLiteral("{dir}/d.csv")},
        1, false, QStringLiteral("cannot be grouped again"));
    row("list: newer version", {db, QStringLiteral("{dir}/newer.convivium"), QStringLiteral("list"),
                                QStringLiteral("contributors")},
        1, false, QStringLiteral("newer version of Convivium"));
}

void tst_CommandLine::run()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(bool, onStdout);
    QFETCH(QString, fragment);

    const auto before = snapshot(m_dir.path());
    const Outcome o = runCli(args, m_dir.path());
    QVERIFY2(o.code == exitCode, qPrintable(describe(o)));
    QVERIFY2((onStdout ? o.out : o.err).contains(fragment), qPrintable(describe(o)));
    QVERIFY2((onStdout ? o.err : o.out).isEmpty(), qPrintable(describe(o)));
    if (exitCode != 0)
        QVERIFY2(snapshot(m_dir.path()) == before, "a failed command changed the fixture folder");
}

void tst_CommandLine::help_listsEveryCommandOptionAndExitCode()
{
    const CommandLine cli;
    const QString help = cli.usage();
    QCOMPARE(cli.commandNames(), (QStringList{QStringLiteral("init"), QStringLiteral("demo"), QStringLiteral("list"),
                                              QStringLiteral("report"), QStringLiteral("import"), QStringLiteral("grist-sync"),
                                              QStringLiteral("export"), QStringLiteral("backup"), QStringLiteral("restore")}));
    for (const QString &name : cli.commandNames())
        QVERIFY2(help.contains(QStringLiteral("\n  ") + name), qPrintable(name));
    for (const char *option : {"--db <file>", "--lang <language>", "-h, --help", "--version", "events:",
                               "organisations:", "contributors:", "--mapping <file>", "--dry-run", "calendar:",
                               "vcard:", "announcement:", "restore <backup>", "--server <url>", "--document <id>",
                               "--table <id>"})
        QVERIFY2(help.contains(QLatin1String(option)), option);
    const QString exitCodes = help.mid(help.indexOf(QStringLiteral("Exit codes:")));
    for (const char *code : {"\n  0 ", "\n  1 ", "\n  2 "})
        QVERIFY2(exitCodes.contains(QLatin1String(code)), code);
}

void tst_CommandLine::listEvents_oneTabSeparatedLinePerEvent_sortedByStartDate()
{
    const Outcome o = runCli({QStringLiteral("--db"), path(QStringLiteral("demo.convivium")), QStringLiteral("list"),
                              QStringLiteral("events")});
    QVERIFY2(o.code == 0, qPrintable(describe(o)));
    const auto db = core::Database::openFile(path(QStringLiteral("demo.convivium")),
                                             core::Database::Mode::OpenExisting, nullptr);
    QVERIFY(db);
    const QStringList rows = lines(o.out);
    QCOMPARE(rows.size(), test::countRows(*db, QStringLiteral("event")));
    QVERIFY(rows.size() >= 2);
    const QRegularExpression shape(QStringLiteral("^(\\d+)\\t(\\d{4}-\\d\\d-\\d\\d)\\t(\\d{4}-\\d\\d-\\d\\d)\\t([a-z_]+)\\t(.+)$"));
    QDate previous;
    for (const QString &line : rows) {
        const QRegularExpressionMatch m = shape.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        const QDate start = QDate::fromString(m.captured(2), Qt::ISODate);
        QVERIFY2(start.isValid() && start <= QDate::fromString(m.captured(3), Qt::ISODate), qPrintable(line));
        QVERIFY2(!previous.isValid() || previous <= start, qPrintable(line));
        previous = start;
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT title || '|' || status FROM event WHERE id = ?"),
                              {m.captured(1).toLongLong()}).toString(),
                 m.captured(5) + u'|' + m.captured(4));
    }
}

void tst_CommandLine::listOrganisationsAndContributors_oneLinePerRecord_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("nameOfId");   // the second field, read back for every line
    QTest::newRow("organisations") << QStringLiteral("organisations") << QStringLiteral("organisation")
                                   << QStringLiteral("SELECT name FROM organisation WHERE id = ?");
    QTest::newRow("contributors") << QStringLiteral("contributors") << QStringLiteral("contributor")
                                  << QStringLiteral("SELECT family_name || ', ' || given_name FROM contributor WHERE id = ?");
}

void tst_CommandLine::listOrganisationsAndContributors_oneLinePerRecord()
{
    QFETCH(QString, what);
    QFETCH(QString, table);
    QFETCH(QString, nameOfId);
    const Outcome o = runCli({QStringLiteral("--db"), path(QStringLiteral("demo.convivium")), QStringLiteral("list"), what});
    QVERIFY2(o.code == 0, qPrintable(describe(o)));
    const auto db = core::Database::openFile(path(QStringLiteral("demo.convivium")),
                                             core::Database::Mode::OpenExisting, nullptr);
    QVERIFY(db);
    const QStringList rows = lines(o.out);
    QCOMPARE(rows.size(), test::countRows(*db, table));
    for (const QString &line : rows) {
        const QStringList fields = line.split(u'\t');
        QCOMPARE(fields.size(), 4);
        QCOMPARE(test::scalar(*db, nameOfId, {fields[0].toLongLong()}).toString(), fields[1]);
    }
}

void tst_CommandLine::init_writesAnEmptyCommunity()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("empty.convivium"));
    const Outcome o = runCli({QStringLiteral("--db"), file, QStringLiteral("init")});
    QVERIFY2(o.code == 0, qPrintable(describe(o)));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("empty.convivium")});
    for (const QString &what : {QStringLiteral("events"), QStringLiteral("organisations"), QStringLiteral("contributors")}) {
        const Outcome list = runCli({QStringLiteral("--db"), file, QStringLiteral("list"), what});
        QVERIFY2(list.code == 0 && list.out.isEmpty() && list.err.isEmpty(), qPrintable(describe(list)));
    }
    core::Database::OpenReport report;
    const auto db = core::Database::openFile(file, core::Database::Mode::OpenExisting, &report);
    QVERIFY2(db, qPrintable(report.message));
    QCOMPARE(report.versionBefore, core::Migrator::latestVersion());
}

void tst_CommandLine::lockedFile_isRefused_exit1()
{
    const QString file = path(QStringLiteral("demo.convivium"));
    const QString name = QStringLiteral("tst_CommandLine-writer");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(file);
        other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=100"));
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        const Outcome o = runCli({QStringLiteral("--db"), file, QStringLiteral("list"), QStringLiteral("events")});
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        other.close();
        QVERIFY2(o.code == 1 && o.out.isEmpty() && o.err.contains(QStringLiteral("locked")), qPrintable(describe(o)));
    }
    QSqlDatabase::removeDatabase(name);
}

void tst_CommandLine::failedFill_leavesNoFileBehind()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("half.convivium"));
    bool filled = false;
    const core::Result r = CommandLine::createFile(file, [&filled](const core::Database &db) {
        test::exec(db, QStringLiteral("CREATE TABLE half_written (x INTEGER)"));
        filled = true;
        return core::Result::failure(QStringLiteral("the fill failed on purpose"));
    });
    QVERIFY(filled);
    QVERIFY(!r);
    QCOMPARE(r.message(), QStringLiteral("the fill failed on purpose"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void tst_CommandLine::addCommand_replacesTheReportPlaceholder_withItsOwnOptions()
{
    CommandLine cli;
    CommandLine::Command report;
    report.name = QStringLiteral("report");
    report.summary = "Print a test report.";
    report.options = {{{QStringLiteral("format")}, "format", "Output format."}};
    report.run = [](const CommandLine::Context &c) {
        c.out << QStringLiteral("report of %1 as %2\n").arg(QFileInfo(c.databasePath).fileName(),
                                                            c.parser.value(QStringLiteral("format")));
        return int(CommandLine::Success);
    };
    cli.addCommand(report);
    QCOMPARE(cli.commandNames().count(QStringLiteral("report")), 1);
    QVERIFY(cli.usage().contains(QStringLiteral("Print a test report.")));
    QVERIFY(cli.usage().contains(QStringLiteral("--format <format>")));
    QVERIFY(!cli.usage().contains(QStringLiteral("Print a report (not available yet).")));

    const QString file = path(QStringLiteral("demo.convivium"));
    Outcome o = runCli({QStringLiteral("--db"), file, QStringLiteral("report"), QStringLiteral("--format"),
                        QStringLiteral("csv")}, {}, cli);
    QVERIFY2(o.code == 0 && o.out == u"report of demo.convivium as csv\n", qPrintable(describe(o)));
    o = runCli({QStringLiteral("report")}, {}, cli);
    QVERIFY2(o.code == 2 && o.err.contains(QStringLiteral("needs a community file")), qPrintable(describe(o)));
    o = runCli({QStringLiteral("--db"), file, QStringLiteral("list"), QStringLiteral("events"),
                QStringLiteral("--format"), QStringLiteral("csv")}, {}, cli);
    QVERIFY2(o.code == 2 && o.out.isEmpty() && o.err.contains(QStringLiteral("--format does not apply to the list")),
             qPrintable(describe(o)));
}

void tst_CommandLine::frenchInstalled_messagesAreFrench()
{
    core::Translations::install(QStringLiteral("fr"));
    const Outcome o = runCli({QStringLiteral("--db"), path(QStringLiteral("notes.txt")), QStringLiteral("list"),
                              QStringLiteral("events")});
    core::Translations::install(QStringLiteral("en"));
    QVERIFY2(o.code == 1 && o.err.contains(QStringLiteral("n'est pas un fichier Convivium")), qPrintable(describe(o)));
}

void tst_CommandLine::binary_version()
{
    const Outcome o = runBinary({QStringLiteral("--version")});
    QVERIFY2(o.code == 0 && o.out == u"convivium-cli 0.1.0\n" && o.err.isEmpty(), qPrintable(describe(o)));
}

void tst_CommandLine::binary_demoThenListEvents()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.convivium"));
    Outcome o = runBinary({QStringLiteral("--db"), file, QStringLiteral("demo")});
    QVERIFY2(o.code == 0 && o.err.isEmpty(), qPrintable(describe(o)));
    o = runBinary({QStringLiteral("--db"), file, QStringLiteral("list"), QStringLiteral("events")});
    QVERIFY2(o.code == 0 && o.err.isEmpty(), qPrintable(describe(o)));
    QVERIFY2(o.out.contains(QStringLiteral("\tRencontres communautaires d'hiver 2026\n")), qPrintable(describe(o)));
}

void tst_CommandLine::binary_badArguments_exit2_onStderrOnly()
{
    for (const QStringList &args : {QStringList{QStringLiteral("--no-such-option")},
                                    QStringList{QStringLiteral("frobnicate")},
                                    QStringList{QStringLiteral("list"), QStringLiteral("events")}}) {
        const Outcome o = runBinary(args);
        QVERIFY2(o.code == 2 && o.out.isEmpty() && o.err.contains(QStringLiteral("--help")),
                 qPrintable(args.join(u' ') + u'\n' + describe(o)));
    }
}

void tst_CommandLine::binary_textFileAsDb_exit1_fileUnchanged()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("notes.txt"));
    const QByteArray bytes("Not a community: just some notes.\n");
    test::writeFile(file, bytes);
    for (const char *command : {"list", "init", "demo"}) {
        QStringList args{QStringLiteral("--db"), file, QLatin1String(command)};
        if (args.last() == u"list")
            args << QStringLiteral("events");
        const Outcome o = runBinary(args);
        QVERIFY2(o.code == 1 && o.out.isEmpty() && !o.err.isEmpty(), qPrintable(describe(o)));
        QCOMPARE(test::readFile(file), bytes);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("notes.txt")});
    }
}

void tst_CommandLine::binary_langFr_givesFrenchMessage()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("notes.txt"));
    test::writeFile(file, "des notes\n");
    const QStringList args{QStringLiteral("--db"), file, QStringLiteral("list"), QStringLiteral("events")};
    const Outcome english = runBinary(args);
    QVERIFY2(english.code == 1 && english.err.contains(QStringLiteral("is not a Convivium file")),
             qPrintable(describe(english)));
    const Outcome french = runBinary(QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} + args);
    QVERIFY2(french.code == 1 && french.err.contains(QStringLiteral("n'est pas un fichier Convivium")),
             qPrintable(describe(french)));
}

void tst_CommandLine::binary_reportParticipantsCsv()
{
    const QString db = path(QStringLiteral("report-demo.convivium"));
    QFile::remove(db);
    Outcome o = runBinary({QStringLiteral("--db"), db, QStringLiteral("demo")});
    QVERIFY2(o.code == 0, qPrintable(describe(o)));
    const QString csv = path(QStringLiteral("participants.csv"));
    o = runBinary({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("participants"),
                   QStringLiteral("--event"), QStringLiteral("Rencontres communautaires d'hiver 2026"),
                   QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), csv});
    QVERIFY2(o.code == 0 && o.err.isEmpty() && o.out.contains(QStringLiteral("participants")), qPrintable(describe(o)));
    const QStringList lines = QString::fromUtf8(test::readFile(csv)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 32);   // the header and the 31 registrations that count
    QCOMPARE(lines.value(0), QStringLiteral("Name,Organisation,Arrival,Departure,Lodging,Diet,Status"));
    QCOMPARE(lines.value(1), QStringLiteral("Amélie Chevalier,Parc national des Écrins,2026-03-30,2026-04-03,"
                                            "Chambre partagée 2 lits,végétarien,Confirmed"));
    // The event by id gives the same file.
    const QString byId = path(QStringLiteral("participants-by-id.csv"));
    o = runBinary({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("participants"),
                   QStringLiteral("--event"), QStringLiteral("1"), QStringLiteral("--output"), byId});
    QVERIFY2(o.code == 0, qPrintable(describe(o)));
    QCOMPARE(test::readFile(byId), test::readFile(csv));

    // The counted statuses, latest arrival first, grouped by lodging option.
    const QString grouped = path(QStringLiteral("participants-grouped.csv"));
    o = runBinary({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("participants"),
                   QStringLiteral("--event"), QStringLiteral("1"), QStringLiteral("--statuses"),
                   QStringLiteral("pre_registered,confirmed"), QStringLiteral("--sort"), QStringLiteral("arrival:desc"),
                   QStringLiteral("--group"), QStringLiteral("lodging"), QStringLiteral("--output"), grouped});
    QVERIFY2(o.code == 0 && o.err.isEmpty(), qPrintable(describe(o)));
    const QStringList rows = QString::fromUtf8(test::readFile(grouped)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 32);
    QCOMPARE(rows.value(0), QStringLiteral("Lodging,Name,Organisation,Arrival,Departure,Diet,Status"));
    QString previousGroup, previousArrival;
    QSet<QString> groups;
    for (const QString &line : rows.mid(1)) {
        const QStringList f = csvFields(line);
        if (f.value(0) != previousGroup) {
            QVERIFY2(!groups.contains(f.value(0)), qPrintable(QStringLiteral("%1 split in two").arg(f.value(0))));
            groups << f.value(0);
            previousGroup = f.value(0);
            previousArrival.clear();
        } else {
            QVERIFY2(f.value(3) <= previousArrival, qPrintable(line));   // ISO dates: text order is date order
        }
        previousArrival = f.value(3);
    }
    QVERIFY(groups.size() >= 3);
}

void tst_CommandLine::binary_reportErrors_exitCodes_noFile()
{
    const QString db = path(QStringLiteral("report-demo.convivium"));
    if (!QFileInfo::exists(db))
        QVERIFY(runBinary({QStringLiteral("--db"), db, QStringLiteral("demo")}).code == 0);
    const QString out = path(QStringLiteral("bad.csv"));
    Outcome o = runBinary({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("menu"),
                           QStringLiteral("--output"), out});
    QVERIFY2(o.code == 2 && o.out.isEmpty() && o.err.contains(QStringLiteral("kitchen")), qPrintable(describe(o)));
    QVERIFY(!QFileInfo::exists(out));
    const QString missing = path(QStringLiteral("nowhere/participants.pdf"));
    o = runBinary({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("participants"),
                   QStringLiteral("--event"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("pdf"),
                   QStringLiteral("--output"), missing});
    QVERIFY2(o.code == 1 && o.out.isEmpty() && !o.err.isEmpty(), qPrintable(describe(o)));
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("nowhere"))));
}

void tst_CommandLine::binary_reportPdf_holdsAParticipant()
{
    const QString db = path(QStringLiteral("report-demo.convivium"));
    if (!QFileInfo::exists(db))
        QVERIFY(runBinary({QStringLiteral("--db"), db, QStringLiteral("demo")}).code == 0);
    const QString pdf = path(QStringLiteral("participants.pdf"));
    const Outcome o = runBinary({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("participants"),
                                 QStringLiteral("--event"), QStringLiteral("1"), QStringLiteral("--format"),
                                 QStringLiteral("pdf"), QStringLiteral("--output"), pdf});
    QVERIFY2(o.code == 0 && o.err.isEmpty(), qPrintable(describe(o)));
    QVERIFY(test::readFile(pdf).startsWith("%PDF"));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("Gaëlle Bernard")));
}

void tst_CommandLine::binary_importContributors_dryRunThenImport_badFileWritesNothing()
{
    const QString db = path(QStringLiteral("import.convivium"));
    QFile::remove(db);
    Outcome o = runBinary({QStringLiteral("--db"), db, QStringLiteral("init")});
    QVERIFY2(o.code == 0, qPrintable(describe(o)));
    // French Excel: semicolons, Windows-1252 ("Prénom" with é as 0xE9).
    const QString csv = path(QStringLiteral("membres.csv"));
    test::writeFile(csv, QByteArray("Pr\xe9nom;Nom;Courriel;Structure\r\n"
                                    "Zo\xe9;Roux;zoe.roux@example.org;Framasoft\r\n"
                                    "Hugo;Martin;hugo.martin@example.org;\r\n"));
    o = runBinary({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("contributors")});
    const QString empty = o.out;
    o = runBinary({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("contributors"), csv,
                   QStringLiteral("--dry-run")});
    QVERIFY2(o.code == 0 && o.out.contains(QStringLiteral("2 new, 0 updated, 0 unchanged")), qPrintable(describe(o)));
    QVERIFY2(o.out.contains(QStringLiteral("New organisations: Framasoft")), qPrintable(describe(o)));
    o = runBinary({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("contributors")});
    QCOMPARE(o.out, empty);   // the dry run wrote nothing

    o = runBinary({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("contributors"), csv});
    QVERIFY2(o.code == 0 && o.out.contains(QStringLiteral("Imported: 2 new")), qPrintable(describe(o)));
    o = runBinary({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("contributors")});
    QVERIFY2(o.out.contains(QStringLiteral("Zoé")) && o.out.contains(QStringLiteral("zoe.roux@example.org")),
             qPrintable(describe(o)));
    const QString imported = o.out;
    o = runBinary({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("contributors"), csv});
    QVERIFY2(o.code == 0 && o.out.contains(QStringLiteral("0 new, 0 updated, 2 unchanged")), qPrintable(describe(o)));

    // One bad line: every problem listed with its line and column, nothing written.
    const QString bad = path(QStringLiteral("bad.csv"));
    test::writeFile(bad, QByteArray("Pr\xe9nom;Nom;Courriel\r\nAnne;Leroy;anne.leroy@example.org\r\n"
                                    "Paul;Roy;paul(at)example.org\r\n"));
    o = runBinary({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("contributors"), bad});
    QVERIFY2(o.code == 1, qPrintable(describe(o)));
    QVERIFY2(o.err.contains(QStringLiteral("Line 3, column Courriel: \"paul(at)example.org\" is not an e-mail address.")),
             qPrintable(describe(o)));
    QVERIFY2(o.err.contains(QStringLiteral("nothing was written")), qPrintable(describe(o)));
    o = runBinary({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("contributors")});
    QCOMPARE(o.out, imported);
}

void tst_CommandLine::teamDatabase_demoListReportAndErrors()
{
    if (!test::TestCommunity::onPostgres())
        QSKIP("runs on PostgreSQL (postgres/tst_CommandLine)");
    test::TestCommunity team;   // an empty community on the test server
    const QString url = team.path();
    QVERIFY(url.startsWith(QStringLiteral("postgresql://")));
    const test::CliOutcome demo = test::runCli({QStringLiteral("--db"), url, QStringLiteral("demo")});
    QVERIFY2(demo.code == 0, qPrintable(demo.describe()));
    const test::CliOutcome events = test::runCli({QStringLiteral("--db"), url, QStringLiteral("list"), QStringLiteral("events")});
    QVERIFY2(events.code == 0 && events.out.contains(QStringLiteral("Rencontres communautaires d'hiver 2026")),
             qPrintable(events.describe()));
    const QString csv = m_dir.filePath(QStringLiteral("team-participants.csv"));
    const test::CliOutcome report = test::runCli({QStringLiteral("--db"), url, QStringLiteral("report"),
                                                  QStringLiteral("participants"), QStringLiteral("--event"), QStringLiteral("1"),
                                                  QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), csv});
    QVERIFY2(report.code == 0, qPrintable(report.describe()));
    QVERIFY(test::readFile(csv).count('\n') > 20);

    // Never over a community; a server that is not there, or a bad address, says so.
    const QStringList before = test::dumpAll(team.db());
    const test::CliOutcome again = test::runCli({QStringLiteral("--db"), url, QStringLiteral("demo")});
    QVERIFY2(again.code == 1 && again.err.contains(QStringLiteral("already holds a community")), qPrintable(again.describe()));
    QCOMPARE(test::dumpAll(team.db()), before);
    const test::CliOutcome refused = test::runCli({QStringLiteral("--db"), QStringLiteral("postgresql://convivium@127.0.0.1:1/x"),
                                                   QStringLiteral("list"), QStringLiteral("events")});
    QVERIFY2(refused.code == 1 && refused.err.contains(QStringLiteral("Cannot reach the database server")),
             qPrintable(refused.describe()));
    const test::CliOutcome bad = test::runCli({QStringLiteral("--db"), QStringLiteral("postgresql://127.0.0.1/x"),
                                               QStringLiteral("list"), QStringLiteral("events")});
    QVERIFY2(bad.code == 1 && bad.err.contains(QStringLiteral("does not name a user")), qPrintable(bad.describe()));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_CommandLine.moc"
