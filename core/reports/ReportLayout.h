#pragma once
#include "reports/ReportTable.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QList>

class QPaintDevice;

namespace convivium::core {


// Fonts and sizes of a report on one device, in the device's units.
struct ReportStyle {
    QFont body;
    QFont bold;
    QFont title;
    QFont subtitle;
    QFont footer;
    qreal millimetre = 1;   // device units per millimetre
    qreal padding = 0;      // inside a cell, left and right
    qreal rowHeight = 0;    // a data row (times the table's row height factor)
    qreal headerHeight = 0; // the column header row, and a total row
    qreal groupHeight = 0;  // a group heading
    qreal footerHeight = 0; // kept free at the bottom of each page
    qreal bodyLineSpacing = 0;  // each further line of a wrapped cell
    qreal boldLineSpacing = 0;

    static ReportStyle forDevice(QPaintDevice *device, const ReportTable &table);
};

// A row of the table at its place on a page.
struct PlacedRow {
    int row = -1;            // index in ReportTable::rows()
    qreal y = 0;             // top edge, from the top of the printable area
    qreal height = 0;
    bool continued = false;  // a group heading repeated at the top of a page
    bool shaded = false;     // zebra stripe
};

struct ReportPage {
    bool titleBlock = false;  // title, subtitle and intro at the top
    qreal headerY = 0;        // top of the column header row
    int number = 1;           // within its section (the whole report, or one group
    int sectionPages = 1;     // in GroupPaging::PagePerGroup)
    QList<PlacedRow> rows;
};

// The pagination of a table on a device, computed before anything is drawn
// so that each footer can say "Page N / M". Columns are sized from their
// content (ColumnSizer); text cells wrap onto a few lines (CellText) and a
// row is as tall as its tallest cell. The column header is repeated on every
// page, a group heading never ends a page alone, a group cut by a page break
// is announced again "(continued)".
class ReportLayout
{
    Q_DECLARE_TR_FUNCTIONS(ReportLayout)
public:
    ReportLayout(const ReportTable &table, QPaintDevice *device);

    const ReportStyle &style() const { return m_style; }
    const QList<ReportPage> &pages() const { return m_pages; }
    int pageCount() const { return int(m_pages.size()); }
    qreal width() const { return m_width; }
    qreal height() const { return m_height; }
    // Title block: the tops and heights of the title, subtitle and each intro
    // paragraph, in that order (empty parts have no height).
    const QList<qreal> &blockTops() const { return m_blockTops; }
    const QList<qreal> &blockHeights() const { return m_blockHeights; }
    qreal titleBlockHeight() const { return m_titleBlockHeight; }
    qreal columnLeft(int column) const { return m_columnLefts.value(column); }
    qreal columnWidth(int column) const { return m_columnWidths.value(column); }
    qreal headerHeight() const { return m_headerHeight; }
    // How many lines a cell may take before it is cut.
    static int maxLines(const ReportColumn &column, ReportRow::Kind kind);
    static constexpr int HeaderLines = 3;
    static constexpr int GroupLines = 3;
    // A group heading as shown, "(continued)" when repeated.
    static QString groupHeading(const QString &heading, bool continued);

private:
    void measureTitleBlock(const ReportTable &table, QPaintDevice *device);
    void paginate(const ReportTable &table);
    qreal rowHeight(const ReportTable &table, const ReportRow &row, bool continued) const;

    ReportStyle m_style;
    qreal m_width = 0;
    qreal m_height = 0;
    QList<qreal> m_blockTops;
    QList<qreal> m_blockHeights;
    qreal m_titleBlockHeight = 0;
    QList<qreal> m_columnLefts;
    QList<qreal> m_columnWidths;
    qreal m_headerHeight = 0;
    QFontMetricsF m_bodyMetrics;
    QFontMetricsF m_boldMetrics;
    QList<ReportPage> m_pages;
};

} // namespace convivium::core
