// File ▸ Connect to a Team Database (issue 6): the form, its messages for a
// server that cannot be reached or a database that does not exist (the
// dialog stays open), and the main window showing the team's community like
// a file, remembered in the recent list by its address without password.
// No keychain here (D-Bus points nowhere, as in tst_ApiKeyStore): the dialog
// says so and still connects, keeping the password for the session only.
// The parts that need PostgreSQL run when CONVIVIUM_TEST_POSTGRES names the
// test server's address file (ctest's postgres/ tests), and skip otherwise.
#include "Community.h"
#include "Icons.h"
#include "MainWindow.h"
#include "ScriptedPrompts.h"
#include "TestCommunity.h"
#include "Translations.h"
#include "UiTestHelpers.h"
#include "dialogs/TeamDatabaseDialog.h"
#include "models/LazyListModel.h"
#include "views/RecordListView.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

using namespace convivium;
using ui::TeamDatabaseDialog;

namespace {

// A loopback port where nothing listens.
int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot find a free port");
    return probe.serverPort();
}

// The test server's address (postgresql://convivium@127.0.0.1:PORT/postgres), or nothing.
core::ServerAddress testServer()
{
    QFile file(qEnvironmentVariable("CONVIVIUM_TEST_POSTGRES"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return core::ServerAddress::fromUrl(QString::fromUtf8(file.readAll()).trimmed()).value();
}

core::ServerAddress server(const QString &host, int port, const QString &database, const QString &user,
                           const QString &password)
{
    core::ServerAddress a;
    a.host = host;
    a.port = port;
    a.database = database;
    a.user = user;
    a.password = password;
    return a;
}

template<typename T> T *child(QWidget *dialog, const char *name)
{
    T *w = dialog->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no %s in the dialog", name);
    return w;
}

void fill(QWidget *dialog, const core::ServerAddress &a)
{
    for (const auto &[name, text] : {std::pair{"host", a.host}, std::pair{"database", a.database},
                                     std::pair{"user", a.user}, std::pair{"password", a.password}}) {
        QLineEdit *field = child<QLineEdit>(dialog, name);
        field->clear();
        test::typeText(field, text);
    }
    child<QSpinBox>(dialog, "port")->setValue(a.port);
}

QPushButton *connectButton(QWidget *dialog)
{
    return child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
}

} // namespace

class tst_TeamDatabaseDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void form_defaultsAndConnectEnabledOnceComplete();
    void noKeychain_dialogSaysSo();
    void wrongPort_cannotReach_dialogStaysOpen();
    void recentTeamDatabase_unreachable_showsDialogFilled();
    void wrongDatabase_saysItDoesNotExist();
    void connect_mainWindowShowsTeamCommunity();
};

void tst_TeamDatabaseDialog::initTestCase()
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/convivium-test-bus");
}

void tst_TeamDatabaseDialog::init()
{
    QSettings().clear();
}

void tst_TeamDatabaseDialog::form_defaultsAndConnectEnabledOnceComplete()
{
    TeamDatabaseDialog dialog;
    QCOMPARE(child<QSpinBox>(&dialog, "port")->value(), 5432);
    QCOMPARE(child<QLineEdit>(&dialog, "password")->echoMode(), QLineEdit::Password);
    QVERIFY(child<QCheckBox>(&dialog, "remember")->isChecked());
    QVERIFY(!connectButton(&dialog)->isEnabled());
    test::typeText(child<QLineEdit>(&dialog, "database"), QStringLiteral("community"));
    QVERIFY(!connectButton(&dialog)->isEnabled());
    test::typeText(child<QLineEdit>(&dialog, "user"), QStringLiteral("camille"));
    QVERIFY(connectButton(&dialog)->isEnabled());
    child<QLineEdit>(&dialog, "host")->clear();
    QVERIFY(!connectButton(&dialog)->isEnabled());

    // What it builds: the address shown and remembered holds no password.
    fill(&dialog, server(QStringLiteral("db.example.org"), 5433, QStringLiteral("team"),
                                      QStringLiteral("camille"), QStringLiteral("s3cret")));
    const core::ServerAddress a = dialog.address();
    QCOMPARE(a.password, QStringLiteral("s3cret"));
    QCOMPARE(a.toUrl(), QStringLiteral("postgresql://camille@db.example.org:5433/team"));
}

void tst_TeamDatabaseDialog::noKeychain_dialogSaysSo()
{
    TeamDatabaseDialog dialog;
    dialog.show();
    QLabel *note = child<QLabel>(&dialog, "keychainNote");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("kept only until Convivium closes")), qPrintable(note->text()));
    QVERIFY(!note->toolTip().isEmpty());   // the keychain's own words
}

void tst_TeamDatabaseDialog::wrongPort_cannotReach_dialogStaysOpen()
{
    TeamDatabaseDialog dialog;
    dialog.show();
    const int port = freePort();
    fill(&dialog, server(QStringLiteral("127.0.0.1"), port, QStringLiteral("team"),
                                      QStringLiteral("convivium"), QString()));
    QTest::mouseClick(connectButton(&dialog), Qt::LeftButton);
    QLabel *error = child<QLabel>(&dialog, "error");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("Cannot reach the database server 127.0.0.1 on port %1")
                                          .arg(port)),
             qPrintable(error->text()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.takeCommunity());
}

void tst_TeamDatabaseDialog::recentTeamDatabase_unreachable_showsDialogFilled()
{
    ui::MainWindow window;
    auto prompts = std::make_unique<test::ScriptedPrompts>();
    QStringList shown;
    prompts->dialogDriver = [&shown](QWidget *dialog) {
        shown << child<QLineEdit>(dialog, "host")->text() << QString::number(child<QSpinBox>(dialog, "port")->value())
              << child<QLineEdit>(dialog, "database")->text() << child<QLineEdit>(dialog, "user")->text()
              << child<QLabel>(dialog, "error")->text();
        return int(QDialog::Rejected);
    };
    window.setPrompts(std::move(prompts));
    const int port = freePort();
    QVERIFY(!window.openCommunity(QStringLiteral("postgresql://camille@127.0.0.1:%1/team").arg(port)));
    QCOMPARE(shown.size(), 5);
    QCOMPARE(shown.mid(0, 4), (QStringList{QStringLiteral("127.0.0.1"), QString::number(port), QStringLiteral("team"),
                                           QStringLiteral("camille")}));
    QVERIFY2(shown.at(4).startsWith(QStringLiteral("Cannot reach")), qPrintable(shown.at(4)));
    QVERIFY(!window.community());
}

void tst_TeamDatabaseDialog::wrongDatabase_saysItDoesNotExist()
{
    if (!test::TestCommunity::onPostgres())
        QSKIP("needs the PostgreSQL test server (CONVIVIUM_TEST_POSTGRES)");
    core::ServerAddress missing = testServer();
    missing.database = QStringLiteral("no_such_community");
    TeamDatabaseDialog dialog;
    dialog.show();
    fill(&dialog, missing);
    QTest::mouseClick(connectButton(&dialog), Qt::LeftButton);
    QLabel *error = child<QLabel>(&dialog, "error");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("The database no_such_community does not exist on %1")
                                          .arg(missing.host)),
             qPrintable(error->text()));
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.takeCommunity());
}

void tst_TeamDatabaseDialog::connect_mainWindowShowsTeamCommunity()
{
    if (!test::TestCommunity::onPostgres())
        QSKIP("needs the PostgreSQL test server (CONVIVIUM_TEST_POSTGRES)");
    test::TestCommunity demo(true);   // a fresh database on the server with the demo, dropped after
    core::ServerAddress address = core::ServerAddress::fromUrl(demo.path()).value();
    address.password = QStringLiteral("typed-password");   // the test server trusts loopback: any will do

    ui::MainWindow window;
    auto owned = std::make_unique<test::ScriptedPrompts>();
    test::ScriptedPrompts *prompts = owned.get();
    int dialogs = 0;
    bool noteShown = false;
    prompts->dialogDriver = [&](QWidget *dialog) {
        ++dialogs;
        dialog->show();
        noteShown = child<QLabel>(dialog, "keychainNote")->isVisible();
        fill(dialog, address);
        QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
        return qobject_cast<QDialog *>(dialog)->result();
    };
    window.setPrompts(std::move(owned));
    QAction *connectAction = window.action(QStringLiteral("connectTeamDatabase"));
    QVERIFY(connectAction);
    connectAction->trigger();
    QCOMPARE(dialogs, 1);
    QVERIFY(noteShown);
    QVERIFY2(prompts->warnings.isEmpty(), qPrintable(prompts->warnings.join(u'\n')));
    QVERIFY(window.community());
    QCOMPARE(window.community()->database().engine(), core::Database::Engine::PostgreSQL);
    QCOMPARE(window.windowTitle(), QStringLiteral("%1 on %2 — Convivium").arg(address.database, address.host));
    window.show();
    window.showSection(QStringLiteral("contributor"));
    ui::RecordListView *contributors = window.currentView();
    QVERIFY(contributors);
    QCOMPARE(contributors->table(), QStringLiteral("contributor"));
    QVERIFY(contributors->model()->rowCount() > 0);   // the demo's people

    // Remembered by its address, never with the password.
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    QCOMPARE(recent.value(0), address.toUrl());
    QVERIFY(!recent.join(u' ').contains(address.password));
    // No keychain: the password is kept for this session, in memory only.
    QCOMPARE(TeamDatabaseDialog::knownPassword(address).value(), address.password);

    // Reopened from the recent list: no dialog, since the password is known.
    QMenu *recentMenu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recentMenu && !recentMenu->actions().isEmpty());
    QVERIFY(recentMenu->actions().first()->text().contains(address.toUrl()));
    recentMenu->actions().first()->trigger();
    QCOMPARE(dialogs, 1);
    QCOMPARE(window.community()->database().path(), address.toUrl());
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ConviviumTests"));
    QApplication::setApplicationName(QStringLiteral("tst_TeamDatabaseDialog"));
    core::Translations::install(QStringLiteral("en_GB"));
    ui::Icons::setUp();
    tst_TeamDatabaseDialog t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_TeamDatabaseDialog.moc"
