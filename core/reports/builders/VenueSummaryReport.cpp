// The venue summary: people per night and lodging option (against what each
// option holds), meals per day, and what is owed in all.
#include "reports/builders/VenueSummaryReport.h"
#include "domain/Vocabulary.h"
#include "reports/builders/ReportSupport.h"
#include "repositories/PaymentRepository.h"
#include "services/EventFigures.h"
#include "services/StayCalculator.h"

namespace convivium::core {

Fallible<ReportTable> VenueSummaryReport::build(const Database &db, const ReportOptions &options)
{
    Fallible<ReportSupport::EventData> data = ReportSupport::loadEvent(db, options);
    if (!data)
        return data.result();
    const Event &event = data.value().event;
    const QLocale &locale = options.locale;
    QList<Registration> registrations;
    for (const RegistrationRow &row : std::as_const(data.value().rows))
        registrations << row.registration;

    ReportTable table;
    ReportSupport::setUp(table, tr("Venue summary"), ReportSupport::eventSubtitle(event, locale), options,
                         ReportTable::Orientation::Portrait);
    table.setGroupColumnHeader(tr("Section"));
    table.addColumn(QStringLiteral("day"), tr("Day"), 1.8);
    table.addColumn(QStringLiteral("item"), tr("Item"), 2.4);
    table.addColumn(QStringLiteral("count"), tr("People"), 0.9, ReportColumn::Kind::Number);
    table.addColumn(QStringLiteral("capacity"), tr("Capacity"), 0.9, ReportColumn::Kind::Number);
    table.addColumn(QStringLiteral("amount"), tr("Amount"), 1.3, ReportColumn::Kind::Money);

    const Occupancy occupancy = EventFigures::occupancy(event, registrations);
    table.addGroupHeading(tr("People per night and lodging option"));
    for (int n = 0; n < occupancy.nights.size(); ++n) {
        const QString night = ReportSupport::date(occupancy.nights.at(n), locale);
        int atVenue = 0;
        bool first = true;   // the night is written once, on its first line
        for (int o = 0; o < occupancy.options.size(); ++o) {
            const OccupancyCell &cell = occupancy.cells.at(n).value(o);
            if (cell.people == 0)
                continue;
            const LodgingOption &option = occupancy.options.at(o);
            const bool elsewhere = option.kind == u"elsewhere";
            if (!elsewhere)
                atVenue += cell.people;
            const QString name = elsewhere || option.name.isEmpty() ? ReportSupport::lodging(event, option.id) : option.name;
            table.addRow({first ? night : QString(), cell.over() ? tr("%1 (over capacity)").arg(name) : name,
                          locale.toString(cell.people), cell.capacity >= 0 ? locale.toString(cell.capacity) : QString(),
                          QString()},
                         {occupancy.nights.at(n), QVariant(), cell.people,
                          cell.capacity >= 0 ? QVariant(cell.capacity) : QVariant(), QVariant()});
            first = false;
        }
        // The venue's beds: people lodging elsewhere are listed above but not counted here.
        table.addSubtotalRow({first ? night : QString(), tr("Sleeping at the venue"), locale.toString(atVenue), QString(), QString()},
                          {occupancy.nights.at(n), QVariant(), atVenue, QVariant(), QVariant()});
    }

    table.addGroupHeading(tr("Meals per day"));
    int meals = 0;
    QDate previous;
    for (const MealCount &m : EventFigures::meals(registrations)) {
        table.addRow({m.day == previous ? QString() : ReportSupport::date(m.day, locale),
                      Vocabulary::label(Vocabulary::Meal, StayCalculator::mealCode(m.meal)),
                      locale.toString(m.total), QString(), QString()},
                     {m.day, QVariant(), m.total, QVariant(), QVariant()});
        meals += m.total;
        previous = m.day;
    }
    table.addSubtotalRow({QString(), tr("Meals in all"), locale.toString(meals), QString(), QString()},
                      {QVariant(), QVariant(), meals, QVariant(), QVariant()});

    table.addGroupHeading(tr("Totals owed"));
    const FeeTotal total = EventFigures::feeTotal(
        EventFigures::feesByPayer(event, registrations, PaymentRepository(db).paidByRegistration(event.id)));
    const auto money = [&](const QString &item, qint64 cents, int people) {
        table.addRow({QString(), item, people >= 0 ? locale.toString(people) : QString(), QString(),
                      ReportSupport::money(cents, event, locale)},
                     {QVariant(), QVariant(), people >= 0 ? QVariant(people) : QVariant(), QVariant(), cents});
    };
    money(tr("Due for %n participant(s)", nullptr, total.registrations), total.dueCents, -1);
    money(tr("Paid"), total.paidCents, -1);
    table.addSubtotalRow({QString(), tr("Balance"), QString(), QString(), ReportSupport::money(total.balanceCents(), event, locale)},
                      {QVariant(), QVariant(), QVariant(), QVariant(), total.balanceCents()});
    return table;
}

} // namespace convivium::core
