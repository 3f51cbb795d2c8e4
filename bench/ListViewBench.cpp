#include "ListViewBench.h"
#include "Measures.h"
#include "MainWindow.h"
#include "UserPrompts.h"
#include "models/LazyListModel.h"
#include "views/RecordListView.h"

#include <QCoreApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <algorithm>
#include <cstdio>
#include <memory>

namespace convivium::bench {

namespace {

// No one answers during a bench: a warning goes to stderr, and a dialog (the
// team database's, when the server refuses) is cancelled at once.
class UnattendedPrompts : public ui::UserPrompts
{
public:
    void warn(QWidget *, const QString &title, const QString &text) override
    {
        std::fprintf(stderr, "%s: %s\n", qPrintable(title), qPrintable(text));
    }
    int exec(QWidget *) override { return QDialog::Rejected; }
};

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

bool runListViewBench(ui::MainWindow &window, const QString &location, Measures &measures)
{
    // Open the database and paint the populated window on its largest list.
    window.setPrompts(std::make_unique<UnattendedPrompts>());
    QElapsedTimer t;
    t.start();
    if (!window.openCommunity(location))
        return false;
    window.showSection(QStringLiteral("contributor"));
    window.resize(1280, 800);
    window.show();
    paint(window);
    measures.add(QStringLiteral("open_and_first_paint"), t.nsecsElapsed() / 1e6, QStringLiteral("ms"));

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
    measures.add(QStringLiteral("filter_keystroke_median"), percentile(keystrokes, 0.5), QStringLiteral("ms"));
    measures.add(QStringLiteral("filter_keystroke_p95"), percentile(keystrokes, 0.95), QStringLiteral("ms"));

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
    measures.add(QStringLiteral("sort_by_column_worst"), worst, QStringLiteral("ms"));
    // The count runs in the background: wait for it, whichever engine is quicker.
    view->model()->waitForCount();
    measures.add(QStringLiteral("contributors_listed"), view->model()->rowCount(), QStringLiteral("rows"));
    window.close();
    return true;
}

} // namespace convivium::bench
