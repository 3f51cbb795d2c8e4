// ReportLayout: pagination rules checked over many table shapes on a real
// A4 PDF device: every row placed once, inside the page, a group heading
// never alone at the bottom, a cut group announced again, pages numbered.
// Needs a QGuiApplication (font metrics), hence QTEST_MAIN under offscreen.
#include "reports/PdfReportWriter.h"
#include "reports/ReportLayout.h"
#include "reports/ReportTable.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTest>

using convivium::core::PlacedRow;
using convivium::core::ReportLayout;
using convivium::core::ReportPage;
using convivium::core::ReportRow;
using convivium::core::ReportTable;

namespace {

// Rows, with a group heading before every groupEvery-th row (0: no groups)
// and a total closing each group.
ReportTable shaped(int rows, int groupEvery, ReportTable::GroupPaging paging, qreal rowHeightFactor = 1.0)
{
    ReportTable table;
    table.setTitle(QStringLiteral("Title"));
    table.addIntroParagraph(QString(400, u'x').replace(QStringLiteral("xxxxx"), QStringLiteral("word ")));
    table.setGroupPaging(paging);
    table.setRowHeightFactor(rowHeightFactor);
    table.addColumn(QStringLiteral("a"), QStringLiteral("A"));
    table.addColumn(QStringLiteral("b"), QStringLiteral("B"));
    for (int i = 0; i < rows; ++i) {
        if (groupEvery > 0 && i % groupEvery == 0) {
            if (i > 0)
                table.addTotalRow({QStringLiteral("Total")});
            table.addGroupHeading(QStringLiteral("Group %1").arg(i / groupEvery));
        }
        table.addRow({QString::number(i)});
    }
    return table;
}

} // namespace

class tst_ReportLayout : public QObject
{
    Q_OBJECT

private slots:
    void paginate_keepsTheRules_data();
    void paginate_keepsTheRules();
    void paginate_emptyTableIsOnePage();
    void paginate_tallerRowsNeedMorePages();
};

void tst_ReportLayout::paginate_keepsTheRules_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("groupEvery");
    QTest::addColumn<int>("paging");
    using P = ReportTable::GroupPaging;
    for (int rows : {1, 2, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 89, 90, 91, 500})
        for (int every : {0, 1, 5, 17, 38, 44})
            for (P paging : {P::Continuous, P::BreakBeforeGroup, P::PagePerGroup})
                QTest::addRow("%d rows, group every %d, paging %d", rows, every, int(paging))
                    << rows << every << int(paging);
}

void tst_ReportLayout::paginate_keepsTheRules()
{
    QFETCH(int, rows);
    QFETCH(int, groupEvery);
    QFETCH(int, paging);
    const ReportTable table = shaped(rows, groupEvery, ReportTable::GroupPaging(paging));
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter device(&sink);
    device.setResolution(300);
    convivium::core::PdfReportWriter::setUpPage(&device, table);
    const ReportLayout layout(table, &device);
    const qreal bottom = layout.height() - layout.style().footerHeight;

    QList<int> placedCount(table.rowCount(), 0);
    int group = -1;
    for (int p = 0; p < layout.pageCount(); ++p) {
        const ReportPage &page = layout.pages().at(p);
        QVERIFY2(!page.rows.isEmpty() || table.rowCount() == 0, "a page without rows");
        qreal y = page.headerY + layout.style().headerHeight;
        for (int i = 0; i < page.rows.size(); ++i) {
            const PlacedRow &placed = page.rows.at(i);
            const ReportRow &row = table.rows().at(placed.row);
            QCOMPARE(placed.y, y);   // stacked without gaps or overlaps
            y += placed.height;
            QVERIFY2(y <= bottom + 0.01, qPrintable(QStringLiteral("page %1 runs into the footer").arg(p + 1)));
            if (placed.continued) {
                QCOMPARE(i, 0);
                QCOMPARE(placed.row, group);   // the group being cut, announced again
                continue;
            }
            if (row.kind == ReportRow::Kind::Group)
                group = placed.row;
            ++placedCount[placed.row];
        }
        const PlacedRow &last = page.rows.last();
        QVERIFY2(table.rows().at(last.row).kind != ReportRow::Kind::Group,
                 qPrintable(QStringLiteral("page %1 ends with a group heading").arg(p + 1)));
        // A page cut inside a group starts by naming it again.
        if (p > 0 && groupEvery > 0 && table.rows().at(page.rows.first().row).kind != ReportRow::Kind::Group)
            QVERIFY(page.rows.first().continued);
        QVERIFY(page.number >= 1 && page.number <= page.sectionPages);
    }
    QCOMPARE(placedCount, QList<int>(table.rowCount(), 1));

    const auto P = ReportTable::GroupPaging(paging);
    for (int p = 0; p < layout.pageCount(); ++p) {
        const ReportPage &page = layout.pages().at(p);
        const bool startsGroup = table.rows().at(page.rows.first().row).kind == ReportRow::Kind::Group
            && !page.rows.first().continued;
        if (P == ReportTable::GroupPaging::PagePerGroup)
            QCOMPARE(page.titleBlock, p == 0 || startsGroup);
        else
            QCOMPARE(page.titleBlock, p == 0);
        if (P != ReportTable::GroupPaging::Continuous && groupEvery > 0)
            for (int i = 1; i < page.rows.size(); ++i)   // each group heads its page
                QVERIFY(table.rows().at(page.rows.at(i).row).kind != ReportRow::Kind::Group);
        if (P == ReportTable::GroupPaging::Continuous || groupEvery == 0) {
            QCOMPARE(page.number, p + 1);
            QCOMPARE(page.sectionPages, layout.pageCount());
        } else if (startsGroup) {
            QCOMPARE(page.number, P == ReportTable::GroupPaging::PagePerGroup ? 1 : p + 1);
        }
    }
}

void tst_ReportLayout::paginate_emptyTableIsOnePage()
{
    const ReportTable table = shaped(0, 0, ReportTable::GroupPaging::Continuous);
    QPdfWriter device(QStringLiteral("/dev/null"));
    const ReportLayout layout(table, &device);
    QCOMPARE(layout.pageCount(), 1);
    QVERIFY(layout.pages().first().titleBlock);
    QVERIFY(layout.pages().first().headerY > 0);
}

void tst_ReportLayout::paginate_tallerRowsNeedMorePages()
{
    QPdfWriter device(QStringLiteral("/dev/null"));
    device.setResolution(300);
    const int plain = ReportLayout(shaped(200, 0, ReportTable::GroupPaging::Continuous), &device).pageCount();
    const int signing = ReportLayout(shaped(200, 0, ReportTable::GroupPaging::Continuous, 2.5), &device).pageCount();
    QVERIFY(plain >= 4);
    QVERIFY2(signing >= plain * 2, qPrintable(QStringLiteral("%1 then %2 pages").arg(plain).arg(signing)));
}

QTEST_MAIN(tst_ReportLayout)
#include "tst_ReportLayout.moc"
