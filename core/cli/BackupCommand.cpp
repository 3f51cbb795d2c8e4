#include "cli/BackupCommand.h"
#include "db/Database.h"
#include "io/BackupFile.h"

#include <QDir>
#include <memory>

namespace convivium::core {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

CommandLine::Command BackupCommand::backup()
{
    CommandLine::Command backup;
    backup.name = QStringLiteral("backup");
    backup.summary = QT_TRANSLATE_NOOP("CommandLine", "Write the whole community into a JSON backup file.");
    backup.details = QT_TRANSLATE_NOOP("CommandLine", "  Every table, every record; restore gives the same community back.");
    backup.options = {
        {{QStringLiteral("output")}, QT_TRANSLATE_NOOP("CommandLine", "file"),
         QT_TRANSLATE_NOOP("CommandLine", "The file to write.")},
    };
    backup.run = &BackupCommand::runBackup;
    return backup;
}

CommandLine::Command BackupCommand::restore()
{
    CommandLine::Command restore;
    restore.name = QStringLiteral("restore");
    restore.synopsis = QT_TRANSLATE_NOOP("CommandLine", "<backup>");
    restore.summary = QT_TRANSLATE_NOOP("CommandLine", "Restore a JSON backup into the --db file.");
    restore.details = QT_TRANSLATE_NOOP("CommandLine",
                                        "  The file must not exist yet, or hold no data (empty, or just made by init):\n"
                                        "  a restore never overwrites records. It is written whole or not at all.");
    restore.run = &BackupCommand::runRestore;
    return restore;
}

int BackupCommand::runBackup(const CommandLine::Context &c)
{
    if (!c.arguments.isEmpty())
        return c.usageError(tr("The %1 command takes no arguments: say where to write with --output <file>.").arg(c.command));
    const QString output = c.parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return c.usageError(tr("Say where to write the backup: add --output <file>."));
    QString why;
    const std::unique_ptr<Database> db = CommandLine::openCommunity(c, why);
    if (!db)
        return c.failure(why);
    if (Result written = BackupFile::write(*db, output); !written)
        return c.failure(written.message());
    c.out << tr("Wrote the backup of %1 into %2.").arg(shown(c.databasePath), shown(output)) << u'\n';
    return CommandLine::Success;
}

int BackupCommand::runRestore(const CommandLine::Context &c)
{
    if (c.arguments.size() != 1)
        return c.usageError(tr("Say which backup to restore: restore community.json --db new.convivium"));
    const Fallible<qint64> restored = BackupFile::restore(c.arguments.constFirst(), c.databasePath);
    if (!restored)
        return c.failure(restored.message());
    c.out << tr("Restored %1 into %2 (rows: %3).")
                 .arg(shown(c.arguments.constFirst()), shown(c.databasePath))
                 .arg(restored.value())
          << u'\n';
    return CommandLine::Success;
}

} // namespace convivium::core
