#pragma once
#include <QStringList>

namespace convivium::ui {

// The tables whose changes alter an event's figures (occupancy, meals, fees):
// a page showing those figures refreshes when an edit, undo or redo touches one.
inline bool touchesEventFigures(const QStringList &changedTables, const QStringList &alsoWatched = {})
{
    static const QStringList watched{QStringLiteral("registration"), QStringLiteral("payment"), QStringLiteral("event"),
                                     QStringLiteral("lodging_option"), QStringLiteral("meal_price")};
    for (const QString &table : changedTables)
        if (watched.contains(table) || alsoWatched.contains(table))
            return true;
    return false;
}

} // namespace convivium::ui
