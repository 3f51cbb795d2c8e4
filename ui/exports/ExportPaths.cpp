#include "exports/ExportPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace convivium::ui {

namespace {
const QString kFolderKey = QStringLiteral("exports/folder");
}

QString ExportPaths::fileName(const QString &name)
{
    // Characters Windows refuses, and the path separators, become dashes.
    static const QRegularExpression forbidden(QStringLiteral("\\s*[/\\\\:*?\"<>|]+\\s*"));
    QString safe = name.simplified();
    safe.replace(forbidden, QStringLiteral(" - "));
    safe = safe.trimmed();
    while (safe.startsWith(u'.') || safe.startsWith(u'-'))
        safe.remove(0, 1);
    return safe.trimmed();
}

QString ExportPaths::suggest(const QString &name, const QString &suffix)
{
    QString folder = QSettings().value(kFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(fileName(name) + u'.' + suffix);
}

void ExportPaths::remember(const QString &writtenPath)
{
    QSettings().setValue(kFolderKey, QFileInfo(writtenPath).absolutePath());
}

} // namespace convivium::ui
