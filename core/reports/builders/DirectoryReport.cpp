// Who uses it: the organisations that consented to appear in the public
// list, grouped by kind and country, by name within each group. Meant for
// publication: an organisation without consent never appears.
#include "reports/builders/DirectoryReport.h"
#include "domain/CountryNames.h"
#include "domain/Vocabulary.h"
#include "reports/builders/ReportSupport.h"
#include "repositories/OrganisationRepository.h"

#include <algorithm>

namespace convivium::core {

Fallible<ReportTable> DirectoryReport::build(const Database &db, const ReportOptions &options)
{
    const OrganisationRepository repository(db);
    struct Line {
        QString kind, country;
        Organisation organisation;
    };
    QList<Line> lines;
    for (const NamedRef &ref : repository.names()) {
        Fallible<Organisation> loaded = repository.load(ref.id);
        if (!loaded)
            return loaded.result();
        const Organisation &o = loaded.value();
        if (!o.publicConsent)
            continue;
        const QString country = CountryNames::name(o.country, options.locale);
        lines << Line{Vocabulary::label(Vocabulary::OrganisationKind, o.kind), country, o};
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
        if (a.kind != b.kind)
            return ReportSupport::lessByName(a.kind, b.kind);
        if (a.country != b.country)
            return ReportSupport::lessByName(a.country, b.country);
        return ReportSupport::lessByName(a.organisation.name, b.organisation.name);
    });

    ReportTable table;
    ReportSupport::setUp(table, tr("Who uses it"), tr("Organisations that agreed to be listed"), options,
                         ReportTable::Orientation::Landscape);
    table.setGroupColumnHeader(tr("Kind and country"));
    table.addColumn(QStringLiteral("name"), tr("Organisation"), 3.0);
    table.addColumn(QStringLiteral("acronym"), tr("Acronym"), 1.0);
    table.addColumn(QStringLiteral("city"), tr("City"), 1.2);
    table.addColumn(QStringLiteral("platform"), tr("Platform"), 1.4);
    table.addColumn(QStringLiteral("website"), tr("Website"), 2.4);
    QString heading;
    for (const Line &line : std::as_const(lines)) {
        const QString h = line.country.isEmpty() ? line.kind : QStringLiteral("%1 — %2").arg(line.kind, line.country);
        if (h != heading) {
            heading = h;
            table.addGroupHeading(h);
        }
        const Organisation &o = line.organisation;
        table.addRow({o.name, o.acronym, o.city, o.platformName, o.website});
    }
    QStringList total(table.columnCount());
    total[0] = tr("%n organisation(s)", nullptr, int(lines.size()));
    table.addTotalRow(total);
    return table;
}

} // namespace convivium::core
