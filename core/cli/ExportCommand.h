#pragma once
#include "cli/CommandLine.h"

namespace convivium::core {

// `convivium-cli export KIND --output FILE [--event ID]`, KIND being
//   calendar      every event (or --event) as iCalendar;
//   vcard         the contributors who agreed to be contacted, as vCard 4.0;
//   announcement  the Markdown post of one event (--event), in the --lang language.
// Files are written whole or not at all.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    static CommandLine::Command command();
    static int run(const CommandLine::Context &c);
};

} // namespace convivium::core
