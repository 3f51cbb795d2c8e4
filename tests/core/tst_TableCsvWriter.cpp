// TableCsvWriter: a list exported as the user sees it. Over a lazy list of
// more rows than a page, every matching row comes out in the model's order,
// not only the pages read; over a proxy, its filter, sort and the chosen
// columns; French spreadsheets get semicolons and a BOM; a cancelled or
// failed export leaves no file and an older one intact.
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "db/Transaction.h"
#include "io/CsvReader.h"
#include "io/TableCsvWriter.h"
#include "models/ListModels.h"
#include "repositories/ContributorRepository.h"
#include "repositories/OrganisationRepository.h"

#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace convivium;
using core::TableCsvWriter;

namespace {

constexpr int People = 300;   // more than two pages of LazyListModel (128 rows)
const char *const Given[] = {"Hélène", "Loïc", "Anaïs", "Bruno", "Chloé", "Denis"};
const char *const Family[] = {"Abadie", "Émery", "Le Gall", "Nguyen", "Zola"};

// Person i: Given[i % 6] Family[i % 5]; every third at an organisation whose
// name needs quoting in CSV, the others in Brittany.
std::unique_ptr<test::TestCommunity> crowd()
{
    auto tc = std::make_unique<test::TestCommunity>();
    const core::Database &db = tc->db();
    core::OrganisationRepository organisations(db);
    core::Organisation o;
    o.name = QStringLiteral("Dupont; Fils & \"Cie\", SARL");
    const qint64 quoted = test::must(organisations.insert(o));
    o.name = QStringLiteral("Région Bretagne");
    const qint64 bretagne = test::must(organisations.insert(o));
    core::ContributorRepository repo(db);
    core::Transaction tx(db);
    for (int i = 0; i < People; ++i) {
        core::Contributor c;
        c.givenName = QString::fromUtf8(Given[i % 6]);
        c.familyName = QString::fromUtf8(Family[i % 5]);
        c.emails = {QStringLiteral("p%1@example.org").arg(i, 3, 10, QLatin1Char('0'))};
        c.languages = i % 2 ? QStringList{QStringLiteral("fr"), QStringLiteral("en")} : QStringList{QStringLiteral("fr")};
        c.firstSeen = QDate(2020, 1, 1).addDays(i);
        c.affiliations = {{0, i % 3 == 0 ? quoted : bretagne, {}, QDate(2020, 1, 1), {}}};
        if (!repo.insert(c))
            qFatal("cannot insert contributor %d", i);
    }
    if (!tx.commit() || !repo.refreshDerived())
        qFatal("cannot write the crowd");
    return tc;
}

core::CsvDocument readBack(const QString &path, QChar delimiter = u',')
{
    core::CsvReadOptions options;
    options.delimiter = delimiter;
    return test::must(core::CsvReader::readFile(path, options));
}

// What the model shows, row by row, for these columns.
QList<QStringList> shown(const QAbstractItemModel &model, const QList<int> &columns)
{
    QList<QStringList> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c : columns)
            cells << model.index(r, c).data().toString();
        rows << cells;
    }
    return rows;
}

QList<QStringList> fields(const core::CsvDocument &doc)
{
    QList<QStringList> rows;
    for (const core::CsvRecord &r : doc.records)
        rows << r.fields;
    return rows;
}

} // namespace

class tst_TableCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void lazyList_everyMatchingRowInTheModelsOrder_data();
    void lazyList_everyMatchingRowInTheModelsOrder();
    void proxy_followsItsFilterSortAndColumns();
    void frenchSpreadsheet_semicolonsAndByteOrderMark();
    void cancelled_leavesNoFileAndTheOldOneIntact();
    void missingFolder_failsWithAMessageAndWritesNothing();
    void progress_reachesTheRowCount();

private:
    std::unique_ptr<test::TestCommunity> m_crowd;
    QTemporaryDir m_dir;
};

void tst_TableCsvWriter::initTestCase()
{
    m_crowd = crowd();
}

void tst_TableCsvWriter::lazyList_everyMatchingRowInTheModelsOrder_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<int>("order");
    QTest::addColumn<QList<int>>("columns");
    QTest::addColumn<int>("expected");
    QTest::newRow("whole list, by name") << "" << 0 << int(Qt::AscendingOrder) << QList<int>{0, 1, 2, 3, 4} << People;
    QTest::newRow("Brittany, newest first, three columns moved")
        << "bretagne" << 4 << int(Qt::DescendingOrder) << QList<int>{4, 0, 2} << People - People / 3;
    QTest::newRow("one given name, by e-mail, reversed")
        << "helene" << 1 << int(Qt::DescendingOrder) << QList<int>{1, 0} << People / 6;
    QTest::newRow("nobody") << "zzz" << 0 << int(Qt::AscendingOrder) << QList<int>{0} << 0;
}

void tst_TableCsvWriter::lazyList_everyMatchingRowInTheModelsOrder()
{
    QFETCH(QString, filter);
    QFETCH(int, sortColumn);
    QFETCH(int, order);
    QFETCH(QList<int>, columns);
    QFETCH(int, expected);
    std::unique_ptr<core::LazyListModel> model(core::ListModels::contributors(m_crowd->db(), nullptr));
    model->setFilter(filter);
    model->sort(sortColumn, Qt::SortOrder(order));
    // Written before the model has read more than its first page.
    const QString path = m_dir.filePath(QStringLiteral("list.csv"));
    const core::Fallible<qint64> written = TableCsvWriter::write(path, TableCsvWriter::fromList(*model, columns));
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QCOMPARE(written.value(), qint64(expected));

    const core::CsvDocument doc = readBack(path);
    QStringList headers;
    for (int c : columns)
        headers << model->headerData(c, Qt::Horizontal).toString();
    QCOMPARE(doc.header, headers);
    model->waitForCount();
    QCOMPARE(model->rowCount(), expected);
    QCOMPARE(fields(doc), shown(*model, columns));
}

void tst_TableCsvWriter::proxy_followsItsFilterSortAndColumns()
{
    QStandardItemModel source(0, 3);
    source.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Diet"), QStringLiteral("Nights")});
    const QList<QStringList> people{{QStringLiteral("Zoé"), QStringLiteral("vegan"), QStringLiteral("3")},
                                    {QStringLiteral("Anaïs"), QStringLiteral("none"), QStringLiteral("2")},
                                    {QStringLiteral("Marc"), QStringLiteral("vegan"), QStringLiteral("1")},
                                    {QStringLiteral("Bruno, \"Bud\""), QStringLiteral("vegan"), QStringLiteral("4")}};
    for (const QStringList &p : people) {
        QList<QStandardItem *> items;
        for (const QString &cell : p)
            items << new QStandardItem(cell);
        source.appendRow(items);
    }
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    proxy.setFilterKeyColumn(1);
    proxy.setFilterFixedString(QStringLiteral("vegan"));
    proxy.sort(2, Qt::DescendingOrder);

    const TableCsvWriter::Source table = TableCsvWriter::fromModel(proxy, {2, 0});
    QCOMPARE(table.rowCount, qint64(3));
    QCOMPARE(TableCsvWriter::toCsv(table),
             QByteArray("Nights,Name\r\n4,\"Bruno, \"\"Bud\"\"\"\r\n3,Zoé\r\n1,Marc\r\n"));
}

void tst_TableCsvWriter::frenchSpreadsheet_semicolonsAndByteOrderMark()
{
    std::unique_ptr<core::LazyListModel> model(core::ListModels::contributors(m_crowd->db(), nullptr));
    model->setFilter(QStringLiteral("dupont p000@"));
    const QByteArray csv = TableCsvWriter::toCsv(TableCsvWriter::fromList(*model, {0, 2, 3}),
                                                 core::CsvOptions::forFrenchSpreadsheet());
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(csv.mid(3)),
             QStringLiteral("Name;Organisation;Languages\r\nAbadie, Hélène;\"Dupont; Fils & \"\"Cie\"\", SARL\";FR\r\n"));
}

void tst_TableCsvWriter::cancelled_leavesNoFileAndTheOldOneIntact()
{
    std::unique_ptr<core::LazyListModel> model(core::ListModels::contributors(m_crowd->db(), nullptr));
    const TableCsvWriter::Source table = TableCsvWriter::fromList(*model, {0, 1});
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.csv"));
    int calls = 0;
    const auto cancelSecond = [&calls](qint64, qint64) { return ++calls < 2; };
    core::Fallible<qint64> written = TableCsvWriter::write(fresh, table, {}, cancelSecond);
    QVERIFY(!written);
    QCOMPARE(written.message(), QStringLiteral("Cancelled: nothing was written."));
    QVERIFY(!QFileInfo::exists(fresh));

    const QString older = m_dir.filePath(QStringLiteral("older.csv"));
    test::writeFile(older, "kept\r\n");
    calls = 0;
    QVERIFY(!TableCsvWriter::write(older, table, {}, cancelSecond));
    QCOMPARE(test::readFile(older), QByteArray("kept\r\n"));
    const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("*fresh*"), QStringLiteral("*older*")},
                                                          QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList{QStringLiteral("older.csv")});   // no temporary file left either
}

void tst_TableCsvWriter::missingFolder_failsWithAMessageAndWritesNothing()
{
    std::unique_ptr<core::LazyListModel> model(core::ListModels::contributors(m_crowd->db(), nullptr));
    const QString path = m_dir.filePath(QStringLiteral("missing/list.csv"));
    const core::Fallible<qint64> written = TableCsvWriter::write(path, TableCsvWriter::fromList(*model, {0}));
    QVERIFY(!written);
    QVERIFY2(written.message().contains(QStringLiteral("does not exist")), qPrintable(written.message()));
    QVERIFY(!QFileInfo::exists(path));
}

void tst_TableCsvWriter::progress_reachesTheRowCount()
{
    std::unique_ptr<core::LazyListModel> model(core::ListModels::contributors(m_crowd->db(), nullptr));
    QList<qint64> seen;
    qint64 lastTotal = -1;
    const core::Fallible<qint64> written
        = TableCsvWriter::write(m_dir.filePath(QStringLiteral("progress.csv")), TableCsvWriter::fromList(*model, {0}), {},
                                [&](qint64 done, qint64 total) {
                                    seen << done;
                                    lastTotal = total;
                                    return true;
                                });
    QVERIFY(written);
    QCOMPARE(seen.first(), qint64(0));
    QCOMPARE(seen.last(), qint64(People));
    QCOMPARE(lastTotal, qint64(People));
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
}

QTEST_GUILESS_MAIN(tst_TableCsvWriter)
#include "tst_TableCsvWriter.moc"
