#include "cli/ImportCommand.h"
#include "commands/RemoteChanges.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "io/ContributorImport.h"
#include "io/OrganisationImport.h"
#include "io/RegistrationImport.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <memory>

namespace convivium::core {

CommandLine::Command ImportCommand::command()
{
    CommandLine::Command import;
    import.name = QStringLiteral("import");
    import.synopsis = QT_TRANSLATE_NOOP("CommandLine", "<kind> <file>");
    import.summary = QT_TRANSLATE_NOOP("CommandLine", "Import records from a CSV file (kind: contributors, organisations, "
                                                      "registrations).");
    import.details = QT_TRANSLATE_NOOP("CommandLine",
                                       "  The encoding (UTF-8 or Windows-1252) and the separator (comma, semicolon,\n"
                                       "  tab) are found by themselves; columns are matched to fields from their\n"
                                       "  headers (Nom, Prénom, Courriel, Arrivée…). All lines are imported, or none.\n"
                                       "  Registrations need --event.");
    import.options = {
        {{QStringLiteral("event")}, QT_TRANSLATE_NOOP("CommandLine", "event"),
         QT_TRANSLATE_NOOP("CommandLine", "The event the registrations are for, by id or by title.")},
        {{QStringLiteral("mapping")}, QT_TRANSLATE_NOOP("CommandLine", "file"),
         QT_TRANSLATE_NOOP("CommandLine", "JSON object giving the field of each column header, "
                                          "e.g. {\"Courriel\": \"email\"}.")},
        {{QStringLiteral("dry-run")}, nullptr,
         QT_TRANSLATE_NOOP("CommandLine", "Say what would be imported, write nothing.")},
    };
    import.run = &ImportCommand::run;
    return import;
}

namespace {

struct Kind {
    const char *name;
    ImportMapping::Kind kind;
};
const Kind kKinds[] = {{"contributors", ImportMapping::Kind::Contributors},
                       {"organisations", ImportMapping::Kind::Organisations},
                       {"registrations", ImportMapping::Kind::Registrations}};

} // namespace

int ImportCommand::run(const CommandLine::Context &c)
{
    if (c.arguments.size() != 2)
        return c.usageError(tr("Say what to import and from which file: import contributors people.csv"));
    const QString kindName = c.arguments.at(0);
    const auto kind = std::find_if(std::begin(kKinds), std::end(kKinds),
                                   [&kindName](const Kind &k) { return kindName == QLatin1String(k.name); });
    if (kind == std::end(kKinds))
        return c.usageError(tr("Cannot import \"%1\": say contributors, organisations or registrations.").arg(kindName));
    const QString eventText = c.parser.value(QStringLiteral("event"));
    if (kind->kind == ImportMapping::Kind::Registrations && eventText.isEmpty())
        return c.usageError(tr("Registrations are for an event: add --event <id or title>."));

    QString why;
    const std::unique_ptr<Database> db = CommandLine::openCommunity(c, why);
    if (!db)
        return c.failure(why);
    const Fallible<CsvDocument> doc = CsvReader::readFile(c.arguments.at(1));
    if (!doc)
        return c.failure(doc.message());
    const Fallible<ImportMapping> mapping = mappingFor(c, *db, kind->kind, doc.value().header);
    if (!mapping)
        return c.failure(mapping.message());

    switch (kind->kind) {
    case ImportMapping::Kind::Contributors: {
        const ImportPlan plan = ContributorImport::plan(*db, doc.value(), mapping.value());
        return finish(c, *db, plan, [&] { return ContributorImport::apply(*db, plan); });
    }
    case ImportMapping::Kind::Organisations: {
        const ImportPlan plan = OrganisationImport::plan(*db, doc.value(), mapping.value());
        return finish(c, *db, plan, [&] { return OrganisationImport::apply(*db, plan); });
    }
    case ImportMapping::Kind::Registrations: {
        const Fallible<qint64> event = CommandLine::findEvent(*db, eventText);
        if (!event)
            return c.failure(event.message());
        const ImportPlan plan = RegistrationImport::plan(*db, event.value(), doc.value(), mapping.value());
        return finish(c, *db, plan, [&] { return RegistrationImport::apply(*db, plan); });
    }
    }
    return CommandLine::Failure;
}

Fallible<ImportMapping> ImportCommand::mappingFor(const CommandLine::Context &c, const Database &db,
                                                  ImportMapping::Kind kind, const QStringList &header,
                                                  const QString &source)
{
    const QString path = c.parser.value(QStringLiteral("mapping"));
    if (path.isEmpty())
        return ImportMapping::remembered(db, kind, header, source);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(tr("Cannot read the mapping %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return ImportMapping::fromJson(file.readAll(), header, kind);
}

int ImportCommand::finish(const CommandLine::Context &c, const Database &db, const ImportPlan &plan,
                          const std::function<Fallible<QList<RecordRef>>()> &apply)
{
    report(c, plan.issues);
    if (!plan.canApply())
        return c.failure(tr("%n line(s) cannot be imported: nothing was written.", nullptr, plan.faultyLines()));
    report(c, plan.warnings);

    const QString summary = tr("%1 new, %2 updated, %3 unchanged.")
                                .arg(plan.count(ImportRow::Action::Create))
                                .arg(plan.count(ImportRow::Action::Update))
                                .arg(plan.count(ImportRow::Action::Skip));
    if (c.parser.isSet(QStringLiteral("dry-run"))) {
        c.out << tr("Dry run, nothing written: %1").arg(summary) << Qt::endl;
        if (!plan.newOrganisations.isEmpty())
            c.out << tr("New organisations: %1").arg(plan.newOrganisations.join(QStringLiteral(", "))) << Qt::endl;
        return CommandLine::Success;
    }
    // The import's own transaction nests in this one, so the announcement
    // (all tables: an import touches several) is heard only if it commits.
    Transaction tx(db);
    if (const Fallible<QList<RecordRef>> applied = apply(); !applied)
        return c.failure(applied.message());
    if (const Result told = RemoteChanges::announce(db, {}); !told)
        return c.failure(told.message());
    if (const Result saved = tx.commit(); !saved)
        return c.failure(saved.message());
    c.out << tr("Imported: %1").arg(summary) << Qt::endl;
    return CommandLine::Success;
}

void ImportCommand::report(const CommandLine::Context &c, const QList<ImportIssue> &issues)
{
    for (const ImportIssue &issue : issues) {
        if (issue.line <= 0)
            c.err << issue.message << Qt::endl;
        else if (issue.column.isEmpty())
            c.err << tr("Line %1: %2").arg(issue.line).arg(issue.message) << Qt::endl;
        else
            c.err << tr("Line %1, column %2: %3").arg(issue.line).arg(issue.column, issue.message) << Qt::endl;
    }
}

} // namespace convivium::core
