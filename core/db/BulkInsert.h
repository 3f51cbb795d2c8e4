#pragma once
#include "Result.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace convivium::core {

class Database;

// Inserts many rows into one table with a single prepared statement, inside
// the caller's Transaction: the shape fast imports and generators need.
class BulkInsert
{
    Q_DECLARE_TR_FUNCTIONS(BulkInsert)
public:
    BulkInsert(const Database &db, const QString &table, const QStringList &columns);
    bool add(const QVariantList &values);     // values in the order of the columns
    const QString &error() const { return m_error; }
    int count() const { return m_count; }

private:
    QSqlQuery m_query;
    QString m_error;
    int m_count = 0;
};

} // namespace convivium::core
