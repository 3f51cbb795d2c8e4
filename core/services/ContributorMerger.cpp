#include "services/ContributorMerger.h"
#include "db/Transaction.h"
#include "repositories/ContributorRepository.h"

namespace convivium::core {

Contributor ContributorMerger::combine(const Contributor &keep, const Contributor &other)
{
    Contributor c = keep;
    auto fill = [](QString &mine, const QString &theirs) {
        if (mine.trimmed().isEmpty())
            mine = theirs;
    };
    fill(c.givenName, other.givenName);
    fill(c.phone, other.phone);
    if (!other.notes.trimmed().isEmpty() && !c.notes.contains(other.notes))
        c.notes = c.notes.trimmed().isEmpty() ? other.notes : c.notes + QStringLiteral("\n\n") + other.notes;
    for (const QString &e : other.emails) {
        bool known = false;
        for (const QString &mine : c.emails)
            known = known || ContributorRepository::normalizedEmail(mine) == ContributorRepository::normalizedEmail(e);
        if (!known)
            c.emails << e;
    }
    for (const QString &l : other.languages)
        if (!c.languages.contains(l))
            c.languages << l;
    for (const Handle &h : other.handles) {
        bool known = false;
        for (const Handle &mine : c.handles)
            known = known || (mine.kind == h.kind && mine.handle.compare(h.handle, Qt::CaseInsensitive) == 0);
        if (!known)
            c.handles << h;
    }
    for (const Affiliation &a : other.affiliations) {
        bool known = false;
        for (const Affiliation &mine : c.affiliations)
            known = known || (mine.organisationId == a.organisationId && mine.from == a.from && mine.to == a.to);
        if (!known) {
            Affiliation copy = a;
            copy.id = 0;
            c.affiliations << copy;
        }
    }
    for (const QString &k : other.contributionKinds)
        if (!c.contributionKinds.contains(k))
            c.contributionKinds << k;
    for (const Consent &k : other.consents) {
        bool known = false;
        for (const Consent &mine : c.consents)
            known = known || mine.kind == k.kind;
        if (!known)
            c.consents << k;   // a consent given on one record only stays as it was given
    }
    if (!c.firstSeen.isValid() || (other.firstSeen.isValid() && other.firstSeen < c.firstSeen))
        c.firstSeen = other.firstSeen;
    if (!c.codeOfConductAcceptedOn.isValid())
        c.codeOfConductAcceptedOn = other.codeOfConductAcceptedOn;
    return c;
}

Fallible<Contributor> ContributorMerger::preview(qint64 keepId, qint64 removeId) const
{
    if (keepId == removeId)
        return Result::failure(tr("Choose two different contributors to merge."));
    ContributorRepository repo(m_db);
    auto keep = repo.load(keepId);
    if (!keep)
        return keep.result();
    auto other = repo.load(removeId);
    if (!other)
        return other.result();
    return combine(keep.value(), other.value());
}

Result ContributorMerger::merge(qint64 keepId, qint64 removeId) const
{
    auto merged = preview(keepId, removeId);
    if (!merged)
        return merged.result();
    ContributorRepository repo(m_db);
    Transaction tx(m_db);
    if (Result r = repo.reassignParticipation(removeId, keepId); !r)
        return r;
    if (Result r = repo.remove(removeId); !r)   // frees its e-mail addresses for the kept record
        return r;
    if (Result r = repo.update(merged.value()); !r)
        return r;
    return tx.commit();
}

} // namespace convivium::core
