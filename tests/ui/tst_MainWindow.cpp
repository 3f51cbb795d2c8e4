// The main window as a user meets it: sections, filter-as-you-type, new,
// delete with its confirmation, undo and redo from the Edit menu, merge,
// bad files refused, recent files remembered.
#include "Community.h"
#include "Icons.h"
#include "UiTestHelpers.h"
#include "MainWindow.h"
#include "ScriptedPrompts.h"
#include "TestCommunity.h"
#include "Translations.h"
#include "dialogs/MergeContributorsDialog.h"
#include "dialogs/OrganisationDialog.h"
#include "models/LazyListModel.h"
#include "repositories/ContributorRepository.h"
#include "repositories/OrganisationRepository.h"
#include "views/RecordListView.h"
#include "widgets/Pickers.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QApplication>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>
#include "db/AutoBackups.h"

using namespace convivium;

// Where a community is, as the window keeps it: a file's absolute path, or a
// team database's address (on PostgreSQL runs).
static QString location(const QString &path)
{
    return test::TestCommunity::onPostgres() ? path : QFileInfo(path).absoluteFilePath();
}

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void filterAsYouTypeNarrowsTheList();
    void newOrganisationThenUndoRedoFromEditMenu();
    void deleteAsksAndSaysWhatDepends();
    void mergeTwoContributorsIsUndoable();
    void badFileIsRefusedAndCurrentKept();
    void recentFilesAreRemembered();
    void editSavedByAnotherConvivium_showsWithoutReopening();
    void eraseFromTheRecordMenu_withTheListsOpen();
    void automaticBackups_atOpenAndClose_restoredFromTheMenu();

private:
    struct Fixture {
        test::TestCommunity files;
        std::unique_ptr<ui::MainWindow> window;
        test::ScriptedPrompts *prompts = nullptr;
    };
    std::unique_ptr<Fixture> open();
};

namespace {

qint64 addContributor(const core::Database &db, const QString &given, const QString &family, const QString &email,
                      qint64 orgId = 0)
{
    core::Contributor c;
    c.givenName = given;
    c.familyName = family;
    c.emails = {email};
    if (orgId)
        c.affiliations = {core::Affiliation{0, orgId, QString(), QDate(2020, 1, 1), QDate()}};
    return core::ContributorRepository(db).insert(c).value();
}

QAction *editMenuAction(ui::MainWindow &w, const char *name)
{
    for (QAction *menu : w.menuBar()->actions())
        if (menu->menu() && menu->menu()->objectName() == u"editMenu")
            for (QAction *a : menu->menu()->actions())
                if (a->objectName() == QLatin1String(name))
                    return a;
    return nullptr;
}

} // namespace

void tst_MainWindow::init()
{
    QSettings().clear();
}

std::unique_ptr<tst_MainWindow::Fixture> tst_MainWindow::open()
{
    auto f = std::make_unique<Fixture>();
    const core::Database &db = f->files.db();
    core::Organisation org;
    org.name = QStringLiteral("Région Bretagne");
    const qint64 orgId = core::OrganisationRepository(db).insert(org).value();
    addContributor(db, QStringLiteral("Hélène"), QStringLiteral("Le Gall"), QStringLiteral("helene@example.org"), orgId);
    addContributor(db, QStringLiteral("Loïc"), QStringLiteral("Kerhervé"), QStringLiteral("loic@example.fr"), orgId);
    addContributor(db, QStringLiteral("Ana"), QStringLiteral("Quispe"), QStringLiteral("ana@example.com"));
    f->window = std::make_unique<ui::MainWindow>();
    auto prompts = std::make_unique<test::ScriptedPrompts>();
    f->prompts = prompts.get();
    f->window->setPrompts(std::move(prompts));
    return f;
}

void tst_MainWindow::filterAsYouTypeNarrowsTheList()
{
    auto f = open();
    QVERIFY(f->window->openCommunity(f->files.path()));
    f->window->show();
    f->window->showSection(QStringLiteral("contributor"));
    ui::RecordListView *view = f->window->currentView();
    QCOMPARE(view->table(), QStringLiteral("contributor"));
    QCOMPARE(view->model()->rowCount(), 3);
    test::typeText(view->filterField(), QStringLiteral("helene"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Le Gall, Hélène"));
    view->filterField()->clear();
    test::typeText(view->filterField(), QStringLiteral("bretagne"));   // by organisation
    QCOMPARE(view->model()->rowCount(), 2);
    test::typeText(view->filterField(), QStringLiteral(" kerh"));
    QCOMPARE(view->model()->rowCount(), 1);
    view->tableView()->selectRow(0);
    QVERIFY(view->detailPane()->toPlainText().contains(QStringLiteral("Loïc Kerhervé")));
    QVERIFY(view->detailPane()->toPlainText().contains(QStringLiteral("Région Bretagne")));
}

void tst_MainWindow::newOrganisationThenUndoRedoFromEditMenu()
{
    auto f = open();
    QVERIFY(f->window->openCommunity(f->files.path()));
    f->window->showSection(QStringLiteral("organisation"));
    f->prompts->dialogDriver = [](QWidget *w) {
        auto *dialog = qobject_cast<ui::OrganisationDialog *>(w);
        if (!dialog)
            return 0;
        dialog->show();
        test::typeText(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("GIP ATGeRI"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        return dialog->result();
    };
    f->window->action(QStringLiteral("newRecord"))->trigger();
    ui::RecordListView *view = f->window->currentView();
    QCOMPARE(view->model()->rowCount(), 2);

    QAction *undo = editMenuAction(*f->window, "undo");
    QAction *redo = editMenuAction(*f->window, "redo");
    QVERIFY(undo && redo);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Create organisation “GIP ATGeRI”"));
    undo->trigger();
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(!undo->isEnabled());
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(view->model()->rowCount(), 2);
}

void tst_MainWindow::deleteAsksAndSaysWhatDepends()
{
    auto f = open();
    QVERIFY(f->window->openCommunity(f->files.path()));
    f->window->showSection(QStringLiteral("organisation"));
    ui::RecordListView *view = f->window->currentView();
    view->tableView()->selectRow(0);
    QVERIFY(view->currentId() > 0);

    f->prompts->confirmations = {false};
    f->window->action(QStringLiteral("deleteRecord"))->trigger();
    QCOMPARE(f->prompts->confirmTexts.size(), 1);
    const QString asked = f->prompts->confirmTexts.first();
    QVERIFY2(asked.contains(QStringLiteral("Région Bretagne")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("2 affiliations")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("2 contributors lose their current organisation")), qPrintable(asked));
    QCOMPARE(view->model()->rowCount(), 1);   // answered no: nothing deleted

    f->prompts->confirmations = {true};
    f->window->action(QStringLiteral("deleteRecord"))->trigger();
    QCOMPARE(view->model()->rowCount(), 0);
    editMenuAction(*f->window, "undo")->trigger();
    QCOMPARE(view->model()->rowCount(), 1);
    f->window->showSection(QStringLiteral("contributor"));
    test::typeText(f->window->currentView()->filterField(), QStringLiteral("bretagne"));
    QCOMPARE(f->window->currentView()->model()->rowCount(), 2);   // affiliations came back too
}

void tst_MainWindow::eraseFromTheRecordMenu_withTheListsOpen()
{
    // The lists hold the database open while the file is compacted.
    auto f = open();
    QVERIFY(f->window->openCommunity(f->files.path()));
    f->window->show();
    for (const char *section : {"organisation", "contributor"})
        f->window->showSection(QString::fromLatin1(section));
    ui::RecordListView *view = f->window->currentView();
    test::typeText(view->filterField(), QStringLiteral("helene"));
    view->tableView()->selectRow(0);
    QVERIFY(f->window->action(QStringLiteral("erasePersonalData"))->isEnabled());
    f->prompts->confirmations = {true};
    f->window->action(QStringLiteral("erasePersonalData"))->trigger();
    QVERIFY2(f->prompts->warnings.isEmpty(), qPrintable(f->prompts->warnings.join(u'\n')));
    QCOMPARE(view->model()->rowCount(), 0);    // nothing left to find her by
    view->filterField()->clear();
    QCOMPARE(view->model()->rowCount(), 3);    // the record stays, anonymous
    f->window->showSection(QStringLiteral("organisation"));
    QVERIFY(!f->window->action(QStringLiteral("erasePersonalData"))->isEnabled());
}

void tst_MainWindow::automaticBackups_atOpenAndClose_restoredFromTheMenu()
{
    if (test::TestCommunity::onPostgres())
        QSKIP("A team database is backed up by its server.");
    auto f = open();
    QVERIFY(f->window->openCommunity(f->files.path()));
    f->window->close();                                 // the closing copy, after the opening one
    const core::AutoBackups backups(core::AutoBackups::folderFor(f->files.path()));
    QTRY_COMPARE(backups.copies().size(), 2);
    QVERIFY(!backups.copies().at(0).atOpen);
    QVERIFY(backups.copies().at(1).atOpen);

    const QString target = f->files.folder() + QStringLiteral("/restored.convivium");
    f->prompts->choices = {1};                          // the copy taken at open
    f->prompts->fileNames = {target};
    f->prompts->confirmations = {true};
    f->window->action(QStringLiteral("restoreAutoBackup"))->trigger();
    QVERIFY2(f->prompts->warnings.isEmpty(), qPrintable(f->prompts->warnings.join(u'\n')));
    QCOMPARE(f->prompts->choiceItems.first().size(), 2);
    QVERIFY(f->prompts->choiceItems.first().at(1).contains(QStringLiteral("when it was opened")));
    QCOMPARE(f->window->community()->database().path(), QFileInfo(target).absoluteFilePath());
    f->window->showSection(QStringLiteral("contributor"));
    QCOMPARE(f->window->currentView()->model()->rowCount(), 3);
}

void tst_MainWindow::mergeTwoContributorsIsUndoable()
{
    auto f = open();
    const qint64 dup = addContributor(f->files.db(), QStringLiteral("Helene"), QStringLiteral("Le Gall"),
                                      QStringLiteral("h.legall@example.com"));
    QVERIFY(f->window->openCommunity(f->files.path()));
    f->window->showSection(QStringLiteral("contributor"));
    ui::RecordListView *view = f->window->currentView();
    QCOMPARE(view->model()->rowCount(), 4);
    test::typeText(view->filterField(), QStringLiteral("helene@"));
    view->tableView()->selectRow(0);
    const qint64 keep = view->currentId();
    view->filterField()->clear();
    f->prompts->dialogDriver = [dup](QWidget *w) {
        auto *dialog = qobject_cast<ui::MergeContributorsDialog *>(w);
        if (!dialog)
            return 0;
        dialog->duplicatePicker()->setContributorId(dup);
        return int(QDialog::Accepted);
    };
    QVERIFY(f->window->action(QStringLiteral("mergeContributors"))->isEnabled());
    f->window->action(QStringLiteral("mergeContributors"))->trigger();
    QCOMPARE(view->model()->rowCount(), 3);
    const core::Contributor kept = core::ContributorRepository(f->window->community()->database()).load(keep).value();
    QVERIFY(kept.emails.contains(QStringLiteral("h.legall@example.com")));
    editMenuAction(*f->window, "undo")->trigger();
    QVERIFY2(f->prompts->warnings.isEmpty(), qPrintable(f->prompts->warnings.join(u'\n')));
    QCOMPARE(view->model()->rowCount(), 4);
}

void tst_MainWindow::badFileIsRefusedAndCurrentKept()
{
    auto f = open();
    QVERIFY(f->window->openCommunity(f->files.path()));
    const QString bad = f->files.folder() + QStringLiteral("/notes.convivium");
    test::writeFile(bad, "just some notes, not a database\n");
    QVERIFY(!f->window->openCommunity(bad));
    QCOMPARE(f->prompts->warnings.size(), 1);
    QVERIFY(f->prompts->warnings.first().contains(QStringLiteral("is not a Convivium file")));
    QCOMPARE(test::readFile(bad), QByteArray("just some notes, not a database\n"));
    QCOMPARE(f->window->community()->database().path(), location(f->files.path()));
}

void tst_MainWindow::recentFilesAreRemembered()
{
    auto f = open();
    QVERIFY(f->window->openCommunity(f->files.path()));
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    QCOMPARE(recent.value(0), location(f->files.path()));
    auto *menu = f->window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(menu && menu->isEnabled());
    QCOMPARE(menu->actions().size(), 1);
}

void tst_MainWindow::editSavedByAnotherConvivium_showsWithoutReopening()
{
    auto f = open();
    QVERIFY(f->window->openCommunity(f->files.path()));
    f->window->show();
    f->window->showSection(QStringLiteral("contributor"));
    ui::RecordListView *view = f->window->currentView();
    QCOMPARE(view->model()->rowCount(), 3);
    // The fixture's own connection to the file stands for another Convivium.
    core::Contributor c;
    c.givenName = QStringLiteral("Zoé");
    c.familyName = QStringLiteral("Roux");
    c.emails = {QStringLiteral("zoe.roux@example.org")};
    QVERIFY(f->files.community().editor().saveContributor(c));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 4, 5000);
    QVERIFY(!f->window->community()->undoStack()->canUndo());   // not an edit of this window's
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ConviviumTests"));
    QApplication::setApplicationName(QStringLiteral("tst_MainWindow"));
    core::Translations::install(QStringLiteral("en_GB"));
    ui::Icons::setUp();
    tst_MainWindow t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_MainWindow.moc"
