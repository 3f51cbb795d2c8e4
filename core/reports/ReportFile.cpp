#include "reports/ReportFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace convivium::core {

Result ReportFile::open(QSaveFile &file)
{
    const QString shown = QDir::toNativeSeparators(file.fileName());
    if (file.fileName().isEmpty())
        return Result::failure(tr("No file name was given for the report."));
    const QFileInfo folder(QFileInfo(file.fileName()).absolutePath());
    if (!folder.isDir())
        return Result::failure(tr("Cannot write “%1”: the folder “%2” does not exist.")
                                   .arg(shown, QDir::toNativeSeparators(folder.filePath())));
    // Writing through a temporary file needs a writable folder, even to replace a writable file.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return Result::failure(tr("Cannot write “%1”: %2").arg(shown, file.errorString()));
    return Result::success();
}

Result ReportFile::commit(QSaveFile &file)
{
    if (!file.commit())
        return Result::failure(tr("Cannot finish writing “%1”: %2")
                                   .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    return Result::success();
}

Result ReportFile::save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (Result opened = open(file); !opened)
        return opened;
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Result::failure(tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), why));
    }
    return commit(file);
}

} // namespace convivium::core
