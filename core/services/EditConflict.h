#pragma once
#include "Result.h"
#include "db/RowSet.h"

#include <QCoreApplication>
#include <QDateTime>
#include <functional>

class QUndoStack;

namespace convivium::core {

class ChangeNotifier;
class Database;

// One thing the two saves disagree on: a field of the record, or one of its
// lists (e-mail addresses, affiliations…) taken as a whole.
struct ConflictField {
    QString label;    // translated: "Family name", "E-mail addresses"
    QString mine;     // as the user's save would leave it, in words
    QString theirs;   // as the other organiser saved it
    QString table;
    QString column;   // empty for a list: all the record's rows in `table`
};

// What a refused save (someone else saved the record since it was read)
// puts before the user: both versions, field by field, and who saved the
// other one and when. The user picks per field; resolve() then writes the
// blend as one undoable edit, still refusing if the record moved again.
class EditConflict
{
    Q_DECLARE_TR_FUNCTIONS(EditConflict)
public:
    // Writes the user's record over the version now saved; run inside a
    // transaction that is rolled back, only to see what it would write.
    using SaveOver = std::function<Result(int currentVersion)>;
    // Writes the blended rows as one undoable edit and returns the record's id.
    using Writer = std::function<Fallible<qint64>(const EditConflict &conflict, const RowSet &blend)>;

    static Fallible<std::shared_ptr<EditConflict>> find(const Database &db, const QString &table, qint64 id,
                                                        const SaveOver &saveOver);
    // The repository's refusal with the conflict attached for the user to
    // settle through `writer`; the refusal alone when it cannot be worked out.
    static Result explain(const Result &refusal, const Database &db, const QString &table, qint64 id,
                          const SaveOver &saveOver, Writer writer);
    // Writes a blend as one command on `stack` named `text`, then `saveAgain`
    // (see saveAgainWith) so that derived columns follow the chosen values.
    static Writer undoableWriter(const Database &db, QUndoStack *stack, ChangeNotifier *notifier, const QString &text,
                                 const std::function<Result(qint64)> &saveAgain);

    const QString &table() const { return m_table; }
    qint64 id() const { return m_id; }
    const QList<ConflictField> &fields() const { return m_fields; }
    const QString &author() const { return m_author; }
    const QDateTime &savedAt() const { return m_savedAt; }   // UTC; invalid when the history does not say
    int theirVersion() const { return m_theirVersion; }
    const RowSet &theirs() const { return m_theirs; }
    // "Camille saved this record on 3 March at 10:12, after you opened it."
    QString explanation() const;

    // The record's rows with fields[i] as the user's save has it where keepMine[i].
    RowSet blend(const QList<bool> &keepMine) const;
    void setWriter(Writer writer) { m_writer = std::move(writer); }
    Fallible<qint64> resolve(const QList<bool> &keepMine) const;

private:
    void compare(const Database &db);

    QString m_table;
    qint64 m_id = 0;
    int m_theirVersion = 0;
    QString m_author;
    QDateTime m_savedAt;
    RowSet m_theirs;
    RowSet m_mine;
    QList<ConflictField> m_fields;
    Writer m_writer;
};

// Loads a record and saves it as it is: its repository recomputes what it derives.
template <typename Repo>
std::function<Result(qint64)> saveAgainWith(const Database &db)
{
    const Database *database = &db;
    return [database](qint64 id) -> Result {
        const Repo repo(*database);
        auto loaded = repo.load(id);
        return loaded ? repo.update(loaded.value()) : loaded.result();
    };
}

} // namespace convivium::core
