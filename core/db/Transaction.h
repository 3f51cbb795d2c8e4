#pragma once
#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace convivium::core {

class Database;

// RAII transaction: rolls back unless commit() succeeded. Nests through
// savepoints, so a service can call another that opens its own.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether the calling thread is inside a transaction on db: a progress
    // dialog may run the event loop in the middle of one.
    static bool isOpen(const Database &db);

    bool isActive() const { return m_active; }
    Result commit();
    void rollback();

    // How many connections of the calling thread are inside a transaction.
    static qsizetype connectionsInTransaction();

private:
    const Database &m_db;
    QString m_connection;
    int m_depth = 0;
    bool m_active = false;
};

} // namespace convivium::core
