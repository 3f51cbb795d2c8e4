#pragma once
#include "Result.h"
#include "domain/Registration.h"

#include <QCoreApplication>

namespace convivium::core {

class Database;

// A registration with its contributor's name and organisation, for lists.
struct RegistrationRow {
    Registration registration;
    QString name;
    QString organisation;
    qint64 organisationId = 0;
    bool newcomer = false;      // no earlier registration to any event
};

class RegistrationRepository
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationRepository)
public:
    explicit RegistrationRepository(const Database &db) : m_db(db) {}

    Fallible<Registration> load(qint64 id) const;
    Fallible<qint64> insert(const Registration &r) const;
    Result update(const Registration &r) const;
    Result remove(qint64 id) const;
    Result setStatus(qint64 id, const QString &status, int waitlistRank) const;

    // Every registration of an event, in one query.
    QList<Registration> forEvent(qint64 eventId) const;
    // The same, with only what occupancy, meals, fees and capacity need
    // (status, stay, lodging, diet, payer): about three times faster.
    QList<Registration> staysForEvent(qint64 eventId) const;
    QList<RegistrationRow> rowsForEvent(qint64 eventId) const;
    qint64 findFor(qint64 eventId, qint64 contributorId) const;   // 0: not registered
    int nextWaitlistRank(qint64 eventId) const;

private:
    Result writePreferences(const Registration &r, qint64 id) const;
    const Database &m_db;
};

} // namespace convivium::core
