#pragma once
#include "cli/CommandLine.h"
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

private:
    // Line, column and reason of each, on stderr.
    static void report(const CommandLine::Context &c, const QList<ImportIssue> &issues);
};

} // namespace convivium::core
