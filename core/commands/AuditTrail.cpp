#include "commands/AuditTrail.h"
#include "db/BulkInsert.h"
#include "db/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace convivium::core {

namespace {

// Bookkeeping that changes with every save and tells the reader nothing.
bool isBookkeeping(const QString &column)
{
    return column == u"updated_at" || column == u"version" || column == u"search_key" || column == u"created_at";
}

QJsonValue json(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v);
}

} // namespace

Result AuditTrail::record(const Database &db, const QString &action, const RowSet &before, const RowSet &after)
{
    QStringList tables = before.tableNames();
    for (const QString &t : after.tableNames())
        if (!tables.contains(t))
            tables << t;
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    BulkInsert insert(db, QStringLiteral("audit_entry"),
                      {QStringLiteral("at"), QStringLiteral("author"), QStringLiteral("action"), QStringLiteral("kind"),
                       QStringLiteral("table_name"), QStringLiteral("record_id"), QStringLiteral("changes")});
    for (const QString &table : std::as_const(tables)) {
        const RowSet::Rows was = before.rows(table), now = after.rows(table);
        QList<qint64> ids = was.keys();
        for (qint64 id : now.keys())
            if (!was.contains(id))
                ids << id;
        for (qint64 id : std::as_const(ids)) {
            const bool existed = was.contains(id), exists = now.contains(id);
            QJsonObject changes;
            const QVariantMap &a = existed ? was[id] : now[id];
            const QVariantMap &b = exists ? now[id] : was[id];
            for (auto it = b.cbegin(); it != b.cend(); ++it) {
                if (isBookkeeping(it.key()) || it.key() == u"id")
                    continue;
                const QVariant old = existed ? a.value(it.key()) : QVariant();
                const QVariant neu = exists ? it.value() : QVariant();
                if (old != neu && !(old.isNull() && neu.isNull()))
                    changes.insert(it.key(), QJsonArray{json(old), json(neu)});
            }
            if (existed && exists && changes.isEmpty())
                continue;   // read for the picture, left as it was
            const QString kind = !existed ? QStringLiteral("created") : !exists ? QStringLiteral("deleted")
                                                                                 : QStringLiteral("changed");
            if (!insert.add({at, db.author(), action, kind, table, id,
                             QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))}))
                return Result::failure(tr("Could not write the history of the change: %1").arg(insert.error()));
        }
    }
    return Result::success();
}

Result AuditTrail::note(const Database &db, const QString &action, const QString &table, qint64 id)
{
    BulkInsert insert(db, QStringLiteral("audit_entry"),
                      {QStringLiteral("at"), QStringLiteral("author"), QStringLiteral("action"), QStringLiteral("kind"),
                       QStringLiteral("table_name"), QStringLiteral("record_id"), QStringLiteral("changes")});
    if (!insert.add({QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), db.author(), action,
                     QStringLiteral("changed"), table, id, QStringLiteral("{}")}))
        return Result::failure(tr("Could not write the history of the change: %1").arg(insert.error()));
    return Result::success();
}

QList<AuditEntry> AuditTrail::history(const Database &db, const QString &table, qint64 id)
{
    QList<AuditEntry> out;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT at, author, action, kind, changes FROM audit_entry WHERE table_name = ? AND record_id = ? "
                             "ORDER BY id DESC"));
    q.addBindValue(table);
    q.addBindValue(id);
    if (!q.exec())
        return out;
    while (q.next()) {
        AuditEntry e;
        e.at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        e.author = q.value(1).toString();
        e.action = q.value(2).toString();
        e.kind = q.value(3).toString();
        e.table = table;
        e.recordId = id;
        const QJsonObject changes = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
            const QJsonArray pair = it.value().toArray();
            e.changes.append({it.key(), {pair.at(0).toVariant(), pair.at(1).toVariant()}});
        }
        out << e;
    }
    return out;
}

qint64 AuditTrail::latestId(const Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT max(id) FROM audit_entry")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QStringList AuditTrail::tablesSince(const Database &db, qint64 *lastId)
{
    QStringList tables;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT table_name, max(id) FROM audit_entry WHERE id > ? GROUP BY table_name"));
    q.addBindValue(*lastId);
    if (!q.exec())
        return tables;
    while (q.next()) {
        tables << q.value(0).toString();
        *lastId = qMax(*lastId, q.value(1).toLongLong());
    }
    return tables;
}

} // namespace convivium::core
