#pragma once
#include "Result.h"

#include <QByteArray>
#include <QChar>

namespace convivium::core {

class ReportTable;

struct CsvOptions {
    QChar delimiter = u',';         // ';' for a spreadsheet set to French
    QChar decimalSeparator = u'.';  // for raw numbers and money; ',' in French
    bool byteOrderMark = false;     // UTF-8 BOM: Excel then reads accents right
    bool includeTotals = false;     // see CsvReportWriter

    // Semicolons, decimal commas and a BOM: what Excel expects in France.
    static CsvOptions forFrenchSpreadsheet();
};

// The table as RFC 4180 CSV in UTF-8: a header row, then one line per data
// row, CRLF line ends; a field is quoted when it holds the delimiter, a
// quote, CR or LF (quotes doubled); spaces and markup are kept as they are.
//
// CSV is for spreadsheets, where every line must be a record:
// - group headings are not lines: when the table has groups, a leading
//   column (headed by ReportTable::groupColumnHeader(), "Night") repeats
//   the heading of the group on each of its rows, so sorting and
//   filtering keep it; rows before the first heading leave it empty;
// - total rows are left out by default, since a spreadsheet sum would
//   count them twice and sorting would mix them with the data; with
//   includeTotals they are written where they stand, as ordinary lines.
// A cell's raw value, when given, replaces its text: dates as ISO 8601
// (2025-07-14), money cents as an amount without symbol (1234.50),
// numbers unformatted.
class CsvReportWriter
{
public:
    static QByteArray toCsv(const ReportTable &table, const CsvOptions &options = {});
    // Writes atomically (ReportFile): on failure nothing is created.
    static Result write(const QString &path, const ReportTable &table, const CsvOptions &options = {});
    // One field, quoted when it must be.
    static QString field(const QString &text, QChar delimiter = u',');
};

} // namespace convivium::core
