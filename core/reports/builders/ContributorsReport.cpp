// Contributors with their affiliations (organisation, title, years) and the
// ways they contribute. As a public list, only those who consented to
// appear in public lists.
#include "reports/builders/ContributorsReport.h"
#include "domain/Vocabulary.h"
#include "reports/builders/ReportSupport.h"
#include "repositories/ContributorRepository.h"

namespace convivium::core {

Fallible<ReportTable> ContributorsReport::build(const Database &db, const ReportOptions &options)
{
    const QLocale &locale = options.locale;
    const QList<ContributorSummary> people =
        ContributorRepository(db).summaries(options.publicList ? QStringLiteral("public_lists") : QString());

    ReportTable table;
    ReportSupport::setUp(table, tr("Contributors"), QString(), options, ReportTable::Orientation::Landscape);
    table.addColumn(QStringLiteral("name"), tr("Name"), 2.0);
    table.addColumn(QStringLiteral("affiliations"), tr("Affiliations"), 4.4);
    table.addColumn(QStringLiteral("contributions"), tr("Contributions"), 2.6);
    table.addColumn(QStringLiteral("first_seen"), tr("First seen"), 1.0, ReportColumn::Kind::Date);
    table.reserveRows(int(people.size()) + 1);
    for (const ContributorSummary &c : people) {
        QStringList affiliations;
        for (const RelatedItem &a : c.affiliations) {
            QString text = a.detail.isEmpty() ? a.name : QStringLiteral("%1, %2").arg(a.name, a.detail);
            if (a.from.isValid() || a.to.isValid())
                text += QStringLiteral(" (%1–%2)").arg(a.from.isValid() ? QString::number(a.from.year()) : QString(),
                                                       a.to.isValid() ? QString::number(a.to.year()) : QString());
            affiliations << text;
        }
        QStringList kinds;
        for (const QString &k : c.contributionKinds)
            kinds << Vocabulary::label(Vocabulary::ContributionKind, k);
        table.addRow({c.displayName(), affiliations.join(QStringLiteral("; ")), kinds.join(QStringLiteral(", ")),
                      ReportSupport::date(c.firstSeen, locale)},
                     {QVariant(), QVariant(), QVariant(), c.firstSeen.isValid() ? QVariant(c.firstSeen) : QVariant()});
    }
    QStringList total(table.columnCount());
    total[0] = tr("%n contributor(s)", nullptr, int(people.size()));
    table.addTotalRow(total);
    return table;
}

} // namespace convivium::core
