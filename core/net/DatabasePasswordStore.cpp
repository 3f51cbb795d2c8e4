#include "net/DatabasePasswordStore.h"

#include "net/SecretStore.h"

namespace convivium::core {

namespace {

QString keychainFailure(const SecretStore::Outcome &outcome)
{
    if (outcome.problem == SecretStore::Problem::Refused)
        return DatabasePasswordStore::tr("Access to the system keychain was refused: allow Convivium to use it to "
                                         "keep the database password.");
    return DatabasePasswordStore::tr("The system keychain cannot be used (%1), so the database password cannot be "
                                     "kept safely. Open a desktop session with a keyring (GNOME Keyring or KWallet) "
                                     "unlocked.")
        .arg(outcome.detail);
}

} // namespace

QString DatabasePasswordStore::entryName(const ServerAddress &address)
{
    return QStringLiteral("PostgreSQL %1").arg(address.toUrl());
}

Result DatabasePasswordStore::write(const ServerAddress &address, const QString &password)
{
    if (const SecretStore::Outcome done = SecretStore::write(entryName(address), password); !done)
        return Result::failure(keychainFailure(done));
    return Result::success();
}

Fallible<QString> DatabasePasswordStore::read(const ServerAddress &address)
{
    const SecretStore::Outcome done = SecretStore::read(entryName(address));
    if (!done)
        return Result::failure(keychainFailure(done));
    return done.secret;
}

Result DatabasePasswordStore::remove(const ServerAddress &address)
{
    if (const SecretStore::Outcome done = SecretStore::remove(entryName(address)); !done)
        return Result::failure(keychainFailure(done));
    return Result::success();
}

} // namespace convivium::core
