#include "views/DetailPages.h"
#include "reports/ReportDates.h"
#include "commands/AuditTrail.h"
#include "domain/Money.h"
#include "domain/Vocabulary.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/FundedDevelopmentRepository.h"
#include "repositories/GroupRepository.h"
#include "repositories/OrganisationRepository.h"

#include <QLocale>

namespace convivium::ui {

using core::Money;
using core::RelatedItem;
using core::Vocabulary;

namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString date(const QDate &d) { return core::ReportDates::date(d, QLocale()); }

QString period(const QDate &from, const QDate &to)
{
    if (!from.isValid() && !to.isValid())
        return QString();
    if (!to.isValid())
        return DetailPages::tr("since %1").arg(date(from));
    if (!from.isValid())
        return DetailPages::tr("until %1").arg(date(to));
    return DetailPages::tr("%1 – %2").arg(date(from), date(to));
}

QString link(const char *table, qint64 id, const QString &text)
{
    return QStringLiteral("<a href=\"%1:%2\">%3</a>").arg(QLatin1String(table)).arg(id).arg(esc(text));
}

QString webLink(const QString &url)
{
    return url.isEmpty() ? QString() : QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(url), esc(url));
}

QString facts(const QList<QPair<QString, QString>> &rows)
{
    QString html = QStringLiteral("<table cellspacing='2'>");
    for (const auto &r : rows)
        if (!r.second.isEmpty())
            html += QStringLiteral("<tr><td style='color:#555;padding-right:10px'>%1</td><td>%2</td></tr>").arg(esc(r.first), r.second);
    return html + QStringLiteral("</table>");
}

QString section(const QString &title, const QStringList &items, const QString &empty)
{
    QString html = QStringLiteral("<h4>%1</h4>").arg(esc(title));
    if (items.isEmpty())
        return html + QStringLiteral("<p style='color:gray'>%1</p>").arg(esc(empty));
    return html + QStringLiteral("<ul><li>") + items.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>");
}

QString item(const char *table, const RelatedItem &r)
{
    QStringList extra;
    if (!r.detail.isEmpty())
        extra << esc(r.detail);
    const QString p = period(r.from, r.to);
    if (!p.isEmpty())
        extra << esc(p);
    return link(table, r.id, r.name) + (extra.isEmpty() ? QString() : QStringLiteral(" — ") + extra.join(QStringLiteral(", ")));
}

QString missing() { return QStringLiteral("<p>%1</p>").arg(esc(DetailPages::tr("This record no longer exists."))); }

// The record's last edits (the audit log): when, who, and the edit as Edit ▸ Undo named it.
QString history(const core::Database &db, const char *table, qint64 id)
{
    const QList<core::AuditEntry> entries = core::AuditTrail::history(db, QString::fromLatin1(table), id);
    QStringList items;
    for (const core::AuditEntry &e : entries.mid(0, 10))
        items << esc(DetailPages::tr("%1, %2: %3").arg(core::ReportDates::dateTime(e.at, QLocale()), e.author, e.action));
    if (entries.size() > 10)
        items << esc(DetailPages::tr("… and %n earlier change(s)", nullptr, int(entries.size()) - 10));
    return section(DetailPages::tr("History"), items, DetailPages::tr("No change recorded since the history began."));
}

} // namespace

QString DetailPages::organisation(const core::Database &db, qint64 id)
{
    core::OrganisationRepository repo(db);
    auto loaded = repo.load(id);
    if (!loaded)
        return missing();
    const core::Organisation &o = loaded.value();
    QStringList roles;
    for (const QString &r : o.roles)
        roles << esc(Vocabulary::label(Vocabulary::OrganisationRole, r));
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(o.acronym.isEmpty() ? o.name : o.name + QStringLiteral(" (") + o.acronym + u')'));
    html += facts({{tr("Kind"), esc(Vocabulary::label(Vocabulary::OrganisationKind, o.kind))},
                   {tr("Place"), esc(QStringList({o.city, o.country}).join(QStringLiteral(", ")).remove(QRegularExpression(QStringLiteral("^, |, $"))))},
                   {tr("Website"), webLink(o.website)},
                   {tr("Platform"), o.platformUrl.isEmpty() ? esc(o.platformName)
                                                            : QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(o.platformUrl), esc(o.platformName.isEmpty() ? o.platformUrl : o.platformName))},
                   {tr("Parent"), o.parentId ? link("organisation", o.parentId, repo.nameOf(o.parentId)) : QString()},
                   {tr("Roles"), roles.join(QStringLiteral(", "))},
                   {tr("Public list"), o.publicConsent ? esc(tr("listed since %1").arg(date(o.publicConsentOn))) : esc(tr("not listed"))}});
    QStringList people;
    for (const RelatedItem &r : repo.contributors(id))
        people << item("contributor", r);
    html += section(tr("Contributors"), people, tr("Nobody is affiliated yet."));
    QStringList children;
    for (const RelatedItem &r : repo.children(id))
        children << item("organisation", r);
    if (!children.isEmpty())
        html += section(tr("Child organisations"), children, QString());
    QStringList related;
    for (const RelatedItem &r : repo.relations(id))
        related << QStringLiteral("%1 %2").arg(esc(r.detail), link("organisation", r.id, r.name));
    html += section(tr("Related organisations"), related, tr("No relation recorded."));
    QStringList years;
    for (const core::OrganisationMembership &m : o.memberships)
        years << esc(tr("%1: %2, %3").arg(m.year).arg(Money::format(m.feeCents),
                                                     Vocabulary::label(Vocabulary::MembershipStatus, m.status)));
    if (!years.isEmpty())
        html += section(tr("Membership"), years, QString());
    QStringList funding;
    for (const core::FundingLink &f : core::FundedDevelopmentRepository(db).forOrganisation(id))
        funding << link("funded_development", f.developmentId, f.title) + QStringLiteral(" — ")
                       + esc(f.asProvider ? tr("provider, budget %1").arg(Money::format(f.budgetCents, f.currency))
                                          : tr("pledged %1, paid %2").arg(Money::format(f.pledgedCents, f.currency),
                                                                          Money::format(f.paidCents, f.currency)));
    html += section(tr("Funded developments"), funding, tr("No co-financed development."));
    if (!o.notes.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(esc(tr("Notes")), esc(o.notes).replace(u'\n', QStringLiteral("<br>")));
    html += history(db, "organisation", id);
    return html;
}

QString DetailPages::contributor(const core::Database &db, qint64 id)
{
    core::ContributorRepository repo(db);
    auto loaded = repo.load(id);
    if (!loaded)
        return missing();
    const core::Contributor &c = loaded.value();
    QStringList emails;
    for (const QString &e : c.emails)
        emails << QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(esc(e));
    QStringList handles;
    for (const core::Handle &h : c.handles)
        handles << esc(Vocabulary::label(Vocabulary::HandleKind, h.kind) + QStringLiteral(": ") + h.handle);
    QStringList kinds;
    for (const QString &k : c.contributionKinds)
        kinds << esc(Vocabulary::label(Vocabulary::ContributionKind, k));
    QStringList consents;
    for (const core::Consent &k : c.consents)
        consents << esc(tr("%1: %2 (%3)").arg(Vocabulary::label(Vocabulary::ConsentKind, k.kind),
                                             k.granted ? tr("yes") : tr("no"), date(k.recordedOn)));
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(c.displayName()));
    html += facts({{tr("E-mail"), emails.join(QStringLiteral(", "))},
                   {tr("Phone"), esc(c.phone)},
                   {tr("Languages"), esc(c.languages.join(QStringLiteral(", ")).toUpper())},
                   {tr("Handles"), handles.join(QStringLiteral("<br>"))},
                   {tr("Contributes"), kinds.join(QStringLiteral(", "))},
                   {tr("First seen"), esc(date(c.firstSeen))},
                   {tr("Code of conduct"), c.codeOfConductAcceptedOn.isValid() ? esc(tr("accepted on %1").arg(date(c.codeOfConductAcceptedOn))) : esc(tr("not yet accepted"))},
                   {tr("Consents"), consents.join(QStringLiteral("<br>"))}});
    QStringList affiliations;
    for (const RelatedItem &r : repo.affiliations(id))
        affiliations << item("organisation", r);
    html += section(tr("Affiliations"), affiliations, tr("No affiliation recorded."));
    QStringList groups;
    for (const RelatedItem &r : repo.groups(id))
        groups << item("work_group", r);
    html += section(tr("Groups"), groups, tr("Member of no group."));
    QStringList events;
    for (const RelatedItem &r : repo.events(id))
        events << item("event", r);
    html += section(tr("Events"), events, tr("No registration yet."));
    if (!c.notes.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(esc(tr("Notes")), esc(c.notes).replace(u'\n', QStringLiteral("<br>")));
    html += history(db, "contributor", id);
    return html;
}

QString DetailPages::group(const core::Database &db, qint64 id)
{
    core::GroupRepository repo(db);
    auto loaded = repo.load(id);
    if (!loaded)
        return missing();
    const core::Group &g = loaded.value();
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(g.name));
    html += facts({{tr("Kind"), esc(Vocabulary::label(Vocabulary::GroupKind, g.kind))},
                   {tr("Community"), g.organisationId ? link("organisation", g.organisationId, core::OrganisationRepository(db).nameOf(g.organisationId)) : QString()},
                   {tr("Cadence"), esc(Vocabulary::label(Vocabulary::Cadence, g.cadence))},
                   {tr("Channel"), esc(g.channel)},
                   {tr("Repository"), webLink(g.repository)},
                   {tr("Status"), esc(Vocabulary::label(Vocabulary::GroupStatus, g.status))},
                   {tr("Seats"), g.seats > 0 ? QString::number(g.seats) : QString()}});
    if (!g.mission.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(g.mission));
    QStringList members;
    for (const RelatedItem &r : repo.members(id))
        members << item("contributor", r);
    html += section(tr("Members"), members, tr("No member yet."));
    QStringList meetings;
    for (const RelatedItem &r : repo.meetings(id))
        meetings << esc(tr("%1 — %n attendee(s)", nullptr, r.detail.toInt()).arg(date(r.from)))
                        + (r.name.isEmpty() ? QString() : QStringLiteral(": ") + esc(r.name));
    html += section(tr("Meetings"), meetings, tr("No meeting recorded."));
    html += history(db, "work_group", id);
    return html;
}

QString DetailPages::event(const core::Database &db, qint64 id)
{
    auto loaded = core::EventRepository(db).load(id);
    if (!loaded)
        return missing();
    const core::Event &e = loaded.value();
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(e.title));
    html += facts({{tr("Kind"), esc(Vocabulary::label(Vocabulary::EventKind, e.kind))},
                   {tr("Edition"), esc(e.edition)},
                   {tr("Dates"), esc(period(e.start, e.end))},
                   {tr("Transit days"), e.transitDaysStart + e.transitDaysEnd > 0 ? esc(tr("%1 at the start, %2 at the end").arg(e.transitDaysStart).arg(e.transitDaysEnd)) : QString()},
                   {tr("Mode"), esc(Vocabulary::label(Vocabulary::EventMode, e.mode))},
                   {tr("Venue"), esc(e.venue.name) + (e.venue.address.isEmpty() ? QString() : QStringLiteral("<br>") + esc(e.venue.address))},
                   {tr("Venue website"), webLink(e.venue.website)},
                   {tr("Registration"), esc(tr("opens %1, deadline %2").arg(date(e.registrationOpens), date(e.registrationDeadline)))},
                   {tr("Capacity"), e.capacity > 0 ? QString::number(e.capacity) : QString()},
                   {tr("Status"), esc(Vocabulary::label(Vocabulary::EventStatus, e.status))},
                   {tr("Topics"), esc(e.topics)}});
    QStringList options;
    for (const core::LodgingOption &o : e.lodgingOptions) {
        QString line = esc(o.name) + QStringLiteral(" — ") + esc(Vocabulary::label(Vocabulary::LodgingKind, o.kind));
        if (o.kind != u"elsewhere")
            line += esc(tr(", %1 per night").arg(Money::format(o.priceCents, e.currency)));
        if (o.supplementCents > 0)
            line += esc(tr(" + %1 supplement").arg(Money::format(o.supplementCents, e.currency)));
        if (o.units > 0)
            line += esc(tr(", %1 × %2 bed(s)").arg(o.units).arg(o.bedsPerUnit));
        options << line;
    }
    html += section(tr("Lodging options"), options, tr("No lodging option yet."));
    QStringList meals;
    for (const core::MealPrice &m : e.mealPrices)
        meals << esc(tr("%1: %2").arg(Vocabulary::label(Vocabulary::Meal, m.meal), Money::format(m.priceCents, e.currency)));
    if (!meals.isEmpty())
        html += section(tr("Meal prices for people lodging elsewhere"), meals, QString());
    if (!e.feePolicy.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(esc(tr("Fees")), esc(e.feePolicy).replace(u'\n', QStringLiteral("<br>")));
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("%n registration(s)", nullptr, core::EventRepository(db).registrationCount(id))));
    html += history(db, "event", id);
    return html;
}

QString DetailPages::development(const core::Database &db, qint64 id)
{
    auto loaded = core::FundedDevelopmentRepository(db).load(id);
    if (!loaded)
        return missing();
    const core::FundedDevelopment &d = loaded.value();
    core::OrganisationRepository orgs(db);
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(d.title));
    html += facts({{tr("Provider"), d.providerId ? link("organisation", d.providerId, orgs.nameOf(d.providerId)) : QString()},
                   {tr("Contract"), esc(Vocabulary::label(Vocabulary::ContractType, d.contractType))},
                   {tr("Status"), esc(Vocabulary::label(Vocabulary::DevelopmentStatus, d.status))},
                   {tr("Budget"), esc(Money::format(d.budgetCents, d.currency))},
                   {tr("Pledged"), esc(Money::format(d.pledgedCents(), d.currency))},
                   {tr("Paid"), esc(Money::format(d.paidCents(), d.currency))},
                   {tr("Period"), esc(period(d.startedOn, d.deliveredOn))}});
    if (!d.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(d.description));
    QStringList shares;
    for (const core::FundingShare &s : d.shares)
        shares << link("organisation", s.organisationId, orgs.nameOf(s.organisationId)) + QStringLiteral(" — ")
                      + esc(tr("pledged %1, paid %2").arg(Money::format(s.pledgedCents, d.currency), Money::format(s.paidCents, d.currency)));
    html += section(tr("Funders"), shares, tr("No funder yet."));
    html += history(db, "funded_development", id);
    return html;
}

} // namespace convivium::ui
