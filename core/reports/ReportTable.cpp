#include "reports/ReportTable.h"
#include "reports/ReportDates.h"

#include <algorithm>
#include <utility>

namespace convivium::core {

ReportColumn::Align ReportColumn::effectiveAlign() const
{
    if (align != Align::Auto)
        return align;
    return kind == Kind::Number || kind == Kind::Money ? Align::Right : Align::Left;
}

void ReportTable::setGeneratedAt(const QDateTime &when, const QLocale &locale)
{
    m_generatedAt = tr("Generated on %1").arg(ReportDates::dateTime(when, locale));
}

int ReportTable::addColumn(const ReportColumn &column)
{
    m_columns << column;
    if (m_columns.last().width <= 0)
        m_columns.last().width = 1.0;
    return int(m_columns.size()) - 1;
}

int ReportTable::addColumn(const QString &key, const QString &header, qreal width, ReportColumn::Kind kind)
{
    ReportColumn column;
    column.key = key;
    column.header = header;
    column.width = width;
    column.kind = kind;
    return addColumn(column);
}

int ReportTable::columnIndex(const QString &key) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).key == key)
            return i;
    return -1;
}

namespace {

ReportRow makeRow(ReportRow::Kind kind, QStringList cells, QVariantList raw, int columns)
{
    ReportRow row;
    row.kind = kind;
    cells.resize(columns);
    row.cells = std::move(cells);
    if (!raw.isEmpty())
        raw.resize(columns);
    row.raw = std::move(raw);
    return row;
}

} // namespace

void ReportTable::addRow(const QStringList &cells, const QVariantList &raw)
{
    m_rows << makeRow(ReportRow::Kind::Data, cells, raw, columnCount());
}

void ReportTable::addGroupHeading(const QString &heading, const QString &rawValue)
{
    ReportRow row;
    row.kind = ReportRow::Kind::Group;
    row.cells << heading;
    if (!rawValue.isEmpty())
        row.raw << rawValue;
    m_rows << row;
    ++m_groupCount;
}

void ReportTable::addTotalRow(const QStringList &cells, const QVariantList &raw)
{
    m_rows << makeRow(ReportRow::Kind::Total, cells, raw, columnCount());
}

void ReportTable::addSubtotalRow(const QStringList &cells, const QVariantList &raw)
{
    addRow(cells, raw);
    m_rows.last().emphasised = true;
}

QList<ReportRow> ReportTable::takeRows()
{
    m_groupCount = 0;
    return std::exchange(m_rows, {});
}

void ReportTable::setRows(QList<ReportRow> rows)
{
    m_rows = std::move(rows);
    m_groupCount = int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                     [](const ReportRow &r) { return r.kind == ReportRow::Kind::Group; }));
}

void ReportTable::removeColumn(int index)
{
    if (index >= 0 && index < m_columns.size())
        m_columns.removeAt(index);
}

QString ReportTable::groupColumnHeader() const
{
    return m_groupColumnHeader.isEmpty() ? tr("Group") : m_groupColumnHeader;
}

} // namespace convivium::core
