#include "repositories/FundedDevelopmentRepository.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/SearchKey.h"
#include "repositories/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace convivium::core {

namespace {
QVariantList rowValues(const FundedDevelopment &d)
{
    return {d.title.trimmed(), d.description, sql::ref(d.providerId), d.contractType, d.budgetCents, d.currency,
            d.status, sql::date(d.startedOn), sql::date(d.deliveredOn), d.notes, SearchKey::of({d.title, d.description})};
}
}

Fallible<FundedDevelopment> FundedDevelopmentRepository::load(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    sql::run(q, QStringLiteral("SELECT title, description, provider_id, contract_type, budget_cents, currency, status, "
                               "started_on, delivered_on, notes, version FROM funded_development WHERE id = ?"), {id});
    if (!q.next())
        return Result::failure(tr("This funded development no longer exists."));
    FundedDevelopment d;
    d.id = id;
    d.title = q.value(0).toString();
    d.description = q.value(1).toString();
    d.providerId = sql::toRef(q.value(2));
    d.contractType = q.value(3).toString();
    d.budgetCents = q.value(4).toLongLong();
    d.currency = q.value(5).toString();
    d.status = q.value(6).toString();
    d.startedOn = sql::toDate(q.value(7));
    d.deliveredOn = sql::toDate(q.value(8));
    d.notes = q.value(9).toString();
    d.version = q.value(10).toInt();
    sql::run(q, QStringLiteral("SELECT organisation_id, pledged_cents, paid_cents FROM funding_share "
                               "WHERE development_id = ? ORDER BY id"), {id});
    while (q.next())
        d.shares << FundingShare{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
    return d;
}

Result FundedDevelopmentRepository::writeShares(const FundedDevelopment &d, qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, QStringLiteral("DELETE FROM funding_share WHERE development_id = ?"), {id}))
        return Result::failure(q.lastError().text());
    for (const FundingShare &s : d.shares)
        if (!sql::run(q, QStringLiteral("INSERT INTO funding_share (development_id, organisation_id, pledged_cents, "
                                        "paid_cents) VALUES (?, ?, ?, ?)"),
                      {id, s.organisationId, s.pledgedCents, s.paidCents}))
            return Result::failure(tr("An organisation is listed twice among the funders."));
    return Result::success();
}

Fallible<qint64> FundedDevelopmentRepository::insert(const FundedDevelopment &d) const
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    QVariantList values = rowValues(d);
    const QString now = sql::now();
    values << now << now;
    if (!sql::run(q, QStringLiteral("INSERT INTO funded_development (title, description, provider_id, contract_type, "
                                    "budget_cents, currency, status, started_on, delivered_on, notes, search_key, "
                                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                  values) || !q.next())
        return Result::failure(tr("Could not save the funded development: %1").arg(q.lastError().text()));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (Result r = writeShares(d, id); !r)
        return r;
    if (Result r = tx.commit(); !r)
        return r;
    return id;
}

Result FundedDevelopmentRepository::update(const FundedDevelopment &d) const
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    QVariantList values = rowValues(d);
    values << sql::now() << d.id;
    values << sql::versionValues(d.version);
    if (!sql::run(q, QStringLiteral("UPDATE funded_development SET title = ?, description = ?, provider_id = ?, "
                                    "contract_type = ?, budget_cents = ?, currency = ?, status = ?, started_on = ?, "
                                    "delivered_on = ?, notes = ?, search_key = ?, updated_at = ?, version = version + 1 "
                                    "WHERE id = ?") + sql::versionGuard(),
                  values))
        return Result::failure(tr("Could not save the funded development: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() == 0)
        return sql::exists(m_db.connection(), QStringLiteral("funded_development"), d.id)
                   ? Result::conflict(tr("Someone else saved this funded development after you opened it."))
                   : Result::failure(tr("This funded development no longer exists."));
    if (Result r = writeShares(d, d.id); !r)
        return r;
    return tx.commit();
}

Result FundedDevelopmentRepository::remove(qint64 id) const
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, QStringLiteral("DELETE FROM funded_development WHERE id = ?"), {id}))
        return Result::failure(q.lastError().text());
    return tx.commit();
}

QList<FundingLink> FundedDevelopmentRepository::forOrganisation(qint64 organisationId) const
{
    QList<FundingLink> out;
    QSqlQuery q(m_db.connection());
    sql::run(q, QStringLiteral("SELECT d.id, d.title, s.pledged_cents, s.paid_cents, d.budget_cents, d.currency "
                               "FROM funding_share s JOIN funded_development d ON d.id = s.development_id "
                               "WHERE s.organisation_id = ? ORDER BY d.title"), {organisationId});
    while (q.next())
        out << FundingLink{q.value(0).toLongLong(), q.value(1).toString(), false, q.value(2).toLongLong(),
                           q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toString()};
    sql::run(q, QStringLiteral("SELECT id, title, budget_cents, currency FROM funded_development WHERE provider_id = ? "
                               "ORDER BY title"), {organisationId});
    while (q.next())
        out << FundingLink{q.value(0).toLongLong(), q.value(1).toString(), true, 0, 0, q.value(2).toLongLong(),
                           q.value(3).toString()};
    return out;
}

ListDefinition FundedDevelopmentRepository::listDefinition()
{
    ListDefinition d;
    d.from = QStringLiteral("funded_development d LEFT JOIN organisation p ON p.id = d.provider_id");
    d.idColumn = QStringLiteral("d.id");
    d.countFrom = QStringLiteral("funded_development d");
    d.searchColumn = QStringLiteral("d.search_key");
    const QString pledged = QStringLiteral("(SELECT coalesce(sum(s.pledged_cents), 0) FROM funding_share s "
                                           "WHERE s.development_id = d.id)");
    const QString paid = QStringLiteral("(SELECT coalesce(sum(s.paid_cents), 0) FROM funding_share s "
                                        "WHERE s.development_id = d.id)");
    const QString funders = QStringLiteral("(SELECT count(*) FROM funding_share s WHERE s.development_id = d.id)");
    d.columns = {
        {QStringLiteral("d.title"), QStringLiteral("d.title")},
        {QStringLiteral("p.name"), QStringLiteral("p.name")},
        {QStringLiteral("d.contract_type"), QStringLiteral("d.contract_type")},
        {QStringLiteral("d.status"), QStringLiteral("d.status")},
        {QStringLiteral("d.budget_cents"), QStringLiteral("d.budget_cents")},
        {pledged, pledged},
        {paid, paid},
        {funders, funders},
        {QStringLiteral("d.currency"), QStringLiteral("d.currency")},
    };
    return d;
}

} // namespace convivium::core
