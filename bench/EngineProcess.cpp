#include "EngineProcess.h"

#include <QCoreApplication>
#include <QProcess>
#include <cstdio>

namespace convivium::bench {

bool EngineProcess::run(const QStringList &arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForStarted()) {
        m_failure = child.errorString();
        return false;
    }
    auto passOn = [&] {
        while (child.canReadLine()) {
            const QByteArray line = child.readLine();
            std::fputs(line.constData(), stdout);
            std::fflush(stdout);
            Measure m;
            if (Measure::parse(QString::fromUtf8(line), &m))
                m_measures << m;
        }
    };
    while (child.waitForReadyRead(-1))   // false once the child is gone
        passOn();
    child.waitForFinished(-1);
    passOn();
    const QByteArray unfinished = child.readAll();   // a last line without its newline
    if (!unfinished.isEmpty()) {
        std::fprintf(stdout, "%s\n", unfinished.constData());
        std::fflush(stdout);
    }
    if (child.exitStatus() != QProcess::NormalExit)
        m_failure = QStringLiteral("it crashed");
    else if (child.exitCode() != 0)
        m_failure = QStringLiteral("it ended with status %1").arg(child.exitCode());
    return m_failure.isEmpty();
}

} // namespace convivium::bench
