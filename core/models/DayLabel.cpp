#include "models/DayLabel.h"

#include <QRegularExpression>

namespace convivium::core {

QString DayLabel::dayMonthFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // "dd/MM/yyyy" → "dd/MM", "yyyy-MM-dd" → "MM-dd", "M/d/yy" → "M/d".
    static const QRegularExpression year(QStringLiteral("[^dMy]*y+[^dMy]*"));
    const QRegularExpressionMatch m = year.match(format);
    if (m.hasMatch()) {
        const bool atStart = m.capturedStart() == 0;
        const bool atEnd = m.capturedEnd() == format.size();
        // In the middle, keep one separator between day and month.
        const QString keep = atStart || atEnd ? QString() : m.captured().left(1);
        format.replace(m.capturedStart(), m.capturedLength(), keep);
    }
    return format.trimmed();
}

QString DayLabel::shortWithWeekday(const QDate &day, const QLocale &locale)
{
    if (!day.isValid())
        return QString();
    return locale.toString(day, QStringLiteral("ddd ") + dayMonthFormat(locale));
}

} // namespace convivium::core
