#include "event/EventWindow.h"
#include "Community.h"
#include "Icons.h"
#include "event/RegistrationsPage.h"
#include "event/FeesPage.h"
#include "event/MealsPage.h"
#include "event/OccupancyPage.h"
#include "event/RoomBoardPage.h"
#include "exports/CommunityExports.h"
#include "import/GristSyncDialog.h"
#include "import/ImportWizard.h"
#include "repositories/EventRepository.h"

#include <QAction>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

namespace convivium::ui {

EventWindow::EventWindow(core::Community &community, qint64 eventId, UserPrompts &prompts, QWidget *parent)
    : QMainWindow(parent), m_community(community), m_prompts(prompts), m_eventId(eventId), m_tabs(new QTabWidget(this)),
      m_registrations(new RegistrationsPage(community, eventId, prompts, this)),
      m_exports(new CommunityExports(prompts, this))
{
    m_exports->setCommunity(&community);
    setObjectName(QStringLiteral("EventWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_tabs->addTab(m_registrations, Icons::get(QStringLiteral("system-users")), tr("&Registrations"));
    m_tabs->addTab(new OccupancyPage(community, eventId, this), Icons::get(QStringLiteral("view-calendar-week")),
                   tr("&Occupancy"));
    m_tabs->addTab(new MealsPage(community, eventId, this), Icons::get(QStringLiteral("food")), tr("&Meals"));
    m_tabs->addTab(new RoomBoardPage(community, eventId, prompts, this), Icons::get(QStringLiteral("go-home")),
                   tr("R&ooms"));
    auto *fees = new FeesPage(community, eventId, this);
    fees->setPrompts(&prompts);
    m_tabs->addTab(fees, Icons::get(QStringLiteral("wallet-open")), tr("&Fees"));
    setCentralWidget(m_tabs);

    QToolBar *bar = addToolBar(tr("Edit"));
    bar->setObjectName(QStringLiteral("eventToolBar"));
    QAction *undo = community.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setIcon(Icons::get(QStringLiteral("edit-undo")));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = community.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setIcon(Icons::get(QStringLiteral("edit-redo")));
    redo->setShortcut(QKeySequence::Redo);
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();
    QAction *exportList = bar->addAction(Icons::get(QStringLiteral("text-csv")), tr("Export the Registrations as CSV…"));
    exportList->setObjectName(QStringLiteral("exportRegistrations"));
    connect(exportList, &QAction::triggered, m_registrations, &RegistrationsPage::exportCsv);
    QAction *announce = bar->addAction(Icons::get(QStringLiteral("text-markdown")), tr("Write the Announcement…"));
    announce->setObjectName(QStringLiteral("exportAnnouncement"));
    announce->setToolTip(tr("The post that announces this event on the community website, in Markdown"));
    connect(announce, &QAction::triggered, this, [this] { m_exports->exportAnnouncement(m_eventId); });
    for (QAction *a : {exportList, announce})   // undo and redo keep their icons alone: their texts grow
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    statusBar();   // made now, so that the first message does not push the tabs up
    auto showReport = [this](const QString &message) { statusBar()->showMessage(message, 10000); };
    connect(m_registrations, &RegistrationsPage::reported, this, showReport);
    connect(m_exports, &CommunityExports::reported, this, showReport);
    auto *importAction = new QAction(Icons::get(QStringLiteral("document-import")), tr("&Import Registrations…"), this);
    importAction->setObjectName(QStringLiteral("importRegistrations"));
    importAction->setToolTip(tr("Import registrations to this event from a CSV file"));
    connect(importAction, &QAction::triggered, this, &EventWindow::importRegistrations);
    auto *syncAction = new QAction(Icons::get(QStringLiteral("cloud-download")), tr("&Sync with the Online Form…"), this);
    syncAction->setObjectName(QStringLiteral("syncWithForm"));
    syncAction->setToolTip(tr("Bring in the pre-registrations of this event's Grist form"));
    connect(syncAction, &QAction::triggered, this, &EventWindow::syncWithForm);
    for (QAction *a : {importAction, syncAction}) {   // named, not icons alone: they open dialogs
        bar->addAction(a);
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    connect(community.notifier(), &core::ChangeNotifier::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("event")))
            updateTitle();
    });
    resize(1180, 720);
    updateTitle();
}

void EventWindow::importRegistrations()
{
    ImportWizard::run(m_community, m_prompts, ImportSession::Kind::Registrations, m_eventId, this);
}

void EventWindow::syncWithForm()
{
    GristSyncDialog::run(m_community, m_prompts, m_eventId, this);
}

void EventWindow::updateTitle()
{
    auto event = core::EventRepository(m_community.database()).load(m_eventId);
    setWindowTitle(event ? tr("%1 — Convivium").arg(event.value().title) : tr("Event — Convivium"));
}

} // namespace convivium::ui
