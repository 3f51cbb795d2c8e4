// RecordListView keeps the user's place: a contributor renamed by another
// organiser (a second connection to the same community) shows in the list
// without reopening it, and the selected row, the scroll position, the sort
// and the filter stay as they were; a new sort follows the record shown, even
// one beyond the rows read so far. On SQLite, and on PostgreSQL in
// postgres/tst_RecordListView.
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "commands/RemoteChanges.h"
#include "db/Transaction.h"
#include "models/LazyListModel.h"
#include "models/ListModels.h"
#include "repositories/ContributorRepository.h"
#include "views/RecordListView.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace convivium;
using core::LazyListModel;

namespace {

constexpr int People = 300;   // more than the first page a reload reads (128)

// Family names "Person000"… sort the list in creation order.
void addPeople(const core::Database &db)
{
    core::ContributorRepository repo(db);
    core::Transaction tx(db);
    for (int i = 0; i < People; ++i) {
        core::Contributor c;
        c.givenName = QStringLiteral("Test");
        c.familyName = QStringLiteral("Person%1").arg(i, 3, 10, QLatin1Char('0'));
        c.emails = {QStringLiteral("p%1@example.org").arg(i)};
        if (!repo.insert(c))
            qFatal("cannot insert contributor %d", i);
    }
    if (!tx.commit() || !repo.refreshDerived())
        qFatal("cannot write the contributors");
}

QString display(const QAbstractItemModel &model, int row)
{
    return model.data(model.index(row, 0)).toString();
}

QList<qint64> selectedIds(const ui::RecordListView &view)
{
    QList<qint64> ids;
    for (const QModelIndex &index : view.tableView()->selectionModel()->selectedRows())
        ids << index.data(LazyListModel::IdRole).toLongLong();
    return ids;
}

// The contributors' list of a second session, wired as the main window wires it.
struct OtherOrganiser {
    explicit OtherOrganiser(const QString &location)
    {
        core::Database::OpenReport report;
        community = core::Community::open(location, core::Database::Mode::OpenExisting, &report);
        if (!community)
            qFatal("cannot open the community a second time: %s", qPrintable(report.message));
        LazyListModel *model = core::ListModels::contributors(community->database(), nullptr);
        view = std::make_unique<ui::RecordListView>(QStringLiteral("contributor"), model,
                                                    [](qint64 id) { return QStringLiteral("#%1").arg(id); });
        QObject::connect(community->notifier(), &core::ChangeNotifier::changed, model, &LazyListModel::tablesChanged);
        QObject::connect(community->notifier(), &core::ChangeNotifier::changed, view.get(),
                         [this](const QStringList &) { view->refreshDetail(); });
        remote = std::make_unique<core::RemoteChanges>(community->database(), community->notifier());
    }
    std::unique_ptr<core::Community> community;
    std::unique_ptr<ui::RecordListView> view;   // goes before its community
    std::unique_ptr<core::RemoteChanges> remote;
};

} // namespace

class tst_RecordListView : public QObject
{
    Q_OBJECT
private slots:
    void renamedByAnotherOrganiser_shows_andSelectionScrollSortFilterStay();
    void newSort_followsTheShownRecordBeyondTheRowsRead();
};

void tst_RecordListView::renamedByAnotherOrganiser_shows_andSelectionScrollSortFilterStay()
{
    test::TestCommunity tc;
    addPeople(tc.db());
    OtherOrganiser b(tc.path());
    QVERIFY(b.remote->start());
    ui::RecordListView &view = *b.view;
    LazyListModel &model = *view.model();
    view.resize(900, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.filterField()->setText(QStringLiteral("example"));   // everyone, by e-mail
    view.tableView()->sortByColumn(0, Qt::DescendingOrder);
    model.waitForCount();
    QCOMPARE(model.rowCount(), People);

    // The user picks row 200, then scrolls on so that it is out of sight.
    const qint64 selected = model.idAt(200);
    view.showRecord(selected);
    view.tableView()->scrollTo(model.index(240, 0), QAbstractItemView::PositionAtTop);
    QCoreApplication::processEvents();
    QScrollBar *scroll = view.tableView()->verticalScrollBar();
    const int scrolled = scroll->value();
    QCOMPARE(selectedIds(view), QList<qint64>{selected});

    // Another organiser renames the person in the row at the top of the screen.
    const int row = view.tableView()->rowAt(0);
    QVERIFY2(row > 200, qPrintable(QString::number(row)));
    const qint64 renamed = model.idAt(row);
    const QString family = display(model, row).section(u',', 0, 0);
    core::Contributor c = test::must(core::ContributorRepository(tc.db()).load(renamed));
    c.givenName = QStringLiteral("Renamed");
    test::must(tc.community().editor().saveContributor(c));

    QTRY_COMPARE_WITH_TIMEOUT(display(model, row), family + QStringLiteral(", Renamed"), 5000);
    model.waitForCount();
    QTest::qWait(50);   // the view lays itself out again after the reset
    QCOMPARE(scroll->value(), scrolled);
    QCOMPARE(selectedIds(view), QList<qint64>{selected});
    QCOMPARE(view.currentId(), selected);
    QCOMPARE(view.tableView()->currentIndex().row(), 200);
    QCOMPARE(view.tableView()->horizontalHeader()->sortIndicatorSection(), 0);
    QCOMPARE(view.tableView()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(view.filterField()->text(), QStringLiteral("example"));
    QCOMPARE(model.filter(), QStringLiteral("example"));
    QCOMPARE(model.rowCount(), People);
    QCOMPARE(model.idAt(row), renamed);
}

void tst_RecordListView::newSort_followsTheShownRecordBeyondTheRowsRead()
{
    test::TestCommunity tc;
    addPeople(tc.db());
    OtherOrganiser b(tc.path());
    ui::RecordListView &view = *b.view;
    LazyListModel &model = *view.model();
    view.resize(900, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.waitForCount();
    const qint64 shown = model.idAt(250);
    view.showRecord(shown);

    // Reversed, the record is row 49, and the view goes to it.
    view.tableView()->sortByColumn(0, Qt::DescendingOrder);
    QCOMPARE(view.currentId(), shown);
    QCOMPARE(selectedIds(view), QList<qint64>{shown});
    QCOMPARE(view.tableView()->currentIndex().row(), People - 1 - 250);
    const int top = view.tableView()->rowAt(0);
    const int bottom = view.tableView()->rowAt(view.tableView()->viewport()->height() - 1);
    QVERIFY2(top <= People - 1 - 250 && (bottom < 0 || People - 1 - 250 <= bottom),
             qPrintable(QStringLiteral("rows %1 to %2 shown").arg(top).arg(bottom)));
}

QTEST_MAIN(tst_RecordListView)
#include "tst_RecordListView.moc"
