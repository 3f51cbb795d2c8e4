#pragma once
#include "Result.h"
#include "domain/Contributor.h"
#include "io/CsvReader.h"
#include "io/ImportMapping.h"

#include <QCoreApplication>
#include <functional>

namespace convivium::core {

class Database;

// A line of the file that cannot be imported, and why.
struct ImportIssue {
    int line = 0;
    QString column;     // header of the column at fault; empty for the whole line
    QString message;
};

// What importing one line will do. The user may turn a create or an update
// into a skip before applying.
struct ImportRow {
    enum class Action { Create, Update, Skip };
    int line = 0;
    Action action = Action::Create;
    qint64 existingId = 0;          // the contributor matched (update or skip)
    Contributor contributor;        // as it will be written (merged, for an update)
    QString organisation;           // as written in the file, resolved when applied
    QString title;                  // the job title there
    QStringList changes;            // for an update: the fields that change
};

struct ImportPlan {
    QList<ImportRow> rows;
    QList<ImportIssue> issues;
    QStringList newOrganisations;   // named in the file, unknown: created when applied
    int count(ImportRow::Action action) const;
    bool canApply() const { return issues.isEmpty(); }
};

// Contributors from a CSV file, in two steps: plan() is the dry run (what is
// new, what changes, what is wrong, line by line; nothing written), apply()
// writes the plan in one transaction, all or nothing. People are matched by
// e-mail first, then by name within the same organisation; a line whose data
// is already there is skipped, so importing a file twice changes nothing.
class ContributorImport
{
    Q_DECLARE_TR_FUNCTIONS(ContributorImport)
public:
    using Progress = std::function<bool(int done, int total)>;   // false: cancel

    static ImportPlan plan(const Database &db, const CsvDocument &doc, const ImportMapping &mapping);
    static Result apply(const Database &db, const ImportPlan &plan, const Progress &progress = {});
    // "30/03/2026", "3/3/2026", "2026-03-30"; empty text: a null date.
    static Fallible<QDate> parseDate(const QString &text);
};

} // namespace convivium::core
