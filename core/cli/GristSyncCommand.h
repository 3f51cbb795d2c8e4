#pragma once
#include "cli/CommandLine.h"

namespace convivium::core {

// `convivium-cli grist-sync --event EVENT [--server URL --document ID
// --table ID] [--mapping FILE] [--dry-run]`: reads the event's online form
// (a Grist table) and brings its rows in as registrations, as the Grist
// window does. The source given is saved with the event for next time; the
// API key comes from CONVIVIUM_GRIST_KEY or the system keychain.
class GristSyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(GristSyncCommand)
public:
    static CommandLine::Command command();
    static int run(const CommandLine::Context &c);
};

} // namespace convivium::core
