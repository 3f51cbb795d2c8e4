#include "services/EventFigures.h"
#include "domain/SearchKey.h"
#include "services/FeeCalculator.h"
#include "services/StayCalculator.h"

#include <QSet>

namespace convivium::core {

int Occupancy::total(int night) const
{
    int n = 0;
    for (const OccupancyCell &c : cells.value(night))
        n += c.people;
    return n;
}

int EventFigures::capacityOf(const LodgingOption &option)
{
    if (option.kind == u"elsewhere" || option.units <= 0)
        return -1;
    if (option.kind == u"solo_room")
        return option.units;
    return option.units * qMax(1, option.bedsPerUnit);
}

Occupancy EventFigures::occupancy(const Event &event, const QList<Registration> &registrations)
{
    Occupancy o;
    QDate first = event.start, last = event.end.addDays(-1);
    bool elsewhereUsed = false;
    QHash<qint64, int> column;
    for (const LodgingOption &option : event.lodgingOptions) {
        column.insert(option.id, int(o.options.size()));
        o.options << option;
    }
    for (const Registration &r : registrations) {
        if (!r.counts() || !StayCalculator::isValid(r.arrival, r.departure) || r.arrival == r.departure)
            continue;
        if (!first.isValid() || r.arrival < first)
            first = r.arrival;
        if (!last.isValid() || r.departure.addDays(-1) > last)
            last = r.departure.addDays(-1);
        elsewhereUsed = elsewhereUsed || !column.contains(r.lodgingOptionId);
    }
    if (elsewhereUsed) {
        LodgingOption elsewhere;
        elsewhere.name = tr("Elsewhere");
        elsewhere.kind = QStringLiteral("elsewhere");
        column.insert(0, int(o.options.size()));
        o.options << elsewhere;
    }
    if (!first.isValid() || !last.isValid() || last < first)
        return o;
    for (QDate d = first; d <= last; d = d.addDays(1))
        o.nights << d;
    o.cells.resize(o.nights.size());
    for (QList<OccupancyCell> &row : o.cells) {
        row.resize(o.options.size());
        for (int c = 0; c < o.options.size(); ++c)
            row[c].capacity = capacityOf(o.options.at(c));
    }
    for (const Registration &r : registrations) {
        if (!r.counts() || !StayCalculator::isValid(r.arrival, r.departure))
            continue;
        const int c = column.value(column.contains(r.lodgingOptionId) ? r.lodgingOptionId : 0, -1);
        if (c < 0)
            continue;
        for (QDate d = r.arrival; d < r.departure; d = d.addDays(1))
            ++o.cells[int(first.daysTo(d))][c].people;
    }
    return o;
}

QList<MealCount> EventFigures::meals(const QList<Registration> &registrations)
{
    QMap<QPair<QDate, int>, MealCount> byMeal;
    QHash<QString, QString> dietNames;   // folded → as first written, so "Végétarien" and "vegetarien" meet
    for (const Registration &r : registrations) {
        if (!r.counts())
            continue;
        const QString folded = SearchKey::fold(r.diet);
        if (!dietNames.contains(folded))
            dietNames.insert(folded, r.diet.trimmed());
        const QString diet = dietNames.value(folded);
        for (const MealSlot &m : StayCalculator::meals(r.arrival, r.firstMeal, r.departure, r.lastMeal)) {
            MealCount &count = byMeal[qMakePair(m.day, int(m.meal))];
            count.day = m.day;
            count.meal = m.meal;
            ++count.total;
            ++count.diets[diet];
            if (!r.allergies.trimmed().isEmpty()) {
                count.allergies << r.allergies.trimmed();
                count.allergicRegistrations << r.id;
            }
        }
    }
    return byMeal.values();
}

QList<FeeTotal> EventFigures::feesByPayer(const Event &event, const QList<Registration> &registrations,
                                          const QHash<qint64, qint64> &paidByRegistration)
{
    QMap<qint64, FeeTotal> byPayer;
    for (const Registration &r : registrations) {
        const qint64 due = FeeCalculator::due(r, event);
        const qint64 paid = paidByRegistration.value(r.id);
        if (!r.counts() && paid == 0)
            continue;
        FeeTotal &t = byPayer[r.payerOrganisationId];
        t.payerId = r.payerOrganisationId;
        ++t.registrations;
        t.dueCents += due;
        t.paidCents += paid;
    }
    return byPayer.values();
}

FeeTotal EventFigures::feeTotal(const QList<FeeTotal> &byPayer)
{
    FeeTotal sum;
    for (const FeeTotal &t : byPayer) {
        sum.registrations += t.registrations;
        sum.dueCents += t.dueCents;
        sum.paidCents += t.paidCents;
    }
    return sum;
}

QList<QDate> EventFigures::fullNights(const Event &event, const QList<Registration> &others, const Registration &candidate)
{
    QList<QDate> full;
    const LodgingOption *option = FeeCalculator::option(event, candidate.lodgingOptionId);
    if (!option)
        return full;
    const int capacity = capacityOf(*option);
    if (capacity < 0)
        return full;
    for (const QDate &night : StayCalculator::nights(candidate.arrival, candidate.departure)) {
        int people = 0;
        for (const Registration &r : others)
            if (r.id != candidate.id && r.counts() && r.lodgingOptionId == option->id && r.arrival <= night
                && night < r.departure)
                ++people;
        if (people + 1 > capacity)
            full << night;
    }
    return full;
}

bool EventFigures::eventFull(const Event &event, const QList<Registration> &others)
{
    if (event.capacity <= 0)
        return false;
    int counted = 0;
    for (const Registration &r : others)
        counted += r.counts() ? 1 : 0;
    return counted >= event.capacity;
}

} // namespace convivium::core
