#pragma once
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <functional>

namespace convivium::core {

class Database;

// A whole community as one JSON file, and back.
//
// The file names its format and the schema version it was written with, then
// lists every table of the database (found in the database itself, parents
// before children) with its columns, the last id it handed out, and its rows
// by id, one per line, values typed as stored: integers, text or null.
// Nothing in it depends on when or where it was written, so a backup of a
// restored backup is the same file, byte for byte.
//
// A restore writes a new community file: into a temporary file beside the
// target, in one transaction, renamed over the target only at the end. The
// target must not exist, or hold no data (an empty file, or a community just
// made by "init"): a restore never overwrites records. Ids are kept, so every
// reference stays right. A backup of an older schema is restored at its own
// version, then migrated like any older file; a newer one is refused.
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(BackupFile)
public:
    using Progress = std::function<bool(int done, int total)>;   // rows; false: cancel

    static constexpr const char *formatName = "convivium-backup";
    static constexpr int formatVersion = 1;

    static Fallible<QByteArray> toJson(const Database &db, const Progress &progress = {});
    // Whole or not at all: a failed or cancelled backup leaves no file.
    static Result write(const Database &db, const QString &path, const Progress &progress = {});

    // Returns the number of rows restored. On any failure, cancellation
    // included, the target is left as it was and the message says why.
    static Fallible<qint64> restore(const QString &backupPath, const QString &targetPath,
                                    const Progress &progress = {});
    // The same from bytes; `name` is how messages call the backup.
    static Fallible<qint64> restore(const QByteArray &json, const QString &name, const QString &targetPath,
                                    const Progress &progress = {});
    // Whether a restore may write into `targetPath` (see above); the message says why not.
    static Result checkTarget(const QString &targetPath);

private:
    // `targetPath` a postgresql:// address: an empty team database, filled in one transaction.
    static Fallible<qint64> restoreToServer(const QByteArray &json, const QString &name, const QString &address,
                                            const Progress &progress);
};

} // namespace convivium::core
