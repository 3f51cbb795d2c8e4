#include "repositories/PaymentRepository.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "repositories/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace convivium::core {

namespace {
Payment fromQuery(const QSqlQuery &q)
{
    return Payment{q.value(0).toLongLong(), q.value(1).toLongLong(), sql::toDate(q.value(2)), q.value(3).toLongLong(),
                   q.value(4).toString(), sql::toRef(q.value(5)), q.value(6).toString(), q.value(7).toString()};
}
}

Fallible<qint64> PaymentRepository::insert(const Payment &p) const
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, QStringLiteral("INSERT INTO payment (registration_id, paid_on, amount_cents, method, "
                                    "payer_organisation_id, reference, notes) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                  {p.registrationId, sql::date(p.paidOn), p.amountCents, p.method, sql::ref(p.payerOrganisationId),
                   p.reference, p.notes})
        || !q.next())
        return Result::failure(tr("Could not record the payment: %1").arg(q.lastError().text()));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (Result r = tx.commit(); !r)
        return r;
    return id;
}

Result PaymentRepository::remove(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, QStringLiteral("DELETE FROM payment WHERE id = ?"), {id}))
        return Result::failure(q.lastError().text());
    return Result::success();
}

QList<Payment> PaymentRepository::forRegistration(qint64 registrationId) const
{
    QList<Payment> out;
    QSqlQuery q(m_db.connection());
    sql::run(q, QStringLiteral("SELECT id, registration_id, paid_on, amount_cents, method, payer_organisation_id, "
                               "reference, notes FROM payment WHERE registration_id = ? ORDER BY paid_on, id"), {registrationId});
    while (q.next())
        out << fromQuery(q);
    return out;
}

QList<Payment> PaymentRepository::forEvent(qint64 eventId) const
{
    QList<Payment> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    sql::run(q, QStringLiteral("SELECT p.id, p.registration_id, p.paid_on, p.amount_cents, p.method, "
                               "p.payer_organisation_id, p.reference, p.notes FROM payment p "
                               "JOIN registration r ON r.id = p.registration_id WHERE r.event_id = ? ORDER BY p.paid_on, p.id"),
             {eventId});
    while (q.next())
        out << fromQuery(q);
    return out;
}

QHash<qint64, qint64> PaymentRepository::paidByRegistration(qint64 eventId) const
{
    QHash<qint64, qint64> out;
    QSqlQuery &q = m_db.cachedStatement(QStringLiteral("SELECT p.registration_id, sum(p.amount_cents) FROM payment p "
                                                       "JOIN registration r ON r.id = p.registration_id WHERE r.event_id = ? "
                                                       "GROUP BY p.registration_id"));
    sql::runPrepared(q, {eventId});
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    q.finish();
    return out;
}

} // namespace convivium::core
