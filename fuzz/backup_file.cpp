// Fuzzes BackupFile::restore from bytes: parsing the JSON, checking it
// against the schema it names, writing it into a new SQLite file and
// migrating that. What must hold, whatever the bytes:
//  - a refused backup says why and leaves nothing behind (no target, no
//    temporary file);
//  - a restored community backs up to a file that restores to the same
//    community again (nothing lost on the way).
// The files go to a folder of their own under TMPDIR (tools/fuzz.sh points
// it at memory when it can), emptied after every input.
#include "db/Database.h"
#include "io/BackupFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace convivium::core;

namespace {

std::unique_ptr<QTemporaryDir> folder;   // removed at exit with what it holds

QByteArray backupOf(const QString &path)
{
    Database::OpenReport report;
    const std::unique_ptr<Database> db = Database::openFile(path, Database::Mode::OpenExisting, &report);
    if (!db) {
        fprintf(stderr, "a restored file does not open: %s\n", qPrintable(report.message));
        abort();
    }
    const Fallible<QByteArray> json = BackupFile::toJson(*db);
    if (!json) {
        fprintf(stderr, "a restored file cannot be backed up: %s\n", qPrintable(json.message()));
        abort();
    }
    return json.value();
}

void clear(QDir dir)
{
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
        dir.remove(name);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt's SQL drivers are plugins: their loader wants an application object.
    static QCoreApplication app(*argc, *argv);
    folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/convivium-fuzz-XXXXXX"));
    if (!folder->isValid())
        abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QDir dir(folder->path());
    const QString target = dir.filePath(QStringLiteral("restored.convivium"));
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    const Fallible<qint64> rows = BackupFile::restore(json, QStringLiteral("fuzz.json"), target);
    if (!rows) {
        const QStringList left = dir.entryList(QDir::Files | QDir::Hidden);
        if (rows.message().isEmpty() || !left.isEmpty()) {
            fprintf(stderr, "refused (%s), left: %s\n", qPrintable(rows.message()), qPrintable(left.join(u' ')));
            abort();
        }
        return 0;
    }
    const QByteArray first = backupOf(target);
    clear(dir);
    const Fallible<qint64> again = BackupFile::restore(first, QStringLiteral("restored.json"), target);
    if (!again || again.value() != rows.value()) {
        fprintf(stderr, "the backup of a restored file does not restore the same rows (%lld then %lld): %s\n",
                rows.value(), again.value(), qPrintable(again.message()));
        abort();
    }
    if (backupOf(target) != first) {
        fprintf(stderr, "a restored backup's backup changed\n");
        abort();
    }
    clear(dir);
    return 0;
}
