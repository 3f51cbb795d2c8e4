#include "domain/Vocabulary.h"

namespace convivium::core {

namespace {

struct RawTerm {
    const char *code;
    const char *label;
};

#define T(code, label) RawTerm{code, QT_TRANSLATE_NOOP("Vocabulary", label)}

QList<RawTerm> raw(Vocabulary::List list)
{
    switch (list) {
    case Vocabulary::OrganisationKind:
        return {T("state", "State"), T("region", "Region"), T("departement", "Département"),
                T("agglomeration", "Agglomeration"), T("municipality", "Municipality"),
                T("research", "Research unit"), T("national_park", "National park"),
                T("regional_park", "Regional natural park"), T("gip", "Public-interest group (GIP)"),
                T("tourism_office", "Tourism office"), T("federation", "Federation"),
                T("association", "Association"), T("company", "Company"), T("other", "Other")};
    case Vocabulary::OrganisationRole:
        return {T("user", "User"), T("provider", "Provider"), T("funder", "Funder"), T("member", "Member")};
    case Vocabulary::RelationKind:
        return {T("member_of", "Member of"), T("operates_for", "Operates for"), T("partner_of", "Partner of")};
    case Vocabulary::MembershipStatus:
        return {T("pending", "Pending"), T("paid", "Paid"), T("waived", "Waived"), T("lapsed", "Lapsed")};
    case Vocabulary::ContributionKind:
        return {T("discussion", "Discussion lists"), T("documentation", "Documentation"),
                T("website", "Website"), T("bug_reports", "Bug reports and feature ideas"),
                T("code", "Code (patches, pull requests)"), T("translation", "Translation"),
                T("funding", "Funding of features"), T("event_organisation", "Event organisation")};
    case Vocabulary::ConsentKind:
        return {T("contact_email", "Contact by e-mail"), T("public_lists", "Appear in public participant lists"),
                T("photos", "Photos")};
    case Vocabulary::HandleKind:
        return {T("forge", "Forge"), T("chat", "Chat"), T("mailing_list", "Mailing list"), T("other", "Other")};
    case Vocabulary::GroupKind:
        return {T("working_group", "Working group"), T("governance_body", "Governance body")};
    case Vocabulary::Cadence:
        return {T("weekly", "Weekly"), T("biweekly", "Every two weeks"), T("monthly", "Monthly"),
                T("regular", "Regular"), T("asynchronous", "Asynchronous")};
    case Vocabulary::GroupStatus:
        return {T("active", "Active"), T("dormant", "Dormant"), T("closed", "Closed")};
    case Vocabulary::MemberRole:
        return {T("lead", "Lead"), T("member", "Member"), T("chair", "Chair"), T("secretary", "Secretary"),
                T("treasurer", "Treasurer"), T("seat", "Seat holder")};
    case Vocabulary::EventKind:
        return {T("sprint", "Community sprint"), T("community_meeting", "Community meeting"),
                T("user_meeting", "Annual user meeting"), T("conference", "Conference"),
                T("workshop", "Workshop"), T("onboarding", "Onboarding session")};
    case Vocabulary::EventMode:
        return {T("in_person", "In person"), T("online", "Online"), T("hybrid", "Hybrid")};
    case Vocabulary::EventStatus:
        return {T("draft", "Draft"), T("open", "Open"), T("closed", "Closed"), T("held", "Held"),
                T("cancelled", "Cancelled")};
    case Vocabulary::ContractType:
        return {T("call_for_tenders", "Call for tenders"), T("competitive_procurement", "Competitive procurement"),
                T("direct_agreement", "Direct agreement"), T("membership", "Membership")};
    case Vocabulary::DevelopmentStatus:
        return {T("proposed", "Proposed"), T("funding", "Raising funds"), T("in_progress", "In progress"),
                T("delivered", "Delivered"), T("cancelled", "Cancelled")};
    case Vocabulary::LodgingKind:
        return {T("shared_room", "Shared room"), T("solo_room", "Solo room"), T("dormitory", "Dormitory"),
                T("tent", "Tent"), T("elsewhere", "Lodging elsewhere")};
    case Vocabulary::RegistrationStatus:
        return {T("pre_registered", "Pre-registered"), T("confirmed", "Confirmed"), T("attended", "Attended"),
                T("no_show", "No-show"), T("cancelled", "Cancelled"), T("waitlisted", "Waitlisted")};
    case Vocabulary::Meal:
        return {T("breakfast", "Breakfast"), T("lunch", "Lunch"), T("dinner", "Dinner")};
    }
    return {};
}

#undef T

} // namespace

QList<Term> Vocabulary::terms(List list)
{
    QList<Term> out;
    for (const RawTerm &t : raw(list))
        out << Term{QString::fromLatin1(t.code), tr(t.label)};
    return out;
}

QStringList Vocabulary::codes(List list)
{
    QStringList out;
    for (const RawTerm &t : raw(list))
        out << QString::fromLatin1(t.code);
    return out;
}

QString Vocabulary::label(List list, const QString &code)
{
    for (const RawTerm &t : raw(list))
        if (code == QLatin1String(t.code))
            return tr(t.label);
    return code;
}

bool Vocabulary::contains(List list, const QString &code)
{
    return codes(list).contains(code);
}

} // namespace convivium::core
