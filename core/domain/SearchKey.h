#pragma once
#include <QString>
#include <QStringList>

namespace convivium::core {

// Folds text for filter-as-you-type: lower case, accents removed, spaces
// collapsed, so "helene" finds "Hélène" on every engine.
class SearchKey
{
public:
    static QString fold(const QString &text);
    static QString of(const QStringList &parts);
};

} // namespace convivium::core
