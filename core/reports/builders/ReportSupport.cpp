#include "reports/builders/ReportSupport.h"
#include "domain/Money.h"
#include "domain/SearchKey.h"
#include "models/DayLabel.h"
#include "reports/ReportDates.h"
#include "repositories/EventRepository.h"
#include "services/FeeCalculator.h"

#include <algorithm>

namespace convivium::core {

Fallible<ReportSupport::EventData> ReportSupport::loadEvent(const Database &db, const ReportOptions &options)
{
    if (options.eventId <= 0)
        return Result::failure(tr("This report needs an event."));
    Fallible<Event> loaded = EventRepository(db).load(options.eventId);
    if (!loaded)
        return loaded.result();
    EventData data;
    data.event = loaded.value();
    data.event.id = options.eventId;
    for (const RegistrationRow &row : RegistrationRepository(db).rowsForEvent(options.eventId))
        if (options.statuses.contains(row.registration.status))
            data.rows << row;
    sortByName(data.rows);
    return data;
}

void ReportSupport::setUp(ReportTable &table, const QString &title, const QString &subtitle,
                          const ReportOptions &options, ReportTable::Orientation orientation)
{
    table.setTitle(title);
    table.setSubtitle(subtitle);
    table.setGeneratedAt(options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTime(),
                         options.locale);
    table.setOrientation(options.orientation.value_or(orientation));
}

QString ReportSupport::eventSubtitle(const Event &event, const QLocale &locale)
{
    QString text = event.title;
    if (!event.venue.name.isEmpty())
        text += QStringLiteral(" — ") + event.venue.name;
    if (event.start.isValid())
        text += QStringLiteral(" — ") + tr("%1 to %2").arg(date(event.start, locale), date(event.end, locale));
    return text;
}

QString ReportSupport::money(qint64 cents, const Event &event, const QLocale &locale)
{
    return Money::format(cents, event.currency, locale);
}

QString ReportSupport::date(const QDate &day, const QLocale &locale)
{
    return ReportDates::date(day, locale);
}

QString ReportSupport::day(const QDate &day, const QLocale &locale)
{
    return ReportDates::day(day, locale);
}

QString ReportSupport::lodging(const Event &event, qint64 optionId)
{
    const LodgingOption *option = FeeCalculator::option(event, optionId);
    return option && option->kind != u"elsewhere" ? option->name : tr("Elsewhere");
}

bool ReportSupport::lessByName(const QString &a, const QString &b)
{
    const QString fa = SearchKey::fold(a), fb = SearchKey::fold(b);
    return fa != fb ? fa < fb : a < b;
}

void ReportSupport::sortByName(QList<RegistrationRow> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const RegistrationRow &a, const RegistrationRow &b) {
        return lessByName(a.name, b.name);
    });
}

} // namespace convivium::core
