#include "io/BackupFile.h"
#include "db/BulkInsert.h"
#include "db/ServerAddress.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/TableData.h"
#include "db/Transaction.h"
#include "reports/ReportFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>
#include <memory>

namespace convivium::core {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Result cancelled()
{
    return Result::failure(BackupFile::tr("Cancelled: nothing was written."));
}

// Qt's JSON writer escapes; one array on one line keeps the file readable and diffable.
QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray jsonString(const QString &text)
{
    const QByteArray quoted = compact(QJsonArray{text});
    return quoted.mid(1, quoted.size() - 2);
}

// Reports every few hundred rows: enough for a progress bar, too rarely to cost anything.
class ProgressCounter
{
public:
    ProgressCounter(const BackupFile::Progress &progress, qint64 total) : m_progress(progress), m_total(int(total)) {}
    bool report() const { return !m_progress || m_progress(m_done, m_total); }
    bool step()
    {
        ++m_done;
        return m_done % 256 != 0 || report();
    }

private:
    const BackupFile::Progress &m_progress;
    int m_done = 0;
    int m_total;
};

// A backup's table as read from the file, before anything is written.
struct TableImage {
    QString name;
    QStringList columns;
    qint64 lastId = 0;
    QJsonArray rows;
};

struct BackupImage {
    int schemaVersion = 0;
    QList<TableImage> tables;
    qint64 rowCount = 0;
};

bool isWholeNumber(const QJsonValue &v)
{
    return v.isDouble() && v.toVariant().typeId() == QMetaType::LongLong;
}

Fallible<BackupImage> parse(const QByteArray &json, const QString &name)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Result::failure(BackupFile::tr("%1 is not a Convivium backup, or it is damaged: it is not valid JSON "
                                     "(%2, at byte %3).").arg(name, error.errorString()).arg(error.offset));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(BackupFile::formatName))
        return Result::failure(BackupFile::tr("%1 is not a Convivium backup.").arg(name));
    const QJsonValue format = root.value(QLatin1String("format_version"));
    if (!isWholeNumber(format) || format.toInteger() < 1)
        return Result::failure(BackupFile::tr("%1 does not say which backup format it uses.").arg(name));
    if (format.toInteger() > BackupFile::formatVersion)
        return Result::failure(BackupFile::tr("%1 was written in a newer backup format (%2; this version reads up to %3). "
                                     "Update Convivium to restore it.")
                                   .arg(name).arg(format.toInteger()).arg(BackupFile::formatVersion));
    const QJsonValue schema = root.value(QLatin1String("schema_version"));
    if (!isWholeNumber(schema) || schema.toInteger() < 1)
        return Result::failure(BackupFile::tr("%1 does not say which schema version it was written with.").arg(name));
    if (schema.toInteger() > Migrator::latestVersion())
        return Result::failure(BackupFile::tr("%1 was written by a newer version of Convivium (schema %2; this version reads "
                                     "up to %3). Update Convivium to restore it.")
                                   .arg(name).arg(schema.toInteger()).arg(Migrator::latestVersion()));
    if (!root.value(QLatin1String("tables")).isArray())
        return Result::failure(BackupFile::tr("%1 is damaged: it has no list of tables.").arg(name));

    BackupImage image;
    image.schemaVersion = int(schema.toInteger());
    QSet<QString> seen;
    const QJsonArray tables = root.value(QLatin1String("tables")).toArray();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const QJsonObject t = tables.at(i).toObject();
        TableImage table;
        table.name = t.value(QLatin1String("name")).toString();
        if (table.name.isEmpty())
            return Result::failure(BackupFile::tr("%1 is damaged: table number %2 has no name.").arg(name).arg(i + 1));
        if (seen.contains(table.name))
            return Result::failure(BackupFile::tr("%1 is damaged: the table %2 appears twice.").arg(name, table.name));
        seen.insert(table.name);
        const QJsonValue columns = t.value(QLatin1String("columns"));
        for (const QJsonValue &c : columns.toArray())
            table.columns << c.toString();
        if (!columns.isArray() || table.columns.isEmpty() || table.columns.contains(QString()))
            return Result::failure(BackupFile::tr("%1 is damaged: the columns of the table %2 are not listed.").arg(name, table.name));
        const QJsonValue lastId = t.value(QLatin1String("last_id"));
        if (!isWholeNumber(lastId) || lastId.toInteger() < 0)
            return Result::failure(BackupFile::tr("%1 is damaged: the table %2 does not say its last id.").arg(name, table.name));
        table.lastId = lastId.toInteger();
        if (!t.value(QLatin1String("rows")).isArray())
            return Result::failure(BackupFile::tr("%1 is damaged: the table %2 has no list of rows.").arg(name, table.name));
        table.rows = t.value(QLatin1String("rows")).toArray();
        image.rowCount += table.rows.size();
        image.tables << table;
    }
    return image;
}

// The backup's tables and columns must be those of the schema it names.
Result checkShape(const BackupImage &image, const TableData &data, const QString &name)
{
    const QStringList expected = data.tables();
    QHash<QString, const TableImage *> byName;
    for (const TableImage &t : image.tables) {
        if (!expected.contains(t.name))
            return Result::failure(BackupFile::tr("%1 holds a table %2 that schema %3 does not have.")
                                       .arg(name, t.name).arg(image.schemaVersion));
        byName.insert(t.name, &t);
    }
    for (const QString &table : expected) {
        const TableImage *t = byName.value(table);
        if (!t)
            return Result::failure(BackupFile::tr("%1 is incomplete: the table %2 is missing.").arg(name, table));
        const QStringList columns = data.columns(table);
        for (const QString &column : columns)
            if (!t->columns.contains(column))
                return Result::failure(BackupFile::tr("%1 is incomplete: the table %2 has no column %3.").arg(name, table, column));
        for (const QString &column : t->columns)
            if (!columns.contains(column) || t->columns.count(column) > 1)
                return Result::failure(BackupFile::tr("%1 is damaged: the column %2 of the table %3 is unknown or listed twice.")
                                           .arg(name, column, table));
    }
    return Result::success();
}

// Integers, text and null are all a backup holds (the schema has no other kind).
Fallible<QVariantList> rowValues(const QJsonValue &row, const TableImage &table, qsizetype index, const QString &name)
{
    const QJsonArray cells = row.toArray();
    if (!row.isArray() || cells.size() != table.columns.size())
        return Result::failure(BackupFile::tr("%1 is damaged: row %2 of the table %3 has %4 values for %5 columns.")
                                   .arg(name).arg(index + 1).arg(table.name)
                                   .arg(row.isArray() ? cells.size() : 0).arg(table.columns.size()));
    QVariantList values;
    values.reserve(cells.size());
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const QJsonValue v = cells.at(c);
        if (v.isNull())
            values << QVariant();
        else if (v.isString())
            values << v.toString();
        else if (isWholeNumber(v))
            values << v.toInteger();
        else
            return Result::failure(BackupFile::tr("%1 is damaged: in row %2 of the table %3, the column %4 holds neither "
                                         "text, a whole number nor null.")
                                       .arg(name).arg(index + 1).arg(table.name, table.columns.at(c)));
    }
    return values;
}

// Writes the image into `path`, a new file, at the backup's schema, then
// migrates it. Nothing of it counts until the caller renames the file.
Result fillDatabase(const Database &database, const BackupImage &image, const QString &name,
                    const BackupFile::Progress &progress);

Result fill(const QString &path, const BackupImage &image, const QString &name, const BackupFile::Progress &progress)
{
    Database::OpenReport report;
    const std::unique_ptr<Database> db =
        Database::openFile(path, Database::Mode::CreateIfMissing, &report, image.schemaVersion);
    if (!db)
        return Result::failure(report.message);
    return fillDatabase(*db, image, name, progress);
}

// Writes the image into an open, empty community at the backup's schema, in
// one transaction, then migrates it to the latest schema.
Result fillDatabase(const Database &database, const BackupImage &image, const QString &name,
                    const BackupFile::Progress &progress)
{
    const Database *db = &database;
    const TableData data(*db);
    if (Result shape = checkShape(image, data, name); !shape)
        return shape;

    ProgressCounter counter(progress, image.rowCount);
    if (!counter.report())
        return cancelled();
    Transaction tx(*db);
    if (Result deferred = data.deferForeignKeys(); !deferred)
        return deferred;
    QHash<QString, const TableImage *> byName;
    for (const TableImage &t : image.tables)
        byName.insert(t.name, &t);
    for (const QString &tableName : data.tables()) {
        const TableImage &table = *byName.value(tableName);
        BulkInsert insert(*db, table.name, table.columns);
        for (qsizetype i = 0; i < table.rows.size(); ++i) {
            const Fallible<QVariantList> values = rowValues(table.rows.at(i), table, i, name);
            if (!values)
                return values.result();
            if (!insert.add(values.value()))
                return Result::failure(BackupFile::tr("%1: the table %2 cannot be restored. %3").arg(name, table.name, insert.error()));
            if (!counter.step())
                return cancelled();
        }
        if (Result r = data.setSequence(table.name, table.lastId); !r)
            return r;
    }
    const QList<BrokenReference> broken = data.brokenReferences();
    if (!broken.isEmpty() && broken.first().table.isEmpty())   // PostgreSQL says it in its own words
        return Result::failure(BackupFile::tr("%1 is damaged: a row refers to a record that is not in the backup (%2).")
                                   .arg(name, broken.first().parent));
    if (!broken.isEmpty())
        return Result::failure(BackupFile::tr("%1 is damaged: row %2 of the table %3 refers to a record of the table %4 "
                                     "that is not in the backup.")
                                   .arg(name).arg(broken.first().id).arg(broken.first().table, broken.first().parent));
    if (Result committed = tx.commit(); !committed)
        return committed;
    if (Result migrated = Migrator(*db).migrate(); !migrated)
        return migrated;
    data.refreshStatistics();
    if (!counter.report())
        return cancelled();
    return Result::success();
}

QStringList sideFiles(const QString &path)
{
    return {path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal")};
}

} // namespace

Fallible<QByteArray> BackupFile::toJson(const Database &db, const Progress &progress)
{
    const TableData data(db);
    const QStringList tables = data.tables();
    qint64 total = 0;
    for (const QString &table : tables)
        total += data.count(table);
    ProgressCounter counter(progress, total);
    if (!counter.report())
        return cancelled();

    // Written by hand rather than as one QJsonDocument: the keys keep a fixed,
    // readable order and each row stays on its own line.
    QByteArray out = "{\n  \"format\": " + jsonString(QLatin1String(formatName))
        + ",\n  \"format_version\": " + QByteArray::number(formatVersion)
        + ",\n  \"schema_version\": " + QByteArray::number(Migrator(db).currentVersion())
        + ",\n  \"tables\": [";
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const QString &table = tables.at(t);
        const QStringList columns = data.columns(table);
        out += (t ? ",\n" : "\n") + QByteArray("    {\"name\": ") + jsonString(table)
            + ",\n     \"columns\": " + compact(QJsonArray::fromStringList(columns))
            + ",\n     \"last_id\": " + QByteArray::number(data.sequence(table)) + ",\n     \"rows\": [";
        bool first = true;
        QString problem;
        bool stopped = false;
        const Result read = data.read(table, columns, [&](const QVariantList &values) {
            QJsonArray row;
            for (qsizetype c = 0; c < values.size(); ++c) {
                const QVariant &v = values.at(c);
                if (v.isNull()) {
                    row << QJsonValue(QJsonValue::Null);
                } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int
                           || v.typeId() == QMetaType::ULongLong || v.typeId() == QMetaType::UInt) {
                    row << QJsonValue(v.toLongLong());
                } else if (v.typeId() == QMetaType::QString) {
                    row << v.toString();
                } else {
                    problem = tr("The column %1 of the table %2 holds a value that is neither text, a whole number nor "
                                 "null (row %3); the backup was not written.").arg(columns.at(c), table, values.value(0).toString());
                    return false;
                }
            }
            out += (first ? "\n      " : ",\n      ") + compact(row);
            first = false;
            stopped = !counter.step();
            return !stopped;
        });
        if (!problem.isEmpty())
            return Result::failure(problem);
        if (stopped)
            return cancelled();
        if (!read)
            return read;
        out += first ? "]}" : "\n     ]}";
    }
    out += tables.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    if (!counter.report())
        return cancelled();
    return out;
}

Result BackupFile::write(const Database &db, const QString &path, const Progress &progress)
{
    const Fallible<QByteArray> json = toJson(db, progress);
    if (!json)
        return json.result();
    return ReportFile::save(path, json.value());
}

Result BackupFile::checkTarget(const QString &targetPath)
{
    const QFileInfo info(targetPath);
    const QString name = shown(targetPath);
    if (info.isDir())
        return Result::failure(tr("%1 is a folder, not a Convivium file.").arg(name));
    if (!info.exists()) {
        const QFileInfo folder(info.absolutePath());
        if (!folder.isDir() || !folder.isWritable())
            return Result::failure(tr("Cannot create %1: the folder does not exist or is read-only.").arg(name));
        return Result::success();
    }
    if (info.size() == 0)
        return Result::success();
    Database::OpenReport report;
    const std::unique_ptr<Database> db = Database::openFile(targetPath, Database::Mode::OpenExisting, &report);
    if (!db)
        return Result::failure(report.message);
    if (!TableData(*db).isEmpty())
        return Result::failure(tr("%1 already holds a community; it was left unchanged. A backup is restored only into "
                                  "a new file or an empty one: choose a new file name.").arg(name));
    return Result::success();
}

Fallible<qint64> BackupFile::restore(const QString &backupPath, const QString &targetPath, const Progress &progress)
{
    const QString name = shown(backupPath);
    const QFileInfo info(backupPath);
    if (info.isDir())
        return Result::failure(tr("%1 is a folder, not a backup.").arg(name));
    if (!info.exists())
        return Result::failure(tr("The backup %1 does not exist.").arg(name));
    QFile file(backupPath);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(tr("Cannot read the backup %1: %2").arg(name, file.errorString()));
    return restore(file.readAll(), name, targetPath, progress);
}

Fallible<qint64> BackupFile::restore(const QByteArray &json, const QString &name, const QString &targetPath,
                                     const Progress &progress)
{
    if (ServerAddress::isServerUrl(targetPath))
        return restoreToServer(json, name, targetPath, progress);
    if (Result target = checkTarget(targetPath); !target)
        return target;
    const Fallible<BackupImage> image = parse(json, name);
    if (!image)
        return image.result();

    // A new file beside the target, so that the final rename stays on one file
    // system, created as the user's files are (not QTemporaryFile's owner-only mode).
    const QFileInfo target(targetPath);
    QString temporaryPath;
    for (int attempt = 0; temporaryPath.isEmpty(); ++attempt) {
        QFile temporary(target.absoluteFilePath() + QStringLiteral(".restoring-")
                        + QUuid::createUuid().toString(QUuid::Id128).left(8));
        if (temporary.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            temporaryPath = temporary.fileName();
        else if (attempt == 3)
            return Result::failure(tr("Cannot create %1: %2").arg(shown(targetPath), temporary.errorString()));
    }
    auto removeTemporary = [&temporaryPath] {
        QFile::remove(temporaryPath);
        for (const QString &side : sideFiles(temporaryPath))
            QFile::remove(side);
    };

    // The database is closed when fill() returns: SQLite then folds its journal into the file.
    if (Result filled = fill(temporaryPath, image.value(), name, progress); !filled) {
        removeTemporary();
        return filled;
    }
    for (const QString &side : sideFiles(temporaryPath)) {
        if (QFileInfo::exists(side)) {
            removeTemporary();
            return Result::failure(tr("Cannot finish writing %1: the database was not closed cleanly.").arg(shown(targetPath)));
        }
    }
    // checkTarget() said the target holds nothing: replacing it loses nothing.
    const bool replacing = target.exists();
    const QFileDevice::Permissions permissions = target.permissions();
    if (replacing && !QFile::remove(targetPath)) {
        removeTemporary();
        return Result::failure(tr("Cannot replace %1: it could not be removed.").arg(shown(targetPath)));
    }
    if (!QFile::rename(temporaryPath, targetPath)) {
        removeTemporary();
        return Result::failure(tr("Cannot write %1: the restored file could not be moved there.").arg(shown(targetPath)));
    }
    if (replacing)
        QFile::setPermissions(targetPath, permissions);
    return image.value().rowCount;
}

Fallible<qint64> BackupFile::restoreToServer(const QByteArray &json, const QString &name, const QString &address,
                                             const Progress &progress)
{
    const Fallible<BackupImage> image = parse(json, name);
    if (!image)
        return image.result();
    // A team database is not a file that can be written aside and renamed: it
    // must be empty, and the rows go in with one transaction.
    Database::OpenReport report;
    const std::unique_ptr<Database> db =
        Database::open(address, Database::Mode::OpenExisting, &report, image.value().schemaVersion);
    if (!db)
        return Result::failure(report.message);
    if (!TableData(*db).isEmpty())
        return Result::failure(tr("%1 already holds a community; it was left unchanged. A backup is restored only into "
                                  "an empty database.").arg(db->displayName()));
    if (Result filled = fillDatabase(*db, image.value(), name, progress); !filled)
        return filled;
    return image.value().rowCount;
}

} // namespace convivium::core
