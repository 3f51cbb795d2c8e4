#include "reports/ReportDates.h"

#include <QRegularExpression>

namespace convivium::core {

namespace {

QString fullYear(QString format)
{
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

} // namespace

QString ReportDates::date(const QDate &day, const QLocale &locale)
{
    return day.isValid() ? locale.toString(day, fullYear(locale.dateFormat(QLocale::ShortFormat))) : QString();
}

QString ReportDates::dateTime(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return QString();
    const QDateTime local = when.toLocalTime();
    return date(local.date(), locale) + u' ' + locale.toString(local.time(), QLocale::ShortFormat);
}

QString ReportDates::day(const QDate &day, const QLocale &locale)
{
    if (!day.isValid())
        return QString();
    QString text = locale.toString(day, QLocale::LongFormat);
    if (locale.language() == QLocale::French && day.day() == 1) {
        static const QRegularExpression first(QStringLiteral("\\b1 "));
        text.replace(first, QStringLiteral("1er "));
    }
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString ReportDates::inWords(const QDate &day, const QLocale &locale, bool withYear)
{
    if (!day.isValid())
        return QString();
    const QString number = locale.language() == QLocale::French && day.day() == 1 ? QStringLiteral("1er")
                                                                                 : QString::number(day.day());
    const QString text = number + u' ' + locale.monthName(day.month(), QLocale::LongFormat);
    return withYear ? text + u' ' + QString::number(day.year()) : text;
}

} // namespace convivium::core
