#pragma once
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace convivium::core {

class Database;

// The privacy rights of one contributor (docs/domain.md, Privacy): what the
// community holds about them, for a subject-access request, and erasure,
// which removes every personal field while the anonymous counts (nights,
// meals, fees, memberships per organisation) stay.
class PersonalData
{
    Q_DECLARE_TR_FUNCTIONS(PersonalData)
public:
    static constexpr const char *formatName = "convivium-subject-access";

    // Everything held about the contributor as JSON: their record, every row
    // that refers to them (e-mails, affiliations, registrations, payments…)
    // with the names of what those rows point to, and their history.
    static Fallible<QByteArray> subjectAccess(const Database &db, qint64 contributorId);
    static Result writeSubjectAccess(const Database &db, qint64 contributorId, const QString &path);

    // What an erasure removes and what it keeps, in words, for the confirmation.
    static QStringList erasureSummary(const Database &db, qint64 contributorId);
    // Erases in one transaction, then compacts the database (VACUUM on a file)
    // so that the old values are gone from its bytes too. Cannot be undone:
    // the caller clears its undo stack, whose pictures still hold the values.
    static Result erase(const Database &db, qint64 contributorId);
};

} // namespace convivium::core
