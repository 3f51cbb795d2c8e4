#include "widgets/DateField.h"

#include <QLocale>

namespace convivium::ui {

DateField::DateField(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(QLocale().dateFormat(QLocale::ShortFormat).toLower());
    setClearButtonEnabled(true);
}

QString DateField::format(const QDate &date)
{
    if (!date.isValid())
        return QString();
    // Four-digit years whatever the locale's short format says.
    QString fmt = QLocale().dateFormat(QLocale::ShortFormat);
    if (!fmt.contains(QStringLiteral("yyyy")))
        fmt.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return QLocale().toString(date, fmt);
}

QDate DateField::parse(const QString &text, bool *ok)
{
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return {};
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid()) {
        QString fmt = QLocale().dateFormat(QLocale::ShortFormat);
        if (!fmt.contains(QStringLiteral("yyyy")))
            fmt.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
        d = QLocale().toDate(t, fmt);
    }
    if (!d.isValid())
        for (const char *f : {"dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "MM/dd/yyyy"}) {
            d = QDate::fromString(t, QString::fromLatin1(f));
            if (d.isValid())
                break;
        }
    *ok = d.isValid();
    return d;
}

void DateField::setDate(const QDate &date)
{
    setText(format(date));
}

QDate DateField::date() const
{
    bool ok = false;
    return parse(text(), &ok);
}

bool DateField::isReadable() const
{
    bool ok = false;
    parse(text(), &ok);
    return ok;
}

} // namespace convivium::ui
