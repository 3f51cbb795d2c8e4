#include "domain/Money.h"

#include <QRegularExpression>

namespace convivium::core {

QString Money::format(qint64 cents, const QString &currency, const QLocale &locale)
{
    const bool negative = cents < 0;
    const qint64 abs = negative ? -cents : cents;
    // Build the number from integers so no binary fraction ever shows.
    QString whole = locale.toString(abs / 100);
    const QString fraction = QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
    QString number = whole + locale.decimalPoint() + fraction;
    if (negative)
        number.prepend(locale.negativeSign());
    const QString symbol = currency == u"EUR" ? QStringLiteral("€")
                         : currency == u"USD" ? QStringLiteral("$")
                         : currency == u"GBP" ? QStringLiteral("£") : currency;
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        if (symbol.size() != 1)
            return number + u' ' + symbol;
        // The sign goes before the symbol: "-€1,234.50", not "€-1,234.50".
        return negative ? locale.negativeSign() + symbol + number.mid(locale.negativeSign().size()) : symbol + number;
    }
    return number + QChar(0x202F) + symbol;
}

bool Money::parse(const QString &text, qint64 *cents, const QLocale &locale)
{
    QString t = text;
    t.remove(QRegularExpression(QStringLiteral("[\\s\\x{202F}\\x{00A0}€$£]|EUR|USD|GBP")));
    if (t.isEmpty())
        return false;
    bool negative = false;
    if (t.startsWith(u'-') || t.startsWith(locale.negativeSign())) {
        negative = true;
        t.remove(0, 1);
    }
    // "1,234.50" (English), "1.234,50" (German), "1 234,50" (French, spaces gone):
    // a last separator followed by one or two digits marks the decimals; other
    // separators must group thousands, with the locale's group separator unless
    // the text itself shows which one it uses.
    const int decimalAt = int(qMax(t.lastIndexOf(u'.'), t.lastIndexOf(u',')));
    const int decimals = decimalAt >= 0 ? int(t.size()) - decimalAt - 1 : 0;
    QString integerPart = t;
    QString fraction;
    QChar groupChar = locale.groupSeparator().size() == 1 ? locale.groupSeparator().at(0) : QChar();
    if (decimalAt >= 0 && decimals >= 1 && decimals <= 2) {
        integerPart = t.left(decimalAt);
        fraction = t.mid(decimalAt + 1);
        groupChar = t.at(decimalAt) == u'.' ? QChar(u',') : QChar(u'.');
    }
    if (integerPart.contains(u'.') || integerPart.contains(u',')) {
        static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}(\\D\\d{3})*$"));
        const QString other = groupChar == u',' ? QStringLiteral(".") : QStringLiteral(",");
        if (integerPart.contains(other) || !grouped.match(integerPart).hasMatch())
            return false;
        integerPart.remove(groupChar);
    }
    t = fraction.isEmpty() ? integerPart : integerPart + u'.' + fraction;
    static const QRegularExpression shape(QStringLiteral("^(\\d+)(?:\\.(\\d{1,2}))?$"));
    const auto m = shape.match(t);
    if (!m.hasMatch())
        return false;
    bool ok = false;
    const qint64 whole = m.captured(1).toLongLong(&ok);
    if (!ok || whole > 90000000000000LL)
        return false;
    QString frac = m.captured(2);
    while (frac.size() < 2)
        frac += u'0';
    qint64 value = whole * 100 + frac.toLongLong();
    *cents = negative ? -value : value;
    return true;
}

} // namespace convivium::core
