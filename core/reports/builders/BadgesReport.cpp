// Name badges: an A4 sheet of cut-out cards (name, organisation, a ribbon
// for first-timers) in PDF and print; one line per badge in CSV and HTML.
#include "reports/builders/BadgesReport.h"
#include "reports/builders/ReportSupport.h"

namespace convivium::core {

Fallible<ReportTable> BadgesReport::build(const Database &db, const ReportOptions &options)
{
    Fallible<ReportSupport::EventData> data = ReportSupport::loadEvent(db, options);
    if (!data)
        return data.result();
    const Event &event = data.value().event;
    ReportTable table;
    ReportSupport::setUp(table, tr("Name badges"), event.title, options,   // the badge names the event, not its dates
                         ReportTable::Orientation::Portrait);
    table.setRowHeightFactor(1.6);
    table.setStyle(ReportTable::Style::Cards);
    table.addColumn(QStringLiteral("name"), tr("Name"), 2.4);
    table.addColumn(QStringLiteral("organisation"), tr("Organisation"), 2.6);
    table.addColumn(QStringLiteral("mark"), tr("Mark"), 1.0);
    for (const RegistrationRow &row : std::as_const(data.value().rows))
        table.addRow({row.name, row.organisation, row.newcomer ? tr("First event") : QString()});
    return table;
}

} // namespace convivium::core
