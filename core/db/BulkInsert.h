#pragma once
#include "Result.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

struct sqlite3_stmt;

namespace convivium::core {

class Database;

// Inserts many rows into one table with a single prepared statement, inside
// the caller's Transaction: the shape fast imports and generators need.
//
// On SQLite the rows go straight through SQLite's C interface (the same
// library Qt's driver uses, on the same connection): binding through
// QSqlQuery costs several microseconds per value, which at 100,000 rows of a
// dozen columns is most of an import's time. Other engines use QSqlQuery.
class BulkInsert
{
    Q_DECLARE_TR_FUNCTIONS(BulkInsert)
public:
    BulkInsert(const Database &db, const QString &table, const QStringList &columns);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    // Values in the order of the columns; a null variant is NULL, a null
    // QString is ''. Returns false (see error()) when the row is refused.
    bool add(const QVariantList &values);
    // The id the last row added received.
    qint64 lastId() const { return m_lastId; }
    const QString &error() const { return m_error; }
    int count() const { return m_count; }

private:
    bool addThroughQt(const QVariantList &values);

    QSqlQuery m_query;
    sqlite3_stmt *m_statement = nullptr;
    bool m_returnsId = false;
    qint64 m_lastId = 0;
    QString m_error;
    int m_count = 0;
};

} // namespace convivium::core
