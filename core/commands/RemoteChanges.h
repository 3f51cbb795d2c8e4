#pragma once
#include "Result.h"

#include <QObject>
#include <QPointer>
#include <QSqlDriver>
#include <QStringList>
#include <QTimer>

namespace convivium::core {

class ChangeNotifier;
class Database;

// Edits saved by the other organisers show up without reopening the
// community. Every edit announces the tables it changed, in its own
// transaction; for an open community, RemoteChanges hears the edits committed
// by other connections and hands their tables to the community's
// ChangeNotifier, so the lists and panes refresh as for an edit made here.
// The edits made here are not handed on again: the notifier heard them first.
//  - PostgreSQL: NOTIFY on one channel with the tables as payload, heard with
//    LISTEN on the thread's own connection, whose own notifications are skipped.
//  - SQLite (another Convivium on the same file): PRAGMA data_version, read
//    every second, moves only when another connection commits; the tables are
//    those of the history entries written since, or all of them when there are
//    none (a command-line import writes no history).
// Lives on the thread whose connection it uses (the GUI's), and goes before
// the Database (MainWindow makes it a child of the community's notifier).
class RemoteChanges : public QObject
{
    Q_OBJECT
public:
    RemoteChanges(const Database &db, ChangeNotifier *notifier, QObject *parent = nullptr);
    ~RemoteChanges() override;

    // Starts listening; on failure the community still works, without live updates.
    Result start();

    // Tells the other sessions which tables the caller's transaction changed
    // (none: it cannot tell). Heard only when the transaction commits; outside
    // one, at once. Nothing to do on SQLite, whose readers see the commit.
    static Result announce(const Database &db, const QStringList &tables);

    static constexpr int PollInterval = 1000;   // ms between two looks at a SQLite file

private:
    void heard(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void poll();
    void handOn();
    qint64 dataVersion() const;

    const Database &m_db;
    ChangeNotifier *m_notifier;
    QPointer<QSqlDriver> m_driver;    // PostgreSQL: the connection listening
    QTimer m_timer;
    qint64 m_dataVersion = -1;        // SQLite: as last read
    qint64 m_lastAuditId = 0;         // SQLite: the newest history entry seen
    QStringList m_heard;              // tables not handed on yet
};

} // namespace convivium::core
