#pragma once
#include <QFontMetricsF>
#include <QList>

namespace convivium::core {

class ReportTable;

// Shares the page width among a table's columns from what they hold, the
// way a browser lays out a table: every column gets its natural width
// (header and widest cell) when the page allows, and the spare room goes to
// the text columns by their relative width. When the page is too narrow,
// numbers, amounts and dates keep their width and the text columns shrink
// towards their minimum (their text then wraps); only past that is
// anything cut.
class ColumnSizer
{
public:
    struct Input {
        qreal pageWidth = 0;
        qreal padding = 0;       // inside a cell, each side
        qreal millimetre = 1;
        QFontMetricsF body;
        QFontMetricsF bold;
    };
    static QList<qreal> widths(const ReportTable &table, const Input &input);
};

} // namespace convivium::core
