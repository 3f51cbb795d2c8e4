#pragma once
#include "cli/CommandLine.h"
#include "commands/RecordChangeCommand.h"
#include "io/ImportPlan.h"

namespace convivium::core {

// `convivium-cli import KIND FILE [--event EVENT] [--mapping FILE] [--dry-run]`: the same
// plan and the same single transaction as the import wizard. Lines with
// errors are listed on stderr (line, column, reason) and nothing is written.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    static CommandLine::Command command();
    static int run(const CommandLine::Context &c);

    // Shared with grist-sync: the mapping given by --mapping, else the one
    // the community remembers (else guessed).
    static Fallible<ImportMapping> mappingFor(const CommandLine::Context &c, const Database &db, ImportMapping::Kind kind,
                                              const QStringList &header, const QString &source = QString());
    // Lists the plan's issues and warnings, then applies it unless --dry-run,
    // telling the organisers who have the team database open.
    static int finish(const CommandLine::Context &c, const Database &db, const ImportPlan &plan,
                      const std::function<Fallible<QList<RecordRef>>()> &apply);

private:
    // Line, column and reason of each, on stderr.
    static void report(const CommandLine::Context &c, const QList<ImportIssue> &issues);
};

} // namespace convivium::core
