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
    static const QList<ReportInfo> list{
        {QStringLiteral("participants"), QT_TRANSLATE_NOOP("ReportCatalog", "Participant list"), true},
        {QStringLiteral("lodging-plan"), QT_TRANSLATE_NOOP("ReportCatalog", "Lodging plan"), true},
        {QStringLiteral("kitchen"), QT_TRANSLATE_NOOP("ReportCatalog", "Kitchen sheet"), true},
        {QStringLiteral("fee-statements"), QT_TRANSLATE_NOOP("ReportCatalog", "Fee statements"), true},
        {QStringLiteral("fee-summary"), QT_TRANSLATE_NOOP("ReportCatalog", "Fees by paying organisation"), true},
        {QStringLiteral("venue-summary"), QT_TRANSLATE_NOOP("ReportCatalog", "Venue summary"), true},
        {QStringLiteral("sign-in"), QT_TRANSLATE_NOOP("ReportCatalog", "Sign-in sheets"), true},
        {QStringLiteral("badges"), QT_TRANSLATE_NOOP("ReportCatalog", "Name badges"), true},
        {QStringLiteral("directory"), QT_TRANSLATE_NOOP("ReportCatalog", "Who uses it"), false},
        {QStringLiteral("roster"), QT_TRANSLATE_NOOP("ReportCatalog", "Working group roster"), false},
        {QStringLiteral("contributors"), QT_TRANSLATE_NOOP("ReportCatalog", "Contributors"), false},
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
    return builder(db, options);
}

} // namespace convivium::core
