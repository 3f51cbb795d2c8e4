#pragma once
#include <QLocale>
#include <QString>

namespace convivium::core {

// Money is whole cents in an integer, never floating point.
class Money
{
public:
    // "1 234,50 €" in French, "€1,234.50" in English.
    static QString format(qint64 cents, const QString &currency = QStringLiteral("EUR"),
                          const QLocale &locale = QLocale());
    // Parses what a user types ("12", "12,5", "1 234.50", "12 €") into cents.
    static bool parse(const QString &text, qint64 *cents, const QLocale &locale = QLocale());
};

} // namespace convivium::core
