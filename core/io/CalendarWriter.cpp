#include "io/CalendarWriter.h"
#include "domain/Vocabulary.h"
#include "reports/ReportDates.h"
#include "reports/ReportFile.h"
#include "repositories/EventRepository.h"

#include <QLocale>
#include <QUrl>
#include <QUuid>
#include <algorithm>
#include <memory>

#include <libical/ical.h>

namespace convivium::core {

namespace {

// The namespace of Convivium's name-based UUIDs for events (a random UUID fixed once).
const QUuid eventNamespace(QStringLiteral("{0d6a9a5e-2f1b-4c57-9e83-6b4f1d2c7a90}"));

using Component = std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)>;

icaltimetype allDay(const QDate &date)
{
    icaltimetype t = icaltime_null_date();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.is_date = 1;
    return t;
}

icaltimetype utc(const QDateTime &when)
{
    const QDateTime at = when.isValid() ? when : QDateTime::currentDateTimeUtc();
    return icaltime_from_timet_with_zone(time_t(at.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
}

void add(icalcomponent *component, icalproperty *property)
{
    if (property)
        icalcomponent_add_property(component, property);
}

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

icalproperty_status status(const QString &code)
{
    if (code == u"cancelled")
        return ICAL_STATUS_CANCELLED;
    if (code == u"draft")
        return ICAL_STATUS_TENTATIVE;
    return ICAL_STATUS_CONFIRMED;   // open, closed (registration is), held
}

QString location(const Event &e)
{
    QStringList parts;
    if (!e.venue.name.trimmed().isEmpty())
        parts << e.venue.name.trimmed();
    if (!e.venue.address.trimmed().isEmpty())
        parts << e.venue.address.simplified();
    if (e.mode == u"online" && parts.isEmpty())
        parts << Vocabulary::label(Vocabulary::EventMode, e.mode);
    return parts.join(QStringLiteral(", "));
}

QString description(const Event &e)
{
    const QLocale locale;
    QStringList lines;
    lines << Vocabulary::label(Vocabulary::EventKind, e.kind) + QStringLiteral(" · ")
                 + Vocabulary::label(Vocabulary::EventMode, e.mode);
    if (!e.topics.trimmed().isEmpty())
        lines << CalendarWriter::tr("Topics: %1").arg(e.topics.trimmed());
    if (const QList<QDate> days = e.transitDates(); !days.isEmpty()) {
        QStringList words;
        for (const QDate &d : days)
            words << ReportDates::inWords(d, locale);
        lines << CalendarWriter::tr("Travel and setup days: %1").arg(words.join(QStringLiteral(", ")));
    }
    if (e.registrationDeadline.isValid())
        lines << CalendarWriter::tr("Registration deadline: %1").arg(ReportDates::inWords(e.registrationDeadline, locale));
    if (!e.venue.website.trimmed().isEmpty())
        lines << CalendarWriter::tr("Venue: %1").arg(e.venue.website.trimmed());
    if (!e.feePolicy.trimmed().isEmpty())
        lines << QString() << e.feePolicy.trimmed();
    return lines.join(u'\n');
}

icalcomponent *vevent(const Event &e)
{
    icalcomponent *event = icalcomponent_new_vevent();
    add(event, icalproperty_new_uid(utf8(CalendarWriter::uid(e)).constData()));
    // Without a METHOD, DTSTAMP is when the event last changed (RFC 5545 §3.8.7.2).
    add(event, icalproperty_new_dtstamp(utc(e.updatedAt)));
    if (e.createdAt.isValid())
        add(event, icalproperty_new_created(utc(e.createdAt)));
    if (e.updatedAt.isValid())
        add(event, icalproperty_new_lastmodified(utc(e.updatedAt)));
    add(event, icalproperty_new_sequence(qMax(0, e.version - 1)));
    add(event, icalproperty_new_dtstart(allDay(e.start)));
    add(event, icalproperty_new_dtend(allDay(e.end.addDays(1))));   // exclusive
    add(event, icalproperty_new_summary(utf8(CalendarWriter::summary(e)).constData()));
    if (const QString where = location(e); !where.isEmpty()) {
        icalproperty *property = icalproperty_new_location(utf8(where).constData());
        const QUrl website(e.venue.website.trimmed());
        if (property && website.isValid() && !website.scheme().isEmpty())
            icalproperty_add_parameter(property, icalparameter_new_altrep(website.toEncoded().constData()));
        add(event, property);
    }
    add(event, icalproperty_new_description(utf8(description(e)).constData()));
    add(event, icalproperty_new_status(status(e.status)));
    add(event, icalproperty_new_categories(utf8(Vocabulary::label(Vocabulary::EventKind, e.kind)).constData()));
    return event;
}

} // namespace

QString CalendarWriter::uid(const Event &event)
{
    // The id alone would give the same UID to event 1 of every community;
    // the creation time tells two communities' records apart.
    const QString name = QStringLiteral("event/%1/%2")
                             .arg(event.id)
                             .arg(event.createdAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    return QUuid::createUuidV5(eventNamespace, name).toString(QUuid::WithoutBraces);
}

QString CalendarWriter::summary(const Event &event)
{
    const QString title = event.title.trimmed();
    const QString edition = event.edition.trimmed();
    if (edition.isEmpty() || title.contains(edition, Qt::CaseInsensitive))
        return title;
    return QStringLiteral("%1 (%2)").arg(title, edition);
}

Fallible<QByteArray> CalendarWriter::toICalendar(const QList<Event> &events)
{
    Component calendar(icalcomponent_new_vcalendar(), &icalcomponent_free);
    if (!calendar)
        return Result::failure(tr("The calendar could not be built: %1")
                                   .arg(QString::fromUtf8(icalerror_strerror(icalerrno))));
    add(calendar.get(), icalproperty_new_prodid("-//Convivium//Convivium " CONVIVIUM_VERSION "//EN"));
    add(calendar.get(), icalproperty_new_version("2.0"));
    add(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    for (const Event &e : events) {
        if (!e.start.isValid() || !e.end.isValid() || e.end < e.start)
            return Result::failure(tr("The event “%1” has no valid dates; the calendar was not written.").arg(e.title));
        icalcomponent_add_component(calendar.get(), vevent(e));
    }
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    if (!text)
        return Result::failure(tr("The calendar could not be built: %1")
                                   .arg(QString::fromUtf8(icalerror_strerror(icalerrno))));
    const QByteArray out(text);
    icalmemory_free_buffer(text);
    return out;
}

Fallible<QList<Event>> CalendarWriter::events(const Database &db, qint64 eventId)
{
    const EventRepository repository(db);
    QList<qint64> ids;
    if (eventId > 0) {
        ids << eventId;
    } else {
        for (const EventChoice &choice : repository.choices())
            ids << choice.id;
    }
    QList<Event> out;
    for (qint64 id : ids) {
        Fallible<Event> e = repository.load(id);
        if (!e)
            return e.result();
        out << e.value();
    }
    std::sort(out.begin(), out.end(), [](const Event &a, const Event &b) {
        return a.start != b.start ? a.start < b.start : a.id < b.id;
    });
    return out;
}

Result CalendarWriter::write(const QString &path, const QList<Event> &events)
{
    const Fallible<QByteArray> ics = toICalendar(events);
    if (!ics)
        return ics.result();
    return ReportFile::save(path, ics.value());
}

} // namespace convivium::core
