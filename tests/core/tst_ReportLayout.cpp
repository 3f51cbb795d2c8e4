// ReportLayout: pagination rules checked over many table shapes on a real
// A4 PDF device: every row placed once, inside the page, a group heading
// never alone at the bottom, a cut group announced again, pages numbered.
// Needs a QGuiApplication (font metrics), hence QTEST_MAIN under offscreen.
#include "reports/CellText.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportLayout.h"
#include "reports/ReportTable.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTest>

using convivium::core::CellText;
using convivium::core::PlacedRow;
using convivium::core::ReportColumn;
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
        // Now and then a long cell, wrapped onto several lines: rows of unequal heights.
        table.addRow({QString::number(i), i % 7 == 3 ? QStringLiteral("a rather long cell ").repeated(1 + i % 5) : QString()});
    }
    return table;
}

QFontMetricsF bodyMetrics(const ReportLayout &layout, QPaintDevice *device)
{
    return QFontMetricsF(layout.style().body, device);
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
    void columns_sizedFromContent_nothingCutWhenThereIsRoom();
    void wrappedCells_keepEveryWord_andGrowTheRow();
    void narrowPage_numbersAndDatesStayWhole();
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
        qreal y = page.headerY + layout.headerHeight();
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

void tst_ReportLayout::columns_sizedFromContent_nothingCutWhenThereIsRoom()
{
    ReportTable table;
    table.addColumn(QStringLiteral("name"), QStringLiteral("Name"), 1.0);
    table.addColumn(QStringLiteral("organisation"), QStringLiteral("Organisation"), 1.0);
    table.addColumn(QStringLiteral("nights"), QStringLiteral("Nights"), 5.0, ReportColumn::Kind::Number);
    ReportColumn signature;
    signature.key = QStringLiteral("signature");
    signature.header = QStringLiteral("Signature");
    signature.minimumMm = 40;
    table.addColumn(signature);
    table.addRow({QStringLiteral("Zoé Lambert"), QStringLiteral("Centre Régional Auvergnat de l'Information Géographique"),
                  QStringLiteral("4")});
    table.addRow({QStringLiteral("Jo"), QStringLiteral("April"), QStringLiteral("12")});
    QPdfWriter device(QStringLiteral("/dev/null"));
    device.setResolution(300);
    convivium::core::PdfReportWriter::setUpPage(&device, table);
    const ReportLayout layout(table, &device);
    const QFontMetricsF body = bodyMetrics(layout, &device);
    const qreal mm = layout.style().millimetre, pad = layout.style().padding;

    qreal total = 0;
    for (int c = 0; c < table.columnCount(); ++c)
        total += layout.columnWidth(c);
    QVERIFY(qAbs(total - layout.width()) < 0.5);   // the page width, shared out
    // The long organisation fits on one line: the narrow number column did not take its room,
    // whatever its relative width says.
    QVERIFY(layout.columnWidth(1) - 2 * pad >= body.horizontalAdvance(table.rows().at(0).cells.at(1)));
    QVERIFY(layout.columnWidth(2) < 20 * mm);
    QVERIFY(layout.columnWidth(3) >= 40 * mm);   // room to sign, though the column is empty
    for (const ReportRow &row : table.rows())
        for (int c = 0; c < table.columnCount(); ++c)
            QCOMPARE(CellText::wrap(row.cells.at(c), body, layout.columnWidth(c) - 2 * pad, 4).join(u' '),
                     row.cells.at(c));
    QCOMPARE(layout.pages().first().rows.first().height, layout.style().rowHeight);   // one line each
}

void tst_ReportLayout::wrappedCells_keepEveryWord_andGrowTheRow()
{
    ReportTable table;
    table.addColumn(QStringLiteral("name"), QStringLiteral("Name"));
    table.addColumn(QStringLiteral("affiliations"), QStringLiteral("Affiliations"), 3.0);
    table.addColumn(QStringLiteral("first_seen"), QStringLiteral("First seen"), 1.0, ReportColumn::Kind::Date);
    const QString affiliations = QStringLiteral("Parc national des Écrins, chargée de mission SIG (2019–2023); "
                                                "Département des Hautes-Alpes, géomaticienne (2023–); "
                                                "Association OSGeo-fr, trésorière (2021–)");
    table.addRow({QStringLiteral("Amélie Chevalier"), affiliations, QStringLiteral("12/03/2019")});
    table.addRow({QStringLiteral("Jo"), QStringLiteral("April"), QStringLiteral("01/01/2020")});
    QPdfWriter device(QStringLiteral("/dev/null"));
    device.setResolution(300);
    // A4 portrait: the affiliations are wider than the page and must wrap.
    const ReportLayout layout(table, &device);
    const QFontMetricsF body = bodyMetrics(layout, &device);
    const qreal width = layout.columnWidth(1) - 2 * layout.style().padding;
    const QStringList lines = CellText::wrap(affiliations, body, width, 4);
    QVERIFY2(lines.size() >= 2, qPrintable(lines.join(u'|')));
    for (const QString &line : lines)
        QVERIFY(body.horizontalAdvance(line) <= width + 0.01);
    QCOMPARE(lines.join(u' '), affiliations);   // every word kept, none cut
    const QList<PlacedRow> &rows = layout.pages().first().rows;
    QCOMPARE(rows.at(0).height, layout.style().rowHeight + (lines.size() - 1) * layout.style().bodyLineSpacing);
    QCOMPARE(rows.at(1).height, layout.style().rowHeight);
    QCOMPARE(rows.at(1).y, rows.at(0).y + rows.at(0).height);

    // Past four lines the text is cut with "…" rather than growing without end.
    const QStringList four = CellText::wrap(affiliations.repeated(4), body, width, 4);
    QCOMPARE(four.size(), 4);
    QVERIFY(four.last().endsWith(QStringLiteral("…")));
}

void tst_ReportLayout::narrowPage_numbersAndDatesStayWhole()
{
    ReportTable table;
    for (const char *key : {"a", "b", "c", "d", "e"})
        table.addColumn(QString::fromLatin1(key), QStringLiteral("Long text column %1").arg(QLatin1String(key)), 2.0);
    table.addColumn(QStringLiteral("arrival"), QStringLiteral("Arrival"), 0.5, ReportColumn::Kind::Date);
    table.addColumn(QStringLiteral("amount"), QStringLiteral("Amount"), 0.5, ReportColumn::Kind::Money);
    const QString longText = QStringLiteral("Association des utilisateurs de logiciels libres des Hautes-Alpes");
    table.addRow({longText, longText, longText, longText, longText, QStringLiteral("30/03/2026"),
                  QStringLiteral("1 234,56 €")});
    QPdfWriter device(QStringLiteral("/dev/null"));
    device.setResolution(300);
    const ReportLayout layout(table, &device);
    const QFontMetricsF body = bodyMetrics(layout, &device);
    const qreal pad = layout.style().padding;
    for (int c : {5, 6}) {
        const QString cell = table.rows().first().cells.at(c);
        QVERIFY2(layout.columnWidth(c) - 2 * pad >= body.horizontalAdvance(cell), qPrintable(cell));
    }
    // The text columns share what is left and wrap; the header wraps too, at spaces.
    QVERIFY(layout.headerHeight() > layout.style().headerHeight);
    QVERIFY(layout.pages().first().rows.first().height > layout.style().rowHeight);
}

QTEST_MAIN(tst_ReportLayout)
#include "tst_ReportLayout.moc"
