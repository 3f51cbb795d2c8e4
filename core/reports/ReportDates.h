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
    // Day, month in words and year, in that order in French and English alike:
    // "30 March 2026", "1er avril 2026". Without the year: "30 March".
    static QString inWords(const QDate &day, const QLocale &locale, bool withYear = true);
};

} // namespace convivium::core
