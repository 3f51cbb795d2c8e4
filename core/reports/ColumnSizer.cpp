#include "reports/ColumnSizer.h"
#include "reports/CellText.h"
#include "reports/ReportTable.h"

#include <QHash>
#include <algorithm>
#include <numeric>

namespace convivium::core {

namespace {

// Long lists are measured on a sample: the widths only need the widest cells
// roughly, and measuring 100,000 rows would cost more than drawing a page.
constexpr int MeasuredRows = 4000;
// A text column is not squeezed below this unless the page leaves no choice.
constexpr qreal TextFloorMm = 24;

struct Need {
    qreal minimum = 0;
    qreal natural = 0;
    bool wraps = false;
};

qreal sum(const QList<qreal> &values)
{
    return std::accumulate(values.cbegin(), values.cend(), qreal(0));
}

} // namespace

QList<qreal> ColumnSizer::widths(const ReportTable &table, const Input &in)
{
    const int n = table.columnCount();
    if (n == 0)
        return {};
    QList<qreal> cellMax(n, 0);
    const QList<ReportRow> &rows = table.rows();
    const qsizetype step = std::max<qsizetype>(1, rows.size() / MeasuredRows);
    for (qsizetype i = 0; i < rows.size(); i += step) {
        const ReportRow &row = rows.at(i);
        if (row.kind == ReportRow::Kind::Group)
            continue;
        const QFontMetricsF &m = row.kind == ReportRow::Kind::Total ? in.bold : in.body;
        for (int c = 0; c < n; ++c)
            if (!row.cells.at(c).isEmpty())
                cellMax[c] = std::max(cellMax[c], m.horizontalAdvance(CellText::oneLine(row.cells.at(c))));
    }

    QList<Need> needs(n);
    const qreal pads = 2 * in.padding;
    for (int c = 0; c < n; ++c) {
        const ReportColumn &column = table.columns().at(c);
        Need &need = needs[c];
        need.wraps = column.kind == ReportColumn::Kind::Text;
        const qreal header = in.bold.horizontalAdvance(column.header);
        const qreal headerWord = CellText::widestWord(column.header, in.bold);
        const qreal floor = column.minimumMm * in.millimetre;
        need.natural = std::max({header, cellMax.at(c), floor}) + pads;
        need.minimum = need.wraps ? std::max({headerWord, std::min(cellMax.at(c), TextFloorMm * in.millimetre), floor}) + pads
                                  : std::max(headerWord, cellMax.at(c)) + pads;
        need.minimum = std::min(need.minimum, need.natural);
    }

    QList<qreal> out(n);
    QList<qreal> naturals, minimums;
    for (const Need &need : needs) {
        naturals << need.natural;
        minimums << need.minimum;
    }
    const qreal page = in.pageWidth;
    if (sum(naturals) <= page) {
        // Room to spare: to the text columns, by their relative width.
        qreal weights = 0;
        for (int c = 0; c < n; ++c)
            if (needs.at(c).wraps)
                weights += table.columns().at(c).width;
        const qreal spare = page - sum(naturals);
        for (int c = 0; c < n; ++c) {
            const qreal w = weights > 0 ? (needs.at(c).wraps ? table.columns().at(c).width / weights : 0) : 1.0 / n;
            out[c] = naturals.at(c) + spare * w;
        }
        return out;
    }
    // Too narrow: fixed columns at their natural width if possible, text
    // columns between their minimum and natural width, all by the same share.
    qreal fixedNatural = 0, textMinimum = 0;
    for (int c = 0; c < n; ++c) {
        if (needs.at(c).wraps)
            textMinimum += minimums.at(c);
        else
            fixedNatural += naturals.at(c);
    }
    if (fixedNatural + textMinimum <= page) {
        // Water-filling: the text columns share what is left by their relative
        // width; a column needing less than its share keeps its natural width
        // and gives the rest back, so short columns never wrap for a long one.
        QList<int> open;
        for (int c = 0; c < n; ++c) {
            if (needs.at(c).wraps)
                open << c;
            else
                out[c] = naturals.at(c);
        }
        qreal left = page - fixedNatural;
        bool settled = false;
        while (!open.isEmpty() && !settled) {
            qreal weights = 0;
            for (int c : std::as_const(open))
                weights += table.columns().at(c).width;
            settled = true;
            for (qsizetype i = 0; i < open.size(); ++i) {
                const int c = open.at(i);
                if (naturals.at(c) <= left * table.columns().at(c).width / weights) {
                    out[c] = naturals.at(c);
                    left -= naturals.at(c);
                    open.removeAt(i);
                    settled = false;
                    break;
                }
            }
        }
        // The rest wrap: each its share, but never below its minimum.
        qreal weights = 0;
        for (int c : std::as_const(open))
            weights += table.columns().at(c).width;
        for (int c : std::as_const(open)) {
            const qreal share = left * table.columns().at(c).width / weights;
            out[c] = std::max(minimums.at(c), share);
        }
        // Minimums may have pushed past the page: take it back from the widest shares.
        qreal over = sum(out) - page;
        if (over > 0.01) {
            qreal room = 0;
            for (int c : std::as_const(open))
                room += out.at(c) - minimums.at(c);
            for (int c : std::as_const(open))
                out[c] -= room > 0 ? over * (out.at(c) - minimums.at(c)) / room : 0;
        }
        return out;
    }
    // Narrower still: everyone towards the minimum (headers wrap), then scaled down.
    const qreal minimum = sum(minimums);
    if (minimum <= page) {
        const qreal slack = sum(naturals) - minimum;
        const qreal share = slack > 0 ? (page - minimum) / slack : 0;
        for (int c = 0; c < n; ++c)
            out[c] = minimums.at(c) + (naturals.at(c) - minimums.at(c)) * share;
        return out;
    }
    for (int c = 0; c < n; ++c)
        out[c] = minimums.at(c) * page / minimum;
    return out;
}

} // namespace convivium::core
