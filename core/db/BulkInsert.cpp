#include "db/BulkInsert.h"
#include "db/Database.h"

#include <QSqlError>

namespace convivium::core {

BulkInsert::BulkInsert(const Database &db, const QString &table, const QStringList &columns) : m_query(db.connection())
{
    QStringList quoted, marks;
    for (const QString &c : columns) {
        quoted << db.quoteIdentifier(c);
        marks << QStringLiteral("?");
    }
    // Identifiers come from the caller's code (schema names), values are bound.
    const QString statement = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                  .arg(db.quoteIdentifier(table), quoted.join(u", "), marks.join(u", "));
    if (!m_query.prepare(statement))
        m_error = m_query.lastError().text();
}

bool BulkInsert::add(const QVariantList &values)
{
    if (!m_error.isEmpty())
        return false;
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // As in sql::run: an empty text is '', a null variant is NULL.
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            m_query.bindValue(i, QStringLiteral(""));
        else
            m_query.bindValue(i, v);
    }
    if (!m_query.exec()) {
        m_error = tr("Row %1: %2").arg(m_count + 1).arg(m_query.lastError().text());
        return false;
    }
    ++m_count;
    return true;
}

} // namespace convivium::core
