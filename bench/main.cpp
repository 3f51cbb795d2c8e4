// Convivium benchmarks at community scale, on SQLite and on PostgreSQL.
// Prints one line per measure as "<name> <value> <unit>" (SQLite) and
// "<name>_pg <value> <unit>" (PostgreSQL), then, with both engines, a table
// of the two side by side.
// Usage: convivium-bench [--db FILE] [--regenerate] [--only PART]
//                        [--engine sqlite|postgresql|both] [--server URL]
#include "AllocationBench.h"
#include "CommunityGenerator.h"
#include "EngineProcess.h"
#include "FiguresBench.h"
#include "ImportBench.h"
#include "ListViewBench.h"
#include "Measures.h"
#include "PostgresServer.h"
#include "ReportBench.h"
#include "ReportCommunities.h"
#include "ServerCopy.h"
#include "SideBySide.h"
#include "Community.h"
#include "Icons.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <cstdio>

using namespace convivium;

namespace {

const QString SQLite = QStringLiteral("sqlite");
const QString PostgreSQL = QStringLiteral("postgresql");
const QString PgSuffix = QStringLiteral("_pg");   // after the name of each PostgreSQL measure
const QString BenchDatabase = QStringLiteral("convivium_bench");   // on the bench's own server

void fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

// The same server and user, another database (its password, if any, is in PGPASSWORD).
QString withDatabase(const QString &url, const QString &database)
{
    core::ServerAddress address = core::ServerAddress::fromUrl(url).value();
    address.database = database;
    return address.toUrl();
}

// Where the main window opens the community: a server address carries the
// password, as after the Connect dialog. Without one the window asks the
// keychain first, which takes as long as the desktop makes it (a failed D-Bus
// lookup here: about 0.1 s), not the database.
QString windowLocation(const QString &location)
{
    if (!core::ServerAddress::isServerUrl(location) || qEnvironmentVariableIsEmpty("PGPASSWORD"))
        return location;
    QUrl url(location);
    url.setPassword(qEnvironmentVariable("PGPASSWORD"));
    return url.toString();
}

// One engine's measures, in the process that engine has to itself (see
// EngineProcess): the big community at `big`, a file or a server address.
int measure(const QString &engine, const QString &big, const bench::ReportCommunities &small, const QString &part)
{
    bench::Measures measures(engine == PostgreSQL ? PgSuffix : QString());
    if (part == u"figures" || part == u"allocation" || part == u"reports") {
        core::Database::OpenReport report;
        auto community = core::Community::open(big, core::Database::Mode::OpenExisting, &report);
        if (!community) {
            fail(report.message);
            return 1;
        }
        if (part == u"figures")
            bench::runFiguresBench(community->database(), measures);
        else if (part == u"reports")
            bench::runReportBench(community->database(), small, measures);
        else
            bench::runAllocationBench(measures);
        return 0;
    }

    ui::MainWindow window;
    if (!bench::runListViewBench(window, windowLocation(big), measures)) {
        // Say why: the window's own message went to a dialog no one sees.
        core::Database::OpenReport report;
        if (!core::Database::open(big, core::Database::Mode::OpenExisting, &report))
            fail(report.message);
        fail(QStringLiteral("Cannot open %1 in the main window.").arg(big));
        return 1;
    }
    bench::runFiguresBench(window.community()->database(), measures);
    if (engine == SQLite)   // the allocator reads no database: once is enough
        bench::runAllocationBench(measures);
    bench::runReportBench(window.community()->database(), small, measures);
    measures.addPeakMemory();
    return 0;
}

// The engines asked for, or those this machine can run.
core::Fallible<QStringList> chooseEngines(const QString &asked, bool serverGiven)
{
    if (asked == SQLite || asked == PostgreSQL)
        return QStringList{asked};
    if (asked == u"both")
        return QStringList{SQLite, PostgreSQL};
    if (!asked.isEmpty())
        return core::Result::failure(QStringLiteral("--engine takes sqlite, postgresql or both, not \"%1\".").arg(asked));
    if (serverGiven || bench::PostgresServer::available())
        return QStringList{SQLite, PostgreSQL};
    fail(QStringLiteral("No PostgreSQL server binaries under /usr/lib/postgresql/*/bin (Debian package postgresql): "
                        "measuring SQLite only."));
    return QStringList{SQLite};
}

core::Result generate(const QString &path)
{
    QElapsedTimer t;
    t.start();
    core::Database::OpenReport report;
    auto community = core::Community::open(path, core::Database::Mode::CreateIfMissing, &report);
    if (!community)
        return core::Result::failure(report.message);
    if (core::Result r = bench::CommunityGenerator::write(community->database(), bench::CommunitySize{}); !r)
        return r;
    bench::Measures().add(QStringLiteral("generate_community"), t.elapsed() / 1000.0, QStringLiteral("s"));
    return core::Result::success();
}

// The communities copied to the server (or found there already), and where.
core::Result copyToServer(const QString &server, const QString &big, bench::ReportCommunities *small)
{
    QElapsedTimer t;
    t.start();
    bool copied = false;
    if (core::Result r = bench::ServerCopy::ensure(big, server, &copied); !r)
        return r;
    if (copied)
        bench::Measures(PgSuffix).add(QStringLiteral("restore_community"), t.elapsed() / 1000.0, QStringLiteral("s"));
    const QString base = core::ServerAddress::fromUrl(server).value().database;
    for (QString *location : {&small->participants, &small->lodging}) {
        if (location->isEmpty())
            continue;
        const QString name = base + (location == &small->participants ? QStringLiteral("_participants") : QStringLiteral("_lodging"));
        const QString target = withDatabase(server, name);
        if (core::Result r = bench::ServerCopy::ensure(*location, target, &copied); !r)
            return r;
        *location = target;
    }
    return core::Result::success();
}

// Where one engine's measures read their communities.
struct EngineRun {
    QString engine;   // as --measure takes it
    QString title;    // its column in the table
    QString suffix;   // after each of its measure names
    QString community;
    bench::ReportCommunities reports;
};

// Each engine in a process of its own, one after the other, then with more
// than one the table of their measures side by side. 1 if any failed.
int measureEach(const QList<EngineRun> &runs, const QString &part)
{
    QStringList titles;
    for (const EngineRun &run : runs)
        titles << run.title;
    bench::SideBySide table(titles);
    int status = 0;
    for (int i = 0; i < runs.size(); ++i) {
        const EngineRun &run = runs.at(i);
        QStringList arguments{QStringLiteral("--measure"), run.engine, QStringLiteral("--db"), run.community,
                              QStringLiteral("--participants"), run.reports.participants,
                              QStringLiteral("--lodging"), run.reports.lodging};
        if (!part.isEmpty())
            arguments << QStringLiteral("--only") << part;
        bench::EngineProcess child;
        const bool ok = child.run(arguments);
        for (const bench::Measure &m : child.measures())
            table.add(i, m, run.suffix);
        if (!ok) {
            fail(QStringLiteral("The %1 measures stopped: %2.").arg(run.title, child.failure()));
            status = 1;
        }
    }
    if (runs.size() > 1)
        table.print();
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("convivium-bench"));
    // The window's automatic backups would copy the 100,000-person file at each
    // open and close, beside the measures: the bench leaves them out.
    QSettings().setValue(QStringLiteral("autoBackups/keep"), 0);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Community file to use or create."), QStringLiteral("file"));
    QCommandLineOption regenerate(QStringLiteral("regenerate"), QStringLiteral("Write the community again."));
    QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Run one part: figures, allocation, reports or import."),
                            QStringLiteral("part"));
    QCommandLineOption engineOption(QStringLiteral("engine"),
                                    QStringLiteral("sqlite, postgresql or both (the default when a PostgreSQL server "
                                                   "can be started here or --server is given)."),
                                    QStringLiteral("engine"));
    QCommandLineOption serverOption(QStringLiteral("server"),
                                    QStringLiteral("Use this server instead of starting one: postgresql://user@host:port/"
                                                   "database (password in PGPASSWORD). The database, and two beside it "
                                                   "named <database>_participants and _lodging, are created when missing "
                                                   "and filled when empty."),
                                    QStringLiteral("url"));
    // Between this program and the process it starts for each engine.
    QCommandLineOption measureOption(QStringLiteral("measure"), QStringLiteral("Measure one engine (internal)."),
                                     QStringLiteral("engine"));
    QCommandLineOption participantsOption(QStringLiteral("participants"), QStringLiteral("internal"), QStringLiteral("location"));
    QCommandLineOption lodgingOption(QStringLiteral("lodging"), QStringLiteral("internal"), QStringLiteral("location"));
    for (QCommandLineOption *internal : {&measureOption, &participantsOption, &lodgingOption})
        internal->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({only, dbOption, regenerate, engineOption, serverOption, measureOption, participantsOption,
                       lodgingOption});
    parser.process(app);
    core::Translations::install(QStringLiteral("en_GB"));
    const QString part = parser.value(only);

    QTemporaryDir tmp;
    if (part == u"import") {   // needs no generated community
        if (parser.isSet(serverOption) || (parser.isSet(engineOption) && parser.value(engineOption) != SQLite))
            fail(QStringLiteral("The import measure compares with sqlite3 .import: it runs on SQLite only."));
        bench::runImportBench(tmp.path());
        return 0;
    }
    if (parser.isSet(measureOption)) {
        ui::Icons::setUp();
        return measure(parser.value(measureOption), parser.value(dbOption),
                       {parser.value(participantsOption), parser.value(lodgingOption)}, part);
    }

    core::Fallible<QStringList> engines = chooseEngines(parser.value(engineOption), parser.isSet(serverOption));
    if (!engines) {
        fail(engines.message());
        return 2;
    }
    if (part == u"allocation")   // reads no database
        engines = QStringList{SQLite};
    QString server = parser.value(serverOption);
    if (!server.isEmpty()) {
        core::Fallible<core::ServerAddress> address = core::ServerAddress::fromUrl(server);
        if (!address) {
            fail(address.message());
            return 2;
        }
        // The addresses handed on carry no password: Database::open reads it from PGPASSWORD.
        if (!address.value().password.isEmpty())
            qputenv("PGPASSWORD", address.value().password.toUtf8());
        server = address.value().toUrl();
    }

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : tmp.filePath(QStringLiteral("bench.convivium"));
    if (parser.isSet(regenerate))
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QString::fromLatin1(suffix));
    if (!QFile::exists(path))
        if (const core::Result r = generate(path); !r) {
            fail(r.message());
            return 1;
        }
    bench::ReportCommunities files;
    if (part.isEmpty() || part == u"reports") {
        const core::Fallible<bench::ReportCommunities> written = bench::ReportCommunities::write(tmp.path());
        if (!written) {
            fail(written.message());
            return 1;
        }
        files = written.value();
    }

    // From here on the server, if the bench started one, is stopped on every way out.
    bench::PostgresServer ownServer;
    bench::ReportCommunities onServer = files;
    if (engines.value().contains(PostgreSQL)) {
        if (server.isEmpty()) {
            if (const core::Result r = ownServer.start(); !r) {
                fail(QStringLiteral("Cannot start a PostgreSQL server: %1").arg(r.message()));
                return 1;
            }
            server = withDatabase(ownServer.url(), BenchDatabase);
            // The server trusts connections from this machine and never asks for
            // it; it spares the main window a keychain lookup (see windowLocation).
            if (qEnvironmentVariableIsEmpty("PGPASSWORD"))
                qputenv("PGPASSWORD", "unused");
        }
        if (const core::Result r = copyToServer(server, path, &onServer); !r) {
            fail(QStringLiteral("Cannot copy the community to %1: %2").arg(server, r.message()));
            return 1;
        }
    }

    QList<EngineRun> runs;
    for (const QString &engine : engines.value())
        runs << (engine == PostgreSQL ? EngineRun{engine, QStringLiteral("PostgreSQL"), PgSuffix, server, onServer}
                                      : EngineRun{engine, QStringLiteral("SQLite"), QString(), path, files});
    const int status = measureEach(runs, part);
    ownServer.stop();
    return status;
}
