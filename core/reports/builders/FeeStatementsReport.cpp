// Fee statements: one page per participant who counts (pre-registered,
// confirmed by default): the stay, the lodging option, the supplement, the
// meals paid one by one, what is due, each payment, and the balance. Due and
// balance are ordinary rows, not totals, so that the CSV keeps them.
#include "reports/builders/FeeStatementsReport.h"
#include "reports/builders/ReportSupport.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/PaymentRepository.h"
#include "services/FeeCalculator.h"

#include <QHash>

namespace convivium::core {

Fallible<ReportTable> FeeStatementsReport::build(const Database &db, const ReportOptions &options)
{
    Fallible<ReportSupport::EventData> data = ReportSupport::loadEvent(db, options);
    if (!data)
        return data.result();
    const Event &event = data.value().event;
    const QLocale &locale = options.locale;
    QHash<qint64, QList<Payment>> payments;
    for (const Payment &p : PaymentRepository(db).forEvent(event.id))
        payments[p.registrationId] << p;
    const OrganisationRepository organisations(db);

    ReportTable table;
    ReportSupport::setUp(table, tr("Fee statement"), ReportSupport::eventSubtitle(event, locale), options,
                         ReportTable::Orientation::Portrait);
    table.setGroupColumnHeader(tr("Participant"));
    table.setGroupPaging(ReportTable::GroupPaging::PagePerGroup);
    table.addColumn(QStringLiteral("item"), tr("Item"), 1.6);
    table.addColumn(QStringLiteral("detail"), tr("Detail"), 3.2);
    table.addColumn(QStringLiteral("amount"), tr("Amount"), 1.2, ReportColumn::Kind::Money);
    const auto money = [&](qint64 cents) { return ReportSupport::money(cents, event, locale); };

    for (const RegistrationRow &row : std::as_const(data.value().rows)) {
        const Registration &r = row.registration;
        const FeeBreakdown fee = FeeCalculator::compute(r, event);
        const qint64 due = FeeCalculator::due(r, event);
        table.addGroupHeading(row.organisation.isEmpty() ? row.name
                                                         : QStringLiteral("%1 — %2").arg(row.name, row.organisation));
        const QString stay = fee.nights > 0
            ? tr("%1 to %2, %n night(s)", nullptr, fee.nights)
                  .arg(ReportSupport::date(r.arrival, locale), ReportSupport::date(r.departure, locale))
            : tr("%1, day visit").arg(ReportSupport::date(r.arrival, locale));
        table.addRow({tr("Stay"), stay, QString()});
        table.addRow({tr("Paid by"), r.payerOrganisationId > 0 ? organisations.nameOf(r.payerOrganisationId) : tr("Self"),
                      QString()});
        // Nothing to say about lodging for a day visit or a bed found elsewhere.
        if (fee.nights > 0 && (fee.lodgingCents > 0 || fee.nightPriceCents > 0)) {
            const QString option = ReportSupport::lodging(event, r.lodgingOptionId);
            table.addRow({tr("Lodging"), tr("%1: %2 × %3").arg(option, locale.toString(fee.nights), money(fee.nightPriceCents)),
                          money(fee.lodgingCents)}, {QVariant(), QVariant(), fee.lodgingCents});
        } else if (fee.nights > 0) {
            table.addRow({tr("Lodging"), ReportSupport::lodging(event, r.lodgingOptionId), QString()});
        }
        if (fee.supplementCents > 0)
            table.addRow({tr("Supplement"), tr("%1 × %2").arg(locale.toString(fee.nights), money(fee.supplementPerNightCents)),
                          money(fee.supplementCents)}, {QVariant(), QVariant(), fee.supplementCents});
        table.addRow({tr("Meals"),
                      fee.mealsIncluded ? tr("%n meal(s), included", nullptr, fee.meals)
                                        : tr("%n meal(s) at the venue's prices", nullptr, fee.chargedMeals),
                      money(fee.mealsCents)}, {QVariant(), QVariant(), fee.mealsCents});
        table.addSubtotalRow({tr("Due"), QString(), money(due)}, {QVariant(), QVariant(), due});
        qint64 paid = 0;
        for (const Payment &p : payments.value(r.id)) {
            table.addRow({tr("Payment"), p.reference.isEmpty() ? ReportSupport::date(p.paidOn, locale)
                                                : tr("%1, %2").arg(ReportSupport::date(p.paidOn, locale), p.reference),
                          money(p.amountCents)}, {QVariant(), QVariant(), p.amountCents});
            paid += p.amountCents;
        }
        table.addSubtotalRow({tr("Paid"), QString(), money(paid)}, {QVariant(), QVariant(), paid});
        const qint64 balance = due - paid;
        table.addSubtotalRow({tr("Balance"), balance > 0 ? tr("still to pay") : balance < 0 ? tr("paid too much, to refund")
                                                                                          : tr("settled"),
                           money(balance)},
                          {QVariant(), QVariant(), balance});
    }
    return table;
}

} // namespace convivium::core
