// The kitchen sheet: for each day, each meal served with how many people
// eat it, how many of them follow a diet (which, how many) and who has which allergy.
#include "reports/builders/KitchenReport.h"
#include "domain/Vocabulary.h"
#include "reports/builders/ReportSupport.h"
#include "services/EventFigures.h"
#include "services/StayCalculator.h"

#include <QHash>
#include <QMap>
#include <algorithm>

namespace convivium::core {

namespace {

// "végétarien 3, sans gluten 1": the most frequent first, then by name.
QString breakdown(const QMap<QString, int> &counts, const QLocale &locale)
{
    QList<QPair<QString, int>> items;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!it.key().isEmpty())
            items << qMakePair(it.key(), it.value());
    std::stable_sort(items.begin(), items.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : ReportSupport::lessByName(a.first, b.first);
    });
    QStringList parts;
    for (const auto &item : std::as_const(items))
        parts << QStringLiteral("%1 %2").arg(item.first, locale.toString(item.second));
    return parts.join(QStringLiteral(", "));
}

// "arachides: Zoé Lambert, Hugo Martin; lactose: Léa Roux": the cook must know who.
QString whoIsAllergic(const MealCount &m, const QHash<qint64, QString> &names)
{
    QMap<QString, QStringList> byAllergy;   // folded order of the allergies
    for (qsizetype i = 0; i < m.allergies.size(); ++i)
        byAllergy[m.allergies.at(i)] << names.value(m.allergicRegistrations.value(i));
    QStringList parts;
    for (auto it = byAllergy.begin(); it != byAllergy.end(); ++it) {
        std::sort(it.value().begin(), it.value().end(), &ReportSupport::lessByName);
        parts << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

Fallible<ReportTable> KitchenReport::build(const Database &db, const ReportOptions &options)
{
    Fallible<ReportSupport::EventData> data = ReportSupport::loadEvent(db, options);
    if (!data)
        return data.result();
    const Event &event = data.value().event;
    const QLocale &locale = options.locale;
    QList<Registration> registrations;
    QHash<qint64, QString> names;
    for (const RegistrationRow &row : std::as_const(data.value().rows)) {
        registrations << row.registration;
        names.insert(row.registration.id, row.name);
    }
    const QList<MealCount> meals = EventFigures::meals(registrations);

    ReportTable table;
    ReportSupport::setUp(table, tr("Kitchen sheet"), ReportSupport::eventSubtitle(event, locale), options,
                         ReportTable::Orientation::Landscape);   // the cook reads every diet: give them the width
    table.setGroupColumnHeader(tr("Day"));
    table.addColumn(QStringLiteral("meal"), tr("Meal"), 1.5);
    table.addColumn(QStringLiteral("total"), tr("People"), 0.9, ReportColumn::Kind::Number);
    table.addColumn(QStringLiteral("regular"), tr("No special diet"), 1.9, ReportColumn::Kind::Number);
    table.addColumn(QStringLiteral("diets"), tr("Diets"), 4.6);
    table.addColumn(QStringLiteral("allergies"), tr("Allergies"), 3.6);

    QDate day;
    int all = 0;
    for (const MealCount &m : meals) {
        if (m.day != day) {
            day = m.day;
            table.addGroupHeading(ReportSupport::day(day, locale));
        }
        const int regular = m.diets.value(QString());
        table.addRow({Vocabulary::label(Vocabulary::Meal, StayCalculator::mealCode(m.meal)), locale.toString(m.total),
                      locale.toString(regular), breakdown(m.diets, locale), whoIsAllergic(m, names)},
                     {QVariant(), m.total, regular, QVariant(), QVariant()});
        all += m.total;
    }
    table.addTotalRow({tr("Meals in all"), locale.toString(all)}, {QVariant(), all});
    return table;
}

} // namespace convivium::core
