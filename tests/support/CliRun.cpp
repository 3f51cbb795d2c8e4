#include "CliRun.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTextStream>

namespace convivium::test {

QString CliOutcome::describe() const
{
    return QStringLiteral("exit %1\n--- stdout:\n%2--- stderr:\n%3").arg(code).arg(out, err);
}

CliOutcome runCli(const QStringList &args, const QString &dir, const core::CommandLine &cli)
{
    QStringList arguments{QStringLiteral("convivium-cli")};
    for (QString a : args)
        arguments << a.replace(QStringLiteral("{dir}"), dir);
    CliOutcome o;
    QTextStream out(&o.out);
    QTextStream err(&o.err);
    o.code = cli.run(arguments, out, err);
    return o;
}

CliOutcome runBinary(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CONVIVIUM_LANG"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    CliOutcome o;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return o;
    o.code = p.exitCode();
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

} // namespace convivium::test
