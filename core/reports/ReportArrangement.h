#pragma once
#include "Result.h"
#include "reports/ReportTable.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace convivium::core {

// How the rows of a built report are ordered and grouped, chosen by the
// user (Reports window, templates, --sort/--group on the command line).
struct ReportArrangementChoice {
    QString sortBy;          // column key; empty: the report's own order
    bool descending = false;
    QString groupBy;         // column key; empty: no grouping
};

// Reorders a report after it is built, so every builder gets sorting and
// grouping the same way. Sorting keeps existing groups (nights, days) and
// sorts inside each; grouping makes a flat list into one group per value
// of a column, the column moving into the group heading.
class ReportArrangement
{
    Q_DECLARE_TR_FUNCTIONS(ReportArrangement)
public:
    static Result apply(ReportTable &table, const ReportArrangementChoice &choice, const QLocale &locale);
    // True when a's cell in column sorts before b's: dates and numbers by
    // value, text case- and accent-insensitively, empty cells last.
    static bool less(const ReportRow &a, const ReportRow &b, int column);
};

} // namespace convivium::core
