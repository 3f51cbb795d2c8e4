#include "cli/ExportCommand.h"
#include "db/Database.h"
#include "io/AnnouncementWriter.h"
#include "io/CalendarWriter.h"
#include "io/VCardWriter.h"
#include "repositories/EventRepository.h"

#include <QDir>
#include <memory>

namespace convivium::core {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

CommandLine::Command ExportCommand::command()
{
    CommandLine::Command exportCommand;
    exportCommand.name = QStringLiteral("export");
    exportCommand.synopsis = QT_TRANSLATE_NOOP("CommandLine", "<kind>");
    exportCommand.summary = QT_TRANSLATE_NOOP("CommandLine", "Export for other programs and websites:");
    exportCommand.details = QT_TRANSLATE_NOOP("CommandLine",
                                              "  calendar: the events as iCalendar (.ics), all or the --event one\n"
                                              "  vcard: contributors who agreed to be contacted, as vCard 4.0 (.vcf)\n"
                                              "  announcement: a Markdown post for the --event, in the --lang language");
    exportCommand.options = {
        {{QStringLiteral("event")}, QT_TRANSLATE_NOOP("CommandLine", "event"),
         QT_TRANSLATE_NOOP("CommandLine", "The event, by id or by title.")},
        {{QStringLiteral("output")}, QT_TRANSLATE_NOOP("CommandLine", "file"),
         QT_TRANSLATE_NOOP("CommandLine", "The file to write.")},
    };
    exportCommand.run = &ExportCommand::run;
    return exportCommand;
}

int ExportCommand::run(const CommandLine::Context &c)
{
    const QStringList kinds{QStringLiteral("calendar"), QStringLiteral("vcard"), QStringLiteral("announcement")};
    if (c.arguments.isEmpty())
        return c.usageError(tr("Say what to export: calendar, vcard or announcement."));
    if (c.arguments.size() > 1 || !kinds.contains(c.arguments.constFirst()))
        return c.usageError(tr("Cannot export \"%1\": say calendar, vcard or announcement.").arg(c.arguments.join(u' ')));
    const QString kind = c.arguments.constFirst();
    const QString output = c.parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return c.usageError(tr("Say where to write the export: add --output <file>."));
    const QString eventText = c.parser.value(QStringLiteral("event")).trimmed();
    if (kind == kinds[1] && c.parser.isSet(QStringLiteral("event")))
        return c.usageError(tr("The vcard export is not about one event: leave out --event."));
    if (kind == kinds[2] && eventText.isEmpty())
        return c.usageError(tr("The announcement needs an event: add --event <id or title>."));

    QString why;
    const std::unique_ptr<Database> db = CommandLine::openCommunity(c, why);
    if (!db)
        return c.failure(why);
    qint64 eventId = 0;
    if (!eventText.isEmpty()) {
        const Fallible<qint64> found = CommandLine::findEvent(*db, eventText);
        if (!found)
            return c.failure(found.message());
        eventId = found.value();
    }

    if (kind == kinds[0]) {
        const Fallible<QList<Event>> events = CalendarWriter::events(*db, eventId);
        if (!events)
            return c.failure(events.message());
        if (Result written = CalendarWriter::write(output, events.value()); !written)
            return c.failure(written.message());
        c.out << tr("Wrote the calendar into %1 (events: %2).").arg(shown(output)).arg(events.value().size()) << u'\n';
    } else if (kind == kinds[1]) {
        const QList<ContactCard> cards = VCardWriter::consentingCards(*db);
        if (Result written = VCardWriter::write(output, cards); !written)
            return c.failure(written.message());
        c.out << tr("Wrote the contact cards into %1 (contributors who agreed to be contacted by e-mail: %2).")
                     .arg(shown(output)).arg(cards.size())
              << u'\n';
    } else {
        const Fallible<Event> event = EventRepository(*db).load(eventId);
        if (!event)
            return c.failure(event.message());
        if (Result written = AnnouncementWriter::write(output, event.value()); !written)
            return c.failure(written.message());
        c.out << tr("Wrote the announcement of %1 into %2.").arg(event.value().title, shown(output)) << u'\n';
    }
    return CommandLine::Success;
}

} // namespace convivium::core
