// File ▸ Export and the backups, driven through the main window's menus
// with scripted answers on the demo community: each writes a real file
// checked for its content; contact cards only for consenting people, as the
// status bar says; the announcement from the menu (asking which event) and
// from the event's workspace; a backup restored through the menu opens with
// the same data; cancelling or a refused target writes nothing; errors show
// the core's message.
#include "MainWindow.h"
#include "ScriptedPrompts.h"
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "event/EventWindow.h"
#include "io/BackupFile.h"
#include "io/VCardWriter.h"
#include "models/LazyListModel.h"
#include "repositories/EventRepository.h"
#include "views/RecordListView.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace convivium;

namespace {

const QString kEvent = QStringLiteral("Rencontres communautaires d'hiver 2026");

// An action as the user reaches it: through the menu bar, in File or its Export submenu.
QAction *fileMenuAction(ui::MainWindow &w, const char *name)
{
    QList<QMenu *> menus;
    for (QAction *top : w.menuBar()->actions())
        if (top->menu())
            menus << top->menu();
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        for (QAction *a : menu->actions()) {
            if (a->objectName() == QLatin1String(name))
                return a;
            if (a->menu())
                menus << a->menu();
        }
    }
    return nullptr;
}

int occurrences(const QByteArray &bytes, const char *what)
{
    return int(bytes.count(what));
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class tst_CommunityExports : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void exportMenu_listsTheExports();
    void calendar_everyEventInOneFile();
    void contactCards_onlyConsentingPeople_countInTheStatusBar();
    void announcement_fromTheMenu_asksWhichEvent();
    void announcement_fromTheEventWorkspace();
    void exportIntoAMissingFolder_showsTheCoreMessage();
    void backUpThenRestore_opensTheSameCommunity();
    void backUpCancelled_leavesNoFile();
    void restoreCancelled_leavesNoFile();
    void restoreIntoACommunityWithData_isRefusedWithTheCoreMessage();
    void restoreIntoTheOpenCommunity_isRefused();
    void restore_worksWithNoCommunityOpen();

private:
    struct Fixture {
        test::TestCommunity files{true};
        std::unique_ptr<ui::MainWindow> window;
        test::ScriptedPrompts *prompts = nullptr;
    };
    std::unique_ptr<Fixture> open(bool openDemo = true);
    QString output(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void tst_CommunityExports::init()
{
    QSettings().clear();
    for (const QString &name : filesIn(m_dir.path()))
        QFile::remove(m_dir.filePath(name));
}

std::unique_ptr<tst_CommunityExports::Fixture> tst_CommunityExports::open(bool openDemo)
{
    auto f = std::make_unique<Fixture>();
    f->window = std::make_unique<ui::MainWindow>();
    auto prompts = std::make_unique<test::ScriptedPrompts>();
    f->prompts = prompts.get();
    f->window->setPrompts(std::move(prompts));
    if (openDemo && !f->window->openCommunity(f->files.path()))
        return nullptr;
    f->window->show();
    return f;
}

void tst_CommunityExports::exportMenu_listsTheExports()
{
    auto f = open();
    QVERIFY(f);
    auto *menu = f->window->findChild<QMenu *>(QStringLiteral("exportMenu"));
    QVERIFY(menu);
    QStringList names;
    for (QAction *a : menu->actions())
        if (!a->isSeparator())
            names << a->objectName();
    QCOMPARE(names, (QStringList{QStringLiteral("exportList"), QStringLiteral("exportCalendar"),
                                 QStringLiteral("exportContacts"), QStringLiteral("exportAnnouncement")}));
    for (const char *name : {"backUp", "restoreBackup"})
        QVERIFY2(fileMenuAction(*f->window, name), name);
    QVERIFY(fileMenuAction(*f->window, "backUp")->isEnabled());
}

void tst_CommunityExports::calendar_everyEventInOneFile()
{
    auto f = open();
    QVERIFY(f);
    const QString path = output(QStringLiteral("events.ics"));
    f->prompts->fileNames << path;
    fileMenuAction(*f->window, "exportCalendar")->trigger();
    QVERIFY2(f->prompts->warnings.isEmpty(), qPrintable(f->prompts->warnings.join(u'\n')));
    QVERIFY(f->prompts->exportSuggestions.value(0).endsWith(QStringLiteral("Events.ics")));
    const QByteArray ics = test::readFile(path);
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics.trimmed().endsWith("END:VCALENDAR"));
    const int events = test::countRows(f->files.db(), QStringLiteral("event"));
    QVERIFY(events > 1);
    QCOMPARE(occurrences(ics, "BEGIN:VEVENT"), events);
    QVERIFY(f->window->statusBar()->currentMessage().contains(QString::number(events)));
}

void tst_CommunityExports::contactCards_onlyConsentingPeople_countInTheStatusBar()
{
    auto f = open();
    QVERIFY(f);
    const QString path = output(QStringLiteral("contacts.vcf"));
    f->prompts->fileNames << path;
    fileMenuAction(*f->window, "exportContacts")->trigger();
    QVERIFY2(f->prompts->warnings.isEmpty(), qPrintable(f->prompts->warnings.join(u'\n')));
    const QByteArray vcf = test::readFile(path);
    const int consenting = test::scalar(f->files.db(),
                                        QStringLiteral("SELECT count(DISTINCT contributor_id) FROM consent "
                                                       "WHERE kind = 'contact_email' AND granted <> 0"))
                               .toInt();
    QVERIFY(consenting > 0);
    QVERIFY(consenting < test::countRows(f->files.db(), QStringLiteral("contributor")));   // others are left out
    QCOMPARE(occurrences(vcf, "BEGIN:VCARD"), consenting);
    QCOMPARE(occurrences(vcf, "VERSION:4.0"), consenting);
    const QString message = f->window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QString::number(consenting)) && message.contains(QStringLiteral("agreed")),
             qPrintable(message));
}

void tst_CommunityExports::announcement_fromTheMenu_asksWhichEvent()
{
    auto f = open();
    QVERIFY(f);
    const qint64 eventId = test::must(core::EventRepository(f->files.db()).findByTitle(kEvent));
    // The event selected in the Events section is offered first.
    f->window->openRecord(QStringLiteral("event"), eventId);
    QCOMPARE(f->window->currentView()->currentId(), eventId);
    const QString path = output(QStringLiteral("hiver.md"));
    f->prompts->fileNames << path;
    QAction *announce = fileMenuAction(*f->window, "exportAnnouncement");

    announce->trigger();   // cancelled at the question: nothing asked after it
    QCOMPARE(f->prompts->choiceItems.size(), 1);
    const int preselected = f->prompts->choiceCurrents.value(0);
    QVERIFY(f->prompts->choiceItems.value(0).value(preselected).startsWith(kEvent));
    QCOMPARE(f->prompts->fileNames, QStringList{path});

    f->prompts->choices << preselected;
    announce->trigger();
    QVERIFY2(f->prompts->warnings.isEmpty(), qPrintable(f->prompts->warnings.join(u'\n')));
    const QString post = QString::fromUtf8(test::readFile(path));
    QVERIFY(post.startsWith(QStringLiteral("---\n")));
    QVERIFY(post.contains(QStringLiteral("layout: ")));
    QVERIFY(post.contains(QStringLiteral("title: ")));
    QVERIFY(post.contains(QStringLiteral("hiver 2026")));
    QVERIFY(f->window->statusBar()->currentMessage().contains(kEvent));
}

void tst_CommunityExports::announcement_fromTheEventWorkspace()
{
    auto f = open();
    QVERIFY(f);
    const qint64 eventId = test::must(core::EventRepository(f->files.db()).findByTitle(kEvent));
    ui::EventWindow *event = f->window->openEventWindow(eventId);
    QVERIFY(event);
    auto *announce = event->findChild<QAction *>(QStringLiteral("exportAnnouncement"));
    QVERIFY(announce);
    const QString path = output(QStringLiteral("workspace.md"));
    f->prompts->fileNames << path;
    announce->trigger();
    QVERIFY(f->prompts->choiceItems.isEmpty());   // the workspace knows its event
    QVERIFY(f->prompts->exportSuggestions.value(0).endsWith(kEvent + QStringLiteral(".md")));
    QVERIFY(QString::fromUtf8(test::readFile(path)).startsWith(QStringLiteral("---\n")));
    QVERIFY(event->statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)));
}

void tst_CommunityExports::exportIntoAMissingFolder_showsTheCoreMessage()
{
    auto f = open();
    QVERIFY(f);
    const QString path = output(QStringLiteral("missing/events.ics"));
    f->prompts->fileNames << path;
    fileMenuAction(*f->window, "exportCalendar")->trigger();
    QCOMPARE(f->prompts->warnings.size(), 1);
    QVERIFY2(f->prompts->warnings.first().contains(QStringLiteral("does not exist")), qPrintable(f->prompts->warnings.first()));
    QVERIFY(!QFileInfo::exists(path));
}

void tst_CommunityExports::backUpThenRestore_opensTheSameCommunity()
{
    auto f = open();
    QVERIFY(f);
    const QStringList original = test::dumpAll(f->files.db());
    const QString backup = output(QStringLiteral("demo.json"));
    f->prompts->fileNames << backup;
    fileMenuAction(*f->window, "backUp")->trigger();
    QVERIFY2(f->prompts->warnings.isEmpty(), qPrintable(f->prompts->warnings.join(u'\n')));
    QVERIFY(f->prompts->exportSuggestions.value(0).endsWith(QStringLiteral(".json")));
    QVERIFY(!f->prompts->progressLabels.isEmpty());
    QVERIFY(test::readFile(backup).contains("\"convivium-backup\""));

    const QString restored = output(QStringLiteral("restored.convivium"));
    f->prompts->fileNames << backup << restored;
    f->prompts->confirmations << true;   // open it
    fileMenuAction(*f->window, "restoreBackup")->trigger();
    QVERIFY2(f->prompts->warnings.isEmpty(), qPrintable(f->prompts->warnings.join(u'\n')));
    QCOMPARE(f->prompts->confirmTexts.size(), 1);
    QVERIFY(f->prompts->confirmTexts.first().contains(QStringLiteral("Open this community now?")));
    QCOMPARE(QFileInfo(f->window->community()->database().path()).canonicalFilePath(),
             QFileInfo(restored).canonicalFilePath());
    const core::Database &db = f->window->community()->database();
    for (const QString &table : {QStringLiteral("organisation"), QStringLiteral("contributor"),
                                 QStringLiteral("event"), QStringLiteral("registration")})
        QCOMPARE(test::countRows(db, table), test::countRows(f->files.db(), table));
    QCOMPARE(test::dumpAll(db), original);
    f->window->showSection(QStringLiteral("contributor"));
    QVERIFY(f->window->currentView()->model()->rowCount() > 0);
}

void tst_CommunityExports::backUpCancelled_leavesNoFile()
{
    auto f = open();
    QVERIFY(f);
    const QString backup = output(QStringLiteral("cancelled.json"));
    f->prompts->fileNames << backup;
    f->prompts->cancelAtUpdate = 2;
    fileMenuAction(*f->window, "backUp")->trigger();
    QCOMPARE(f->prompts->progressUpdates, 2);
    QVERIFY(f->prompts->warnings.isEmpty());
    QCOMPARE(filesIn(m_dir.path()), QStringList());
}

void tst_CommunityExports::restoreCancelled_leavesNoFile()
{
    auto f = open();
    QVERIFY(f);
    const QString backup = output(QStringLiteral("demo.json"));
    QVERIFY(core::BackupFile::write(f->files.db(), backup));
    const QString restored = output(QStringLiteral("restored.convivium"));
    f->prompts->fileNames << backup << restored;
    f->prompts->cancelAtUpdate = 2;
    fileMenuAction(*f->window, "restoreBackup")->trigger();
    QCOMPARE(f->prompts->progressUpdates, 2);
    QVERIFY(f->prompts->warnings.isEmpty());
    QVERIFY(f->prompts->confirmTexts.isEmpty());   // nothing to open
    QCOMPARE(filesIn(m_dir.path()), QStringList{QStringLiteral("demo.json")});
    QCOMPARE(f->window->community()->database().path(), f->files.path());
}

void tst_CommunityExports::restoreIntoACommunityWithData_isRefusedWithTheCoreMessage()
{
    auto f = open();
    QVERIFY(f);
    const QString backup = output(QStringLiteral("demo.json"));
    QVERIFY(core::BackupFile::write(f->files.db(), backup));
    test::TestCommunity other(true);
    const QStringList before = test::dumpAll(other.db());
    const core::Result refusal = core::BackupFile::checkTarget(other.path());
    QVERIFY(!refusal);
    f->prompts->fileNames << backup << other.path();
    fileMenuAction(*f->window, "restoreBackup")->trigger();
    QCOMPARE(f->prompts->warnings, QStringList{refusal.message()});
    QVERIFY(f->prompts->progressLabels.isEmpty());
    QCOMPARE(test::dumpAll(other.db()), before);
}

void tst_CommunityExports::restoreIntoTheOpenCommunity_isRefused()
{
    if (test::TestCommunity::onPostgres())
        QSKIP("The open community is a team database: the file dialog that names the target cannot name it.");
    auto f = open();
    QVERIFY(f);
    const QString backup = output(QStringLiteral("demo.json"));
    QVERIFY(core::BackupFile::write(f->files.db(), backup));
    f->prompts->fileNames << backup << f->files.path();
    fileMenuAction(*f->window, "restoreBackup")->trigger();
    QCOMPARE(f->prompts->warnings.size(), 1);
    QVERIFY2(f->prompts->warnings.first().contains(QStringLiteral("open now")), qPrintable(f->prompts->warnings.first()));
}

void tst_CommunityExports::restore_worksWithNoCommunityOpen()
{
    auto f = open(false);
    QVERIFY(f);
    QVERIFY(!f->window->community());
    QVERIFY(!fileMenuAction(*f->window, "backUp")->isEnabled());
    QAction *restore = fileMenuAction(*f->window, "restoreBackup");
    QVERIFY(restore->isEnabled());
    const QString backup = output(QStringLiteral("demo.json"));
    QVERIFY(core::BackupFile::write(f->files.db(), backup));
    const QString restored = output(QStringLiteral("fresh.convivium"));
    f->prompts->fileNames << backup << restored;
    f->prompts->confirmations << false;   // not now
    restore->trigger();
    QVERIFY2(f->prompts->warnings.isEmpty(), qPrintable(f->prompts->warnings.join(u'\n')));
    QVERIFY(!f->window->community());
    QVERIFY(QFileInfo::exists(restored));
    QVERIFY(f->window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(restored)));
    QVERIFY(f->window->openCommunity(restored));
    QCOMPARE(test::dumpAll(f->window->community()->database()), test::dumpAll(f->files.db()));
}

QTEST_MAIN(tst_CommunityExports)
#include "tst_CommunityExports.moc"
