#include "reports/ReportCatalog.h"
#include "reports/builders/BadgesReport.h"
#include "reports/builders/ContributorsReport.h"
#include "reports/builders/DirectoryReport.h"
#include "reports/builders/FeeStatementsReport.h"
#include "reports/builders/FeeSummaryReport.h"
#include "reports/builders/KitchenReport.h"
#include "reports/builders/LodgingPlanReport.h"
#include "reports/builders/ParticipantsReport.h"
#include "reports/builders/RosterReport.h"
#include "reports/builders/SignInReport.h"
#include "reports/builders/VenueSummaryReport.h"

namespace convivium::core {

const QList<ReportInfo> &ReportCatalog::reports()
{
    auto keys = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *key : list)
            out << QString::fromLatin1(key);
        return out;
    };
    const QStringList participantKeys = participantColumns();
    static const QList<ReportInfo> list{
        {QStringLiteral("participants"), QT_TRANSLATE_NOOP("ReportCatalog", "Participant list"), true,
         participantKeys,
         keys({"organisation", "arrival", "departure", "nights", "lodging", "diet", "status", "payer", "newcomer"})},
        {QStringLiteral("lodging-plan"), QT_TRANSLATE_NOOP("ReportCatalog", "Lodging plan"), true,
         keys({"room", "lodging", "beds", "free"}), {}},
        {QStringLiteral("kitchen"), QT_TRANSLATE_NOOP("ReportCatalog", "Kitchen sheet"), true, {}, {}},
        {QStringLiteral("fee-statements"), QT_TRANSLATE_NOOP("ReportCatalog", "Fee statements"), true, {}, {}},
        {QStringLiteral("fee-summary"), QT_TRANSLATE_NOOP("ReportCatalog", "Fees by paying organisation"), true,
         keys({"payer", "registrations", "due", "paid", "balance"}), {}},
        {QStringLiteral("venue-summary"), QT_TRANSLATE_NOOP("ReportCatalog", "Venue summary"), true, {}, {}},
        {QStringLiteral("sign-in"), QT_TRANSLATE_NOOP("ReportCatalog", "Sign-in sheets"), true,
         keys({"name", "organisation"}), {}},
        {QStringLiteral("badges"), QT_TRANSLATE_NOOP("ReportCatalog", "Name badges"), true,
         keys({"name", "organisation"}), {}},
        {QStringLiteral("directory"), QT_TRANSLATE_NOOP("ReportCatalog", "Who uses it"), false,
         keys({"name", "acronym", "city", "platform"}), {}},
        {QStringLiteral("roster"), QT_TRANSLATE_NOOP("ReportCatalog", "Working group roster"), false,
         keys({"member", "role", "from", "to"}), {}},
        {QStringLiteral("contributors"), QT_TRANSLATE_NOOP("ReportCatalog", "Contributors"), false,
         keys({"name", "first_seen"}), {}},
    };
    return list;
}

QStringList ReportCatalog::names()
{
    QStringList out;
    for (const ReportInfo &info : reports())
        out << info.name;
    return out;
}

const ReportInfo *ReportCatalog::find(const QString &name)
{
    for (const ReportInfo &info : reports())
        if (info.name == name)
            return &info;
    return nullptr;
}

QString ReportCatalog::title(const QString &name)
{
    const ReportInfo *info = find(name);
    return info ? tr(info->title) : QString();
}

QStringList ReportCatalog::participantColumns()
{
    return {QStringLiteral("name"), QStringLiteral("organisation"), QStringLiteral("arrival"),
            QStringLiteral("departure"), QStringLiteral("nights"), QStringLiteral("lodging"),
            QStringLiteral("diet"), QStringLiteral("allergies"), QStringLiteral("status"),
            QStringLiteral("payer"), QStringLiteral("newcomer")};
}

QStringList ReportCatalog::defaultParticipantColumns()
{
    return {QStringLiteral("name"), QStringLiteral("organisation"), QStringLiteral("arrival"),
            QStringLiteral("departure"), QStringLiteral("lodging"), QStringLiteral("diet"),
            QStringLiteral("status")};
}

QStringList ReportCatalog::personalParticipantColumns()
{
    return {QStringLiteral("diet"), QStringLiteral("allergies"), QStringLiteral("payer"), QStringLiteral("status")};
}

QString ReportCatalog::columnLabel(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("organisation"), QT_TR_NOOP("Organisation")},
        {QStringLiteral("arrival"), QT_TR_NOOP("Arrival")},
        {QStringLiteral("departure"), QT_TR_NOOP("Departure")},
        {QStringLiteral("nights"), QT_TR_NOOP("Nights")},
        {QStringLiteral("lodging"), QT_TR_NOOP("Lodging")},
        {QStringLiteral("diet"), QT_TR_NOOP("Diet")},
        {QStringLiteral("allergies"), QT_TR_NOOP("Allergies")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("payer"), QT_TR_NOOP("Paid by")},
        {QStringLiteral("newcomer"), QT_TR_NOOP("First event")},
        {QStringLiteral("room"), QT_TR_NOOP("Room")},
        {QStringLiteral("beds"), QT_TR_NOOP("Beds")},
        {QStringLiteral("free"), QT_TR_NOOP("Free beds")},
        {QStringLiteral("registrations"), QT_TR_NOOP("Participants")},
        {QStringLiteral("due"), QT_TR_NOOP("Due")},
        {QStringLiteral("paid"), QT_TR_NOOP("Paid")},
        {QStringLiteral("balance"), QT_TR_NOOP("Balance")},
        {QStringLiteral("acronym"), QT_TR_NOOP("Acronym")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("platform"), QT_TR_NOOP("Platform")},
        {QStringLiteral("member"), QT_TR_NOOP("Member")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("from"), QT_TR_NOOP("From")},
        {QStringLiteral("to"), QT_TR_NOOP("To")},
        {QStringLiteral("first_seen"), QT_TR_NOOP("First seen")},
    };
    const char *label = labels.value(key);
    return label ? tr(label) : key;
}

Fallible<ReportTable> ReportCatalog::build(const Database &db, const QString &name, const ReportOptions &options)
{
    using Builder = Fallible<ReportTable> (*)(const Database &, const ReportOptions &);
    static const QHash<QString, Builder> builders{
        {QStringLiteral("participants"), &ParticipantsReport::build},
        {QStringLiteral("lodging-plan"), &LodgingPlanReport::build},
        {QStringLiteral("kitchen"), &KitchenReport::build},
        {QStringLiteral("fee-statements"), &FeeStatementsReport::build},
        {QStringLiteral("fee-summary"), &FeeSummaryReport::build},
        {QStringLiteral("venue-summary"), &VenueSummaryReport::build},
        {QStringLiteral("sign-in"), &SignInReport::build},
        {QStringLiteral("badges"), &BadgesReport::build},
        {QStringLiteral("directory"), &DirectoryReport::build},
        {QStringLiteral("roster"), &RosterReport::build},
        {QStringLiteral("contributors"), &ContributorsReport::build},
    };
    const ReportInfo *info = find(name);
    const Builder builder = builders.value(name);
    if (!info || !builder)
        return Result::failure(tr("Unknown report \"%1\". The reports are: %2.")
                                   .arg(name, names().join(QStringLiteral(", "))));
    if (info->needsEvent && options.eventId <= 0)
        return Result::failure(tr("The %1 report needs an event.").arg(name));
    Fallible<ReportTable> table = builder(db, options);
    if (!table)
        return table;
    if (const Result arranged = ReportArrangement::apply(table.value(), options.arrangement, options.locale); !arranged)
        return arranged;
    return table;
}

} // namespace convivium::core
