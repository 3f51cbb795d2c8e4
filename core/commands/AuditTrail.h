#pragma once
#include "Result.h"
#include "db/RowSet.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace convivium::core {

class Database;

// One line of a record's history.
struct AuditEntry {
    QDateTime at;            // UTC
    QString author;          // the team database user, or the computer's user for a file
    QString action;          // the edit as Edit ▸ Undo names it ("Edit Hélène Marchand")
    QString kind;            // created, changed, deleted
    QString table;
    qint64 recordId = 0;
    QList<std::pair<QString, std::pair<QVariant, QVariant>>> changes;   // column, before, after
};

// Who changed what and when. RecordChangeCommand writes an entry for every
// record its edit created, changed or deleted (undo and redo included), in
// the edit's own transaction, so the history never misses nor invents an edit.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
public:
    static Result record(const Database &db, const QString &action, const RowSet &before, const RowSet &after);
    // An entry that says what was done to a record without its values (an erasure).
    static Result note(const Database &db, const QString &action, const QString &table, qint64 id);
    // The history of one record, newest first.
    static QList<AuditEntry> history(const Database &db, const QString &table, qint64 id);
    // For the sessions watching a shared file: the newest entry's id (0: none
    // yet), and the tables of the entries written after *lastId, which moves on
    // to the newest of them.
    static qint64 latestId(const Database &db);
    static QStringList tablesSince(const Database &db, qint64 *lastId);
};

} // namespace convivium::core
