#include "io/ContributorImport.h"
#include "db/Transaction.h"
#include "repositories/ContributorRepository.h"
#include "repositories/OrganisationRepository.h"
#include "io/PersonMatcher.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace convivium::core {

int ImportPlan::count(ImportRow::Action action) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [action](const ImportRow &r) { return r.action == action; }));
}

int ImportPlan::faultyLines() const
{
    QSet<int> lines;
    for (const ImportIssue &issue : issues)
        lines.insert(issue.line);
    return int(lines.size());
}

namespace {

// A date as a list shows it in the reader's language or in English ("3 févr.
// 2014", "3 Feb 2014"), so that an exported list imports back.
QDate writtenOut(const QString &text)
{
    for (const QLocale &locale : {QLocale(), QLocale(QLocale::English)}) {
        for (const QString &format : {locale.dateFormat(QLocale::ShortFormat), locale.dateFormat(QLocale::LongFormat),
                                      QStringLiteral("d MMM yyyy"), QStringLiteral("d MMMM yyyy")}) {
            if (!format.contains(QLatin1String("yyyy")))
                continue;   // two-digit years are ambiguous
            if (const QDate d = locale.toDate(text, format); d.isValid())
                return d;
        }
    }
    return QDate();
}

} // namespace

Result ImportPlan::refusal() const
{
    return Result::failure(tr("The file has %n line(s) with errors: nothing was imported.", nullptr, faultyLines()));
}

Result ImportPlan::cancelled()
{
    return Result::failure(tr("The import was cancelled: nothing was imported."));
}

Result ImportPlan::failedLine(int line, const QString &why)
{
    return Result::failure(tr("Line %1: %2 Nothing was imported.").arg(line).arg(why));
}

Fallible<QDate> ContributorImport::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    static const QRegularExpression french(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    QDate date;
    if (const QRegularExpressionMatch m = iso.match(t); m.hasMatch())
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (const QRegularExpressionMatch m = french.match(t); m.hasMatch())
        date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    else if (date = writtenOut(t); !date.isValid())
        return Result::failure(tr("\"%1\" is not a date: write it as 30/03/2026 or 2026-03-30.").arg(t));
    if (!date.isValid())
        return Result::failure(tr("\"%1\" is not a day of the calendar.").arg(t));
    return date;
}

QString ContributorImport::fieldCountProblem(const CsvDocument &doc, const CsvRecord &record)
{
    if (doc.header.isEmpty() || record.fields.size() == doc.header.size())
        return QString();
    return tr("This line has %1 fields where the header has %2: a separator or a quote is missing or extra.")
        .arg(record.fields.size()).arg(doc.header.size());
}

ImportPlan ContributorImport::plan(const Database &db, const CsvDocument &doc, const ImportMapping &mapping)
{
    ImportPlan plan;
    if (!PersonMatcher::mapsSomeone(mapping)) {
        plan.issues << ImportIssue{0, QString(), tr("No column gives the names or the e-mail addresses: map at least one of them.")};
        return plan;
    }
    PersonMatcher people(db, ImportMapping::Kind::Contributors);
    plan.rows.reserve(doc.records.size());
    for (const CsvRecord &record : doc.records) {
        if (const QString problem = fieldCountProblem(doc, record); !problem.isEmpty()) {
            plan.issues << ImportIssue{record.line, QString(), problem};
            continue;
        }
        ImportRow row;
        row.line = record.line;
        if (people.resolve(ImportLine{record, mapping, doc.header}, row, plan))
            plan.rows << std::move(row);
    }
    return plan;
}

QList<RecordRef> ContributorImport::scope(const ImportPlan &plan)
{
    QList<RecordRef> out;
    for (const ImportRow &row : plan.rows)
        if (row.action == ImportRow::Action::Update)
            out << RecordRef{QStringLiteral("contributor"), row.existingId};
    return out;
}

Fallible<QHash<QString, qint64>> ContributorImport::createOrganisations(const Database &db, const ImportPlan &plan,
                                                                        QList<RecordRef> &created)
{
    const OrganisationRepository organisations(db);
    QHash<QString, qint64> ids = organisations.lookupKeys();
    for (const QString &name : plan.newOrganisations) {
        Organisation org;
        org.name = name;
        const Fallible<qint64> id = organisations.insert(org);
        if (!id)
            return id.result();
        ids.insert(PersonMatcher::organisationKey(name), id.value());
        created << RecordRef{QStringLiteral("organisation"), id.value()};
    }
    return ids;
}

Contributor ContributorImport::withAffiliation(const ImportRow &row, const QHash<QString, qint64> &organisations)
{
    Contributor c = row.contributor;
    const qint64 orgId = organisations.value(PersonMatcher::organisationKey(row.organisation));
    if (orgId > 0 && std::none_of(c.affiliations.cbegin(), c.affiliations.cend(),
                                  [orgId](const Affiliation &a) { return a.organisationId == orgId; })) {
        Affiliation a;
        a.organisationId = orgId;
        a.title = row.title;
        c.affiliations << a;
    }
    return c;
}

Fallible<QList<RecordRef>> ContributorImport::apply(const Database &db, const ImportPlan &plan, const Progress &progress)
{
    if (!plan.canApply())
        return plan.refusal();
    Transaction tx(db);
    QList<RecordRef> created;
    const Fallible<QHash<QString, qint64>> orgIds = createOrganisations(db, plan, created);
    if (!orgIds)
        return orgIds.result();

    // New people go in one pass of prepared statements; updates one by one.
    QList<Contributor> fresh;
    const ContributorRepository contributors(db);
    const int total = plan.count(ImportRow::Action::Create) + plan.count(ImportRow::Action::Update);
    int written = 0;
    for (const ImportRow &row : plan.rows) {
        if (row.action == ImportRow::Action::Create) {
            fresh << withAffiliation(row, orgIds.value());
        } else if (row.action == ImportRow::Action::Update) {
            if (progress && written % 64 == 0 && !progress(written, total))
                return ImportPlan::cancelled();
            if (const Result r = contributors.update(withAffiliation(row, orgIds.value())); !r)
                return ImportPlan::failedLine(row.line, r.message());
            ++written;
        }
    }
    bool stopped = false;
    const Fallible<QList<qint64>> ids = contributors.insertMany(fresh, [&](int n) {
        stopped = progress && !progress(written + n, total);
        return !stopped;
    });
    if (stopped)
        return ImportPlan::cancelled();
    if (!ids)
        return ids.result();
    for (qint64 id : ids.value())
        created << RecordRef{QStringLiteral("contributor"), id};
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
