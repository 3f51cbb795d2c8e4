#pragma once
#include "cli/CommandLine.h"

namespace convivium::core {

// `convivium-cli backup --output FILE` writes the whole community as JSON;
// `convivium-cli restore FILE` writes it back into the --db file, which must
// not exist yet or hold no data (see BackupFile). A damaged, foreign or newer
// backup is refused with a message naming what is wrong, and nothing is written.
class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)
public:
    static CommandLine::Command backup();
    static CommandLine::Command restore();
    static int runBackup(const CommandLine::Context &c);
    static int runRestore(const CommandLine::Context &c);
};

} // namespace convivium::core
