#pragma once
#include "cli/CommandLine.h"

#include <QString>
#include <QStringList>

namespace convivium::test {

// What a run of convivium-cli gave.
struct CliOutcome {
    int code = -1;
    QString out;
    QString err;
    QString describe() const;   // for failure messages
};

// Runs the command line in-process; `{dir}` in an argument is replaced by `dir`.
CliOutcome runCli(const QStringList &args, const QString &dir = {},
                  const core::CommandLine &cli = core::CommandLine());
// Runs the built program in the C locale (the arguments may ask for --lang).
CliOutcome runBinary(const QString &program, const QStringList &args);

} // namespace convivium::test
