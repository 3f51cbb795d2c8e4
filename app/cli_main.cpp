// convivium-cli: Convivium without a display. Everything but the streams and
// the translation lives in core/cli/CommandLine, where the tests run it.
#include "Translations.h"
#include "cli/CommandLine.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

namespace {

// Without a session (cron, containers, CI) Qt notes on stderr that it picked a
// runtime folder itself; that is no message for the user, and stderr is kept
// for errors, so this one note is dropped and everything else passes on.
QtMessageHandler defaultHandler = nullptr;

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    defaultHandler = qInstallMessageHandler(messageHandler);
    // PDF reports draw with QPainter, which needs a QGuiApplication; the
    // offscreen platform lets it run without a display (servers, cron, CI).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("convivium-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Convivium"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("convivium.example.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONVIVIUM_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    const convivium::core::CommandLine cli;
    convivium::core::Translations::install(cli.requestedLanguage(arguments));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cli.run(arguments, out, err);
}
