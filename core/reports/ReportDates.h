#pragma once
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace convivium::core {

// Dates as printed reports show them: the locale's short format but always
// with four-digit years (a sheet is kept for years; "3/4/26" is ambiguous),
// and headings of days capitalised, the French first of the month "1er".
class ReportDates
{
public:
    static QString date(const QDate &day, const QLocale &locale);
    static QString dateTime(const QDateTime &when, const QLocale &locale);
    static QString day(const QDate &day, const QLocale &locale);   // "Monday, 30 March 2026"
};

} // namespace convivium::core
