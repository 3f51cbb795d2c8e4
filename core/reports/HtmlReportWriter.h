#pragma once
#include "Result.h"

#include <QByteArray>

namespace convivium::core {

class ReportTable;

// The table as a standalone HTML page (UTF-8, a few lines of CSS, no
// script, nothing fetched): title, subtitle and intro, one table with a
// header row the browser repeats on each printed page, each group in its
// own <tbody> under a heading row, totals in bold, the generated-at line at
// the end. Every text is escaped: markup in a name is shown, not obeyed.
// Unlike the PDF, long cells wrap instead of being cut: a browser has room.
// With page breaks before groups, each group gets its own table and starts
// a printed page; one page per group also repeats the title block.
class HtmlReportWriter
{
public:
    static QByteArray toHtml(const ReportTable &table);
    // Writes atomically (ReportFile): on failure nothing is created.
    static Result write(const QString &path, const ReportTable &table);
};

} // namespace convivium::core
