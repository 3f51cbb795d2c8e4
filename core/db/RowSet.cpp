#include "db/RowSet.h"

namespace convivium::core {

void RowSet::merge(const RowSet &other)
{
    for (auto t = other.m_tables.cbegin(); t != other.m_tables.cend(); ++t)
        for (auto r = t.value().cbegin(); r != t.value().cend(); ++r)
            m_tables[t.key()].insert(r.key(), r.value());
}

bool RowSet::contains(const QString &table, qint64 id) const
{
    auto t = m_tables.constFind(table);
    return t != m_tables.cend() && t->contains(id);
}

std::pair<QString, qint64> RowSet::firstDifference(const RowSet &now) const
{
    for (auto t = m_tables.cbegin(); t != m_tables.cend(); ++t)
        for (auto r = t.value().cbegin(); r != t.value().cend(); ++r)
            if (!now.contains(t.key(), r.key()) || now.m_tables.value(t.key()).value(r.key()) != r.value())
                return {t.key(), r.key()};
    return {QString(), 0};
}

int RowSet::size() const
{
    int n = 0;
    for (const Rows &rows : m_tables)
        n += int(rows.size());
    return n;
}

} // namespace convivium::core
