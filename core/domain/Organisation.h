#pragma once
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace convivium::core {

struct OrganisationRelation {
    qint64 id = 0;
    qint64 otherId = 0;       // the related organisation
    QString kind;             // Vocabulary::RelationKind, read "this <kind> other"
};

struct OrganisationMembership {
    qint64 id = 0;
    int year = 0;
    qint64 feeCents = 0;
    QString status = QStringLiteral("pending");
};

struct Organisation {
    qint64 id = 0;
    QString name;
    QString acronym;
    QString kind = QStringLiteral("other");
    QString country;          // ISO 3166-1 alpha-2
    QString city;
    QString website;
    QString platformName;
    QString platformUrl;
    qint64 parentId = 0;      // 0: none
    QStringList roles;        // Vocabulary::OrganisationRole
    bool publicConsent = false;
    QDate publicConsentOn;
    QString notes;
    QList<OrganisationRelation> relations;
    QList<OrganisationMembership> memberships;
    int version = 0;
};

} // namespace convivium::core
