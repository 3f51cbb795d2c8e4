#include "io/ContributorImport.h"
#include "db/Transaction.h"
#include "domain/SearchKey.h"
#include "repositories/ContributorRepository.h"
#include "repositories/OrganisationRepository.h"
#include "services/Validation.h"

#include <QRegularExpression>
#include <algorithm>

namespace convivium::core {

namespace {

// The values of one line by field, trimmed.
struct Line {
    const CsvRecord &record;
    const ImportMapping &mapping;
    QString operator[](const char *field) const
    {
        const int c = mapping.column(QString::fromLatin1(field));
        return c < 0 ? QString() : record.fields.value(c).trimmed();
    }
};

QString organisationKey(const QString &name)
{
    return SearchKey::fold(name).simplified();
}

// Merges what the file says into an existing contributor; returns the labels of what changed.
QStringList merge(Contributor &into, const Contributor &from, qint64 organisationId, const QString &title)
{
    QStringList changes;
    auto take = [&changes](QString &field, const QString &value, const char *what) {
        if (!value.isEmpty() && value != field) {
            field = value;
            changes << ImportMapping::fieldLabel(QString::fromLatin1(what));
        }
    };
    take(into.givenName, from.givenName, "given_name");
    take(into.familyName, from.familyName, "family_name");
    take(into.phone, from.phone, "phone");
    take(into.notes, from.notes, "notes");
    for (const QString &email : from.emails)
        if (!into.emails.contains(email, Qt::CaseInsensitive)) {
            into.emails << email;
            changes << ImportMapping::fieldLabel(QStringLiteral("email"));
        }
    for (const QString &language : from.languages)
        if (!into.languages.contains(language)) {
            into.languages << language;
            if (!changes.contains(ImportMapping::fieldLabel(QStringLiteral("languages"))))
                changes << ImportMapping::fieldLabel(QStringLiteral("languages"));
        }
    if (from.firstSeen.isValid() && (!into.firstSeen.isValid() || from.firstSeen < into.firstSeen)) {
        into.firstSeen = from.firstSeen;
        changes << ImportMapping::fieldLabel(QStringLiteral("first_seen"));
    }
    if (organisationId > 0) {
        const bool known = std::any_of(into.affiliations.cbegin(), into.affiliations.cend(),
                                       [organisationId](const Affiliation &a) { return a.organisationId == organisationId; });
        if (!known) {
            Affiliation a;
            a.organisationId = organisationId;
            a.title = title;
            into.affiliations << a;
            changes << ImportMapping::fieldLabel(QStringLiteral("organisation"));
        }
    }
    changes.removeDuplicates();
    return changes;
}

} // namespace

int ImportPlan::count(ImportRow::Action action) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [action](const ImportRow &r) { return r.action == action; }));
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
    else
        return Result::failure(tr("\"%1\" is not a date: write it as 30/03/2026 or 2026-03-30.").arg(t));
    if (!date.isValid())
        return Result::failure(tr("\"%1\" is not a day of the calendar.").arg(t));
    return date;
}

ImportPlan ContributorImport::plan(const Database &db, const CsvDocument &doc, const ImportMapping &mapping)
{
    ImportPlan plan;
    const QStringList &header = doc.header;
    auto headerOf = [&](const char *field) { return header.value(mapping.column(QString::fromLatin1(field))); };
    auto issue = [&plan](int line, const QString &column, const QString &message) {
        plan.issues << ImportIssue{line, column, message};
    };
    if (!mapping.isMapped(QStringLiteral("family_name")) && !mapping.isMapped(QStringLiteral("full_name"))
        && !mapping.isMapped(QStringLiteral("email"))) {
        issue(0, QString(), tr("No column gives the names or the e-mail addresses: map at least one of them."));
        return plan;
    }

    const ContributorRepository contributors(db);
    const QHash<QString, qint64> owners = contributors.emailOwners();
    const QHash<QString, qint64> names = contributors.nameKeys();
    const QHash<QString, qint64> organisations = OrganisationRepository(db).lookupKeys();
    QHash<QString, int> emailLines;       // e-mail → first line using it in this file
    QHash<qint64, int> matchedLines;      // contributor → the line already updating them
    QHash<QString, QString> newOrganisations;

    for (const CsvRecord &record : doc.records) {
        const Line line{record, mapping};
        const int before = int(plan.issues.size());
        if (!header.isEmpty() && record.fields.size() != header.size()) {
            issue(record.line, QString(), tr("This line has %1 fields where the header has %2: a separator or a quote "
                                             "is missing or extra.").arg(record.fields.size()).arg(header.size()));
            continue;
        }
        Contributor c;
        c.givenName = line["given_name"];
        c.familyName = line["family_name"];
        if (c.familyName.isEmpty() && !line["full_name"].isEmpty()) {
            // "Jean-Pierre Le Gall": the first word is the given name, the rest the family name.
            const QString full = line["full_name"].simplified();
            const qsizetype space = full.indexOf(u' ');
            c.givenName = space < 0 ? QString() : full.left(space);
            c.familyName = space < 0 ? full : full.mid(space + 1);
        }
        const QString email = line["email"];
        if (!email.isEmpty()) {
            if (!Validation::isEmail(email))
                issue(record.line, headerOf("email"), tr("\"%1\" is not an e-mail address.").arg(email));
            c.emails << email;
        }
        c.phone = line["phone"];
        c.notes = line["notes"];
        for (const QString &language : line["languages"].split(QRegularExpression(QStringLiteral("[,; ]+")), Qt::SkipEmptyParts))
            c.languages << language.toLower();
        const Fallible<QDate> firstSeen = parseDate(line["first_seen"]);
        if (!firstSeen)
            issue(record.line, headerOf("first_seen"), firstSeen.message());
        else
            c.firstSeen = firstSeen.value();
        if (c.familyName.isEmpty())
            issue(record.line, headerOf(mapping.isMapped(QStringLiteral("family_name")) ? "family_name" : "full_name"),
                  tr("The family name is missing."));

        const QString normalized = ContributorRepository::normalizedEmail(email);
        if (!normalized.isEmpty()) {
            if (emailLines.contains(normalized))
                issue(record.line, headerOf("email"),
                      tr("The address %1 is already on line %2 of this file.").arg(email).arg(emailLines.value(normalized)));
            else
                emailLines.insert(normalized, record.line);
        }
        if (plan.issues.size() > before)
            continue;

        ImportRow row;
        row.line = record.line;
        row.organisation = line["organisation"];
        row.title = line["title"];
        const QString orgKey = organisationKey(row.organisation);
        const qint64 organisationId = orgKey.isEmpty() ? 0 : organisations.value(orgKey);
        if (!orgKey.isEmpty() && organisationId == 0 && !newOrganisations.contains(orgKey)) {
            newOrganisations.insert(orgKey, row.organisation);
            plan.newOrganisations << row.organisation;
        }
        row.existingId = owners.value(normalized);
        if (row.existingId == 0 && organisationId > 0)
            row.existingId = names.value(ContributorRepository::nameKey(c.givenName, c.familyName, organisationId));
        if (row.existingId > 0 && matchedLines.contains(row.existingId)) {
            issue(record.line, QString(), tr("This person is already on line %1 of this file.")
                                              .arg(matchedLines.value(row.existingId)));
            continue;
        }
        if (row.existingId > 0) {
            matchedLines.insert(row.existingId, record.line);
            Fallible<Contributor> existing = contributors.load(row.existingId);
            if (!existing) {
                issue(record.line, QString(), existing.message());
                continue;
            }
            row.contributor = existing.value();
            row.contributor.id = row.existingId;
            row.changes = merge(row.contributor, c, organisationId, row.title);
            if (!orgKey.isEmpty() && organisationId == 0)   // a new organisation: a new affiliation
                row.changes << ImportMapping::fieldLabel(QStringLiteral("organisation"));
            row.action = row.changes.isEmpty() ? ImportRow::Action::Skip : ImportRow::Action::Update;
        } else {
            row.contributor = c;
            row.action = ImportRow::Action::Create;
        }
        plan.rows << row;
    }
    return plan;
}

Result ContributorImport::apply(const Database &db, const ImportPlan &plan, const Progress &progress)
{
    if (!plan.canApply())
        return Result::failure(tr("The file has %n line(s) with errors: nothing was imported.", nullptr,
                                  int(plan.issues.size())));
    Transaction tx(db);
    const OrganisationRepository organisations(db);
    QHash<QString, qint64> orgIds = organisations.lookupKeys();
    for (const QString &name : plan.newOrganisations) {
        Organisation org;
        org.name = name;
        const Fallible<qint64> id = organisations.insert(org);
        if (!id)
            return id.result();
        orgIds.insert(organisationKey(name), id.value());
    }
    const ContributorRepository contributors(db);
    const int total = int(plan.rows.size());
    for (int i = 0; i < total; ++i) {
        const ImportRow &row = plan.rows.at(i);
        if (progress && i % 64 == 0 && !progress(i, total))
            return Result::failure(tr("The import was cancelled: nothing was imported."));
        Contributor c = row.contributor;
        if (const qint64 orgId = orgIds.value(organisationKey(row.organisation)); orgId > 0
            && std::none_of(c.affiliations.cbegin(), c.affiliations.cend(),
                            [orgId](const Affiliation &a) { return a.organisationId == orgId; })) {
            Affiliation a;
            a.organisationId = orgId;
            a.title = row.title;
            c.affiliations << a;
        }
        Result written;
        switch (row.action) {
        case ImportRow::Action::Create:
            written = contributors.insert(c).result();
            break;
        case ImportRow::Action::Update:
            written = contributors.update(c);
            break;
        case ImportRow::Action::Skip:
            break;
        }
        if (!written)
            return Result::failure(tr("Line %1: %2 Nothing was imported.").arg(row.line).arg(written.message()));
    }
    if (progress && !progress(total, total))
        return Result::failure(tr("The import was cancelled: nothing was imported."));
    return tx.commit();
}

} // namespace convivium::core
