#pragma once
#include <QFuture>
#include <QObject>

class QWidget;

namespace convivium::core {
class Community;
}

namespace convivium::ui {

class UserPrompts;

// The automatic backups of the open community file (core::AutoBackups):
// one taken in the background when it is opened, one when it is closed,
// and File ▸ Restore an Automatic Backup, which copies the chosen one into
// a new file and offers to open it.
class SessionBackups : public QObject
{
    Q_OBJECT
public:
    SessionBackups(UserPrompts &prompts, QWidget *parent);
    void setPrompts(UserPrompts &prompts) { m_prompts = &prompts; }
    ~SessionBackups() override;

    void opened(core::Community *community);   // takes the opening copy on a worker thread
    void closing();                            // waits for it, then takes the closing copy
    bool restore();
    void waitForCopy() { m_opening.waitForFinished(); }
    // How many copies to keep (setting autoBackups/keep, 10 by default; 0: none taken).
    static int keep();

signals:
    void reported(const QString &message);     // for the status bar
    void openRequested(const QString &path);

private:
    QString folder() const;

    UserPrompts *m_prompts;
    QWidget *m_parent;
    core::Community *m_community = nullptr;   // stays known after closing(): its copies can still be restored
    bool m_closed = false;
    QFuture<QString> m_opening;   // the message when the opening copy failed
};

} // namespace convivium::ui
