#include "Icons.h"

#include <QDir>
#include <QStandardPaths>

static void initUiResources() { Q_INIT_RESOURCE(ui_resources); }

namespace convivium::ui {

void Icons::setUp()
{
    initUiResources();
    QStringList paths = QIcon::themeSearchPaths();
    const QStringList dataDirs = QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation);
    for (const QString &dir : dataDirs)
        paths << dir + QStringLiteral("/icons");
    paths << QStringLiteral("/usr/share/icons");
    paths.removeDuplicates();
    QIcon::setThemeSearchPaths(paths);
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == u"hicolor")
        QIcon::setThemeName(QStringLiteral("breeze"));
    QIcon::setFallbackThemeName(QStringLiteral("breeze"));
}

QIcon Icons::get(const QString &name)
{
    return QIcon::fromTheme(name);
}

QIcon Icons::application()
{
    initUiResources();
    return QIcon(QStringLiteral(":/icons/convivium.svg"));
}

} // namespace convivium::ui
