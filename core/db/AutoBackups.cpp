#include "db/AutoBackups.h"
#include "db/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace convivium::core {

namespace {

const QString kStamp = QStringLiteral("yyyyMMdd-HHmmss-zzz");

} // namespace

QString AutoBackups::folderFor(const QString &communityPath)
{
    // The file's name to find it by, a hash of its full path to tell apart two files of the same name.
    const QFileInfo file(communityPath);
    const QByteArray hash = QCryptographicHash::hash(file.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups/")
        + file.completeBaseName() + u'-' + QString::fromLatin1(hash);
}

Fallible<QString> AutoBackups::take(const Database &db, bool atOpen) const
{
    if (db.engine() != Database::Engine::SQLite)
        return QString();
    if (!QDir().mkpath(m_folder))
        return Result::failure(tr("Could not create the folder for automatic backups, %1.").arg(QDir::toNativeSeparators(m_folder)));
    const QString path = QStringLiteral("%1/%2-%3.convivium")
                             .arg(m_folder, QDateTime::currentDateTime().toString(kStamp),
                                  atOpen ? QStringLiteral("open") : QStringLiteral("close"));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(path);
    if (!q.exec()) {
        QFile::remove(path);   // a half-written copy is no backup
        return Result::failure(tr("Could not write the automatic backup %1: %2")
                                   .arg(QDir::toNativeSeparators(path), q.lastError().text()));
    }
    const QList<Copy> all = copies();
    for (int i = m_keep; i < all.size(); ++i)
        QFile::remove(all.at(i).path);
    return path;
}

QList<AutoBackups::Copy> AutoBackups::copies() const
{
    QList<Copy> out;
    const QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("*.convivium")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &f : files) {
        const QString name = f.completeBaseName();   // yyyyMMdd-HHmmss-zzz-open
        const QDateTime at = QDateTime::fromString(name.left(kStamp.size()), kStamp);
        if (!at.isValid())
            continue;
        out << Copy{f.absoluteFilePath(), at, name.endsWith(QLatin1String("-open")), f.size()};
    }
    return out;
}

Result AutoBackups::restore(const QString &copy, const QString &target)
{
    const QString shown = QDir::toNativeSeparators(target);
    if (QFileInfo::exists(target))
        return Result::failure(tr("%1 already exists: restore into a new file.").arg(shown));
    if (!QFile::copy(copy, target))
        return Result::failure(tr("Could not write %1: the folder does not exist or is read-only.").arg(shown));
    // Checked on the new file, so that the backup itself is never touched.
    Database::OpenReport report;
    if (!Database::openFile(target, Database::Mode::OpenExisting, &report)) {
        QFile::remove(target);
        return Result::failure(tr("This backup cannot be restored: %1").arg(report.message));
    }
    QFile(target).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return Result::success();
}

} // namespace convivium::core
