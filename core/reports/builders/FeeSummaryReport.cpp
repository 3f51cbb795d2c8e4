// Fees by paying organisation: registrations, due, paid and balance for each
// payer (the participants paying for themselves on one line), and the total.
// Like the fee table: registrations that count, and others with payments.
#include "reports/builders/FeeSummaryReport.h"
#include "reports/builders/ReportSupport.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/PaymentRepository.h"
#include "services/EventFigures.h"

#include <algorithm>

namespace convivium::core {

Fallible<ReportTable> FeeSummaryReport::build(const Database &db, const ReportOptions &options)
{
    Fallible<ReportSupport::EventData> data = ReportSupport::loadEvent(db, options);
    if (!data)
        return data.result();
    const Event &event = data.value().event;
    const QLocale &locale = options.locale;
    const QList<Registration> registrations = RegistrationRepository(db).staysForEvent(event.id);
    const QList<FeeTotal> byPayer = EventFigures::feesByPayer(event, registrations,
                                                              PaymentRepository(db).paidByRegistration(event.id));
    const OrganisationRepository organisations(db);
    QList<QPair<QString, FeeTotal>> lines;
    for (const FeeTotal &t : byPayer)
        lines << qMakePair(t.payerId > 0 ? organisations.nameOf(t.payerId) : QString(), t);
    // Organisations by name, the participants themselves last.
    std::stable_sort(lines.begin(), lines.end(), [](const auto &a, const auto &b) {
        if (a.first.isEmpty() != b.first.isEmpty())
            return b.first.isEmpty();
        return ReportSupport::lessByName(a.first, b.first);
    });

    ReportTable table;
    ReportSupport::setUp(table, tr("Fees by paying organisation"), ReportSupport::eventSubtitle(event, locale), options,
                         ReportTable::Orientation::Portrait);
    table.addColumn(QStringLiteral("payer"), tr("Paid by"), 3.0);
    table.addColumn(QStringLiteral("registrations"), tr("Participants"), 1.0, ReportColumn::Kind::Number);
    table.addColumn(QStringLiteral("due"), tr("Due"), 1.2, ReportColumn::Kind::Money);
    table.addColumn(QStringLiteral("paid"), tr("Paid"), 1.2, ReportColumn::Kind::Money);
    table.addColumn(QStringLiteral("balance"), tr("Balance"), 1.2, ReportColumn::Kind::Money);
    const auto add = [&](const QString &payer, const FeeTotal &t, bool total) {
        const QStringList cells{payer, locale.toString(t.registrations), ReportSupport::money(t.dueCents, event, locale),
                                ReportSupport::money(t.paidCents, event, locale),
                                ReportSupport::money(t.balanceCents(), event, locale)};
        const QVariantList raw{QVariant(), t.registrations, t.dueCents, t.paidCents, t.balanceCents()};
        total ? table.addTotalRow(cells, raw) : table.addRow(cells, raw);
    };
    for (const auto &line : std::as_const(lines))
        add(line.first.isEmpty() ? tr("The participants themselves") : line.first, line.second, false);
    add(tr("Total"), EventFigures::feeTotal(byPayer), true);
    return table;
}

} // namespace convivium::core
