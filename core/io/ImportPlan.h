#pragma once
#include "Result.h"
#include "domain/Contributor.h"
#include "domain/Organisation.h"
#include "domain/Registration.h"
#include "io/CsvReader.h"
#include "io/ImportMapping.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <functional>

namespace convivium::core {

// A line of the file that cannot be imported (or, as a warning, is imported
// differently from what it says), and why.
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
    qint64 existingId = 0;          // the record matched (update or skip)
    QStringList changes;            // for an update: the fields that change

    // Contributors, and the person of a registration.
    Contributor contributor;        // as it will be written (merged, for an update)
    bool personChanges = false;     // registrations: the person's record changes too
    QString organisation;           // as written in the file, resolved when applied
    QString title;                  // the job title there

    Registration registration;      // registrations: as it will be written
    Organisation record;            // organisations: as it will be written
};

struct ImportPlan {
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
public:
    QList<ImportRow> rows;
    QList<ImportIssue> issues;      // each blocks the import
    QList<ImportIssue> warnings;    // imported anyway (e.g. put on the waiting list)
    QStringList newOrganisations;   // named in the file, unknown: created when applied
    int count(ImportRow::Action action) const;
    int faultyLines() const;        // lines with at least one issue
    bool canApply() const { return issues.isEmpty(); }

    // What every import's apply() says when it writes nothing, in one wording.
    Result refusal() const;                                  // the plan has faulty lines
    static Result cancelled();
    static Result failedLine(int line, const QString &why);
};

using ImportProgress = std::function<bool(int done, int total)>;   // false: cancel

// The values of one line of the file by field, trimmed.
struct ImportLine {
    const CsvRecord &record;
    const ImportMapping &mapping;
    const QStringList &header;
    QString operator[](const char *field) const
    {
        const int c = mapping.column(QString::fromLatin1(field));
        return c < 0 ? QString() : record.fields.value(c).trimmed();
    }
    QString headerOf(const char *field) const { return header.value(mapping.column(QString::fromLatin1(field))); }
    bool has(const char *field) const { return mapping.isMapped(QString::fromLatin1(field)); }
};

} // namespace convivium::core
