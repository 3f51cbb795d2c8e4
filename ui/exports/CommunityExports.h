#pragma once
#include <QObject>

class QWidget;

namespace convivium::core {
class Community;
}

namespace convivium::ui {

class UserPrompts;

// File ▸ Export and the backups: each asks where to write, writes through
// the core's writers (whole or not at all) and says what it wrote, or shows
// the core's message when it could not. Restoring needs no open community.
class CommunityExports : public QObject
{
    Q_OBJECT
public:
    CommunityExports(UserPrompts &prompts, QWidget *parent);
    void setCommunity(core::Community *community) { m_community = community; }

    // Each returns true when a file was written.
    bool exportCalendar();
    bool exportContactCards();
    bool exportAnnouncement(qint64 eventId);
    bool chooseAndExportAnnouncement(qint64 preselectedEventId = 0);   // asks which event
    bool backUp();
    // Asks for the backup and a new community file; offers to open it after.
    bool restore();

signals:
    void reported(const QString &message);         // for the status bar
    void openRequested(const QString &path);       // the user wants the restored community

private:
    QString folder() const;
    QWidget *parentWidget() const;

    UserPrompts &m_prompts;
    core::Community *m_community = nullptr;
};

} // namespace convivium::ui
