#include "reports/ReportArrangement.h"
#include "domain/SearchKey.h"

#include <QDate>
#include <algorithm>

namespace convivium::core {

namespace {

bool isNumeric(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int: case QMetaType::LongLong: case QMetaType::UInt:
    case QMetaType::ULongLong: case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

// Rows between two group headings or totals are sorted among themselves.
template<typename Fn>
void forEachRun(QList<ReportRow> &rows, Fn fn)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= rows.size(); ++i) {
        if (i == rows.size() || rows.at(i).kind != ReportRow::Kind::Data) {
            if (i - start > 1)
                fn(rows.begin() + start, rows.begin() + i);
            start = i + 1;
        }
    }
}

} // namespace

bool ReportArrangement::less(const ReportRow &a, const ReportRow &b, int column)
{
    const QString ta = a.cells.value(column), tb = b.cells.value(column);
    if (ta.isEmpty() != tb.isEmpty())
        return tb.isEmpty();
    const QVariant ra = a.raw.value(column), rb = b.raw.value(column);
    if (ra.typeId() == QMetaType::QDate && rb.typeId() == QMetaType::QDate)
        return ra.toDate() < rb.toDate();
    if (isNumeric(ra) && isNumeric(rb))
        return ra.toDouble() < rb.toDouble();
    const QString fa = SearchKey::fold(ta), fb = SearchKey::fold(tb);
    return fa != fb ? fa < fb : ta < tb;
}

Result ReportArrangement::apply(ReportTable &table, const ReportArrangementChoice &choice, const QLocale &locale)
{
    auto columnOf = [&table](const QString &key) { return table.columnIndex(key); };
    auto known = [&table] {
        QStringList keys;
        for (const ReportColumn &c : table.columns())
            keys << c.key;
        return keys.join(QStringLiteral(", "));
    };
    const int sortColumn = choice.sortBy.isEmpty() ? -1 : columnOf(choice.sortBy);
    if (!choice.sortBy.isEmpty() && sortColumn < 0)
        return Result::failure(tr("This report has no column \"%1\" to sort by. Its columns are: %2.")
                                   .arg(choice.sortBy, known()));
    const int groupColumn = choice.groupBy.isEmpty() ? -1 : columnOf(choice.groupBy);
    if (!choice.groupBy.isEmpty() && groupColumn < 0)
        return Result::failure(tr("This report has no column \"%1\" to group by. Its columns are: %2.")
                                   .arg(choice.groupBy, known()));
    if (groupColumn >= 0 && (table.hasGroups() || table.style() != ReportTable::Style::Table))
        return Result::failure(tr("This report is already arranged in sections and cannot be grouped again."));

    QList<ReportRow> rows = table.takeRows();
    if (sortColumn >= 0) {
        forEachRun(rows, [&](auto begin, auto end) {
            std::stable_sort(begin, end, [&](const ReportRow &a, const ReportRow &b) {
                // Empty cells stay last whichever the direction.
                const bool emptyA = a.cells.value(sortColumn).isEmpty(), emptyB = b.cells.value(sortColumn).isEmpty();
                if (emptyA || emptyB)
                    return !emptyA && emptyB;
                return choice.descending ? less(b, a, sortColumn) : less(a, b, sortColumn);
            });
        });
    }
    if (groupColumn < 0) {
        table.setRows(std::move(rows));
        return Result::success();
    }

    // Group: data rows ordered by the group value (the sort order kept
    // inside each group), totals stay at the end.
    QList<ReportRow> data, totals;
    for (ReportRow &row : rows)
        (row.kind == ReportRow::Kind::Data ? data : totals) << std::move(row);
    std::stable_sort(data.begin(), data.end(), [&](const ReportRow &a, const ReportRow &b) {
        return less(a, b, groupColumn);
    });
    const ReportColumn grouped = table.columns().at(groupColumn);
    table.removeColumn(groupColumn);
    table.setGroupColumnHeader(grouped.header);
    for (qsizetype i = 0; i < data.size();) {
        const QString value = data.at(i).cells.value(groupColumn);
        qsizetype j = i;
        while (j < data.size() && data.at(j).cells.value(groupColumn) == value)
            ++j;
        const QString shown = value.isEmpty() ? tr("(none)") : value;
        table.addGroupHeading(tr("%1: %2 (%3)").arg(grouped.header, shown, locale.toString(int(j - i))), shown);
        for (; i < j; ++i) {
            ReportRow &row = data[i];
            row.cells.removeAt(groupColumn);
            if (groupColumn < row.raw.size())
                row.raw.removeAt(groupColumn);
            table.addRow(row.cells, row.raw);
        }
    }
    for (ReportRow &row : totals) {
        // A total's label ("36 participants") moves right rather than vanish.
        const QString label = row.cells.value(groupColumn);
        row.cells.removeAt(groupColumn);
        if (!label.isEmpty() && !row.cells.isEmpty() && row.cells.first().isEmpty())
            row.cells.first() = label;
        if (groupColumn < row.raw.size())
            row.raw.removeAt(groupColumn);
        table.addTotalRow(row.cells, row.raw);
    }
    return Result::success();
}

} // namespace convivium::core
