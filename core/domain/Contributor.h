#pragma once
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace convivium::core {

struct Affiliation {
    qint64 id = 0;
    qint64 organisationId = 0;
    QString title;
    QDate from;
    QDate to;                 // null: still there
    bool isCurrent(const QDate &day = QDate::currentDate()) const
    {
        return (!from.isValid() || from <= day) && (!to.isValid() || to >= day);
    }
};

struct Handle {
    QString kind;             // Vocabulary::HandleKind
    QString handle;
};

struct Consent {
    QString kind;             // Vocabulary::ConsentKind
    bool granted = false;
    QDate recordedOn;
};

struct Contributor {
    qint64 id = 0;
    QString givenName;
    QString familyName;
    QStringList emails;       // the first is the primary address
    QString phone;
    QStringList languages;    // ISO 639-1 codes
    QList<Handle> handles;
    QList<Affiliation> affiliations;
    QStringList contributionKinds;
    QList<Consent> consents;
    QDate firstSeen;
    QDate codeOfConductAcceptedOn;
    QString notes;
    int version = 0;

    QString displayName() const;
    QString primaryEmail() const { return emails.value(0); }
    bool hasConsented(const QString &kind) const;
};

} // namespace convivium::core
