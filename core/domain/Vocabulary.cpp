#include "domain/Vocabulary.h"
#include "domain/SearchKey.h"

namespace convivium::core {

namespace {

struct RawTerm {
    const char *code;
    const char *label;
};

// Written out in full (no macro) so that lupdate sees every label.
QList<RawTerm> raw(Vocabulary::List list)
{
    switch (list) {
    case Vocabulary::OrganisationKind:
        return {RawTerm{"state", QT_TRANSLATE_NOOP("Vocabulary", "State")}, RawTerm{"region", QT_TRANSLATE_NOOP("Vocabulary", "Region")}, RawTerm{"departement", QT_TRANSLATE_NOOP("Vocabulary", "Department")},
                RawTerm{"agglomeration", QT_TRANSLATE_NOOP("Vocabulary", "Agglomeration")}, RawTerm{"municipality", QT_TRANSLATE_NOOP("Vocabulary", "Municipality")},
                RawTerm{"research", QT_TRANSLATE_NOOP("Vocabulary", "Research unit")}, RawTerm{"national_park", QT_TRANSLATE_NOOP("Vocabulary", "National park")},
                RawTerm{"regional_park", QT_TRANSLATE_NOOP("Vocabulary", "Regional natural park")}, RawTerm{"gip", QT_TRANSLATE_NOOP("Vocabulary", "Public-interest group (GIP)")},
                RawTerm{"tourism_office", QT_TRANSLATE_NOOP("Vocabulary", "Tourism office")}, RawTerm{"federation", QT_TRANSLATE_NOOP("Vocabulary", "Federation")},
                RawTerm{"association", QT_TRANSLATE_NOOP("Vocabulary", "Association")}, RawTerm{"company", QT_TRANSLATE_NOOP("Vocabulary", "Company")}, RawTerm{"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}};
    case Vocabulary::OrganisationRole:
        return {RawTerm{"user", QT_TRANSLATE_NOOP("Vocabulary", "User")}, RawTerm{"provider", QT_TRANSLATE_NOOP("Vocabulary", "Provider")}, RawTerm{"funder", QT_TRANSLATE_NOOP("Vocabulary", "Funder")}, RawTerm{"member", QT_TRANSLATE_NOOP("Vocabulary", "Member")}};
    case Vocabulary::RelationKind:
        return {RawTerm{"member_of", QT_TRANSLATE_NOOP("Vocabulary", "Member of")}, RawTerm{"operates_for", QT_TRANSLATE_NOOP("Vocabulary", "Operates for")}, RawTerm{"partner_of", QT_TRANSLATE_NOOP("Vocabulary", "Partner of")}};
    case Vocabulary::MembershipStatus:
        return {RawTerm{"pending", QT_TRANSLATE_NOOP("Vocabulary", "Pending")}, RawTerm{"paid", QT_TRANSLATE_NOOP("Vocabulary", "Paid")}, RawTerm{"waived", QT_TRANSLATE_NOOP("Vocabulary", "Waived")}, RawTerm{"lapsed", QT_TRANSLATE_NOOP("Vocabulary", "Lapsed")}};
    case Vocabulary::ContributionKind:
        return {RawTerm{"discussion", QT_TRANSLATE_NOOP("Vocabulary", "Discussion lists")}, RawTerm{"documentation", QT_TRANSLATE_NOOP("Vocabulary", "Documentation")},
                RawTerm{"website", QT_TRANSLATE_NOOP("Vocabulary", "Website")}, RawTerm{"bug_reports", QT_TRANSLATE_NOOP("Vocabulary", "Bug reports and feature ideas")},
                RawTerm{"code", QT_TRANSLATE_NOOP("Vocabulary", "Code (patches, pull requests)")}, RawTerm{"translation", QT_TRANSLATE_NOOP("Vocabulary", "Translation")},
                RawTerm{"funding", QT_TRANSLATE_NOOP("Vocabulary", "Funding of features")}, RawTerm{"event_organisation", QT_TRANSLATE_NOOP("Vocabulary", "Event organisation")}};
    case Vocabulary::ConsentKind:
        return {RawTerm{"contact_email", QT_TRANSLATE_NOOP("Vocabulary", "Contact by e-mail")}, RawTerm{"public_lists", QT_TRANSLATE_NOOP("Vocabulary", "Appear in public participant lists")},
                RawTerm{"photos", QT_TRANSLATE_NOOP("Vocabulary", "Photos")}};
    case Vocabulary::HandleKind:
        return {RawTerm{"forge", QT_TRANSLATE_NOOP("Vocabulary", "Forge")}, RawTerm{"chat", QT_TRANSLATE_NOOP("Vocabulary", "Chat")}, RawTerm{"mailing_list", QT_TRANSLATE_NOOP("Vocabulary", "Mailing list")}, RawTerm{"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}};
    case Vocabulary::GroupKind:
        return {RawTerm{"working_group", QT_TRANSLATE_NOOP("Vocabulary", "Working group")}, RawTerm{"governance_body", QT_TRANSLATE_NOOP("Vocabulary", "Governance body")}};
    case Vocabulary::Cadence:
        return {RawTerm{"weekly", QT_TRANSLATE_NOOP("Vocabulary", "Weekly")}, RawTerm{"biweekly", QT_TRANSLATE_NOOP("Vocabulary", "Every two weeks")}, RawTerm{"monthly", QT_TRANSLATE_NOOP("Vocabulary", "Monthly")},
                RawTerm{"regular", QT_TRANSLATE_NOOP("Vocabulary", "Regular")}, RawTerm{"asynchronous", QT_TRANSLATE_NOOP("Vocabulary", "Asynchronous")}};
    case Vocabulary::GroupStatus:
        return {RawTerm{"active", QT_TRANSLATE_NOOP("Vocabulary", "Active")}, RawTerm{"dormant", QT_TRANSLATE_NOOP("Vocabulary", "Dormant")}, RawTerm{"closed", QT_TRANSLATE_NOOP("Vocabulary", "Closed")}};
    case Vocabulary::MemberRole:
        return {RawTerm{"lead", QT_TRANSLATE_NOOP("Vocabulary", "Lead")}, RawTerm{"member", QT_TRANSLATE_NOOP("Vocabulary", "Member")}, RawTerm{"chair", QT_TRANSLATE_NOOP("Vocabulary", "Chair")}, RawTerm{"secretary", QT_TRANSLATE_NOOP("Vocabulary", "Secretary")},
                RawTerm{"treasurer", QT_TRANSLATE_NOOP("Vocabulary", "Treasurer")}, RawTerm{"seat", QT_TRANSLATE_NOOP("Vocabulary", "Seat holder")}};
    case Vocabulary::EventKind:
        return {RawTerm{"sprint", QT_TRANSLATE_NOOP("Vocabulary", "Community sprint")}, RawTerm{"community_meeting", QT_TRANSLATE_NOOP("Vocabulary", "Community meeting")},
                RawTerm{"user_meeting", QT_TRANSLATE_NOOP("Vocabulary", "Annual user meeting")}, RawTerm{"conference", QT_TRANSLATE_NOOP("Vocabulary", "Conference")},
                RawTerm{"workshop", QT_TRANSLATE_NOOP("Vocabulary", "Workshop")}, RawTerm{"onboarding", QT_TRANSLATE_NOOP("Vocabulary", "Onboarding session")}};
    case Vocabulary::EventMode:
        return {RawTerm{"in_person", QT_TRANSLATE_NOOP("Vocabulary", "In person")}, RawTerm{"online", QT_TRANSLATE_NOOP("Vocabulary", "Online")}, RawTerm{"hybrid", QT_TRANSLATE_NOOP("Vocabulary", "Hybrid")}};
    case Vocabulary::EventStatus:
        return {RawTerm{"draft", QT_TRANSLATE_NOOP("Vocabulary", "Draft")}, RawTerm{"open", QT_TRANSLATE_NOOP("Vocabulary", "Open")}, RawTerm{"closed", QT_TRANSLATE_NOOP("Vocabulary", "Closed")}, RawTerm{"held", QT_TRANSLATE_NOOP("Vocabulary", "Held")},
                RawTerm{"cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")}};
    case Vocabulary::ContractType:
        return {RawTerm{"call_for_tenders", QT_TRANSLATE_NOOP("Vocabulary", "Call for tenders")}, RawTerm{"competitive_procurement", QT_TRANSLATE_NOOP("Vocabulary", "Competitive procurement")},
                RawTerm{"direct_agreement", QT_TRANSLATE_NOOP("Vocabulary", "Direct agreement")}, RawTerm{"membership", QT_TRANSLATE_NOOP("Vocabulary", "Membership")}};
    case Vocabulary::DevelopmentStatus:
        return {RawTerm{"proposed", QT_TRANSLATE_NOOP("Vocabulary", "Proposed")}, RawTerm{"funding", QT_TRANSLATE_NOOP("Vocabulary", "Raising funds")}, RawTerm{"in_progress", QT_TRANSLATE_NOOP("Vocabulary", "In progress")},
                RawTerm{"delivered", QT_TRANSLATE_NOOP("Vocabulary", "Delivered")}, RawTerm{"cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")}};
    case Vocabulary::LodgingKind:
        return {RawTerm{"shared_room", QT_TRANSLATE_NOOP("Vocabulary", "Shared room")}, RawTerm{"solo_room", QT_TRANSLATE_NOOP("Vocabulary", "Solo room")}, RawTerm{"dormitory", QT_TRANSLATE_NOOP("Vocabulary", "Dormitory")},
                RawTerm{"tent", QT_TRANSLATE_NOOP("Vocabulary", "Tent")}, RawTerm{"elsewhere", QT_TRANSLATE_NOOP("Vocabulary", "Lodging elsewhere")}};
    case Vocabulary::RegistrationStatus:
        return {RawTerm{"pre_registered", QT_TRANSLATE_NOOP("Vocabulary", "Pre-registered")}, RawTerm{"confirmed", QT_TRANSLATE_NOOP("Vocabulary", "Confirmed")}, RawTerm{"attended", QT_TRANSLATE_NOOP("Vocabulary", "Attended")},
                RawTerm{"no_show", QT_TRANSLATE_NOOP("Vocabulary", "No-show")}, RawTerm{"cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")}, RawTerm{"waitlisted", QT_TRANSLATE_NOOP("Vocabulary", "Waitlisted")}};
    case Vocabulary::Meal:
        return {RawTerm{"breakfast", QT_TRANSLATE_NOOP("Vocabulary", "Breakfast")}, RawTerm{"lunch", QT_TRANSLATE_NOOP("Vocabulary", "Lunch")}, RawTerm{"dinner", QT_TRANSLATE_NOOP("Vocabulary", "Dinner")}};
    }
    return {};
}

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

QString Vocabulary::codeFor(List list, const QString &text)
{
    const QString key = SearchKey::fold(text).simplified();
    if (key.isEmpty())
        return QString();
    for (const RawTerm &t : raw(list))
        if (key == QLatin1String(t.code) || key == SearchKey::fold(QString::fromLatin1(t.label))
            || key == SearchKey::fold(tr(t.label)))
            return QString::fromLatin1(t.code);
    return QString();
}

} // namespace convivium::core
