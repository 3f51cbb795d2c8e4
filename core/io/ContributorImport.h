#pragma once
#include "Result.h"
#include "commands/RecordChangeCommand.h"
#include "io/ImportPlan.h"

#include <QCoreApplication>
#include <QHash>

namespace convivium::core {

class Database;

// Contributors from a CSV file, in two steps: plan() is the dry run (what is
// new, what changes, what is wrong, line by line; nothing written), apply()
// writes the plan in one transaction, all or nothing. People are matched by
// e-mail first, then by name within the same organisation; a line whose data
// is already there is skipped, so importing a file twice changes nothing.
class ContributorImport
{
    Q_DECLARE_TR_FUNCTIONS(ContributorImport)
public:
    using Progress = ImportProgress;

    static ImportPlan plan(const Database &db, const CsvDocument &doc, const ImportMapping &mapping);
    // Returns the records created, then those updated (scope(plan)): what
    // RecordChangeCommand::perform needs to undo the import.
    static Fallible<QList<RecordRef>> apply(const Database &db, const ImportPlan &plan, const Progress &progress = {});
    // The existing records the plan changes: what an undo must put back.
    static QList<RecordRef> scope(const ImportPlan &plan);

    // "30/03/2026", "3/3/2026", "2026-03-30"; empty text: a null date.
    static Fallible<QDate> parseDate(const QString &text);

    // Shared with the other imports: the organisations the plan names but the
    // community lacks, created; returns folded name → id for all of them.
    static Fallible<QHash<QString, qint64>> createOrganisations(const Database &db, const ImportPlan &plan,
                                                                 QList<RecordRef> &created);
    // The row's contributor with its affiliation to the organisation it names.
    static Contributor withAffiliation(const ImportRow &row, const QHash<QString, qint64> &organisations);
    // A message for the line count check, or empty when the record fits the header.
    static QString fieldCountProblem(const CsvDocument &doc, const CsvRecord &record);
};

} // namespace convivium::core
