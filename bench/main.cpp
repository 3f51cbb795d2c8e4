// Convivium benchmarks at community scale. Prints one line per measure as
// "<name> <value> <unit>". Usage: convivium-bench [--db FILE] [--regenerate]
#include "AllocationBench.h"
#include "CommunityGenerator.h"
#include "FiguresBench.h"
#include "ImportBench.h"
#include "ReportBench.h"
#include "Community.h"
#include "Icons.h"
#include "MainWindow.h"
#include "Translations.h"
#include "models/LazyListModel.h"
#include "views/RecordListView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace convivium;

namespace {

void print(const char *name, double value, const char *unit)
{
    std::printf("%s %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const int index = qBound(0, int(p * (values.size() - 1) + 0.5), int(values.size()) - 1);
    return values.at(index);
}

// Paints the window as the screen would, so each measure includes layout,
// fetching the visible rows and drawing them.
void paint(QWidget &w)
{
    w.grab();
    QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("convivium-bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Community file to use or create."), QStringLiteral("file"));
    QCommandLineOption regenerate(QStringLiteral("regenerate"), QStringLiteral("Write the community again."));
    QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Run one part: figures, allocation, reports or import."),
                            QStringLiteral("part"));
    parser.addOption(only);
    parser.addOption(dbOption);
    parser.addOption(regenerate);
    parser.process(app);

    QTemporaryDir tmp;
    if (parser.value(only) == u"import") {   // needs no generated community
        core::Translations::install(QStringLiteral("en_GB"));
        bench::runImportBench(tmp.path());
        return 0;
    }
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : tmp.filePath(QStringLiteral("bench.convivium"));
    if (parser.isSet(regenerate))
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QString::fromLatin1(suffix));
    core::Translations::install(QStringLiteral("en_GB"));
    ui::Icons::setUp();

    if (!QFile::exists(path)) {
        QElapsedTimer t;
        t.start();
        core::Database::OpenReport report;
        auto community = core::Community::open(path, core::Database::Mode::CreateIfMissing, &report);
        if (!community) {
            std::fprintf(stderr, "%s\n", qPrintable(report.message));
            return 1;
        }
        if (const core::Result r = bench::CommunityGenerator::write(community->database(), bench::CommunitySize{}); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.message()));
            return 1;
        }
        print("generate_community", t.elapsed() / 1000.0, "s");
    }

    const QString part = parser.value(only);
    if (part == u"figures" || part == u"allocation" || part == u"reports") {
        core::Database::OpenReport report;
        auto community = core::Community::open(path, core::Database::Mode::OpenExisting, &report);
        if (!community)
            return 1;
        if (part == u"figures")
            bench::runFiguresBench(community->database());
        else if (part == u"reports")
            bench::runReportBench(community->database());
        else
            bench::runAllocationBench();
        return 0;
    }

    // Open the database and paint the populated window on its largest list.
    QElapsedTimer t;
    t.start();
    ui::MainWindow window;
    if (!window.openCommunity(path))
        return 1;
    window.showSection(QStringLiteral("contributor"));
    window.resize(1280, 800);
    window.show();
    paint(window);
    print("open_and_first_paint", t.nsecsElapsed() / 1e6, "ms");

    ui::RecordListView *view = window.currentView();
    // Filter as you type: each keystroke re-queries and repaints the list.
    QList<double> keystrokes;
    for (const char *query : {"martin", "helene le", "kerherve", "ecrins", "lucia 12", "example.org 99", "zoe f"}) {
        view->filterField()->clear();
        paint(window);
        QString typed;
        for (const char c : QByteArray(query)) {
            typed += QLatin1Char(c);
            QElapsedTimer k;
            k.start();
            view->filterField()->setText(typed);
            paint(window);
            keystrokes << k.nsecsElapsed() / 1e6;
        }
    }
    view->filterField()->clear();
    paint(window);
    print("filter_keystroke_median", percentile(keystrokes, 0.5), "ms");
    print("filter_keystroke_p95", percentile(keystrokes, 0.95), "ms");

    // Sort 100,000 contributors by each column, worst case reported.
    double worst = 0;
    for (int column = 0; column < view->model()->columnCount(); ++column)
        for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            QElapsedTimer s;
            s.start();
            view->tableView()->sortByColumn(column, order);
            paint(window);
            worst = std::max(worst, s.nsecsElapsed() / 1e6);
        }
    print("sort_by_column_worst", worst, "ms");
    print("contributors_listed", view->model()->rowCount(), "rows");

    window.close();
    bench::runFiguresBench(window.community()->database());
    bench::runAllocationBench();
    bench::runReportBench(window.community()->database());

    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    print("peak_memory", usage.ru_maxrss / 1024.0, "MB");
    return 0;
}
