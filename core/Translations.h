#pragma once
#include <QString>

namespace convivium::core {

// Loads Convivium's and Qt's own translations for a language: the system's
// by default, or "fr" / "en" when the user or a test asks. Also makes that
// language's locale the default, so dates and money follow it.
class Translations
{
public:
    static QString install(const QString &language = QString());   // returns the language used
};

} // namespace convivium::core
