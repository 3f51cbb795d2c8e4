#include "net/ApiKeyStore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace convivium::core {

namespace {

// Runs a keychain job to its end.
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);   // never a key in a plain file
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

QString keychainFailure(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::AccessDeniedByUser:
        return ApiKeyStore::tr("Access to the system keychain was refused: allow Convivium to use it to keep the "
                               "Grist API key.");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::AccessDenied:
    default:
        return ApiKeyStore::tr("The system keychain cannot be used (%1), so the Grist API key cannot be kept safely. "
                               "Open a desktop session with a keyring (GNOME Keyring or KWallet) unlocked; on the "
                               "command line, set the environment variable %2 to the key instead.")
            .arg(job.errorString(), QString::fromLatin1(ApiKeyStore::EnvironmentVariable));
    }
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
    if (apiKey.trimmed().isEmpty())
        return remove(source);
    QKeychain::WritePasswordJob job(QString::fromLatin1(Service));
    job.setKey(entryName(source));
    job.setTextData(apiKey.trimmed());
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return Result::failure(keychainFailure(job));
    return Result::success();
}

Fallible<QString> ApiKeyStore::read(const GristSource &source)
{
    QKeychain::ReadPasswordJob job(QString::fromLatin1(Service));
    job.setKey(entryName(source));
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound)
        return QString();
    if (job.error() != QKeychain::NoError)
        return Result::failure(keychainFailure(job));
    return job.textData();
}

Result ApiKeyStore::remove(const GristSource &source)
{
    QKeychain::DeletePasswordJob job(QString::fromLatin1(Service));
    job.setKey(entryName(source));
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Result::failure(keychainFailure(job));
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
