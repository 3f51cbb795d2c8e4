#include "cli/GristSyncCommand.h"
#include "cli/ImportCommand.h"
#include "db/Database.h"
#include "io/RegistrationImport.h"
#include "net/ApiKeyStore.h"
#include "net/GristClient.h"
#include "net/GristSettings.h"

#include <memory>

namespace convivium::core {

CommandLine::Command GristSyncCommand::command()
{
    CommandLine::Command sync;
    sync.name = QStringLiteral("grist-sync");
    sync.summary = QT_TRANSLATE_NOOP("CommandLine", "Bring an event's online pre-registrations in from Grist.");
    sync.details = QT_TRANSLATE_NOOP("CommandLine",
                                     "  Rows already imported are updated, not added again. The API key is read\n"
                                     "  from CONVIVIUM_GRIST_KEY, else from the system keychain.");
    sync.options = {
        {{QStringLiteral("event")}, QT_TRANSLATE_NOOP("CommandLine", "event"),
         QT_TRANSLATE_NOOP("CommandLine", "The event the registrations are for, by id or by title.")},
        {{QStringLiteral("server")}, QT_TRANSLATE_NOOP("CommandLine", "url"),
         QT_TRANSLATE_NOOP("CommandLine", "Grist server, e.g. https://grist.example.org/o/team (saved with the event).")},
        {{QStringLiteral("document")}, QT_TRANSLATE_NOOP("CommandLine", "id"),
         QT_TRANSLATE_NOOP("CommandLine", "Grist document id (saved with the event).")},
        {{QStringLiteral("table")}, QT_TRANSLATE_NOOP("CommandLine", "id"),
         QT_TRANSLATE_NOOP("CommandLine", "Grist table id (saved with the event).")},
        {{QStringLiteral("mapping")}, QT_TRANSLATE_NOOP("CommandLine", "file"),
         QT_TRANSLATE_NOOP("CommandLine", "JSON object giving the field of each column header, "
                                          "e.g. {\"Courriel\": \"email\"}.")},
        {{QStringLiteral("dry-run")}, nullptr,
         QT_TRANSLATE_NOOP("CommandLine", "Say what would be imported, write nothing.")},
    };
    sync.run = &GristSyncCommand::run;
    return sync;
}

int GristSyncCommand::run(const CommandLine::Context &c)
{
    if (!c.arguments.isEmpty())
        return c.usageError(tr("grist-sync takes no argument: give the event with --event."));
    const QString eventText = c.parser.value(QStringLiteral("event"));
    if (eventText.isEmpty())
        return c.usageError(tr("Say which event the form is for: add --event <id or title>."));
    QString why;
    const std::unique_ptr<Database> db = CommandLine::openCommunity(c, why);
    if (!db)
        return c.failure(why);
    const Fallible<qint64> event = CommandLine::findEvent(*db, eventText);
    if (!event)
        return c.failure(event.message());

    Fallible<GristSource> source = GristSettings::load(*db, event.value());
    if (!source)
        return c.failure(source.message());
    const bool given = c.parser.isSet(QStringLiteral("server")) || c.parser.isSet(QStringLiteral("document"))
        || c.parser.isSet(QStringLiteral("table"));
    if (c.parser.isSet(QStringLiteral("server")))
        source.value().server = QUrl::fromUserInput(c.parser.value(QStringLiteral("server")));
    if (c.parser.isSet(QStringLiteral("document")))
        source.value().document = c.parser.value(QStringLiteral("document"));
    if (c.parser.isSet(QStringLiteral("table")))
        source.value().table = c.parser.value(QStringLiteral("table"));
    if (source.value().isEmpty())
        return c.usageError(tr("This event has no Grist form yet: give --server, --document and --table."));
    if (const Result valid = source.value().validate(); !valid)
        return c.failure(valid.message());
    const Fallible<QString> key = ApiKeyStore::keyForCommandLine(source.value());
    if (!key)
        return c.failure(key.message());

    const Fallible<GristTable> table = GristClient::fetchBlocking(source.value(), key.value());
    if (!table)
        return c.failure(table.message());
    if (given)   // only a source that answered is kept
        if (const Result saved = GristSettings::save(*db, event.value(), source.value()); !saved)
            return c.failure(saved.message());
    const CsvDocument doc = table.value().toDocument();
    const QString mappingSource = QStringLiteral("grist/%1").arg(event.value());
    const Fallible<ImportMapping> mapping =
        ImportCommand::mappingFor(c, *db, ImportMapping::Kind::Registrations, doc.header, mappingSource);
    if (!mapping)
        return c.failure(mapping.message());
    const ImportPlan plan = RegistrationImport::plan(*db, event.value(), doc, mapping.value(),
                                                     RegistrationSource{QStringLiteral("form"), true});
    return ImportCommand::finish(c, *db, plan, [&] { return RegistrationImport::apply(*db, plan); });
}

} // namespace convivium::core
