#pragma once
#include "Result.h"
#include "domain/Event.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace convivium::core {

class Database;

// Events as an iCalendar file (RFC 5545), written with libical: one VEVENT
// per event, all-day from the first to the last day (DTEND is the day after,
// as the standard wants), the venue as LOCATION, the status as STATUS
// (a draft is TENTATIVE). UID is a name-based UUID of the record and DTSTAMP
// its last change, so exporting again gives the same file until an event
// changes, and calendars that subscribe update events rather than adding
// copies. Labels and dates in DESCRIPTION follow the installed translation.
class CalendarWriter
{
    Q_DECLARE_TR_FUNCTIONS(CalendarWriter)
public:
    static Fallible<QByteArray> toICalendar(const QList<Event> &events);
    // Every event by start date, or only `eventId`.
    static Fallible<QList<Event>> events(const Database &db, qint64 eventId = 0);
    // Whole or not at all (see ReportFile).
    static Result write(const QString &path, const QList<Event> &events);

    static QString uid(const Event &event);
    static QString summary(const Event &event);   // the title, and the edition unless the title says it
};

} // namespace convivium::core
