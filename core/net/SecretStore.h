#pragma once
#include <QString>

namespace convivium::core {

// Secrets (Grist API keys, team database passwords) in the system keychain
// through qtkeychain, under the service "Convivium", one entry per name.
// Never a plain file: without a keychain the calls fail and say so, and
// each caller words the message for what it was keeping.
//
// The calls wait for the keychain in a local event loop (a QCoreApplication
// must exist); the keychain may show its own unlock prompt meanwhile.
class SecretStore
{
public:
    static constexpr const char *Service = "Convivium";

    enum class Problem {
        None,
        Refused,       // the user refused Convivium access to the keychain
        Unavailable,   // no keychain (no Secret Service on D-Bus, locked, broken…)
    };
    struct Outcome {
        Problem problem = Problem::None;
        QString detail;   // qtkeychain's own words, for a tooltip or a log
        QString secret;   // read(): empty when no entry of that name exists
        explicit operator bool() const { return problem == Problem::None; }
    };

    // An empty secret removes the entry.
    static Outcome write(const QString &entry, const QString &secret);
    static Outcome read(const QString &entry);
    // Removing an entry that is not there succeeds.
    static Outcome remove(const QString &entry);
};

} // namespace convivium::core
