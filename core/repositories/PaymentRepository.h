#pragma once
#include "Result.h"
#include "domain/Registration.h"

#include <QCoreApplication>
#include <QHash>

namespace convivium::core {

class Database;

class PaymentRepository
{
    Q_DECLARE_TR_FUNCTIONS(PaymentRepository)
public:
    explicit PaymentRepository(const Database &db) : m_db(db) {}

    Fallible<qint64> insert(const Payment &p) const;
    Result remove(qint64 id) const;
    QList<Payment> forRegistration(qint64 registrationId) const;
    QList<Payment> forEvent(qint64 eventId) const;
    QHash<qint64, qint64> paidByRegistration(qint64 eventId) const;   // registration id → cents

private:
    const Database &m_db;
};

} // namespace convivium::core
