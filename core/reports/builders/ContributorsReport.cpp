// Contributors with their affiliations (organisation, title, years) and the
// ways they contribute. As a public list, only those who consented to
// appear in public lists.
#include "reports/builders/ContributorsReport.h"
#include "domain/SearchKey.h"
#include "domain/Vocabulary.h"
#include "reports/builders/ReportSupport.h"
#include "repositories/ContributorRepository.h"

#include <algorithm>

namespace convivium::core {

Fallible<ReportTable> ContributorsReport::build(const Database &db, const ReportOptions &options)
{
    const ContributorRepository repository(db);
    const QLocale &locale = options.locale;
    QList<Contributor> people;
    for (const NamedRef &ref : repository.names()) {
        Fallible<Contributor> loaded = repository.load(ref.id);
        if (!loaded)
            return loaded.result();
        if (options.publicList && !loaded.value().hasConsented(QStringLiteral("public_lists")))
            continue;
        people << loaded.value();
        people.last().id = ref.id;
    }
    std::stable_sort(people.begin(), people.end(), [](const Contributor &a, const Contributor &b) {
        const QString fa = SearchKey::fold(a.familyName), fb = SearchKey::fold(b.familyName);
        return fa != fb ? fa < fb : SearchKey::fold(a.givenName) < SearchKey::fold(b.givenName);
    });

    ReportTable table;
    ReportSupport::setUp(table, tr("Contributors"), QString(), options, ReportTable::Orientation::Landscape);
    table.addColumn(QStringLiteral("name"), tr("Name"), 2.0);
    table.addColumn(QStringLiteral("affiliations"), tr("Affiliations"), 4.4);
    table.addColumn(QStringLiteral("contributions"), tr("Contributions"), 2.6);
    table.addColumn(QStringLiteral("first_seen"), tr("First seen"), 1.0, ReportColumn::Kind::Date);
    for (const Contributor &c : std::as_const(people)) {
        QStringList affiliations;
        for (const RelatedItem &a : repository.affiliations(c.id)) {
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
