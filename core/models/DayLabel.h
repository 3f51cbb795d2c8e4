#pragma once
#include <QDate>
#include <QLocale>
#include <QString>

namespace convivium::core {

// A day as the event tables show it: the weekday and the locale's short
// date without the year ("lun. 30/03" in French, "Mon 30/03" in British English).
class DayLabel
{
public:
    static QString shortWithWeekday(const QDate &day, const QLocale &locale = QLocale());
    // The locale's short date format with the year and its separator taken out.
    static QString dayMonthFormat(const QLocale &locale = QLocale());
};

} // namespace convivium::core
