#pragma once
#include "Result.h"
#include "domain/Contributor.h"
#include "repositories/ListQuery.h"
#include "repositories/OrganisationRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <functional>

namespace convivium::core {

class Database;

// A contributor as lists and reports show them, read for everyone at once.
struct ContributorSummary {
    qint64 id = 0;
    QString givenName;
    QString familyName;
    QDate firstSeen;
    QStringList contributionKinds;     // codes, in the order entered
    QList<RelatedItem> affiliations;   // name = organisation, detail = title; latest first
    QString displayName() const { return (givenName + u' ' + familyName).trimmed(); }
};

// A contributor as an address book holds them: how to reach them and where
// they work now. Nothing more (no notes, no handles, no diet).
struct ContactCard {
    qint64 id = 0;
    QString givenName;
    QString familyName;
    QStringList emails;                // the first is the primary address
    QString phone;
    QStringList languages;             // ISO 639-1 codes, preferred first
    QString organisation;              // the current affiliation, if it has not ended
    QString title;                     // the job title there
    QDateTime createdAt;               // UTC
    QDateTime updatedAt;
};

class ContributorRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContributorRepository)
public:
    explicit ContributorRepository(const Database &db) : m_db(db) {}

    Fallible<Contributor> load(qint64 id) const;
    Fallible<qint64> insert(const Contributor &c) const;
    Result update(const Contributor &c) const;
    Result remove(qint64 id) const;
    // Many new contributors at once (an import): each statement prepared once,
    // derived columns computed here rather than re-read. Returns their ids in
    // order; the caller holds the transaction. `progress` false: stop.
    Fallible<QList<qint64>> insertMany(const QList<Contributor> &people,
                                       const std::function<bool(int done)> &progress = {}) const;

    // The contributor who already uses this e-mail address (0: nobody).
    qint64 findByEmail(const QString &email) const;
    QString nameOf(qint64 id) const;
    QList<NamedRef> search(const QString &text, int limit) const;

    // Everyone (or only those who granted a consent kind), family name
    // first, in three queries whatever the number of people.
    QList<ContributorSummary> summaries(const QString &consentKind = QString()) const;
    // For matching imported people: every e-mail address (normalised) → its
    // owner, and "folded given family|organisation id" → contributor.
    QHash<QString, qint64> emailOwners() const;
    QHash<QString, qint64> nameKeys() const;
    static QString nameKey(const QString &given, const QString &family, qint64 organisationId);
    // The ids of the contributors who granted this consent.
    QSet<qint64> consenting(const QString &consentKind) const;
    // The contact cards of those who granted this consent, by id, in three
    // queries whatever the number of people; `today` decides which
    // affiliations have ended.
    QList<ContactCard> contactCards(const QString &consentKind, const QDate &today = QDate::currentDate()) const;

    QList<RelatedItem> affiliations(qint64 id) const;   // name = organisation, detail = title
    QList<RelatedItem> groups(qint64 id) const;         // detail = role
    QList<RelatedItem> events(qint64 id) const;         // detail = status

    // Recomputes the derived columns (current organisation, search key) of
    // the given contributors, or of all when ids is empty. Used after bulk writes.
    Result refreshDerived(const QList<qint64> &ids = {}) const;
    // Same, for everyone affiliated to an organisation (after its rename).
    Result refreshForOrganisation(qint64 organisationId) const;
    QList<qint64> affiliatedTo(qint64 organisationId) const;

    // Moves group memberships, meeting attendance and registrations from one
    // contributor to another; where both took part (same group, meeting or event),
    // the target's record is kept and the source's is left to be deleted with it.
    Result reassignParticipation(qint64 fromId, qint64 toId) const;

    static QString normalizedEmail(const QString &email) { return email.trimmed().toLower(); }
    static ListDefinition listDefinition();

private:
    Result writeChildren(const Contributor &c, qint64 id) const;
    const Database &m_db;
};

} // namespace convivium::core
