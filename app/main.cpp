// The Convivium desktop application: parses the command line, loads the
// translation, and opens the main window on a file or on the demo community.
#include "Community.h"
#include "Icons.h"
#include "MainWindow.h"
#include "Translations.h"
#include "event/EventWindow.h"
#include "event/RegistrationsPage.h"
#include "dialogs/TeamDatabaseDialog.h"
#include "import/GristSyncDialog.h"
#include "import/ImportFilePage.h"
#include "import/ImportWizard.h"
#include "UserPrompts.h"

#include <QTableView>
#include "repositories/EventRepository.h"

#include <QTabWidget>
#include "services/DemoCommunity.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QStandardPaths>
#include <QTimer>
#include <functional>

using namespace convivium;

namespace {

// The demo community lives in the user's data folder; it is written on first use.
QString demoPath(QString *error)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("demo.convivium"));
    if (QFileInfo::exists(path))
        return path;
    core::Database::OpenReport report;
    auto community = core::Community::open(path, core::Database::Mode::CreateIfMissing, &report);
    if (!community) {
        *error = report.message;
        return QString();
    }
    if (const core::Result r = core::DemoCommunity::write(community->database()); !r) {
        community.reset();
        QFile::remove(path);
        *error = r.message();
        return QString();
    }
    return path;
}

// Opens the menu and the menus holding it, then pictures the window with
// them drawn where they stand: popups are windows of their own, which
// grabbing the main window alone would miss.
void pictureMenu(ui::MainWindow &window, const QString &name, const QString &target)
{
    auto *menu = window.findChild<QMenu *>(name);
    QList<QMenu *> chain;
    for (QWidget *w = menu; w; w = w->parentWidget())
        if (auto *m = qobject_cast<QMenu *>(w))
            chain.prepend(m);
    if (chain.isEmpty()) {
        QApplication::quit();
        return;
    }
    window.menuBar()->setActiveAction(chain.first()->menuAction());
    for (int i = 1; i < chain.size(); ++i) {
        QMenu *parent = chain.at(i - 1);
        parent->setActiveAction(chain.at(i)->menuAction());
        chain.at(i)->popup(parent->mapToGlobal(parent->actionGeometry(chain.at(i)->menuAction()).topRight()));
    }
    QTimer::singleShot(500, &window, [&window, chain, target] {
        QPixmap shot = window.grab();
        QPainter painter(&shot);
        const QPoint origin = window.mapToGlobal(QPoint(0, 0));
        for (QMenu *m : chain)
            if (m->isVisible())
                painter.drawPixmap(m->pos() - origin, m->grab());
        painter.end();
        shot.save(target);
        QApplication::quit();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Convivium"));
    QApplication::setOrganizationName(QStringLiteral("Convivium"));
    QApplication::setOrganizationDomain(QStringLiteral("convivium.example.org"));
    QApplication::setApplicationVersion(QStringLiteral(CONVIVIUM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.convivium.Convivium"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Members, groups, events, lodging and fees for "
                                                                     "open-source communities."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("main", "Open the demo community (written on first use)."));
    QCommandLineOption lang(QStringLiteral("lang"), QApplication::translate("main", "Interface language (fr or en)."),
                            QStringLiteral("language"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Save a picture of the window to a PNG file and quit."),
                                  QStringLiteral("file"));
    QCommandLineOption section(QStringLiteral("section"),
                               QApplication::translate("main", "Section to show: organisation, contributor, work_group, "
                                                               "event or funded_development."),
                               QStringLiteral("name"));
    QCommandLineOption editFirst(QStringLiteral("screenshot-form"),
                                 QApplication::translate("main", "With --screenshot: picture the form of the selected record."));
    QCommandLineOption openEvent(QStringLiteral("open-event"),
                                 QApplication::translate("main", "Open the workspace of the event with this title."),
                                 QStringLiteral("title"));
    QCommandLineOption tab(QStringLiteral("tab"), QApplication::translate("main", "With --open-event: the tab to show."),
                           QStringLiteral("number"));
    QCommandLineOption reportsForm(QStringLiteral("screenshot-reports"),
                                   QApplication::translate("main", "With --screenshot: picture the reports window."));
    QCommandLineOption menuShot(QStringLiteral("screenshot-menu"),
                                QApplication::translate("main", "With --screenshot: picture the window with this menu open "
                                                                "(its object name, such as exportMenu)."),
                                QStringLiteral("name"));
    QCommandLineOption importFile(QStringLiteral("screenshot-import"),
                                  QApplication::translate("main", "With --screenshot: picture the import wizard reading "
                                                                  "this CSV file."),
                                  QStringLiteral("file"));
    QCommandLineOption importKind(QStringLiteral("import-kind"),
                                  QApplication::translate("main", "With --screenshot-import: contributors (the default), "
                                                                  "organisations or registrations (to the --open-event)."),
                                  QStringLiteral("kind"));
    QCommandLineOption importStep(QStringLiteral("import-step"),
                                  QApplication::translate("main", "With --screenshot-import: the step to picture, file, "
                                                                  "mapping (the default) or plan."),
                                  QStringLiteral("step"));
    QCommandLineOption gristForm(QStringLiteral("screenshot-grist"),
                                 QApplication::translate("main", "With --screenshot and --open-event: picture the "
                                                                 "dialog that syncs with the event's online form."));
    QCommandLineOption teamForm(QStringLiteral("screenshot-team"),
                                QApplication::translate("main", "With --screenshot: picture the dialog that connects "
                                                                "to a team database, filled with this address "
                                                                "(postgresql://user@host:port/database, or \"\")."),
                                QStringLiteral("address"));
    parser.addOption(teamForm);
    parser.addOption(reportsForm);
    parser.addOption(menuShot);
    parser.addOption(importFile);
    parser.addOption(importKind);
    parser.addOption(importStep);
    parser.addOption(gristForm);
    parser.addOption(openEvent);
    parser.addOption(tab);
    parser.addOption(demo);
    parser.addOption(lang);
    parser.addOption(screenshot);
    parser.addOption(section);
    parser.addOption(editFirst);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A community file to open."));
    parser.process(app);

    core::Translations::install(parser.value(lang));
    ui::Icons::setUp();
    QApplication::setWindowIcon(ui::Icons::application());

    ui::MainWindow window;
    QString file = parser.positionalArguments().value(0);
    if (parser.isSet(demo)) {
        QString error;
        file = demoPath(&error);
        if (file.isEmpty()) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Convivium"),
                                  QApplication::translate("main", "Cannot write the demo community: %1").arg(error));
            return 1;
        }
    }
    if (!file.isEmpty())
        window.openCommunity(file);
    if (parser.isSet(section))
        window.showSection(parser.value(section));
    window.show();
    ui::EventWindow *workspace = nullptr;
    if (parser.isSet(openEvent) && window.community()) {
        auto id = core::EventRepository(window.community()->database()).findByTitle(parser.value(openEvent));
        if (!id) {
            QMessageBox::warning(&window, QApplication::translate("main", "Convivium"), id.message());
        } else {
            workspace = window.openEventWindow(id.value());
            workspace->tabs()->setCurrentIndex(parser.value(tab).toInt());
        }
    }

    // Pictures for the documentation and for looking at the UI under Xvfb.
    if (parser.isSet(screenshot)) {
        const QString target = parser.value(screenshot);
        const bool form = parser.isSet(editFirst);
        const bool reports = parser.isSet(reportsForm);
        const QString menuName = parser.value(menuShot);
        // A dialog opened by `open` is pictured once it is up, then closed.
        auto pictureDialog = [&window, target](const std::function<void()> &open) {
            QTimer::singleShot(600, &window, [target] {
                if (QWidget *dialog = QApplication::activeModalWidget()) {
                    dialog->grab().save(target);
                    dialog->close();
                }
                QApplication::quit();
            });
            open();   // modal: returns once the timer above has closed it
        };
        const QString importPath = parser.value(importFile);
        const QString kindName = parser.value(importKind);
        const auto kind = kindName == u"registrations"   ? core::ImportMapping::Kind::Registrations
                          : kindName == u"organisations" ? core::ImportMapping::Kind::Organisations
                                                         : core::ImportMapping::Kind::Contributors;
        const int steps = parser.value(importStep) == u"file" ? 0 : parser.value(importStep) == u"plan" ? 2 : 1;
        const bool grist = parser.isSet(gristForm);
        const bool team = parser.isSet(teamForm);
        const QString teamAddress = parser.value(teamForm);
        QTimer::singleShot(800, &window, [&window, target, form, reports, menuName, workspace, pictureDialog, importPath,
                                          kind, steps, grist, team, teamAddress] {
            if (team) {
                pictureDialog([&window, teamAddress] {
                    ui::TeamDatabaseDialog dialog(&window);
                    if (const auto address = core::ServerAddress::fromUrl(teamAddress); address)
                        dialog.setAddress(address.value());
                    dialog.exec();
                });
            } else if (!menuName.isEmpty()) {
                pictureMenu(window, menuName, target);
            } else if (!importPath.isEmpty() && window.community()) {
                pictureDialog([&window, workspace, importPath, kind, steps] {
                    ui::UserPrompts prompts;
                    ui::ImportWizard wizard(*window.community(), prompts, kind, workspace ? workspace->eventId() : 0,
                                            workspace ? static_cast<QWidget *>(workspace) : &window);
                    wizard.restart();   // the first page starts; shown by exec(), modal
                    wizard.filePage()->setFilePath(importPath);
                    for (int i = 0; i < steps; ++i)
                        wizard.next();
                    wizard.exec();
                });
            } else if (grist && workspace) {
                pictureDialog([&window, workspace] {
                    ui::GristSyncDialog dialog(*window.community(), workspace->eventId(), workspace);
                    dialog.exec();
                });
            } else if (reports) {
                pictureDialog([&window] { window.openReports(); });
            } else if (workspace && form) {
                pictureDialog([workspace] {
                    workspace->registrations()->table()->selectRow(0);
                    workspace->registrations()->editCurrent();
                });
            } else if (workspace) {
                workspace->grab().save(target);
                QApplication::quit();
            } else if (form) {
                pictureDialog([&window] { window.editCurrent(); });
            } else {
                window.grab().save(target);
                QApplication::quit();
            }
        });
    }
    return app.exec();
}
