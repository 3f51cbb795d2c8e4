#include "db/SchemaGraph.h"

namespace convivium::core {

const QStringList &SchemaGraph::tables()
{
    static const QStringList t = {
        QStringLiteral("organisation"), QStringLiteral("organisation_relation"),
        QStringLiteral("organisation_membership"), QStringLiteral("contributor"),
        QStringLiteral("contributor_email"), QStringLiteral("contributor_handle"),
        QStringLiteral("affiliation"), QStringLiteral("contributor_contribution"),
        QStringLiteral("consent"), QStringLiteral("work_group"), QStringLiteral("group_membership"),
        QStringLiteral("meeting"), QStringLiteral("meeting_attendee"), QStringLiteral("venue"),
        QStringLiteral("event"), QStringLiteral("lodging_option"), QStringLiteral("meal_price"),
        QStringLiteral("room"), QStringLiteral("registration"), QStringLiteral("roommate_preference"),
        QStringLiteral("room_assignment"), QStringLiteral("payment"),
        QStringLiteral("funded_development"), QStringLiteral("funding_share"),
        QStringLiteral("community_setting"), QStringLiteral("audit_entry"),
    };
    return t;
}

const QList<ForeignKey> &SchemaGraph::foreignKeys()
{
    auto fk = [](const char *table, const char *column, const char *parent, bool cascade) {
        return ForeignKey{QString::fromLatin1(table), QString::fromLatin1(column),
                          QString::fromLatin1(parent), cascade};
    };
    static const QList<ForeignKey> keys = {
        fk("organisation", "parent_id", "organisation", false),
        fk("organisation_relation", "from_id", "organisation", true),
        fk("organisation_relation", "to_id", "organisation", true),
        fk("organisation_membership", "organisation_id", "organisation", true),
        fk("contributor", "current_organisation_id", "organisation", false),
        fk("contributor_email", "contributor_id", "contributor", true),
        fk("contributor_handle", "contributor_id", "contributor", true),
        fk("affiliation", "contributor_id", "contributor", true),
        fk("affiliation", "organisation_id", "organisation", true),
        fk("contributor_contribution", "contributor_id", "contributor", true),
        fk("consent", "contributor_id", "contributor", true),
        fk("work_group", "organisation_id", "organisation", false),
        fk("group_membership", "group_id", "work_group", true),
        fk("group_membership", "contributor_id", "contributor", true),
        fk("meeting", "group_id", "work_group", true),
        fk("meeting_attendee", "meeting_id", "meeting", true),
        fk("meeting_attendee", "contributor_id", "contributor", true),
        fk("event", "venue_id", "venue", false),
        fk("event", "organisation_id", "organisation", false),
        fk("lodging_option", "event_id", "event", true),
        fk("meal_price", "event_id", "event", true),
        fk("room", "event_id", "event", true),
        fk("room", "lodging_option_id", "lodging_option", true),
        fk("registration", "event_id", "event", true),
        fk("registration", "contributor_id", "contributor", true),
        fk("registration", "lodging_option_id", "lodging_option", false),
        fk("registration", "payer_organisation_id", "organisation", false),
        fk("roommate_preference", "registration_id", "registration", true),
        fk("roommate_preference", "other_registration_id", "registration", true),
        fk("room_assignment", "room_id", "room", true),
        fk("room_assignment", "registration_id", "registration", true),
        fk("payment", "registration_id", "registration", true),
        fk("payment", "payer_organisation_id", "organisation", false),
        fk("funded_development", "provider_id", "organisation", false),
        fk("funding_share", "development_id", "funded_development", true),
        fk("funding_share", "organisation_id", "organisation", true),
    };
    return keys;
}

QList<ForeignKey> SchemaGraph::referencing(const QString &parentTable)
{
    QList<ForeignKey> out;
    for (const ForeignKey &k : foreignKeys())
        if (k.parent == parentTable)
            out << k;
    return out;
}

} // namespace convivium::core
