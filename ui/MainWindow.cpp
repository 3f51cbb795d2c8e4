#include "MainWindow.h"
#include "Community.h"
#include "Icons.h"
#include "RecordActions.h"
#include "privacy/PrivacyActions.h"
#include "exports/SessionBackups.h"
#include "UserPrompts.h"
#include "commands/RemoteChanges.h"
#include "dashboard/DashboardPage.h"
#include "dialogs/TeamDatabaseDialog.h"
#include "event/EventWindow.h"
#include "exports/CommunityExports.h"
#include "exports/ListCsvExport.h"
#include "import/ImportWizard.h"
#include "reports/ReportsDialog.h"
#include "models/ListModels.h"
#include "views/DetailPages.h"
#include "views/RecordListView.h"
#include "widgets/ColumnChooser.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QHeaderView>
#include <QToolBar>

namespace convivium::ui {

namespace {

struct Section {
    const char *table;
    const char *title;
    const char *icon;
};

const QList<Section> &sectionList()
{
    static const QList<Section> list = {
        {"organisation", QT_TRANSLATE_NOOP("convivium::ui::MainWindow", "Organisations"), "view-list-tree"},
        {"contributor", QT_TRANSLATE_NOOP("convivium::ui::MainWindow", "Contributors"), "system-users"},
        {"work_group", QT_TRANSLATE_NOOP("convivium::ui::MainWindow", "Groups"), "user-group-properties"},
        {"event", QT_TRANSLATE_NOOP("convivium::ui::MainWindow", "Events"), "view-calendar"},
        {"funded_development", QT_TRANSLATE_NOOP("convivium::ui::MainWindow", "Funded developments"), "wallet-open"},
    };
    return list;
}

constexpr int MaxRecent = 8;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_prompts(std::make_unique<UserPrompts>()), m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(Icons::application());
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const Section &s : sectionList()) {
        auto *item = new QListWidgetItem(Icons::get(QString::fromLatin1(s.icon)), tr(s.title), m_navigation);
        item->setData(Qt::UserRole, QString::fromLatin1(s.table));
    }
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    const int navigationWidth = m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 12;
    m_navigation->setMinimumWidth(navigationWidth);
    splitter->setSizes({navigationWidth, 1000});
    auto *empty = new QLabel(tr("Open a community with File ▸ Open, or create one with File ▸ New."), m_stack);
    empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(empty);
    setCentralWidget(splitter);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_views.size())
            m_stack->setCurrentWidget(m_views.at(row));
        updateActions();
    });

    makeExports();
    createActions();
    createMenus();
    statusBar()->showMessage(tr("Ready"));
    restoreLayout();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The opening copy may still be read on a worker thread: it goes before the community.
    if (m_sessionBackups)
        m_sessionBackups->waitForCopy();
}

void MainWindow::makeExports()
{
    // They ask through the prompts, so they are made again when those change.
    delete m_exports;
    m_exports = new CommunityExports(*m_prompts, this);
    m_exports->setCommunity(m_community.get());
    connect(m_exports, &CommunityExports::reported, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    connect(m_exports, &CommunityExports::openRequested, this, [this](const QString &path) { openCommunity(path); });
    if (m_sessionBackups) {
        m_sessionBackups->setPrompts(*m_prompts);
        return;
    }
    m_sessionBackups = new SessionBackups(*m_prompts, this);
    connect(m_sessionBackups, &SessionBackups::reported, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    connect(m_sessionBackups, &SessionBackups::openRequested, this, [this](const QString &path) { openCommunity(path); });
}

void MainWindow::makeRecordActions()
{
    // They ask through the prompts and act on the community: made again when either changes.
    delete m_actions;
    m_actions = new RecordActions(*m_community, *m_prompts, this);
    connect(m_actions, &RecordActions::openRecordRequested, this, &MainWindow::openRecord);
    delete m_privacy;
    m_privacy = new PrivacyActions(*m_community, *m_prompts, this);
    connect(m_privacy, &PrivacyActions::reported, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
}

void MainWindow::onCurrentContributor(bool (PrivacyActions::*act)(qint64))
{
    if (RecordListView *v = currentView(); v && m_privacy && v->table() == u"contributor" && v->currentId() > 0)
        (m_privacy->*act)(v->currentId());
}

void MainWindow::setPrompts(std::unique_ptr<UserPrompts> prompts)
{
    m_prompts = std::move(prompts);
    makeExports();
    if (m_community)
        makeRecordActions();
}

QAction *MainWindow::makeAction(const char *name, const QString &text, const QString &icon, const QKeySequence &shortcut)
{
    auto *a = new QAction(Icons::get(icon), text, this);
    a->setObjectName(QString::fromLatin1(name));
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    addAction(a);
    return a;
}

void MainWindow::createActions()
{
    connect(makeAction("newCommunity", tr("&New Community…"), QStringLiteral("document-new"), QKeySequence(QStringLiteral("Ctrl+Shift+N"))),
            &QAction::triggered, this, &MainWindow::newCommunity);
    connect(makeAction("openCommunity", tr("&Open Community…"), QStringLiteral("document-open"), QKeySequence::Open),
            &QAction::triggered, this, &MainWindow::openCommunityDialog);
    connect(makeAction("connectTeamDatabase", tr("Connect to a &Team Database…"),
                       QStringLiteral("network-server-database"), {}),
            &QAction::triggered, this, &MainWindow::connectTeamDatabase);
    connect(makeAction("quit", tr("&Quit"), QStringLiteral("application-exit"), QKeySequence::Quit),
            &QAction::triggered, this, &QWidget::close);
    connect(makeAction("newRecord", tr("&New…"), QStringLiteral("list-add"), QKeySequence::New),
            &QAction::triggered, this, &MainWindow::newRecord);
    connect(makeAction("editRecord", tr("&Edit…"), QStringLiteral("document-edit"), QKeySequence(Qt::Key_F2)),
            &QAction::triggered, this, &MainWindow::editCurrent);
    connect(makeAction("deleteRecord", tr("&Delete…"), QStringLiteral("edit-delete"), QKeySequence::Delete),
            &QAction::triggered, this, &MainWindow::deleteCurrent);
    connect(makeAction("mergeContributors", tr("&Merge with a Duplicate…"), QStringLiteral("merge"), {}),
            &QAction::triggered, this, &MainWindow::mergeCurrent);
    connect(makeAction("exportPersonalData", tr("Export &Personal Data…"), QStringLiteral("document-export"), {}),
            &QAction::triggered, this, [this] { onCurrentContributor(&PrivacyActions::exportPersonalData); });
    connect(makeAction("erasePersonalData", tr("E&rase Personal Data…"), QStringLiteral("edit-clear-all"), {}),
            &QAction::triggered, this, [this] { onCurrentContributor(&PrivacyActions::erase); });
    connect(makeAction("dataRetention", tr("Data &Retention…"), QStringLiteral("view-history"), {}),
            &QAction::triggered, this, [this] { if (m_privacy) m_privacy->reviewRetention(); });
    connect(makeAction("openEvent", tr("Open the Event &Workspace"), QStringLiteral("view-calendar-day"),
                       QKeySequence(QStringLiteral("Ctrl+E"))),
            &QAction::triggered, this, [this] { openEventWindow(); });
    connect(makeAction("reports", tr("&Reports…"), QStringLiteral("document-print"), QKeySequence::Print),
            &QAction::triggered, this, &MainWindow::openReports);
    using Kind = core::ImportMapping::Kind;
    connect(makeAction("importContributors", tr("&Contributors…"), QStringLiteral("system-users"), {}),
            &QAction::triggered, this, [this] { openImport(int(Kind::Contributors)); });
    connect(makeAction("importOrganisations", tr("&Organisations…"), QStringLiteral("view-list-tree"), {}),
            &QAction::triggered, this, [this] { openImport(int(Kind::Organisations)); });
    connect(makeAction("importRegistrations", tr("&Registrations…"), QStringLiteral("view-calendar"), {}),
            &QAction::triggered, this, [this] { openImport(int(Kind::Registrations)); });
    connect(makeAction("dashboard", tr("&Dashboard"), QStringLiteral("office-chart-bar"), QKeySequence(QStringLiteral("Ctrl+D"))),
            &QAction::triggered, this, &MainWindow::openDashboard);
    connect(makeAction("exportList", tr("This &List as CSV…"), QStringLiteral("text-csv"), {}),
            &QAction::triggered, this, &MainWindow::exportCurrentList);
    connect(makeAction("exportCalendar", tr("&Calendar of Events (.ics)…"), QStringLiteral("text-calendar"), {}),
            &QAction::triggered, this, [this] { m_exports->exportCalendar(); });
    connect(makeAction("exportContacts", tr("C&ontact Cards (.vcf)…"), QStringLiteral("x-office-address-book"), {}),
            &QAction::triggered, this, [this] { m_exports->exportContactCards(); });
    connect(makeAction("exportAnnouncement", tr("&Announcement of an Event (.md)…"), QStringLiteral("text-markdown"), {}),
            &QAction::triggered, this, [this] {
                // The event selected in the Events section is offered first.
                const RecordListView *v = currentView();
                m_exports->chooseAndExportAnnouncement(v && v->table() == u"event" ? v->currentId() : 0);
            });
    connect(makeAction("backUp", tr("&Back Up…"), QStringLiteral("backup"), {}),
            &QAction::triggered, this, [this] { m_exports->backUp(); });
    connect(makeAction("restoreBackup", tr("Res&tore from Backup…"), QStringLiteral("document-revert"), {}),
            &QAction::triggered, this, [this] { m_exports->restore(); });
    connect(makeAction("restoreAutoBackup", tr("Restore an &Automatic Backup…"), QStringLiteral("document-revert"), {}),
            &QAction::triggered, this, [this] { m_sessionBackups->restore(); });
    connect(makeAction("findRecord", tr("&Find"), QStringLiteral("edit-find"), QKeySequence::Find),
            &QAction::triggered, this, [this] {
                if (RecordListView *v = currentView())
                    v->filterField()->setFocus(Qt::ShortcutFocusReason);
            });
    connect(makeAction("about", tr("&About Convivium"), QStringLiteral("help-about"), {}), &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Convivium"),
                           tr("<h3>Convivium %1</h3><p>Members, groups, events, lodging and fees for open-source "
                              "and public-sector software communities.</p>").arg(QStringLiteral(CONVIVIUM_VERSION)));
    });
    int i = 0;
    for (const Section &s : sectionList()) {
        const QString table = QString::fromLatin1(s.table);
        QAction *a = makeAction(QByteArray("show_").append(s.table).constData(), tr(s.title),
                                QString::fromLatin1(s.icon), QKeySequence(QStringLiteral("Ctrl+%1").arg(++i)));
        connect(a, &QAction::triggered, this, [this, table] { showSection(table); });
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("newCommunity")));
    file->addAction(action(QStringLiteral("openCommunity")));
    file->addAction(action(QStringLiteral("connectTeamDatabase")));
    m_recentMenu = file->addMenu(Icons::get(QStringLiteral("document-open-recent")), tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    QMenu *import = file->addMenu(Icons::get(QStringLiteral("document-import")), tr("&Import"));
    import->setObjectName(QStringLiteral("importMenu"));
    for (const char *name : {"importContributors", "importOrganisations", "importRegistrations"})
        import->addAction(action(QString::fromLatin1(name)));
    file->addAction(action(QStringLiteral("reports")));
    QMenu *exports = file->addMenu(Icons::get(QStringLiteral("document-export")), tr("&Export"));
    exports->setObjectName(QStringLiteral("exportMenu"));
    exports->addAction(action(QStringLiteral("exportList")));
    exports->addSeparator();
    for (const char *name : {"exportCalendar", "exportContacts", "exportAnnouncement"})
        exports->addAction(action(QString::fromLatin1(name)));
    file->addSeparator();
    file->addAction(action(QStringLiteral("backUp")));
    file->addAction(action(QStringLiteral("restoreBackup")));
    file->addAction(action(QStringLiteral("restoreAutoBackup")));
    file->addAction(action(QStringLiteral("dataRetention")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    m_undo = makeAction("undo", tr("&Undo"), QStringLiteral("edit-undo"), QKeySequence::Undo);
    m_redo = makeAction("redo", tr("&Redo"), QStringLiteral("edit-redo"), QKeySequence::Redo);
    connect(m_undo, &QAction::triggered, this, [this] { if (m_community) m_community->undoStack()->undo(); });
    connect(m_redo, &QAction::triggered, this, [this] { if (m_community) m_community->undoStack()->redo(); });
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("findRecord")));

    QMenu *record = menuBar()->addMenu(tr("&Record"));
    for (const char *name : {"newRecord", "editRecord", "deleteRecord"})
        record->addAction(action(QString::fromLatin1(name)));
    record->addSeparator();
    record->addAction(action(QStringLiteral("mergeContributors")));
    record->addAction(action(QStringLiteral("exportPersonalData")));
    record->addAction(action(QStringLiteral("erasePersonalData")));
    record->addAction(action(QStringLiteral("openEvent")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (const Section &s : sectionList())
        view->addAction(action(QStringLiteral("show_") + QString::fromLatin1(s.table)));
    view->addSeparator();
    view->addAction(action(QStringLiteral("dashboard")));

    menuBar()->addMenu(tr("&Help"))->addAction(action(QStringLiteral("about")));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char *name : {"newRecord", "editRecord", "deleteRecord", "openEvent"})
        bar->addAction(action(QString::fromLatin1(name)));
    bar->addAction(action(QStringLiteral("reports")));
    bar->addAction(action(QStringLiteral("dashboard")));
    bar->addSeparator();
    bar->addAction(m_undo);
    bar->addAction(m_redo);
    updateRecentMenu();
}

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

QStringList MainWindow::sections() const
{
    QStringList out;
    for (const Section &s : sectionList())
        out << QString::fromLatin1(s.table);
    return out;
}

bool MainWindow::openCommunity(const QString &path, core::Database::Mode mode)
{
    if (core::ServerAddress::isServerUrl(path))
        return openTeamDatabase(path, mode);
    core::Database::OpenReport report;
    auto community = core::Community::open(path, mode, &report);
    if (!community) {
        m_prompts->warn(this, tr("Cannot open the community"), report.message);
        return false;
    }
    adoptCommunity(std::move(community), report, QFileInfo(path).absoluteFilePath());
    return true;
}

bool MainWindow::openTeamDatabase(const QString &url, core::Database::Mode mode)
{
    core::Fallible<core::ServerAddress> parsed = core::ServerAddress::fromUrl(url);
    if (!parsed) {
        m_prompts->warn(this, tr("Cannot open the community"), parsed.message());
        return false;
    }
    core::ServerAddress address = parsed.value();
    if (address.password.isEmpty()) {
        // A keychain that cannot be asked leaves it empty: the dialog then says why.
        if (const core::Fallible<QString> known = TeamDatabaseDialog::knownPassword(address); known)
            address.password = known.value();
    }
    core::Database::OpenReport report;
    auto community = core::Community::openServer(address, mode, &report);
    if (!community)   // a password missing or changed, the server away: the dialog, filled, says why
        return runTeamDatabaseDialog(address, report.message);
    adoptCommunity(std::move(community), report, address.toUrl());
    return true;
}

bool MainWindow::connectTeamDatabase()
{
    core::ServerAddress address;
    if (m_community && m_community->database().engine() == core::Database::Engine::PostgreSQL) {
        if (const auto open = core::ServerAddress::fromUrl(m_community->database().path()); open)
            address = open.value();
    }
    return runTeamDatabaseDialog(address, QString());
}

bool MainWindow::runTeamDatabaseDialog(const core::ServerAddress &address, const QString &error)
{
    TeamDatabaseDialog dialog(this);
    if (!address.database.isEmpty())
        dialog.setAddress(address);
    dialog.showError(error);
    if (m_prompts->exec(&dialog) != QDialog::Accepted)
        return false;
    std::unique_ptr<core::Community> community = dialog.takeCommunity();
    if (!community)
        return false;
    adoptCommunity(std::move(community), dialog.report(), dialog.address().toUrl());
    return true;
}

void MainWindow::adoptCommunity(std::unique_ptr<core::Community> community, const core::Database::OpenReport &report,
                                const QString &location)
{
    saveLayout();
    qDeleteAll(findChildren<EventWindow *>());   // they belong to the community being closed
    delete findChild<QMainWindow *>(QStringLiteral("DashboardWindow"));
    for (RecordListView *v : m_views)            // so do the lists: they go before it
        delete v;
    m_views.clear();
    m_sessionBackups->closing();
    m_community = std::move(community);
    m_sessionBackups->opened(m_community.get());
    m_exports->setCommunity(m_community.get());
    makeRecordActions();
    connect(m_community->undoStack(), &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
    connect(m_community->undoStack(), &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
    connect(m_community->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_community->notifier(), &core::ChangeNotifier::failed, this,
            [this](const QString &message) { m_prompts->warn(this, tr("Undo or redo failed"), message); });
    // Edits saved by the other organisers refresh the lists like ours; it goes with the community.
    auto *remote = new core::RemoteChanges(m_community->database(), m_community->notifier(), m_community->notifier());
    const core::Result listening = remote->start();
    rebuildViews();
    rememberRecent(location);
    restoreLayout();
    const bool server = core::ServerAddress::isServerUrl(location);
    if (!report.backupPath.isEmpty())
        statusBar()->showMessage(tr("Upgraded from schema %1; a copy of the previous file was kept as %2")
                                     .arg(report.versionBefore).arg(QDir::toNativeSeparators(report.backupPath)));
    else if (!listening)
        statusBar()->showMessage(listening.message());
    else
        statusBar()->showMessage(tr("Opened %1").arg(server ? location : QDir::toNativeSeparators(location)), 5000);
    updateTitle();
    updateActions();
}

void MainWindow::rebuildViews()
{
    qDeleteAll(m_views);
    m_views.clear();
    const core::Database &db = m_community->database();
    core::ChangeNotifier *notifier = m_community->notifier();
    auto add = [&](const QString &table, core::LazyListModel *model, RecordListView::DetailRenderer renderer) {
        auto *view = new RecordListView(table, model, std::move(renderer), m_stack);
        view->setObjectName(table + QStringLiteral("View"));
        connect(notifier, &core::ChangeNotifier::changed, model, &core::LazyListModel::tablesChanged);
        connect(notifier, &core::ChangeNotifier::changed, view, [view](const QStringList &) { view->refreshDetail(); });
        connect(view, &RecordListView::activated, this, [this, table](qint64 id) {
            if (table == u"event")
                openEventWindow(id);
            else if (RecordActions::canCreate(table) && m_actions)
                m_actions->edit(table, id);
        });
        connect(view, &RecordListView::linkActivated, this, &MainWindow::openRecord);
        connect(view, &RecordListView::currentChanged, this, &MainWindow::updateActions);
        ColumnChooser::install(view->tableView()->horizontalHeader());
        // A right click on a row: edit or delete it, or export the whole list.
        QTableView *rows = view->tableView();
        rows->setContextMenuPolicy(Qt::ActionsContextMenu);
        if (RecordActions::canCreate(table)) {
            auto *separator = new QAction(view);
            separator->setSeparator(true);
            rows->addActions({action(QStringLiteral("editRecord")), action(QStringLiteral("deleteRecord")), separator});
        }
        rows->addAction(action(QStringLiteral("exportList")));
        m_stack->addWidget(view);
        m_views << view;
    };
    const core::Database *dbp = &db;
    add(QStringLiteral("organisation"), core::ListModels::organisations(db, nullptr),
        [dbp](qint64 id) { return DetailPages::organisation(*dbp, id); });
    add(QStringLiteral("contributor"), core::ListModels::contributors(db, nullptr),
        [dbp](qint64 id) { return DetailPages::contributor(*dbp, id); });
    add(QStringLiteral("work_group"), core::ListModels::groups(db, nullptr),
        [dbp](qint64 id) { return DetailPages::group(*dbp, id); });
    add(QStringLiteral("event"), core::ListModels::events(db, nullptr),
        [dbp](qint64 id) { return DetailPages::event(*dbp, id); });
    view(QStringLiteral("event"))->tableView()->sortByColumn(2, Qt::DescendingOrder);   // the latest first
    add(QStringLiteral("funded_development"), core::ListModels::developments(db, nullptr),
        [dbp](qint64 id) { return DetailPages::development(*dbp, id); });
    m_navigation->setCurrentRow(-1);
    m_navigation->setCurrentRow(0);
}

RecordListView *MainWindow::view(const QString &table) const
{
    for (RecordListView *v : m_views)
        if (v->table() == table)
            return v;
    return nullptr;
}

RecordListView *MainWindow::currentView() const
{
    return qobject_cast<RecordListView *>(m_stack->currentWidget());
}

void MainWindow::showSection(const QString &table)
{
    const int row = int(sections().indexOf(table));
    if (row >= 0)
        m_navigation->setCurrentRow(row);
}

void MainWindow::openRecord(const QString &table, qint64 id)
{
    showSection(table);
    if (RecordListView *v = view(table))
        v->showRecord(id);
}

void MainWindow::newRecord()
{
    RecordListView *v = currentView();
    if (!v || !m_actions || !RecordActions::canCreate(v->table()))
        return;
    if (const qint64 id = m_actions->create(v->table()); id > 0)
        v->showRecord(id);
}

void MainWindow::editCurrent()
{
    if (RecordListView *v = currentView(); v && m_actions && RecordActions::canCreate(v->table()))
        m_actions->edit(v->table(), v->currentId());
}

void MainWindow::deleteCurrent()
{
    if (RecordListView *v = currentView(); v && m_actions && RecordActions::canCreate(v->table()))
        m_actions->remove(v->table(), v->currentId());
}

void MainWindow::mergeCurrent()
{
    if (RecordListView *v = currentView(); v && m_actions && v->table() == u"contributor")
        m_actions->mergeInto(v->currentId());
}

EventWindow *MainWindow::openEventWindow(qint64 eventId)
{
    if (eventId <= 0) {
        RecordListView *v = currentView();
        if (!v || v->table() != u"event")
            return nullptr;
        eventId = v->currentId();
    }
    if (!m_community || eventId <= 0)
        return nullptr;
    for (EventWindow *w : findChildren<EventWindow *>())
        if (w->eventId() == eventId) {
            w->raise();
            w->activateWindow();
            return w;
        }
    auto *window = new EventWindow(*m_community, eventId, *m_prompts, this);
    window->setWindowFlag(Qt::Window);
    window->show();
    return window;
}

void MainWindow::openReports()
{
    if (!m_community)
        return;
    ReportsDialog dialog(*m_community, *m_prompts, this);
    m_prompts->exec(&dialog);
}

void MainWindow::openImport(int kind)
{
    if (!m_community)
        return;
    qint64 eventId = 0;
    if (RecordListView *events = view(QStringLiteral("event")))
        eventId = events->currentId();
    ImportWizard::run(*m_community, *m_prompts, core::ImportMapping::Kind(kind), eventId, this);
}

void MainWindow::openDashboard()
{
    if (!m_community)
        return;
    if (auto *existing = findChild<QMainWindow *>(QStringLiteral("DashboardWindow"))) {
        existing->raise();
        existing->activateWindow();
        return;
    }
    auto *window = new QMainWindow(this);
    window->setObjectName(QStringLiteral("DashboardWindow"));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowFlag(Qt::Window);
    window->setWindowTitle(tr("Dashboard — Convivium"));
    window->setCentralWidget(new DashboardPage(*m_community, window));
    window->resize(1280, 820);
    window->show();
}

void MainWindow::exportCurrentList()
{
    RecordListView *v = currentView();
    if (!m_community || !v)
        return;
    const QList<int> columns = ListCsvExport::shownColumns(*v->tableView()->horizontalHeader());
    const QString name = m_navigation->currentItem() ? m_navigation->currentItem()->text() : v->table();
    QString path;
    const qint64 rows = ListCsvExport::run(this, *m_prompts, core::TableCsvWriter::fromList(*v->model(), columns),
                                           name, &path);
    if (rows >= 0)
        statusBar()->showMessage(tr("Wrote %n row(s) into %1.", nullptr, int(rows)).arg(QDir::toNativeSeparators(path)),
                                 10000);
}

void MainWindow::newCommunity()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_prompts->saveFileName(this, tr("New community"), dir);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        m_prompts->warn(this, tr("New community"),
                        tr("%1 already exists; open it with File ▸ Open, or choose another name.")
                            .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openCommunity(path, core::Database::Mode::CreateIfMissing);
}

void MainWindow::openCommunityDialog()
{
    const bool file = m_community && m_community->database().engine() == core::Database::Engine::SQLite;
    const QString dir = file ? QFileInfo(m_community->database().path()).absolutePath()
                             : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_prompts->openFileName(this, tr("Open a community"), dir);
    if (!path.isEmpty())
        openCommunity(path);
}

void MainWindow::updateActions()
{
    RecordListView *v = currentView();
    const bool editable = m_community && v && RecordActions::canCreate(v->table());
    const bool selected = editable && v->currentId() > 0;
    action(QStringLiteral("newRecord"))->setEnabled(editable);
    action(QStringLiteral("editRecord"))->setEnabled(selected);
    action(QStringLiteral("deleteRecord"))->setEnabled(selected);
    for (const char *name : {"mergeContributors", "exportPersonalData", "erasePersonalData"})
        action(QString::fromLatin1(name))->setEnabled(selected && v->table() == u"contributor");
    action(QStringLiteral("dataRetention"))->setEnabled(m_community != nullptr);
    action(QStringLiteral("restoreAutoBackup"))->setEnabled(m_community != nullptr);
    action(QStringLiteral("openEvent"))->setEnabled(selected && v->table() == u"event");
    action(QStringLiteral("reports"))->setEnabled(m_community != nullptr);
    action(QStringLiteral("dashboard"))->setEnabled(m_community != nullptr);
    action(QStringLiteral("exportList"))->setEnabled(m_community && v);
    for (const char *name : {"exportCalendar", "exportContacts", "exportAnnouncement", "backUp", "importContributors",
                             "importOrganisations", "importRegistrations"})
        action(QString::fromLatin1(name))->setEnabled(m_community != nullptr);
    QUndoStack *stack = m_community ? m_community->undoStack() : nullptr;
    m_undo->setEnabled(stack && stack->canUndo());
    m_redo->setEnabled(stack && stack->canRedo());
    m_undo->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_community ? tr("%1 — Convivium").arg(m_community->database().displayName())
                               : tr("Convivium"));
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    int n = 0;
    for (const QString &path : recent) {
        // A team database by its address, which holds no password.
        const bool server = core::ServerAddress::isServerUrl(path);
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(++n).arg(server ? path : QDir::toNativeSeparators(path)));
        if (server)
            a->setIcon(Icons::get(QStringLiteral("network-server-database")));
        connect(a, &QAction::triggered, this, [this, path] { openCommunity(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/section"), m_navigation->currentRow());
    for (RecordListView *v : m_views) {
        settings.setValue(QStringLiteral("views/%1/splitter").arg(v->table()), v->splitter()->saveState());
        settings.setValue(QStringLiteral("views/%1/header").arg(v->table()), v->tableView()->horizontalHeader()->saveState());
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    for (RecordListView *v : m_views) {
        v->splitter()->restoreState(settings.value(QStringLiteral("views/%1/splitter").arg(v->table())).toByteArray());
        v->tableView()->horizontalHeader()->restoreState(
            settings.value(QStringLiteral("views/%1/header").arg(v->table())).toByteArray());
    }
    const int section = settings.value(QStringLiteral("window/section"), 0).toInt();
    if (!m_views.isEmpty())
        m_navigation->setCurrentRow(qBound(0, section, int(m_views.size()) - 1));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_sessionBackups->closing();
    event->accept();
}

} // namespace convivium::ui
