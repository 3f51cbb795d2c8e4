#include "repositories/ListQuery.h"
#include "db/Database.h"
#include "domain/SearchKey.h"
#include "repositories/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace convivium::core {

ListQuery::ListQuery(const Database &db, ListDefinition definition) : m_db(db), m_def(std::move(definition)) {}

void ListQuery::setFilter(const QString &text)
{
    m_words = SearchKey::fold(text).split(u' ', Qt::SkipEmptyParts);
}

void ListQuery::setSort(int column, bool ascending)
{
    m_sortColumn = qBound(0, column, columnCount() - 1);
    m_ascending = ascending;
}

QString ListQuery::whereClause(QVariantList *values) const
{
    QStringList parts;
    if (!m_def.condition.isEmpty()) {
        parts << u'(' + m_def.condition + u')';
        *values << m_conditionValues;
    }
    for (QString word : m_words) {
        word.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        parts << m_def.searchColumn + QStringLiteral(" LIKE ? ESCAPE '\\'");
        *values << QVariant(u'%' + word + u'%');
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

int ListQuery::count() const
{
    QVariantList values;
    // The statement is assembled from the definition's fixed fragments; user text is bound.
    const QString from = m_def.countFrom.isEmpty() ? m_def.from : m_def.countFrom;
    const QString statement = QStringLiteral("SELECT count(*) FROM ") + from + whereClause(&values);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!sql::run(q, statement, values) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QString ListQuery::orderBy() const
{
    const QString direction = m_ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    return QStringLiteral(" ORDER BY ") + m_def.columns.at(m_sortColumn).sort + direction + QStringLiteral(", ")
        + m_def.idColumn + direction;
}

QString ListQuery::selectStatement(QVariantList *values) const
{
    QStringList selects{m_def.idColumn};
    for (const ListColumn &c : m_def.columns)
        selects << c.select;
    return QStringLiteral("SELECT ") + selects.join(u", ") + QStringLiteral(" FROM ") + m_def.from
        + whereClause(values) + orderBy();
}

int ListQuery::position(qint64 id) const
{
    // Counting the rows before the record in the list's order is a range the
    // indexes answer; numbering every row (row_number) would sort them all.
    const QString sort = m_def.columns.at(m_sortColumn).sort;
    QVariantList values;
    QString where = whereClause(&values);
    where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!sql::run(q, QStringLiteral("SELECT ") + sort + QStringLiteral(" FROM ") + m_def.from + where + m_def.idColumn
                         + QStringLiteral(" = ?"),
                  values + QVariantList{id})
        || !q.next())
        return -1;   // not in the list as filtered
    const QVariant key = q.value(0);
    q.finish();

    // SQLite sorts NULL before every value, PostgreSQL after.
    const bool nullsFirst = (m_db.engine() == Database::Engine::SQLite) == m_ascending;
    const QString before = m_ascending ? QStringLiteral(" < ") : QStringLiteral(" > ");
    const QString tie = m_def.idColumn + before + QStringLiteral("?");
    QString condition;
    QVariantList keyValues;
    if (key.isNull()) {
        condition = QStringLiteral("(%1 IS NULL AND %2)").arg(sort, tie);
        if (!nullsFirst)
            condition += QStringLiteral(" OR %1 IS NOT NULL").arg(sort);
        keyValues << id;
    } else {
        condition = QStringLiteral("%1%2? OR (%1 = ? AND %3)").arg(sort, before, tie);
        if (nullsFirst)
            condition += QStringLiteral(" OR %1 IS NULL").arg(sort);
        keyValues << key << key << id;
    }
    if (!sql::run(q, QStringLiteral("SELECT count(*) FROM ") + m_def.from + where + u'(' + condition + u')',
                  values + keyValues)
        || !q.next())
        return -1;
    return q.value(0).toInt();
}

namespace {

ListRow readRow(const QSqlQuery &q, int columns)
{
    ListRow row;
    row.id = q.value(0).toLongLong();
    row.values.reserve(columns);
    for (int i = 1; i <= columns; ++i)
        row.values << q.value(i);
    return row;
}

} // namespace

QList<ListRow> ListQuery::fetch(int offset, int limit) const
{
    QVariantList values;
    const QString statement = selectStatement(&values) + QStringLiteral(" LIMIT ? OFFSET ?");
    values << limit << offset;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<ListRow> rows;
    if (!sql::run(q, statement, values))
        return rows;
    while (q.next())
        rows << readRow(q, columnCount());
    return rows;
}

Result ListQuery::forEach(const std::function<bool(const ListRow &row)> &visit) const
{
    QVariantList values;
    const QString statement = selectStatement(&values);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!sql::run(q, statement, values))
        return Result::failure(tr("Cannot read the list: %1").arg(q.lastError().text()));
    while (q.next())
        if (!visit(readRow(q, columnCount())))
            break;
    if (q.lastError().isValid())
        return Result::failure(tr("Cannot read the list: %1").arg(q.lastError().text()));
    return Result::success();
}

} // namespace convivium::core
