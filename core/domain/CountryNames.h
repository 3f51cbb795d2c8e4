#pragma once
#include <QLocale>
#include <QString>

namespace convivium::core {

// Country names in the reader's language, from ISO 3166 codes ("BO" →
// "Bolivie" in French). Qt only knows English names, so the names and their
// translations come from Debian's iso-codes package (its JSON list and gettext
// catalogues), the reference every desktop uses; without it, Qt's English
// name, and without that, the code itself.
class CountryNames
{
public:
    static QString name(const QString &alpha2, const QLocale &locale);
    // The other way, for imports: "FR", "France", "Bolivie", "united states"
    // → the alpha-2 code, from English or French names; empty when unknown.
    static QString codeFor(const QString &text);
    // Where iso-codes lives; tests point it elsewhere to check the fallbacks.
    static void setDataRoot(const QString &root);
};

} // namespace convivium::core
