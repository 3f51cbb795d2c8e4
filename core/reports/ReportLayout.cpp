#include "reports/ReportLayout.h"
#include "reports/CellText.h"
#include "reports/ColumnSizer.h"
#include "reports/ReportTable.h"

#include <QFontMetricsF>
#include <QPaintDevice>

namespace convivium::core {

namespace {

QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setKerning(false);   // same widths when measuring and when drawing
    return f;
}

} // namespace

ReportStyle ReportStyle::forDevice(QPaintDevice *device, const ReportTable &table)
{
    ReportStyle s;
    s.body = font(8.5);
    s.bold = font(8.5, true);
    s.title = font(15, true);
    s.subtitle = font(10.5);
    s.footer = font(7);
    s.millimetre = device->logicalDpiY() / 25.4;
    s.padding = 1.6 * s.millimetre;
    const qreal line = QFontMetricsF(s.bold, device).height();
    s.headerHeight = line * 1.55;
    s.rowHeight = s.headerHeight * table.rowHeightFactor();
    s.groupHeight = line * 1.7;
    s.footerHeight = QFontMetricsF(s.footer, device).height() + 3 * s.millimetre;
    s.bodyLineSpacing = QFontMetricsF(s.body, device).lineSpacing();
    s.boldLineSpacing = QFontMetricsF(s.bold, device).lineSpacing();
    return s;
}

QString ReportLayout::groupHeading(const QString &heading, bool continued)
{
    return continued ? tr("%1 (continued)").arg(heading) : heading;
}

int ReportLayout::maxLines(const ReportColumn &column, ReportRow::Kind kind)
{
    if (column.kind != ReportColumn::Kind::Text)
        return 1;
    return kind == ReportRow::Kind::Total ? 2 : 4;
}

ReportLayout::ReportLayout(const ReportTable &table, QPaintDevice *device)
    : m_style(ReportStyle::forDevice(device, table))
    , m_width(device->width())
    , m_height(device->height())
    , m_bodyMetrics(m_style.body, device)
    , m_boldMetrics(m_style.bold, device)
{
    m_columnWidths = ColumnSizer::widths(table, {m_width, m_style.padding, m_style.millimetre, m_bodyMetrics, m_boldMetrics});
    qreal x = 0;
    int headerLines = 1;
    for (int c = 0; c < m_columnWidths.size(); ++c) {
        m_columnLefts << x;
        x += m_columnWidths.at(c);
        headerLines = qMax(headerLines, CellText::lineCount(table.columns().at(c).header, m_boldMetrics,
                                                            m_columnWidths.at(c) - 2 * m_style.padding, HeaderLines));
    }
    m_headerHeight = m_style.headerHeight + (headerLines - 1) * m_style.boldLineSpacing;
    measureTitleBlock(table, device);
    paginate(table);
}

qreal ReportLayout::rowHeight(const ReportTable &table, const ReportRow &row, bool continued) const
{
    const qreal pads = 2 * m_style.padding;
    if (row.kind == ReportRow::Kind::Group) {
        const int lines = CellText::lineCount(groupHeading(row.heading(), continued), m_boldMetrics, m_width - pads,
                                              GroupLines);
        return m_style.groupHeight + (lines - 1) * m_style.boldLineSpacing;
    }
    const bool total = row.printedBold();
    const QFontMetricsF &metrics = total ? m_boldMetrics : m_bodyMetrics;
    int lines = 1;
    for (int c = 0; c < m_columnWidths.size(); ++c) {
        const int most = maxLines(table.columns().at(c), row.kind);
        if (most > 1)
            lines = qMax(lines, CellText::lineCount(row.cells.at(c), metrics, m_columnWidths.at(c) - pads, most));
    }
    return total ? m_style.headerHeight + (lines - 1) * m_style.boldLineSpacing
                 : m_style.rowHeight + (lines - 1) * m_style.bodyLineSpacing;
}

void ReportLayout::measureTitleBlock(const ReportTable &table, QPaintDevice *device)
{
    const qreal mm = m_style.millimetre;
    const QRectF area(0, 0, m_width, m_height);
    qreal y = 0;
    auto add = [&](const QString &text, const QFont &f, qreal gapAfter) {
        m_blockTops << y;
        if (text.isEmpty()) {
            m_blockHeights << 0;
            return;
        }
        const qreal h = QFontMetricsF(f, device).boundingRect(area, Qt::TextWordWrap, text).height();
        m_blockHeights << h;
        y += h + gapAfter;
    };
    add(table.title(), m_style.title, 1.5 * mm);
    add(table.subtitle(), m_style.subtitle, 2.5 * mm);
    for (const QString &paragraph : table.introParagraphs())
        add(paragraph, m_style.body, 1.8 * mm);
    // Never more than half the page, so rows always find room.
    m_titleBlockHeight = qMin(y > 0 ? y + 2 * mm : 0, m_height / 2);
}

void ReportLayout::paginate(const ReportTable &table)
{
    const ReportTable::GroupPaging paging = table.groupPaging();
    const QList<ReportRow> &rows = table.rows();
    const qreal bottom = m_height - m_style.footerHeight;
    qreal y = 0;
    QList<int> sectionStarts;

    auto newPage = [&](bool titleBlock, bool newSection) {
        if (newSection)
            sectionStarts << int(m_pages.size());
        ReportPage page;
        page.titleBlock = titleBlock;
        page.headerY = titleBlock ? m_titleBlockHeight : 0;
        m_pages << page;
        y = page.headerY + m_headerHeight;
    };
    auto place = [&](int row, qreal height, bool continued, bool shaded) {
        m_pages.last().rows << PlacedRow{row, y, height, continued, shaded};
        y += height;
    };
    auto heightOf = [&](const ReportRow &row) { return rowHeight(table, row, false); };

    newPage(true, true);
    int group = -1;
    bool shade = false;
    for (int i = 0; i < rows.size(); ++i) {
        const ReportRow &row = rows.at(i);
        const bool pageHasRows = !m_pages.last().rows.isEmpty();
        if (row.kind == ReportRow::Kind::Group) {
            group = i;
            shade = false;
            if (paging == ReportTable::GroupPaging::PagePerGroup && pageHasRows)
                newPage(true, true);
            else if (paging == ReportTable::GroupPaging::BreakBeforeGroup && pageHasRows)
                newPage(false, false);
            // Keep the heading with its first row.
            const qreal headingHeight = heightOf(row);
            qreal need = headingHeight;
            if (i + 1 < rows.size() && rows.at(i + 1).kind != ReportRow::Kind::Group)
                need += heightOf(rows.at(i + 1));
            if (y + need > bottom && !m_pages.last().rows.isEmpty())
                newPage(false, false);
            place(i, headingHeight, false, false);
            continue;
        }
        const qreal h = heightOf(row);
        if (y + h > bottom && pageHasRows) {
            newPage(false, false);
            if (group >= 0)
                place(group, rowHeight(table, rows.at(group), true), true, false);
        }
        place(i, h, false, row.kind == ReportRow::Kind::Data && shade);
        if (row.kind == ReportRow::Kind::Data)
            shade = !shade;
    }

    sectionStarts << int(m_pages.size());
    for (int s = 0; s + 1 < sectionStarts.size(); ++s)
        for (int p = sectionStarts.at(s); p < sectionStarts.at(s + 1); ++p) {
            m_pages[p].number = p - sectionStarts.at(s) + 1;
            m_pages[p].sectionPages = sectionStarts.at(s + 1) - sectionStarts.at(s);
        }
}

} // namespace convivium::core
