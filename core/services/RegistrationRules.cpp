#include "services/RegistrationRules.h"
#include "services/EventFigures.h"
#include "services/StayCalculator.h"

#include <QLocale>
#include <QSet>
#include <algorithm>
#include <climits>

namespace convivium::core {

namespace {
QString shortDate(const QDate &d) { return QLocale().toString(d, QLocale::ShortFormat); }
}

qint64 RegistrationRules::registrationOf(const QList<Registration> &registrations, qint64 contributorId)
{
    for (const Registration &r : registrations)
        if (contributorId > 0 && r.contributorId == contributorId)
            return r.id;
    return 0;
}

bool RegistrationRules::isLate(const Registration &r, const Event &event)
{
    if (!event.registrationDeadline.isValid())
        return false;
    const QDateTime submitted = r.submittedAt.isValid() ? r.submittedAt : QDateTime::currentDateTimeUtc();
    // The deadline is a day where the organisers are: compare in local time.
    return submitted.toLocalTime().date() > event.registrationDeadline;
}

RegistrationCheck RegistrationRules::check(const Registration &r, const Event &event, const QList<Registration> &others,
                                           qint64 duplicateOf)
{
    RegistrationCheck c;
    if (r.contributorId <= 0)
        c.errors << FieldError{QStringLiteral("contributor"), tr("Choose who registers, or create them.")};
    else if (duplicateOf > 0 && duplicateOf != r.id)
        c.errors << FieldError{QStringLiteral("contributor"), tr("This contributor is already registered to this event."),
                               -1, duplicateOf};
    if (!r.arrival.isValid())
        c.errors << FieldError{QStringLiteral("arrival"), tr("The arrival date is required.")};
    if (!r.departure.isValid())
        c.errors << FieldError{QStringLiteral("departure"), tr("The departure date is required.")};
    if (r.arrival.isValid() && r.departure.isValid()) {
        if (r.departure < r.arrival)
            c.errors << FieldError{QStringLiteral("departure"), tr("The departure is before the arrival.")};
        else if (r.arrival == r.departure && int(r.lastMeal) < int(r.firstMeal))
            c.errors << FieldError{QStringLiteral("lastMeal"), tr("On a day visit the last meal cannot come before the first.")};
        if (event.start.isValid() && event.end.isValid()
            && (r.arrival < event.start || r.departure > event.end || r.arrival > event.end || r.departure < event.start))
            c.warnings << tr("The stay goes outside the event (%1 – %2); the venue must agree to the extra nights.")
                              .arg(shortDate(event.start), shortDate(event.end));
    }
    QSet<qint64> refused;
    for (const RoommatePreference &p : r.preferences)
        if (!p.wish)
            refused.insert(p.otherRegistrationId);
    for (const RoommatePreference &p : r.preferences)
        if (p.wish && refused.contains(p.otherRegistrationId))
            c.errors << FieldError{QStringLiteral("roommates"), tr("The same person is both wished and refused as a roommate.")};
    c.late = isLate(r, event);
    if (c.errors.isEmpty() && (r.counts() || r.status == u"waitlisted")) {
        Registration asCounted = r;
        asCounted.status = QStringLiteral("pre_registered");
        c.fullNights = EventFigures::fullNights(event, others, asCounted);
        QList<Registration> rest;
        for (const Registration &o : others)
            if (o.id != r.id)
                rest << o;
        c.eventFull = EventFigures::eventFull(event, rest);
    }
    return c;
}

qint64 RegistrationRules::nextToPromote(const Event &event, const QList<Registration> &registrations)
{
    QList<Registration> waiting;
    for (const Registration &r : registrations)
        if (r.status == u"waitlisted")
            waiting << r;
    // The waiting list keeps its order: rank, then who asked first.
    std::sort(waiting.begin(), waiting.end(), [](const Registration &a, const Registration &b) {
        const int ra = a.waitlistRank > 0 ? a.waitlistRank : INT_MAX;
        const int rb = b.waitlistRank > 0 ? b.waitlistRank : INT_MAX;
        if (ra != rb)
            return ra < rb;
        if (a.submittedAt != b.submittedAt)
            return a.submittedAt < b.submittedAt;
        return a.id < b.id;
    });
    if (EventFigures::eventFull(event, registrations))
        return 0;
    for (const Registration &w : waiting) {
        Registration candidate = w;
        candidate.status = QStringLiteral("pre_registered");
        if (EventFigures::fullNights(event, registrations, candidate).isEmpty())
            return w.id;
    }
    return 0;
}

FieldErrors RegistrationRules::validateEvent(const Event &e)
{
    FieldErrors errors;
    if (e.title.trimmed().isEmpty())
        errors << FieldError{QStringLiteral("title"), tr("The title is required.")};
    if (!e.start.isValid() || !e.end.isValid())
        errors << FieldError{QStringLiteral("dates"), tr("The start and end dates are required.")};
    else if (e.end < e.start)
        errors << FieldError{QStringLiteral("dates"), tr("The event ends before it starts.")};
    else if (e.transitDaysStart + e.transitDaysEnd > e.start.daysTo(e.end) + 1)
        errors << FieldError{QStringLiteral("transit"), tr("There are more transit days than days in the event.")};
    if (e.registrationOpens.isValid() && e.registrationDeadline.isValid() && e.registrationDeadline < e.registrationOpens)
        errors << FieldError{QStringLiteral("deadline"), tr("The deadline is before registrations open.")};
    if (e.capacity < 0)
        errors << FieldError{QStringLiteral("capacity"), tr("The capacity cannot be negative.")};
    for (int i = 0; i < e.lodgingOptions.size(); ++i) {
        const LodgingOption &o = e.lodgingOptions.at(i);
        if (o.name.trimmed().isEmpty())
            errors << FieldError{QStringLiteral("options"), tr("Each lodging option needs a name."), i};
        if (o.kind != u"elsewhere" && o.bedsPerUnit < 1)
            errors << FieldError{QStringLiteral("options"), tr("A room has at least one bed."), i};
        if (o.units < 0 || o.priceCents < 0 || o.supplementCents < 0)
            errors << FieldError{QStringLiteral("options"), tr("Numbers and prices cannot be negative."), i};
    }
    for (const MealPrice &m : e.mealPrices)
        if (m.priceCents < 0)
            errors << FieldError{QStringLiteral("meals"), tr("A meal price cannot be negative.")};
    return errors;
}

} // namespace convivium::core
