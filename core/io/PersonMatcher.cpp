#include "io/PersonMatcher.h"
#include "domain/SearchKey.h"
#include "io/ContributorImport.h"
#include "repositories/ContributorRepository.h"
#include "repositories/OrganisationRepository.h"
#include "services/Validation.h"

#include <QRegularExpression>
#include <algorithm>

namespace convivium::core {

namespace {

QString label(const char *field)
{
    return ImportMapping::fieldLabel(QString::fromLatin1(field));
}

// Merges what the file says into an existing contributor; returns the labels of what changed.
QStringList merge(Contributor &into, const Contributor &from, qint64 organisationId, const QString &title)
{
    QStringList changes;
    auto take = [&changes](QString &field, const QString &value, const char *what) {
        if (!value.isEmpty() && value != field) {
            field = value;
            changes << label(what);
        }
    };
    take(into.givenName, from.givenName, "given_name");
    take(into.familyName, from.familyName, "family_name");
    take(into.phone, from.phone, "phone");
    take(into.notes, from.notes, "notes");
    for (const QString &email : from.emails)
        if (!into.emails.contains(email, Qt::CaseInsensitive)) {
            into.emails << email;
            changes << label("email");
        }
    for (const QString &language : from.languages)
        if (!into.languages.contains(language)) {
            into.languages << language;
            changes << label("languages");
        }
    if (from.firstSeen.isValid() && (!into.firstSeen.isValid() || from.firstSeen < into.firstSeen)) {
        into.firstSeen = from.firstSeen;
        changes << label("first_seen");
    }
    if (organisationId > 0) {
        const bool known = std::any_of(into.affiliations.cbegin(), into.affiliations.cend(),
                                       [organisationId](const Affiliation &a) { return a.organisationId == organisationId; });
        if (!known) {
            Affiliation a;
            a.organisationId = organisationId;
            a.title = title;
            into.affiliations << a;
            changes << label("organisation");
        }
    }
    changes.removeDuplicates();
    return changes;
}

} // namespace

PersonMatcher::PersonMatcher(const Database &db, ImportMapping::Kind kind) : m_db(db), m_kind(kind)
{
    const ContributorRepository contributors(db);
    m_owners = contributors.emailOwners();
    m_names = contributors.nameKeys();
    m_organisations = OrganisationRepository(db).lookupKeys();
}

bool PersonMatcher::mapsSomeone(const ImportMapping &mapping)
{
    return mapping.isMapped(QStringLiteral("family_name")) || mapping.isMapped(QStringLiteral("full_name"))
        || mapping.isMapped(QStringLiteral("email"));
}

QString PersonMatcher::organisationKey(const QString &name)
{
    return SearchKey::fold(name).simplified();
}

Contributor PersonMatcher::read(const ImportLine &line, ImportPlan &plan) const
{
    const int at = line.record.line;
    Contributor c;
    c.givenName = line["given_name"];
    c.familyName = line["family_name"];
    if (c.familyName.isEmpty() && !line["full_name"].isEmpty()) {
        // "Le Gall, Jean-Pierre" (as lists write it): family name first; "Jean-Pierre
        // Le Gall": the first word is the given name, the rest the family name.
        const QString full = line["full_name"].simplified();
        const qsizetype comma = full.indexOf(u',');
        const qsizetype space = full.indexOf(u' ');
        if (comma >= 0) {
            c.familyName = full.left(comma).trimmed();
            c.givenName = full.mid(comma + 1).trimmed();
        } else {
            c.givenName = space < 0 ? QString() : full.left(space);
            c.familyName = space < 0 ? full : full.mid(space + 1);
        }
    }
    const QString email = line["email"];
    if (!email.isEmpty()) {
        if (!Validation::isEmail(email))
            plan.issues << ImportIssue{at, line.headerOf("email"), tr("\"%1\" is not an e-mail address.").arg(email)};
        c.emails << email;
    }
    c.phone = line["phone"];
    if (m_kind == ImportMapping::Kind::Contributors) {   // in a registration file, notes are the registration's
        c.notes = line["notes"];
        static const QRegularExpression separators(QStringLiteral("[,; ]+"));
        for (const QString &language : line["languages"].split(separators, Qt::SkipEmptyParts))
            c.languages << language.toLower();
        const Fallible<QDate> firstSeen = ContributorImport::parseDate(line["first_seen"]);
        if (!firstSeen)
            plan.issues << ImportIssue{at, line.headerOf("first_seen"), firstSeen.message()};
        else
            c.firstSeen = firstSeen.value();
    }
    if (c.familyName.isEmpty())
        plan.issues << ImportIssue{at, line.headerOf(line.has("family_name") ? "family_name" : "full_name"),
                                   tr("The family name is missing.")};
    return c;
}

bool PersonMatcher::resolve(const ImportLine &line, ImportRow &row, ImportPlan &plan, qint64 knownId)
{
    const int at = line.record.line;
    const qsizetype before = plan.issues.size();
    const Contributor c = read(line, plan);
    const QString email = c.emails.value(0);
    const QString normalized = ContributorRepository::normalizedEmail(email);
    if (!normalized.isEmpty()) {
        if (const int first = m_emailLines.value(normalized); first > 0)
            plan.issues << ImportIssue{at, line.headerOf("email"),
                                       tr("The address %1 is already on line %2 of this file.").arg(email).arg(first)};
        else
            m_emailLines.insert(normalized, at);
    }
    if (plan.issues.size() > before)
        return false;

    row.organisation = line["organisation"];
    row.title = line["title"];
    const QString orgKey = organisationKey(row.organisation);
    const qint64 organisationId = orgKey.isEmpty() ? 0 : m_organisations.value(orgKey);
    if (!orgKey.isEmpty() && organisationId == 0 && !m_newOrganisations.contains(orgKey)) {
        m_newOrganisations.insert(orgKey, row.organisation);
        plan.newOrganisations << row.organisation;
    }
    row.existingId = m_owners.value(normalized);
    if (knownId > 0) {
        if (row.existingId > 0 && row.existingId != knownId) {
            plan.issues << ImportIssue{at, line.headerOf("email"),
                                       tr("The address %1 belongs to someone else in the community.").arg(email)};
            return false;
        }
        row.existingId = knownId;
    }
    if (row.existingId == 0 && organisationId > 0)
        row.existingId = m_names.value(ContributorRepository::nameKey(c.givenName, c.familyName, organisationId));
    if (row.existingId > 0) {
        if (const int first = m_matchedLines.value(row.existingId); first > 0) {
            plan.issues << ImportIssue{at, QString(), tr("This person is already on line %1 of this file.").arg(first)};
            return false;
        }
        m_matchedLines.insert(row.existingId, at);
        Fallible<Contributor> existing = ContributorRepository(m_db).load(row.existingId);
        if (!existing) {
            plan.issues << ImportIssue{at, QString(), existing.message()};
            return false;
        }
        row.contributor = existing.value();
        row.contributor.id = row.existingId;
        row.changes = merge(row.contributor, c, organisationId, row.title);
        if (!orgKey.isEmpty() && organisationId == 0)   // a new organisation: a new affiliation
            row.changes << label("organisation");
        row.action = row.changes.isEmpty() ? ImportRow::Action::Skip : ImportRow::Action::Update;
    } else {
        row.contributor = c;
        row.action = ImportRow::Action::Create;
    }
    return true;
}

} // namespace convivium::core
