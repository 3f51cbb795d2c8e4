#pragma once
#include "Result.h"
#include "domain/Contributor.h"

#include <QCoreApplication>

namespace convivium::core {

class Database;

// Merges two contributor records that are the same person into the one kept:
// e-mails, handles, affiliations, contribution kinds and consents are united,
// empty fields filled, memberships and registrations moved, the other deleted.
class ContributorMerger
{
    Q_DECLARE_TR_FUNCTIONS(ContributorMerger)
public:
    explicit ContributorMerger(const Database &db) : m_db(db) {}

    // What the kept record will look like (for the confirmation dialog).
    Fallible<Contributor> preview(qint64 keepId, qint64 removeId) const;
    Result merge(qint64 keepId, qint64 removeId) const;

    static Contributor combine(const Contributor &keep, const Contributor &other);

private:
    const Database &m_db;
};

} // namespace convivium::core
