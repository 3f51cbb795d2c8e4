#pragma once
#include <QIcon>

namespace convivium::ui {

// Breeze icons by their freedesktop names, visible under any desktop, Xvfb
// and offscreen: the system icon folders are searched and Breeze is the
// fallback when no desktop theme is set.
class Icons
{
public:
    static void setUp();
    static QIcon get(const QString &name);
    static QIcon application();
};

} // namespace convivium::ui
