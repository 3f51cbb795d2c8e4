#include "services/Validation.h"
#include "domain/Contributor.h"
#include "domain/FundedDevelopment.h"
#include "domain/Group.h"
#include "domain/Organisation.h"
#include "repositories/ContributorRepository.h"
#include "repositories/OrganisationRepository.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace convivium::core {

bool Validation::isEmail(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[^\\s@<>(),;:\"]+@[^\\s@<>(),;:\"]+\\.[^\\s@<>(),;:\"]{2,}$"));
    return shape.match(text.trimmed()).hasMatch();
}

namespace {

bool isWebAddress(const QString &text)
{
    if (text.trimmed().isEmpty())
        return true;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

} // namespace

FieldErrors Validation::organisation(const Organisation &org, const OrganisationRepository &repo)
{
    FieldErrors errors;
    if (org.name.trimmed().isEmpty())
        errors << FieldError{QStringLiteral("name"), tr("The name is required.")};
    if (!org.country.isEmpty() && !QRegularExpression(QStringLiteral("^[A-Za-z]{2}$")).match(org.country.trimmed()).hasMatch())
        errors << FieldError{QStringLiteral("country"), tr("Use the two-letter country code, such as FR or BO.")};
    if (!isWebAddress(org.website))
        errors << FieldError{QStringLiteral("website"), tr("The website must be a full address starting with https://.")};
    if (!isWebAddress(org.platformUrl))
        errors << FieldError{QStringLiteral("platformUrl"), tr("The platform address must start with https://.")};
    if (org.parentId > 0) {
        if (org.id > 0 && org.parentId == org.id)
            errors << FieldError{QStringLiteral("parent"), tr("An organisation cannot be its own parent.")};
        else if (org.id > 0 && repo.ancestors(org.parentId).contains(org.id))
            errors << FieldError{QStringLiteral("parent"),
                                 tr("%1 is already part of this organisation; it cannot also be its parent.")
                                     .arg(repo.nameOf(org.parentId))};
    }
    QSet<QString> seen;
    for (int i = 0; i < org.relations.size(); ++i) {
        const OrganisationRelation &r = org.relations.at(i);
        if (r.otherId <= 0)
            errors << FieldError{QStringLiteral("relations"), tr("Choose the related organisation."), i};
        else if (org.id > 0 && r.otherId == org.id)
            errors << FieldError{QStringLiteral("relations"), tr("An organisation cannot be related to itself."), i};
        else if (seen.contains(r.kind + QString::number(r.otherId)))
            errors << FieldError{QStringLiteral("relations"), tr("This relation is listed twice."), i};
        seen.insert(r.kind + QString::number(r.otherId));
    }
    QSet<int> years;
    for (int i = 0; i < org.memberships.size(); ++i) {
        const OrganisationMembership &m = org.memberships.at(i);
        if (m.year < 1990 || m.year > 2100)
            errors << FieldError{QStringLiteral("memberships"), tr("The membership year %1 is not plausible.").arg(m.year), i};
        else if (years.contains(m.year))
            errors << FieldError{QStringLiteral("memberships"), tr("The year %1 is listed twice.").arg(m.year), i};
        if (m.feeCents < 0)
            errors << FieldError{QStringLiteral("memberships"), tr("A membership fee cannot be negative."), i};
        years.insert(m.year);
    }
    return errors;
}

FieldErrors Validation::contributor(const Contributor &c, const ContributorRepository &repo)
{
    FieldErrors errors;
    if (c.familyName.trimmed().isEmpty())
        errors << FieldError{QStringLiteral("familyName"), tr("The family name is required.")};
    QSet<QString> seen;
    for (int i = 0; i < c.emails.size(); ++i) {
        const QString email = c.emails.at(i).trimmed();
        if (email.isEmpty())
            continue;
        const QString field = i == 0 ? QStringLiteral("email") : QStringLiteral("otherEmails");
        if (!isEmail(email)) {
            errors << FieldError{field, tr("\"%1\" is not a valid e-mail address.").arg(email)};
            continue;
        }
        const QString normalized = ContributorRepository::normalizedEmail(email);
        if (seen.contains(normalized))
            errors << FieldError{field, tr("%1 is listed twice.").arg(email)};
        seen.insert(normalized);
        const qint64 owner = repo.findByEmail(email);
        if (owner > 0 && owner != c.id)
            errors << FieldError{field, tr("%1 is already used by %2.").arg(email, repo.nameOf(owner)), -1, owner};
    }
    for (int i = 0; i < c.affiliations.size(); ++i) {
        const Affiliation &a = c.affiliations.at(i);
        if (a.organisationId <= 0)
            errors << FieldError{QStringLiteral("affiliations"), tr("Choose the organisation of this affiliation."), i};
        if (a.from.isValid() && a.to.isValid() && a.to < a.from)
            errors << FieldError{QStringLiteral("affiliations"),
                                 tr("The affiliation ends before it starts."), i};
    }
    if (c.codeOfConductAcceptedOn.isValid() && c.codeOfConductAcceptedOn > QDate::currentDate())
        errors << FieldError{QStringLiteral("codeOfConduct"), tr("The code of conduct cannot be accepted in the future.")};
    return errors;
}

FieldErrors Validation::group(const Group &g)
{
    FieldErrors errors;
    if (g.name.trimmed().isEmpty())
        errors << FieldError{QStringLiteral("name"), tr("The name is required.")};
    if (!isWebAddress(g.repository))
        errors << FieldError{QStringLiteral("repository"), tr("The repository must be a full address starting with https://.")};
    if (g.seats < 0)
        errors << FieldError{QStringLiteral("seats"), tr("The number of seats cannot be negative.")};
    for (int i = 0; i < g.memberships.size(); ++i) {
        const GroupMembership &m = g.memberships.at(i);
        if (m.contributorId <= 0)
            errors << FieldError{QStringLiteral("memberships"), tr("Choose the member."), i};
        if (m.from.isValid() && m.to.isValid() && m.to < m.from)
            errors << FieldError{QStringLiteral("memberships"), tr("The membership ends before it starts."), i};
    }
    for (int i = 0; i < g.meetings.size(); ++i)
        if (!g.meetings.at(i).heldOn.isValid())
            errors << FieldError{QStringLiteral("meetings"), tr("A meeting needs a date."), i};
    return errors;
}

FieldErrors Validation::development(const FundedDevelopment &d)
{
    FieldErrors errors;
    if (d.title.trimmed().isEmpty())
        errors << FieldError{QStringLiteral("title"), tr("The title is required.")};
    if (d.budgetCents < 0)
        errors << FieldError{QStringLiteral("budget"), tr("The budget cannot be negative.")};
    QSet<qint64> funders;
    for (int i = 0; i < d.shares.size(); ++i) {
        const FundingShare &s = d.shares.at(i);
        if (s.organisationId <= 0)
            errors << FieldError{QStringLiteral("shares"), tr("Choose the funding organisation."), i};
        else if (funders.contains(s.organisationId))
            errors << FieldError{QStringLiteral("shares"), tr("This organisation is listed twice."), i};
        if (s.pledgedCents < 0 || s.paidCents < 0)
            errors << FieldError{QStringLiteral("shares"), tr("Amounts cannot be negative."), i};
        funders.insert(s.organisationId);
    }
    return errors;
}

QString Validation::firstMessage(const FieldErrors &errors)
{
    return errors.isEmpty() ? QString() : errors.first().message;
}

} // namespace convivium::core
