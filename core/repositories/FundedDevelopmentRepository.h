#pragma once
#include "Result.h"
#include "domain/FundedDevelopment.h"
#include "repositories/ListQuery.h"

#include <QCoreApplication>

namespace convivium::core {

class Database;

// How an organisation takes part in a funded development.
struct FundingLink {
    qint64 developmentId = 0;
    QString title;
    bool asProvider = false;
    qint64 pledgedCents = 0;
    qint64 paidCents = 0;
    qint64 budgetCents = 0;
    QString currency;
};

class FundedDevelopmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(FundedDevelopmentRepository)
public:
    explicit FundedDevelopmentRepository(const Database &db) : m_db(db) {}

    Fallible<FundedDevelopment> load(qint64 id) const;
    Fallible<qint64> insert(const FundedDevelopment &d) const;
    Result update(const FundedDevelopment &d) const;
    Result remove(qint64 id) const;
    QList<FundingLink> forOrganisation(qint64 organisationId) const;

    static ListDefinition listDefinition();

private:
    Result writeShares(const FundedDevelopment &d, qint64 id) const;
    const Database &m_db;
};

} // namespace convivium::core
