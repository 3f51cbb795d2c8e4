// The participant list: one line per registration of the chosen statuses,
// with a choice of columns. As a public list it keeps only those who
// consented and none of the personal columns.
#include "reports/builders/ParticipantsReport.h"
#include "domain/Vocabulary.h"
#include "reports/builders/ReportSupport.h"
#include "repositories/OrganisationRepository.h"
#include "services/StayCalculator.h"

#include <QHash>

namespace convivium::core {

Fallible<ReportTable> ParticipantsReport::build(const Database &db, const ReportOptions &options)
{
    const QStringList known = ReportCatalog::participantColumns();
    QStringList columns = options.columns.isEmpty() ? ReportCatalog::defaultParticipantColumns() : options.columns;
    for (const QString &key : std::as_const(columns))
        if (!known.contains(key))
            return Result::failure(tr("Unknown column \"%1\". The columns are: %2.")
                                       .arg(key, known.join(QStringLiteral(", "))));
    if (options.publicList)
        columns.removeIf([](const QString &key) { return ReportCatalog::personalParticipantColumns().contains(key); });

    Fallible<ReportSupport::EventData> data = ReportSupport::loadEvent(db, options);
    if (!data)
        return data.result();
    const Event &event = data.value().event;
    const QLocale &locale = options.locale;

    ReportTable table;
    ReportSupport::setUp(table, options.publicList ? tr("Participants") : tr("Participant list"),
                         ReportSupport::eventSubtitle(event, locale), options,
                         columns.size() > 5 ? ReportTable::Orientation::Landscape : ReportTable::Orientation::Portrait);
    using Kind = ReportColumn::Kind;
    for (const QString &key : std::as_const(columns)) {
        if (key == u"name") table.addColumn(key, tr("Name"), 2.2);
        else if (key == u"organisation") table.addColumn(key, tr("Organisation"), 2.4);
        else if (key == u"arrival") table.addColumn(key, tr("Arrival"), 1.1, Kind::Date);
        else if (key == u"departure") table.addColumn(key, tr("Departure"), 1.1, Kind::Date);
        else if (key == u"nights") table.addColumn(key, tr("Nights"), 0.7, Kind::Number);
        else if (key == u"lodging") table.addColumn(key, tr("Lodging"), 1.6);
        else if (key == u"diet") table.addColumn(key, tr("Diet"), 1.2);
        else if (key == u"allergies") table.addColumn(key, tr("Allergies"), 1.2);
        else if (key == u"status") table.addColumn(key, tr("Status"), 1.2);
        else if (key == u"payer") table.addColumn(key, tr("Paid by"), 1.8);
        else if (key == u"newcomer") table.addColumn(key, tr("First event"), 0.8);
    }

    const OrganisationRepository organisations(db);
    QHash<qint64, QString> payers;
    int count = 0;
    table.reserveRows(int(data.value().rows.size()) + 1);
    for (const RegistrationRow &row : std::as_const(data.value().rows)) {
        const Registration &r = row.registration;
        if (options.publicList && !r.publicConsent)
            continue;
        QStringList cells;
        QVariantList raw;
        for (const QString &key : std::as_const(columns)) {
            if (key == u"name") { cells << row.name; raw << row.name; }
            else if (key == u"organisation") { cells << row.organisation; raw << row.organisation; }
            else if (key == u"arrival") { cells << ReportSupport::date(r.arrival, locale); raw << r.arrival; }
            else if (key == u"departure") { cells << ReportSupport::date(r.departure, locale); raw << r.departure; }
            else if (key == u"nights") {
                const int nights = StayCalculator::nightCount(r.arrival, r.departure);
                cells << locale.toString(nights);
                raw << nights;
            } else if (key == u"lodging") {
                const QString lodging = ReportSupport::lodging(event, r.lodgingOptionId);
                cells << lodging;
                raw << lodging;
            } else if (key == u"diet") { cells << r.diet; raw << r.diet; }
            else if (key == u"allergies") { cells << r.allergies; raw << r.allergies; }
            else if (key == u"status") {
                const QString status = Vocabulary::label(Vocabulary::RegistrationStatus, r.status);
                cells << status;
                raw << status;
            } else if (key == u"payer") {
                QString payer = tr("Self");
                if (r.payerOrganisationId > 0) {
                    if (!payers.contains(r.payerOrganisationId))
                        payers.insert(r.payerOrganisationId, organisations.nameOf(r.payerOrganisationId));
                    payer = payers.value(r.payerOrganisationId);
                }
                cells << payer;
                raw << payer;
            } else if (key == u"newcomer") {
                const QString text = row.newcomer ? tr("yes") : QString();
                cells << text;
                raw << text;
            }
        }
        table.addRow(cells, raw);
        ++count;
    }
    QStringList total(columns.size());
    if (!total.isEmpty())
        total[0] = tr("%n participant(s)", nullptr, count);
    table.addTotalRow(total);
    return table;
}

} // namespace convivium::core
