#pragma once
#include "commands/ChangeNotifier.h"
#include "db/Database.h"
#include "services/CommunityEditor.h"
#include "services/EventEditor.h"

#include <QUndoStack>
#include <memory>

namespace convivium::core {

// An open community: its database, its undo history and the editor that
// changes it. The GUI holds one per window; the CLI one per run.
class Community
{
public:
    explicit Community(std::unique_ptr<Database> db)
        : m_db(std::move(db)), m_editor(*m_db, &m_undo, &m_notifier), m_events(*m_db, &m_undo, &m_notifier) {}

    static std::unique_ptr<Community> open(const QString &path, Database::Mode mode, Database::OpenReport *report)
    {
        auto db = Database::open(path, mode, report);   // a file or a postgresql:// address
        return db ? std::make_unique<Community>(std::move(db)) : nullptr;
    }
    // A team database, with the password typed or read from the keychain.
    static std::unique_ptr<Community> openServer(const ServerAddress &address, Database::Mode mode,
                                                 Database::OpenReport *report)
    {
        auto db = Database::openServer(address, mode, report);
        return db ? std::make_unique<Community>(std::move(db)) : nullptr;
    }

    const Database &database() const { return *m_db; }
    QUndoStack *undoStack() { return &m_undo; }
    ChangeNotifier *notifier() { return &m_notifier; }
    CommunityEditor &editor() { return m_editor; }
    EventEditor &events() { return m_events; }

private:
    std::unique_ptr<Database> m_db;
    QUndoStack m_undo;
    ChangeNotifier m_notifier;
    CommunityEditor m_editor;
    EventEditor m_events;
};

} // namespace convivium::core
