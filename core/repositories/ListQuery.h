#pragma once
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>
#include <functional>

namespace convivium::core {

class Database;

// How a list view reads one table page by page: which columns, how each
// sorts, and which folded column the filter-as-you-type searches.
struct ListColumn {
    QString select;         // SQL expression shown
    QString sort;           // SQL expression sorted on (often the same)
};

struct ListDefinition {
    QString from;           // FROM clause (table and joins)
    QString countFrom;      // the base table alone, when counting needs no join (faster)
    QString idColumn;       // the row's id
    QString searchColumn;   // folded text, see SearchKey
    QString condition;      // optional fixed WHERE part, with ? placeholders
    QList<ListColumn> columns;
};

struct ListRow {
    qint64 id = 0;
    QVariantList values;
};

class ListQuery
{
    Q_DECLARE_TR_FUNCTIONS(ListQuery)
public:
    ListQuery(const Database &db, ListDefinition definition);

    void setFilter(const QString &text);            // words, all of which must match
    void setConditionValues(const QVariantList &values) { m_conditionValues = values; }
    void setSort(int column, bool ascending);
    int columnCount() const { return int(m_def.columns.size()); }

    int count() const;
    // Where the record stands in the list as filtered and sorted now (0 the
    // first), -1 when the filter leaves it out.
    int position(qint64 id) const;
    const Database &database() const { return m_db; }
    QList<ListRow> fetch(int offset, int limit) const;
    // Every matching row in order, read in one pass (an export of the whole
    // list: paging with OFFSET would read the start again for each page).
    // `visit` returns false to stop early, which is not a failure.
    Result forEach(const std::function<bool(const ListRow &row)> &visit) const;

private:
    QString whereClause(QVariantList *values) const;
    QString selectStatement(QVariantList *values) const;
    QString orderBy() const;

    const Database &m_db;
    ListDefinition m_def;
    QStringList m_words;
    QVariantList m_conditionValues;
    int m_sortColumn = 0;
    bool m_ascending = true;
};

} // namespace convivium::core
