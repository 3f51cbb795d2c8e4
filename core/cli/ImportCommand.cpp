#include "cli/ImportCommand.h"
#include "db/Database.h"
#include "io/ContributorImport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <memory>

namespace convivium::core {

CommandLine::Command ImportCommand::command()
{
    CommandLine::Command import;
    import.name = QStringLiteral("import");
    import.synopsis = QT_TRANSLATE_NOOP("CommandLine", "<kind> <file>");
    import.summary = QT_TRANSLATE_NOOP("CommandLine", "Import records from a CSV file (kind: contributors).");
    import.details = QT_TRANSLATE_NOOP("CommandLine",
                                       "  The encoding (UTF-8 or Windows-1252) and the separator (comma, semicolon,\n"
                                       "  tab) are found by themselves; columns are matched to fields from their\n"
                                       "  headers (Nom, Prénom, Courriel…). All lines are imported, or none.");
    import.options = {
        {{QStringLiteral("mapping")}, QT_TRANSLATE_NOOP("CommandLine", "file"),
         QT_TRANSLATE_NOOP("CommandLine", "JSON object giving the field of each column header, "
                                          "e.g. {\"Courriel\": \"email\"}.")},
        {{QStringLiteral("dry-run")}, nullptr,
         QT_TRANSLATE_NOOP("CommandLine", "Say what would be imported, write nothing.")},
    };
    import.run = &ImportCommand::run;
    return import;
}

int ImportCommand::run(const CommandLine::Context &c)
{
    if (c.arguments.size() != 2)
        return c.usageError(tr("Say what to import and from which file: import contributors people.csv"));
    const QString kind = c.arguments.at(0);
    if (kind != u"contributors")
        return c.usageError(tr("Cannot import \"%1\": say contributors.").arg(kind));

    const Fallible<CsvDocument> doc = CsvReader::readFile(c.arguments.at(1));
    if (!doc)
        return c.failure(doc.message());
    ImportMapping mapping = ImportMapping::guess(doc.value().header, ImportMapping::Kind::Contributors);
    if (const QString mappingPath = c.parser.value(QStringLiteral("mapping")); !mappingPath.isEmpty()) {
        QFile file(mappingPath);
        if (!file.open(QIODevice::ReadOnly))
            return c.failure(tr("Cannot read the mapping %1: %2").arg(QDir::toNativeSeparators(mappingPath), file.errorString()));
        const Fallible<ImportMapping> read =
            ImportMapping::fromJson(file.readAll(), doc.value().header, ImportMapping::Kind::Contributors);
        if (!read)
            return c.failure(read.message());
        mapping = read.value();
    }

    if (const QFileInfo info(c.databasePath); info.isFile() && info.size() == 0)
        return c.failure(tr("%1 is empty: it holds no community.").arg(QDir::toNativeSeparators(c.databasePath)));
    Database::OpenReport report;
    const std::unique_ptr<Database> db = Database::openFile(c.databasePath, Database::Mode::OpenExisting, &report);
    if (!db)
        return c.failure(report.message);

    const ImportPlan plan = ContributorImport::plan(*db, doc.value(), mapping);
    for (const ImportIssue &issue : plan.issues) {
        if (issue.line <= 0)
            c.err << issue.message << Qt::endl;
        else if (issue.column.isEmpty())
            c.err << tr("Line %1: %2").arg(issue.line).arg(issue.message) << Qt::endl;
        else
            c.err << tr("Line %1, column %2: %3").arg(issue.line).arg(issue.column, issue.message) << Qt::endl;
    }
    if (!plan.canApply())
        return c.failure(tr("%n line(s) cannot be imported: nothing was written.", nullptr, int(plan.issues.size())));

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
    if (const Result applied = ContributorImport::apply(*db, plan); !applied)
        return c.failure(applied.message());
    c.out << tr("Imported: %1").arg(summary) << Qt::endl;
    return CommandLine::Success;
}

} // namespace convivium::core
