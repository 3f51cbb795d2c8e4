#include "commands/RecordChangeCommand.h"
#include "commands/AuditTrail.h"
#include "commands/ChangeNotifier.h"
#include "commands/RemoteChanges.h"
#include "db/Database.h"
#include "db/RowStore.h"
#include "db/Transaction.h"

#include <QCoreApplication>

namespace convivium::core {

namespace {

QStringList tablesOf(const RowSet &before, const RowSet &after)
{
    QStringList tables = before.tableNames();
    for (const QString &t : after.tableNames())
        if (!tables.contains(t))
            tables << t;
    return tables;
}

// The other sessions hear of the edit when, and only if, it commits.
Result announceAndCommit(const Database &db, Transaction &tx, const QStringList &tables)
{
    if (!tables.isEmpty())
        if (Result r = RemoteChanges::announce(db, tables); !r)
            return r;
    return tx.commit();
}

} // namespace

RecordChangeCommand::RecordChangeCommand(const Database &db, ChangeNotifier *notifier, const QString &text)
    : QUndoCommand(text), m_db(db), m_notifier(notifier)
{
}

Fallible<RecordChangeCommand *> RecordChangeCommand::perform(const Database &db, ChangeNotifier *notifier,
                                                             const QString &text, const QList<RecordRef> &scope,
                                                             const Operation &operation)
{
    RowStore store(db);
    std::unique_ptr<RecordChangeCommand> cmd(new RecordChangeCommand(db, notifier, text));
    Transaction tx(db);
    for (const RecordRef &ref : scope)
        cmd->m_before.merge(store.footprint(ref.table, ref.id));
    auto outcome = operation();
    if (!outcome)
        return outcome.result();
    cmd->m_results = outcome.value();
    cmd->m_after = store.reread(cmd->m_before);
    for (const RecordRef &ref : cmd->m_results)
        cmd->m_after.merge(store.footprint(ref.table, ref.id));
    if (Result r = AuditTrail::record(db, text, cmd->m_before, cmd->m_after); !r)
        return r;
    const QStringList tables = tablesOf(cmd->m_before, cmd->m_after);
    if (Result r = announceAndCommit(db, tx, tables); !r)
        return r;
    if (notifier)
        notifier->notify(tables);
    return cmd.release();
}

Result RecordChangeCommand::push(QUndoStack *stack, const Fallible<RecordChangeCommand *> &command)
{
    if (!command)
        return command.result();
    if (stack)
        stack->push(command.value());
    else
        delete command.value();
    return Result::success();
}

Result RecordChangeCommand::staleRefusal(const QString &table, qint64 id, const QString &action) const
{
    const QList<AuditEntry> history = AuditTrail::history(m_db, table, id);
    const QString who = history.isEmpty() ? QString() : history.first().author;
    if (who.isEmpty() || who == m_db.author())
        return Result::conflict(QCoreApplication::translate("RecordChangeCommand",
                                                            "“%1” is not possible: the records it touches were changed "
                                                            "since. Nothing was changed.").arg(action));
    return Result::conflict(QCoreApplication::translate("RecordChangeCommand",
                                                        "“%1” is not possible: %2 changed the records it touches since. "
                                                        "Nothing was changed, so that their work is kept.").arg(action, who));
}

void RecordChangeCommand::move(const RowSet &from, const RowSet &to)
{
    // The history records the undo (or redo) as an edit of its own, in its transaction.
    const bool undoing = &from == &m_after;
    const QString action = undoing ? QCoreApplication::translate("RecordChangeCommand", "Undo: %1").arg(text())
                                   : QCoreApplication::translate("RecordChangeCommand", "Redo: %1").arg(text());
    const QStringList tables = tablesOf(from, to);
    Result r;
    {
        Transaction tx(m_db);
        const RowStore store(m_db);
        // Someone else's save since this edit must not be overwritten: the
        // command refuses, and leaves the stack since it can no longer apply.
        if (const auto changed = from.firstDifference(store.reread(from)); !changed.first.isEmpty()) {
            r = staleRefusal(changed.first, changed.second, action);
            setObsolete(true);
        }
        if (r)
            r = store.apply(from, to);
        if (r)
            r = AuditTrail::record(m_db, action, from, to);
        if (r)
            r = announceAndCommit(m_db, tx, tables);
    }
    if (!m_notifier)
        return;
    if (!r) {
        m_notifier->report(r.message());
        return;
    }
    m_notifier->notify(tables);
}

void RecordChangeCommand::undo()
{
    move(m_after, m_before);
}

void RecordChangeCommand::redo()
{
    if (m_firstRedo) {   // perform() already did the work
        m_firstRedo = false;
        return;
    }
    move(m_before, m_after);
}

} // namespace convivium::core
