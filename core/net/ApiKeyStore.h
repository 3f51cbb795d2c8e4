#pragma once
#include "Result.h"
#include "net/GristSource.h"
#include "net/SecretStore.h"

#include <QCoreApplication>

namespace convivium::core {

// Grist API keys in the system keychain (Secret Service: GNOME Keyring or
// KWallet; Keychain on macOS; Credential Manager on Windows), through
// qtkeychain, under the service "Convivium" and one entry per server and
// document. There is no fallback to a file: without a keychain, saving the
// key fails with a message and the command line reads the key from the
// environment variable CONVIVIUM_GRIST_KEY instead.
//
// The calls wait for the keychain in a local event loop (a QCoreApplication
// must exist); the keychain may show its own unlock prompt meanwhile.
class ApiKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeyStore)
public:
    static constexpr const char *Service = SecretStore::Service;
    static constexpr const char *EnvironmentVariable = "CONVIVIUM_GRIST_KEY";

    // The keychain entry's name: "Grist <site> <document>".
    static QString entryName(const GristSource &source);

    static Result write(const GristSource &source, const QString &apiKey);
    // An empty key when none is stored for this server and document.
    static Fallible<QString> read(const GristSource &source);
    // Removing a key that is not there succeeds.
    static Result remove(const GristSource &source);

    // For convivium-cli: CONVIVIUM_GRIST_KEY when set (scripts, servers
    // without a keychain), else the stored key; a failure when neither.
    static Fallible<QString> keyForCommandLine(const GristSource &source);
};

} // namespace convivium::core
