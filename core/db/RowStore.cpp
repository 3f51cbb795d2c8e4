#include "db/RowStore.h"
#include "db/Database.h"
#include "db/SchemaGraph.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace convivium::core {

namespace {
QString key(const QString &table, qint64 id) { return table + u'#' + QString::number(id); }
}

QVariantMap RowStore::readRow(const QString &table, qint64 id) const
{
    // Table names come from SchemaGraph, never from input; values are bound.
    const QString sql = QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(m_db.quoteIdentifier(table));
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    q.addBindValue(id);
    QVariantMap row;
    if (q.exec() && q.next()) {
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), q.value(i));
    }
    return row;
}

void RowStore::collect(const QString &table, qint64 id, RowSet &out, QSet<QString> &seen, bool withNulled) const
{
    if (seen.contains(key(table, id)))
        return;
    seen.insert(key(table, id));
    const QVariantMap row = readRow(table, id);
    if (row.isEmpty())
        return;
    out.insert(table, id, row);
    for (const ForeignKey &fk : SchemaGraph::referencing(table)) {
        const QString sql = QStringLiteral("SELECT id FROM %1 WHERE %2 = ?")
                                .arg(m_db.quoteIdentifier(fk.table), m_db.quoteIdentifier(fk.column));
        QSqlQuery q(m_db.connection());
        q.prepare(sql);
        q.addBindValue(id);
        q.exec();
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        for (qint64 child : ids) {
            if (fk.cascade) {
                collect(fk.table, child, out, seen, withNulled);
            } else if (withNulled && !out.contains(fk.table, child)) {
                out.insert(fk.table, child, readRow(fk.table, child));
            }
        }
    }
}

RowSet RowStore::footprint(const QString &table, qint64 id) const
{
    RowSet out;
    QSet<QString> seen;
    collect(table, id, out, seen, true);
    return out;
}

RowSet RowStore::cascade(const QString &table, qint64 id) const
{
    RowSet out;
    QSet<QString> seen;
    collect(table, id, out, seen, false);
    return out;
}

RowSet RowStore::reread(const RowSet &shape) const
{
    RowSet out;
    for (const QString &table : shape.tableNames()) {
        const RowSet::Rows rows = shape.rows(table);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            const QVariantMap row = readRow(table, it.key());
            if (!row.isEmpty())
                out.insert(table, it.key(), row);
        }
    }
    return out;
}

bool RowStore::insertRow(const QString &table, const QVariantMap &row, QString *error) const
{
    QStringList columns, marks;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        columns << m_db.quoteIdentifier(it.key());
        marks << QStringLiteral("?");
    }
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(m_db.quoteIdentifier(table), columns.join(u", "), marks.join(u", "));
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &v : row)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool RowStore::updateRow(const QString &table, qint64 id, const QVariantMap &row, QString *error) const
{
    QStringList sets;
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        sets << m_db.quoteIdentifier(it.key()) + QStringLiteral(" = ?");
    const QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(m_db.quoteIdentifier(table), sets.join(u", "));
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &v : row)
        q.addBindValue(v);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool RowStore::deleteRow(const QString &table, qint64 id, QString *error) const
{
    const QString sql = QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_db.quoteIdentifier(table));
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

namespace {

QStringList orderedTables(const QStringList &names, bool parentsFirst)
{
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [&](const QString &a, const QString &b) {
        return parentsFirst ? SchemaGraph::order(a) < SchemaGraph::order(b)
                            : SchemaGraph::order(a) > SchemaGraph::order(b);
    });
    return sorted;
}

// Rows of a self-referencing table (organisation.parent_id) in an order where
// a parent present in the same batch comes before its children.
QList<qint64> insertionOrder(const QString &table, const RowSet::Rows &rows)
{
    QList<qint64> order;
    QList<ForeignKey> selfKeys;
    for (const ForeignKey &fk : SchemaGraph::referencing(table))
        if (fk.table == table)
            selfKeys << fk;
    QSet<qint64> placed;
    QList<qint64> pending = rows.keys();
    while (!pending.isEmpty()) {
        QList<qint64> next;
        for (qint64 id : pending) {
            bool ready = true;
            for (const ForeignKey &fk : selfKeys) {
                const QVariant parent = rows.value(id).value(fk.column);
                const qint64 p = parent.isNull() ? 0 : parent.toLongLong();
                if (p != 0 && p != id && rows.contains(p) && !placed.contains(p))
                    ready = false;
            }
            if (ready) {
                order << id;
                placed.insert(id);
            } else {
                next << id;
            }
        }
        if (next.size() == pending.size()) { // a cycle: cannot happen with valid data
            order << next;
            break;
        }
        pending = next;
    }
    return order;
}

} // namespace

Result RowStore::apply(const RowSet &from, const RowSet &to) const
{
    Transaction tx(m_db);
    QString error;
    QStringList names = from.tableNames();
    for (const QString &t : to.tableNames())
        if (!names.contains(t))
            names << t;

    for (const QString &table : orderedTables(names, false)) {
        const RowSet::Rows rows = from.rows(table);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            if (!to.contains(table, it.key()) && !deleteRow(table, it.key(), &error))
                return Result::failure(tr("Undo or redo failed, nothing was changed: %1").arg(error));
    }
    // Compare with the row as it is now, not as `from` pictured it: a deletion above
    // may have cascaded into a row that `to` keeps under another parent (a merged
    // contributor's moved registrations), or nulled one of its references.
    for (const QString &table : orderedTables(names, true)) {
        const RowSet::Rows target = to.rows(table);
        for (qint64 id : insertionOrder(table, target)) {
            const QVariantMap &row = target[id];
            const QVariantMap now = readRow(table, id);
            bool ok = true;
            if (now.isEmpty())
                ok = insertRow(table, row, &error);
            else if (now != row)
                ok = updateRow(table, id, row, &error);
            if (!ok)
                return Result::failure(tr("Undo or redo failed, nothing was changed: %1").arg(error));
        }
    }
    return tx.commit();
}

Result RowStore::insertAll(const RowSet &rows) const
{
    return apply(RowSet(), rows);
}

} // namespace convivium::core
