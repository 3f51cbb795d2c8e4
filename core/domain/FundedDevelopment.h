#pragma once
#include <QDate>
#include <QList>
#include <QString>

namespace convivium::core {

struct FundingShare {
    qint64 organisationId = 0;
    qint64 pledgedCents = 0;
    qint64 paidCents = 0;
};

// A development co-financed by several organisations (groupement de commandes).
struct FundedDevelopment {
    qint64 id = 0;
    QString title;
    QString description;
    qint64 providerId = 0;
    QString contractType = QStringLiteral("direct_agreement");
    qint64 budgetCents = 0;
    QString currency = QStringLiteral("EUR");
    QString status = QStringLiteral("proposed");
    QDate startedOn;
    QDate deliveredOn;
    QString notes;
    QList<FundingShare> shares;
    int version = 0;

    qint64 pledgedCents() const;
    qint64 paidCents() const;
};

} // namespace convivium::core
