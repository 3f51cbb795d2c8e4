#include "ServerCopy.h"
#include "db/Database.h"
#include "db/TableData.h"
#include "io/BackupFile.h"

#include <memory>

namespace convivium::bench {

using core::Database;
using core::Result;

namespace {

std::unique_ptr<Database> open(const QString &location, Database::Mode mode, Result *failure)
{
    Database::OpenReport report;
    std::unique_ptr<Database> db = Database::open(location, mode, &report);
    if (!db)
        *failure = Result::failure(report.message);   // it names the file or the server
    return db;
}

// Rows per table, the tables of the schema in order.
QList<qint64> rowCounts(const Database &db)
{
    const core::TableData data(db);
    QList<qint64> counts;
    for (const QString &table : data.tables())
        counts << data.count(table);
    return counts;
}

} // namespace

Result ServerCopy::ensure(const QString &file, const QString &url, bool *copied)
{
    *copied = false;
    Result failure;
    const std::unique_ptr<Database> source = open(file, Database::Mode::OpenExisting, &failure);
    if (!source)
        return failure;
    {
        // Created when missing, laid out when empty.
        const std::unique_ptr<Database> target = open(url, Database::Mode::CreateIfMissing, &failure);
        if (!target)
            return failure;
        if (!core::TableData(*target).isEmpty()) {
            if (rowCounts(*target) == rowCounts(*source))
                return Result::success();
            return Result::failure(QStringLiteral("%1 holds another community than %2: remove that database (dropdb) "
                                                  "or name another one.").arg(url, file));
        }
    }
    const core::Fallible<QByteArray> backup = core::BackupFile::toJson(*source);
    if (!backup)
        return backup.result();
    const core::Fallible<qint64> restored = core::BackupFile::restore(backup.value(), file, url);
    if (!restored)
        return restored.result();
    *copied = true;
    return Result::success();
}

} // namespace convivium::bench
