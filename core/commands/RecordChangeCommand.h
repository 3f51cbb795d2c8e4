#pragma once
#include "Result.h"
#include "db/RowSet.h"

#include <QUndoCommand>
#include <QUndoStack>
#include <functional>

namespace convivium::core {

class Database;
class ChangeNotifier;

struct RecordRef {
    QString table;
    qint64 id = 0;
};

// The one undoable edit: it keeps the rows an operation may touch as they
// were before and after it, and undo/redo move the database between the two.
// Creation, edit, deletion and merge are all this command with another operation.
class RecordChangeCommand : public QUndoCommand
{
public:
    // Returns the records created or kept by the operation, whose rows
    // belong to the "after" picture.
    using Operation = std::function<Fallible<QList<RecordRef>>()>;

    // Runs the operation once; on success returns a command, already done,
    // for the undo stack; on failure nothing was written.
    static Fallible<RecordChangeCommand *> perform(const Database &db, ChangeNotifier *notifier, const QString &text,
                                                   const QList<RecordRef> &scope, const Operation &operation);

    // Puts a performed command on the stack (or drops it when there is none),
    // or hands back why it could not be performed.
    static Result push(QUndoStack *stack, const Fallible<RecordChangeCommand *> &command);

    void undo() override;
    void redo() override;

    const RowSet &before() const { return m_before; }
    const RowSet &after() const { return m_after; }
    QList<RecordRef> results() const { return m_results; }

private:
    RecordChangeCommand(const Database &db, ChangeNotifier *notifier, const QString &text);
    void move(const RowSet &from, const RowSet &to);
    Result staleRefusal(const QString &table, qint64 id, const QString &action) const;

    const Database &m_db;
    ChangeNotifier *m_notifier;
    RowSet m_before;
    RowSet m_after;
    QList<RecordRef> m_results;
    bool m_firstRedo = true;
};

} // namespace convivium::core
