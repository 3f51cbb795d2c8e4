#include "PostgresServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <csignal>
#include <cstdio>
#include <sys/types.h>

namespace convivium::bench {

namespace {

const QString Script = QStringLiteral(CONVIVIUM_POSTGRES_SCRIPT);

} // namespace

bool PostgresServer::available()
{
    // As the script looks for them.
    for (const QFileInfo &version : QDir(QStringLiteral("/usr/lib/postgresql")).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = version.absoluteFilePath() + QStringLiteral("/bin/");
        if (QFileInfo(bin + QStringLiteral("initdb")).isExecutable() && QFileInfo(bin + QStringLiteral("pg_ctl")).isExecutable())
            return QFileInfo::exists(Script);
    }
    return false;
}

core::Result PostgresServer::runScript(const QString &action) const
{
    QProcess script;
    script.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    script.start(QStringLiteral("sh"), {Script, action, m_dir.path()});
    if (!script.waitForFinished(120000) || script.exitStatus() != QProcess::NormalExit)
        return core::Result::failure(QStringLiteral("%1 %2 did not finish: %3").arg(Script, action, script.errorString()));
    if (script.exitCode() != 0)   // its own message is on stderr above
        return core::Result::failure(QStringLiteral("%1 %2 failed (status %3)").arg(Script, action).arg(script.exitCode()));
    return core::Result::success();
}

core::Result PostgresServer::start()
{
    if (!m_dir.isValid())
        return core::Result::failure(QStringLiteral("Cannot create a temporary folder: %1").arg(m_dir.errorString()));
    // The watchdog comes first, in a session of its own (Ctrl-C does not reach
    // it): it waits for the bench to end, then stops whatever is left.
    const QString watch = QStringLiteral("while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; exec sh \"$2\" stop \"$3\"");
    if (!QProcess::startDetached(QStringLiteral("setsid"),
                                 {QStringLiteral("sh"), QStringLiteral("-c"), watch, QStringLiteral("watchdog"),
                                  QString::number(QCoreApplication::applicationPid()), Script, m_dir.path()},
                                 QString(), &m_watchdog))
        return core::Result::failure(QStringLiteral("Cannot start the watchdog that stops the server after the bench (setsid, sh)."));
    m_started = true;   // from here on the script may have left something to stop
    if (core::Result r = runScript(QStringLiteral("start")); !r)
        return r;
    QFile url(m_dir.filePath(QStringLiteral("url")));
    if (!url.open(QIODevice::ReadOnly))
        return core::Result::failure(QStringLiteral("The server started but wrote no address in %1.").arg(url.fileName()));
    m_url = QString::fromUtf8(url.readAll()).trimmed();
    return core::Result::success();
}

void PostgresServer::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_url.clear();
    if (const core::Result r = runScript(QStringLiteral("stop")); !r)
        std::fprintf(stderr, "%s\n", qPrintable(r.message()));   // the watchdog tries again when the bench ends
    else if (m_watchdog > 0)
        ::kill(pid_t(m_watchdog), SIGTERM);   // nothing left for it to do
    m_watchdog = 0;
}

} // namespace convivium::bench
