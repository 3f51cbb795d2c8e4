// The working group roster: each working group and governance body, its
// cadence and channel in the heading, then its members with their roles
// and dates. As a public list, only members who consented to public lists.
#include "reports/builders/RosterReport.h"
#include "domain/Vocabulary.h"
#include "reports/builders/ReportSupport.h"
#include "repositories/ContributorRepository.h"
#include "repositories/GroupRepository.h"

#include <QSet>
#include <algorithm>

namespace convivium::core {

Fallible<ReportTable> RosterReport::build(const Database &db, const ReportOptions &options)
{
    const GroupRepository groups(db);
    const ContributorRepository contributors(db);
    const QLocale &locale = options.locale;
    ReportTable table;
    ReportSupport::setUp(table, tr("Working group roster"),
                         options.publicList ? tr("Working groups and governance bodies, members who agreed to be listed")
                                            : tr("Working groups and governance bodies with their members"),
                         options, ReportTable::Orientation::Portrait);
    const QDate today = options.generatedAt.isValid() ? options.generatedAt.date() : QDate::currentDate();
    table.setGroupColumnHeader(tr("Group"));
    table.addColumn(QStringLiteral("member"), tr("Member"), 2.4);
    table.addColumn(QStringLiteral("role"), tr("Role"), 1.4);
    table.addColumn(QStringLiteral("from"), tr("From"), 1.0, ReportColumn::Kind::Date);
    table.addColumn(QStringLiteral("to"), tr("To"), 1.0, ReportColumn::Kind::Date);
    const QSet<qint64> consented =
        options.publicList ? contributors.consenting(QStringLiteral("public_lists")) : QSet<qint64>();
    for (const NamedRef &ref : groups.names()) {
        Fallible<Group> loaded = groups.load(ref.id);
        if (!loaded)
            return loaded.result();
        const Group &g = loaded.value();
        QStringList parts{g.name, Vocabulary::label(Vocabulary::GroupKind, g.kind),
                          Vocabulary::label(Vocabulary::Cadence, g.cadence)};
        if (!g.channel.isEmpty())
            parts << g.channel;
        if (g.status != u"active")
            parts << Vocabulary::label(Vocabulary::GroupStatus, g.status);
        table.addGroupHeading(parts.join(QStringLiteral(" — ")));
        // Current members first, then those whose term has ended.
        QList<RelatedItem> members = groups.members(g.id);
        std::stable_partition(members.begin(), members.end(),
                              [&today](const RelatedItem &m) { return !m.to.isValid() || m.to >= today; });
        for (const RelatedItem &m : std::as_const(members)) {
            if (options.publicList && !consented.contains(m.id))
                continue;
            table.addRow({m.name, m.detail, ReportSupport::date(m.from, locale), ReportSupport::date(m.to, locale)},
                         {QVariant(), QVariant(), m.from.isValid() ? QVariant(m.from) : QVariant(),
                          m.to.isValid() ? QVariant(m.to) : QVariant()});
        }
    }
    return table;
}

} // namespace convivium::core
