#include "repositories/ListQuery.h"
#include "db/Database.h"
#include "domain/SearchKey.h"
#include "repositories/SqlValues.h"

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

QList<ListRow> ListQuery::fetch(int offset, int limit) const
{
    QStringList selects{m_def.idColumn};
    for (const ListColumn &c : m_def.columns)
        selects << c.select;
    QVariantList values;
    const QString direction = m_ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString statement = QStringLiteral("SELECT ") + selects.join(u", ") + QStringLiteral(" FROM ") + m_def.from
        + whereClause(&values) + QStringLiteral(" ORDER BY ") + m_def.columns.at(m_sortColumn).sort + direction
        + QStringLiteral(", ") + m_def.idColumn + direction + QStringLiteral(" LIMIT ? OFFSET ?");
    values << limit << offset;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<ListRow> rows;
    if (!sql::run(q, statement, values))
        return rows;
    const int n = int(m_def.columns.size());
    while (q.next()) {
        ListRow row;
        row.id = q.value(0).toLongLong();
        row.values.reserve(n);
        for (int i = 1; i <= n; ++i)
            row.values << q.value(i);
        rows << row;
    }
    return rows;
}

} // namespace convivium::core
