#include "net/SecretStore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace convivium::core {

namespace {

// Runs a keychain job to its end and says how it went.
SecretStore::Outcome run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);   // never a secret in a plain file
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    SecretStore::Outcome outcome;
    switch (job.error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        break;
    case QKeychain::AccessDeniedByUser:
        outcome.problem = SecretStore::Problem::Refused;
        outcome.detail = job.errorString();
        break;
    default:
        outcome.problem = SecretStore::Problem::Unavailable;
        outcome.detail = job.errorString();
        break;
    }
    return outcome;
}

} // namespace

SecretStore::Outcome SecretStore::write(const QString &entry, const QString &secret)
{
    if (secret.isEmpty())
        return remove(entry);
    QKeychain::WritePasswordJob job(QString::fromLatin1(Service));
    job.setKey(entry);
    job.setTextData(secret);
    return run(job);
}

SecretStore::Outcome SecretStore::read(const QString &entry)
{
    QKeychain::ReadPasswordJob job(QString::fromLatin1(Service));
    job.setKey(entry);
    Outcome outcome = run(job);
    if (outcome && job.error() == QKeychain::NoError)
        outcome.secret = job.textData();
    return outcome;
}

SecretStore::Outcome SecretStore::remove(const QString &entry)
{
    QKeychain::DeletePasswordJob job(QString::fromLatin1(Service));
    job.setKey(entry);
    return run(job);
}

} // namespace convivium::core
