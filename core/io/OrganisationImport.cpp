#include "io/OrganisationImport.h"
#include "db/Transaction.h"
#include "domain/CountryNames.h"
#include "domain/SearchKey.h"
#include "domain/Vocabulary.h"
#include "io/ContributorImport.h"
#include "io/PersonMatcher.h"
#include "repositories/OrganisationRepository.h"

namespace convivium::core {

namespace {
const QString kOrganisation = QStringLiteral("organisation");
}

ImportPlan OrganisationImport::plan(const Database &db, const CsvDocument &doc, const ImportMapping &mapping)
{
    ImportPlan plan;
    if (!mapping.isMapped(QStringLiteral("name"))) {
        plan.issues << ImportIssue{0, QString(), tr("No column gives the names of the organisations: map one.")};
        return plan;
    }
    const OrganisationRepository repository(db);
    const QHash<QString, qint64> known = repository.lookupKeys();
    QHash<QString, int> seen;   // folded name → first line
    for (const CsvRecord &record : doc.records) {
        const ImportLine line{record, mapping, doc.header};
        const int at = record.line;
        if (const QString problem = ContributorImport::fieldCountProblem(doc, record); !problem.isEmpty()) {
            plan.issues << ImportIssue{at, QString(), problem};
            continue;
        }
        const qsizetype before = plan.issues.size();
        Organisation o;
        o.kind.clear();   // only what the file says
        o.name = line["name"];
        const QString key = PersonMatcher::organisationKey(o.name);
        if (key.isEmpty())
            plan.issues << ImportIssue{at, line.headerOf("name"), tr("The name is missing.")};
        else if (const int first = seen.value(key); first > 0)
            plan.issues << ImportIssue{at, line.headerOf("name"), tr("%1 is already on line %2 of this file.").arg(o.name).arg(first)};
        else
            seen.insert(key, at);
        o.acronym = line["acronym"];
        o.city = line["city"];
        o.website = line["website"];
        o.platformName = line["platform_name"];
        o.platformUrl = line["platform_url"];
        o.notes = line["notes"];
        if (!line["kind"].isEmpty()) {
            o.kind = Vocabulary::codeFor(Vocabulary::OrganisationKind, line["kind"]);
            if (o.kind.isEmpty()) {
                QStringList labels;
                for (const Term &term : Vocabulary::terms(Vocabulary::OrganisationKind))
                    labels << term.label;
                plan.issues << ImportIssue{at, line.headerOf("kind"), tr("\"%1\" is not a kind of organisation: write one of %2.")
                                                                          .arg(line["kind"], labels.join(QStringLiteral(", ")))};
            }
        }
        if (!line["country"].isEmpty()) {
            o.country = CountryNames::codeFor(line["country"]);
            if (o.country.isEmpty())
                plan.issues << ImportIssue{at, line.headerOf("country"),
                                           tr("\"%1\" is not a country: write its name or its two-letter code (FR, BO).")
                                               .arg(line["country"])};
        }
        if (plan.issues.size() > before)
            continue;

        ImportRow row;
        row.line = at;
        row.existingId = known.value(key);
        if (row.existingId == 0 && !o.acronym.isEmpty())
            row.existingId = known.value(PersonMatcher::organisationKey(o.acronym));
        if (row.existingId == 0) {
            if (o.kind.isEmpty())
                o.kind = QStringLiteral("other");
            row.record = o;
            row.action = ImportRow::Action::Create;
            plan.rows << std::move(row);
            continue;
        }
        const Fallible<Organisation> existing = repository.load(row.existingId);
        if (!existing) {
            plan.issues << ImportIssue{at, QString(), existing.message()};
            continue;
        }
        row.record = existing.value();
        auto take = [&row](QString &field, const QString &value, const char *what) {
            if (!value.isEmpty() && value != field) {
                field = value;
                row.changes << ImportMapping::fieldLabel(QString::fromLatin1(what));
            }
        };
        take(row.record.name, o.name, "name");
        take(row.record.acronym, o.acronym, "acronym");
        take(row.record.kind, o.kind, "kind");
        take(row.record.country, o.country, "country");
        take(row.record.city, o.city, "city");
        take(row.record.website, o.website, "website");
        take(row.record.platformName, o.platformName, "platform_name");
        take(row.record.platformUrl, o.platformUrl, "platform_url");
        take(row.record.notes, o.notes, "notes");
        row.action = row.changes.isEmpty() ? ImportRow::Action::Skip : ImportRow::Action::Update;
        plan.rows << std::move(row);
    }
    return plan;
}

QList<RecordRef> OrganisationImport::scope(const ImportPlan &plan)
{
    QList<RecordRef> out;
    for (const ImportRow &row : plan.rows)
        if (row.action == ImportRow::Action::Update)
            out << RecordRef{kOrganisation, row.existingId};
    return out;
}

Fallible<QList<RecordRef>> OrganisationImport::apply(const Database &db, const ImportPlan &plan, const ImportProgress &progress)
{
    if (!plan.canApply())
        return plan.refusal();
    Transaction tx(db);
    const OrganisationRepository repository(db);
    QList<RecordRef> created;
    const int total = int(plan.rows.size());
    for (int i = 0; i < total; ++i) {
        const ImportRow &row = plan.rows.at(i);
        if (progress && i % 16 == 0 && !progress(i, total))
            return ImportPlan::cancelled();
        Result written;
        if (row.action == ImportRow::Action::Create) {
            const Fallible<qint64> id = repository.insert(row.record);
            written = id.result();
            if (id)
                created << RecordRef{kOrganisation, id.value()};
        } else if (row.action == ImportRow::Action::Update) {
            written = repository.update(row.record);
        }
        if (!written)
            return ImportPlan::failedLine(row.line, written.message());
    }
    if (progress && !progress(total, total))
        return ImportPlan::cancelled();
    if (Result r = tx.commit(); !r)
        return r;
    // Updated records are "kept" too: their rows as the import leaves them
    // (e-mail rows written again under new ids) belong to undo's after picture.
    created << scope(plan);
    return created;
}

} // namespace convivium::core
