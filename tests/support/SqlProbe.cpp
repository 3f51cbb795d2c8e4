#include "SqlProbe.h"
#include "db/Database.h"
#include "db/SchemaGraph.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace convivium::test {

namespace {
QSqlQuery run(const core::Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    if (!q.prepare(sql))
        qFatal("cannot prepare %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("cannot run %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q;
}
} // namespace

void exec(const core::Database &db, const QString &sql, const QVariantList &values)
{
    run(db, sql, values);
}

QVariant scalar(const core::Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q = run(db, sql, values);
    return q.next() ? q.value(0) : QVariant();
}

int countRows(const core::Database &db, const QString &table)
{
    // Table names come from the tests themselves.
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(db.quoteIdentifier(table))).toInt();
}

QStringList dumpAll(const core::Database &db)
{
    QStringList lines;
    for (const QString &table : core::SchemaGraph::tables()) {
        if (table == u"audit_entry")   // the history grows with every edit, undo included: not the community's state
            continue;
        QSqlQuery q = run(db, QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(db.quoteIdentifier(table)), {});
        while (q.next()) {
            const QSqlRecord rec = q.record();
            QStringList cells;
            for (int i = 0; i < rec.count(); ++i)
                cells << rec.fieldName(i) + u'='
                             + (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            lines << table + u'|' + cells.join(u'|');
        }
    }
    return lines;
}

} // namespace convivium::test
