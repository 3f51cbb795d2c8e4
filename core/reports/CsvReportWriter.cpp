#include "reports/CsvReportWriter.h"
#include "reports/ReportFile.h"
#include "reports/ReportTable.h"

#include <QDate>

namespace convivium::core {

CsvOptions CsvOptions::forFrenchSpreadsheet()
{
    CsvOptions options;
    options.delimiter = u';';
    options.decimalSeparator = u',';
    options.byteOrderMark = true;
    return options;
}

QString CsvReportWriter::field(const QString &text, QChar delimiter)
{
    bool quote = false;
    for (const QChar c : text)
        if (c == delimiter || c == u'"' || c == u'\r' || c == u'\n') {
            quote = true;
            break;
        }
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

namespace {

QString withDecimalSeparator(QString number, QChar separator)
{
    if (separator != u'.')
        number.replace(u'.', separator);
    return number;
}

QString centsAsAmount(qint64 cents, QChar separator)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return (cents < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100) + separator
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

// The raw value of a cell as a spreadsheet reads it, or the shown text.
QString cellText(const ReportRow &row, int column, ReportColumn::Kind kind, const CsvOptions &options)
{
    const QVariant raw = row.raw.value(column);
    if (!raw.isValid() || raw.isNull())
        return row.cells.value(column);
    switch (raw.typeId()) {
    case QMetaType::QDate:
        return raw.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return raw.toDateTime().toString(Qt::ISODate);
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        if (kind == ReportColumn::Kind::Money)
            return centsAsAmount(raw.toLongLong(), options.decimalSeparator);
        return raw.toString();
    case QMetaType::Double:
    case QMetaType::Float:
        return withDecimalSeparator(QString::number(raw.toDouble(), 'g', 15), options.decimalSeparator);
    default:
        return raw.toString();
    }
}

} // namespace

QByteArray CsvReportWriter::toCsv(const ReportTable &table, const CsvOptions &options)
{
    const QChar d = options.delimiter;
    const bool groupColumn = table.hasGroups();
    QString text;
    text.reserve(64 * (table.rowCount() + 1) * qMax(1, table.columnCount()));

    auto addLine = [&](const QString &first, const QStringList &fields) {
        if (groupColumn) {
            text += field(first, d);
            if (!fields.isEmpty())
                text += d;
        }
        for (int i = 0; i < fields.size(); ++i) {
            if (i > 0)
                text += d;
            text += field(fields.at(i), d);
        }
        text += QStringLiteral("\r\n");
    };

    QStringList headers;
    for (const ReportColumn &column : table.columns())
        headers << column.header;
    addLine(table.groupColumnHeader(), headers);

    QString group;
    QStringList fields;
    for (const ReportRow &row : table.rows()) {
        if (row.kind == ReportRow::Kind::Group) {
            group = row.groupValue();
            continue;
        }
        if (row.kind == ReportRow::Kind::Total && !options.includeTotals)
            continue;
        fields.clear();
        for (int i = 0; i < table.columnCount(); ++i)
            fields << cellText(row, i, table.columns().at(i).kind, options);
        addLine(group, fields);
    }

    QByteArray bytes = options.byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray();
    return bytes + text.toUtf8();
}

Result CsvReportWriter::write(const QString &path, const ReportTable &table, const CsvOptions &options)
{
    return ReportFile::save(path, toCsv(table, options));
}

} // namespace convivium::core
