// Sign-in sheets (feuilles d'émargement): one sheet per day of the event,
// everyone present that day of the event (arrival ≤ day ≤ departure) with a signature
// column left empty; tall ruled rows, each day on a new page.
#include "reports/builders/SignInReport.h"
#include "reports/builders/ReportSupport.h"

namespace convivium::core {

Fallible<ReportTable> SignInReport::build(const Database &db, const ReportOptions &options)
{
    Fallible<ReportSupport::EventData> data = ReportSupport::loadEvent(db, options);
    if (!data)
        return data.result();
    const Event &event = data.value().event;
    const QLocale &locale = options.locale;
    const QList<RegistrationRow> &rows = data.value().rows;
    // The days of the event; without dates, those of the stays.
    QDate first = event.start, last = event.end;
    for (const RegistrationRow &row : rows) {
        if (event.start.isValid() && event.end.isValid())
            break;
        if (row.registration.arrival.isValid() && (!first.isValid() || row.registration.arrival < first))
            first = row.registration.arrival;
        if (row.registration.departure.isValid() && (!last.isValid() || row.registration.departure > last))
            last = row.registration.departure;
    }

    ReportTable table;
    ReportSupport::setUp(table, tr("Sign-in sheet"), ReportSupport::eventSubtitle(event, locale), options,
                         ReportTable::Orientation::Portrait);
    table.setGroupColumnHeader(tr("Day"));
    table.setGroupPaging(ReportTable::GroupPaging::BreakBeforeGroup);
    table.setRowHeightFactor(1.9);   // about 10 mm to sign in
    table.addColumn(QStringLiteral("name"), tr("Name"), 2.0);
    table.addColumn(QStringLiteral("organisation"), tr("Organisation"), 2.0);
    ReportColumn signature;
    signature.key = QStringLiteral("signature");
    signature.header = tr("Signature");
    signature.width = 2.4;
    signature.minimumMm = 55;   // room for a signature, whatever the names take
    table.addColumn(signature);
    for (QDate day = first; day.isValid() && day <= last; day = day.addDays(1)) {
        bool heading = false;
        for (const RegistrationRow &row : rows) {
            const Registration &r = row.registration;
            if (!r.arrival.isValid() || !r.departure.isValid() || day < r.arrival || day > r.departure)
                continue;
            if (!heading) {
                table.addGroupHeading(ReportSupport::day(day, locale));
                heading = true;
            }
            table.addRow({row.name, row.organisation, QString()});
        }
    }
    return table;
}

} // namespace convivium::core
