#pragma once
#include "db/Database.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace convivium::core {
class Community;
}

namespace convivium::ui {

class CommunityExports;
class EventWindow;
class RecordActions;
class PrivacyActions;
class SessionBackups;
class RecordListView;
class UserPrompts;

// The window of one open community: navigation between the sections
// (organisations, contributors, groups, events, funded developments), the
// File, Edit and Record menus, recent files and a remembered layout.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a community file, or a team database by its postgresql:// address
    // (the password from the keychain, else asked in the connection dialog);
    // on failure says why and keeps what was open.
    bool openCommunity(const QString &path, core::Database::Mode mode = core::Database::Mode::OpenExisting);
    core::Community *community() const { return m_community.get(); }
    void setPrompts(std::unique_ptr<UserPrompts> prompts);

    QStringList sections() const;
    void showSection(const QString &table);
    RecordListView *view(const QString &table) const;
    RecordListView *currentView() const;
    QAction *action(const QString &name) const;   // by objectName, for tests and shortcuts

public slots:
    void newCommunity();
    void openCommunityDialog();
    // File ▸ Connect to a Team Database: the dialog, filled with the team
    // database open now if any.
    bool connectTeamDatabase();
    void newRecord();
    void editCurrent();
    void deleteCurrent();
    void mergeCurrent();
    void openRecord(const QString &table, qint64 id);
    // The workspace of the selected event (registrations, rooms, meals, fees).
    EventWindow *openEventWindow(qint64 eventId = 0);
    void openReports();
    void openDashboard();
    // File ▸ Export ▸ This List as CSV: the current section's list as shown.
    void exportCurrentList();
    // File ▸ Import: kind is ImportMapping::Kind; registrations start on the
    // event selected in the Events list, else the latest.
    void openImport(int kind);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void rebuildViews();
    void updateActions();
    void updateTitle();
    bool openTeamDatabase(const QString &url, core::Database::Mode mode);
    // The connection dialog filled with `address`, and why it is shown again.
    bool runTeamDatabaseDialog(const core::ServerAddress &address, const QString &error);
    // Shows `community` in place of the one open: location is its file or address.
    void adoptCommunity(std::unique_ptr<core::Community> community, const core::Database::OpenReport &report,
                        const QString &location);
    void rememberRecent(const QString &path);
    void updateRecentMenu();
    void saveLayout() const;
    void restoreLayout();
    QAction *makeAction(const char *name, const QString &text, const QString &icon, const QKeySequence &shortcut);
    void makeExports();

    std::unique_ptr<core::Community> m_community;
    std::unique_ptr<UserPrompts> m_prompts;
    void makeRecordActions();
    void onCurrentContributor(bool (PrivacyActions::*act)(qint64));

    RecordActions *m_actions = nullptr;
    PrivacyActions *m_privacy = nullptr;
    CommunityExports *m_exports = nullptr;
    SessionBackups *m_sessionBackups = nullptr;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QMenu *m_recentMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QList<RecordListView *> m_views;
};

} // namespace convivium::ui
