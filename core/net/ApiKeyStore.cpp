#include "net/ApiKeyStore.h"

#include "net/SecretStore.h"

namespace convivium::core {

namespace {

QString keychainFailure(const SecretStore::Outcome &outcome)
{
    if (outcome.problem == SecretStore::Problem::Refused)
        return ApiKeyStore::tr("Access to the system keychain was refused: allow Convivium to use it to keep the "
                               "Grist API key.");
    return ApiKeyStore::tr("The system keychain cannot be used (%1), so the Grist API key cannot be kept safely. "
                           "Open a desktop session with a keyring (GNOME Keyring or KWallet) unlocked; on the "
                           "command line, set the environment variable %2 to the key instead.")
        .arg(outcome.detail, QString::fromLatin1(ApiKeyStore::EnvironmentVariable));
}

} // namespace

QString ApiKeyStore::entryName(const GristSource &source)
{
    return QStringLiteral("Grist %1 %2").arg(source.site().toString(QUrl::FullyEncoded), source.document.trimmed());
}

Result ApiKeyStore::write(const GristSource &source, const QString &apiKey)
{
    if (const Result valid = source.validate(); !valid)
        return valid;
    if (const SecretStore::Outcome done = SecretStore::write(entryName(source), apiKey.trimmed()); !done)
        return Result::failure(keychainFailure(done));
    return Result::success();
}

Fallible<QString> ApiKeyStore::read(const GristSource &source)
{
    const SecretStore::Outcome done = SecretStore::read(entryName(source));
    if (!done)
        return Result::failure(keychainFailure(done));
    return done.secret;
}

Result ApiKeyStore::remove(const GristSource &source)
{
    if (const SecretStore::Outcome done = SecretStore::remove(entryName(source)); !done)
        return Result::failure(keychainFailure(done));
    return Result::success();
}

Fallible<QString> ApiKeyStore::keyForCommandLine(const GristSource &source)
{
    const QString fromEnvironment = qEnvironmentVariable(EnvironmentVariable).trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const Fallible<QString> stored = read(source);
    if (!stored)
        return stored;
    if (stored.value().isEmpty())
        return Result::failure(tr("No Grist API key is stored for %1: enter it in the event's Grist settings, or "
                                  "set the environment variable %2 to the key.")
                                   .arg(entryName(source), QString::fromLatin1(EnvironmentVariable)));
    return stored;
}

} // namespace convivium::core
