// convivium-cli: Convivium without a display. Everything but the streams and
// the translation lives in core/cli/CommandLine, where the tests run it.
#include "Translations.h"
#include "cli/CommandLine.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
