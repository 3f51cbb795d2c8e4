#include "repositories/ContributorRepository.h"
#include "db/Database.h"
#include "db/BulkInsert.h"
#include "db/DeferredIndexes.h"
#include "db/Transaction.h"
#include "domain/SearchKey.h"
#include "domain/Vocabulary.h"
#include "repositories/SqlValues.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <optional>

namespace convivium::core {

namespace {

QVariantList rowValues(const Contributor &c)
{
    return {c.givenName.trimmed(), c.familyName.trimmed(), c.primaryEmail().trimmed(), c.phone.trimmed(),
            sql::list(c.languages), sql::date(c.firstSeen), sql::date(c.codeOfConductAcceptedOn), c.notes};
}

} // namespace

Fallible<Contributor> ContributorRepository::load(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    sql::run(q, QStringLiteral("SELECT given_name, family_name, phone, languages, first_seen, coc_accepted_on, "
                               "notes, version FROM contributor WHERE id = ?"), {id});
    if (!q.next())
        return Result::failure(tr("This contributor no longer exists."));
    Contributor c;
    c.id = id;
    c.givenName = q.value(0).toString();
    c.familyName = q.value(1).toString();
    c.phone = q.value(2).toString();
    c.languages = sql::toList(q.value(3));
    c.firstSeen = sql::toDate(q.value(4));
    c.codeOfConductAcceptedOn = sql::toDate(q.value(5));
    c.notes = q.value(6).toString();
    c.version = q.value(7).toInt();

    sql::run(q, QStringLiteral("SELECT email FROM contributor_email WHERE contributor_id = ? ORDER BY position"), {id});
    while (q.next())
        c.emails << q.value(0).toString();
    sql::run(q, QStringLiteral("SELECT kind, handle FROM contributor_handle WHERE contributor_id = ? ORDER BY id"), {id});
    while (q.next())
        c.handles << Handle{q.value(0).toString(), q.value(1).toString()};
    sql::run(q, QStringLiteral("SELECT id, organisation_id, title, from_date, to_date FROM affiliation "
                               "WHERE contributor_id = ? ORDER BY from_date, id"), {id});
    while (q.next())
        c.affiliations << Affiliation{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                      sql::toDate(q.value(3)), sql::toDate(q.value(4))};
    sql::run(q, QStringLiteral("SELECT kind FROM contributor_contribution WHERE contributor_id = ? ORDER BY id"), {id});
    while (q.next())
        c.contributionKinds << q.value(0).toString();
    sql::run(q, QStringLiteral("SELECT kind, granted, recorded_on FROM consent WHERE contributor_id = ? ORDER BY id"), {id});
    while (q.next())
        c.consents << Consent{q.value(0).toString(), q.value(1).toBool(), sql::toDate(q.value(2))};
    return c;
}

Result ContributorRepository::writeChildren(const Contributor &c, qint64 id) const
{
    QSqlQuery q(m_db.connection());
    for (const char *table : {"contributor_email", "contributor_handle", "affiliation", "contributor_contribution", "consent"}) {
        const QString statement = QStringLiteral("DELETE FROM %1 WHERE contributor_id = ?").arg(QLatin1String(table));
        if (!sql::run(q, statement, {id}))
            return Result::failure(q.lastError().text());
    }
    int position = 0;
    for (const QString &email : c.emails) {
        if (email.trimmed().isEmpty())
            continue;
        if (!sql::run(q, QStringLiteral("INSERT INTO contributor_email (contributor_id, email, normalized, position) "
                                        "VALUES (?, ?, ?, ?)"),
                      {id, email.trimmed(), normalizedEmail(email), position++}))
            return Result::failure(tr("The e-mail address %1 is already used by another contributor.").arg(email.trimmed()));
    }
    for (const Handle &h : c.handles)
        if (!sql::run(q, QStringLiteral("INSERT INTO contributor_handle (contributor_id, kind, handle) VALUES (?, ?, ?)"),
                      {id, h.kind, h.handle.trimmed()}))
            return Result::failure(q.lastError().text());
    for (const Affiliation &a : c.affiliations)
        if (!sql::run(q, QStringLiteral("INSERT INTO affiliation (contributor_id, organisation_id, title, from_date, to_date) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                      {id, a.organisationId, a.title.trimmed(), sql::date(a.from), sql::date(a.to)}))
            return Result::failure(tr("An affiliation refers to an organisation that no longer exists."));
    for (const QString &kind : c.contributionKinds)
        if (!sql::run(q, QStringLiteral("INSERT INTO contributor_contribution (contributor_id, kind) VALUES (?, ?)"), {id, kind}))
            return Result::failure(q.lastError().text());
    for (const Consent &k : c.consents)
        if (!sql::run(q, QStringLiteral("INSERT INTO consent (contributor_id, kind, granted, recorded_on) VALUES (?, ?, ?, ?)"),
                      {id, k.kind, k.granted ? 1 : 0,
                       sql::date(k.recordedOn.isValid() ? k.recordedOn : QDate::currentDate())}))
            return Result::failure(q.lastError().text());
    return refreshDerived({id});
}

Fallible<qint64> ContributorRepository::insert(const Contributor &c) const
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    QVariantList values = rowValues(c);
    const QString now = sql::now();
    values << now << now;
    if (!sql::run(q, QStringLiteral("INSERT INTO contributor (given_name, family_name, email, phone, languages, "
                                    "first_seen, coc_accepted_on, notes, created_at, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"), values)
        || !q.next())
        return Result::failure(tr("Could not save the contributor: %1").arg(q.lastError().text()));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (Result r = writeChildren(c, id); !r)
        return r;
    if (Result r = tx.commit(); !r)
        return r;
    return id;
}

namespace {

// As refreshDerived() picks it: the open affiliation that started last, else the one that ended last.
qint64 currentOrganisation(const QList<Affiliation> &affiliations)
{
    const Affiliation *best = nullptr;
    for (const Affiliation &a : affiliations) {
        if (!best) {
            best = &a;
            continue;
        }
        const bool open = !a.to.isValid(), bestOpen = !best->to.isValid();
        if (open != bestOpen ? open : (a.to != best->to ? a.to > best->to : a.from > best->from))
            best = &a;
    }
    return best ? best->organisationId : 0;
}

} // namespace

Fallible<QList<qint64>> ContributorRepository::insertMany(const QList<Contributor> &people,
                                                          const std::function<bool(int)> &progress) const
{
    QHash<qint64, QStringList> organisationWords;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    sql::run(q, QStringLiteral("SELECT id, name, acronym FROM organisation"), {});
    while (q.next())
        organisationWords.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
    q.finish();

    // A large batch (an import) sets the indexes aside and builds them once at the end.
    std::optional<DeferredIndexes> deferred;
    if (people.size() >= 5000)
        deferred.emplace(m_db, QStringList{QStringLiteral("contributor"), QStringLiteral("contributor_email"),
                                           QStringLiteral("affiliation")});
    BulkInsert person(m_db, QStringLiteral("contributor"),
                      {QStringLiteral("given_name"), QStringLiteral("family_name"), QStringLiteral("email"),
                       QStringLiteral("phone"), QStringLiteral("languages"), QStringLiteral("first_seen"),
                       QStringLiteral("coc_accepted_on"), QStringLiteral("notes"), QStringLiteral("created_at"),
                       QStringLiteral("updated_at"), QStringLiteral("current_organisation_id"), QStringLiteral("search_key")});
    BulkInsert email(m_db, QStringLiteral("contributor_email"),
                     {QStringLiteral("contributor_id"), QStringLiteral("email"), QStringLiteral("normalized"),
                      QStringLiteral("position")});
    BulkInsert affiliation(m_db, QStringLiteral("affiliation"),
                           {QStringLiteral("contributor_id"), QStringLiteral("organisation_id"), QStringLiteral("title"),
                            QStringLiteral("from_date"), QStringLiteral("to_date")});
    QSqlQuery child(m_db.connection());
    const QString now = sql::now();
    QList<qint64> ids;
    ids.reserve(people.size());
    for (const Contributor &c : people) {
        if (progress && ids.size() % 256 == 0 && !progress(int(ids.size())))
            return Result::failure(tr("Cancelled."));
        const qint64 organisation = currentOrganisation(c.affiliations);
        QStringList words{c.familyName, c.givenName};
        words << c.emails;
        for (const Handle &h : c.handles)
            words << h.handle;
        words << organisationWords.value(organisation);
        QVariantList values = rowValues(c);
        values << now << now << sql::ref(organisation) << SearchKey::of(words);
        if (!person.add(values))
            return Result::failure(tr("Could not save %1: %2").arg(c.displayName(), person.error()));
        const qint64 id = person.lastId();
        int position = 0;
        for (const QString &address : c.emails)
            if (!address.trimmed().isEmpty() && !email.add({id, address.trimmed(), normalizedEmail(address), position++}))
                return Result::failure(tr("The e-mail address %1 is already used by another contributor.").arg(address.trimmed()));
        for (const Affiliation &a : c.affiliations)
            if (!affiliation.add({id, a.organisationId, a.title.trimmed(), sql::date(a.from), sql::date(a.to)}))
                return Result::failure(tr("An affiliation refers to an organisation that no longer exists."));
        // Rare in imports: the plain statements are fast enough.
        for (const Handle &h : c.handles)
            if (!sql::run(child, QStringLiteral("INSERT INTO contributor_handle (contributor_id, kind, handle) VALUES (?, ?, ?)"),
                          {id, h.kind, h.handle.trimmed()}))
                return Result::failure(child.lastError().text());
        for (const QString &kind : c.contributionKinds)
            if (!sql::run(child, QStringLiteral("INSERT INTO contributor_contribution (contributor_id, kind) VALUES (?, ?)"), {id, kind}))
                return Result::failure(child.lastError().text());
        for (const Consent &k : c.consents)
            if (!sql::run(child, QStringLiteral("INSERT INTO consent (contributor_id, kind, granted, recorded_on) VALUES (?, ?, ?, ?)"),
                          {id, k.kind, k.granted ? 1 : 0, sql::date(k.recordedOn.isValid() ? k.recordedOn : QDate::currentDate())}))
                return Result::failure(child.lastError().text());
        ids << id;
    }
    if (deferred)
        if (Result r = deferred->rebuild(); !r)
            return r;
    return ids;
}

Result ContributorRepository::update(const Contributor &c) const
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    QVariantList values = rowValues(c);
    values << sql::now() << c.id;
    values << sql::versionValues(c.version);
    if (!sql::run(q, QStringLiteral("UPDATE contributor SET given_name = ?, family_name = ?, email = ?, phone = ?, "
                                    "languages = ?, first_seen = ?, coc_accepted_on = ?, notes = ?, updated_at = ?, "
                                    "version = version + 1 WHERE id = ?") + sql::versionGuard(), values))
        return Result::failure(tr("Could not save the contributor: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() == 0)
        return sql::exists(m_db.connection(), QStringLiteral("contributor"), c.id)
                   ? Result::conflict(tr("Someone else saved this contributor after you opened it."))
                   : Result::failure(tr("This contributor no longer exists."));
    if (Result r = writeChildren(c, c.id); !r)
        return r;
    return tx.commit();
}

Result ContributorRepository::remove(qint64 id) const
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, QStringLiteral("DELETE FROM contributor WHERE id = ?"), {id}))
        return Result::failure(tr("Could not delete the contributor: %1").arg(q.lastError().text()));
    return tx.commit();
}

qint64 ContributorRepository::findByEmail(const QString &email) const
{
    QSqlQuery q(m_db.connection());
    sql::run(q, QStringLiteral("SELECT contributor_id FROM contributor_email WHERE normalized = ?"), {normalizedEmail(email)});
    return q.next() ? q.value(0).toLongLong() : 0;
}

QString ContributorRepository::nameOf(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    sql::run(q, QStringLiteral("SELECT given_name, family_name FROM contributor WHERE id = ?"), {id});
    return q.next() ? (q.value(0).toString() + u' ' + q.value(1).toString()).trimmed() : QString();
}

QList<NamedRef> ContributorRepository::search(const QString &text, int limit) const
{
    ListQuery query(m_db, listDefinition());
    query.setFilter(text);
    QList<NamedRef> out;
    for (const ListRow &row : query.fetch(0, limit)) {
        const QString org = row.values.value(2).toString();
        const QString name = row.values.value(0).toString();
        out << NamedRef{row.id, org.isEmpty() ? name : QStringLiteral("%1 — %2").arg(name, org)};
    }
    return out;
}

QList<ContributorSummary> ContributorRepository::summaries(const QString &consentKind) const
{
    QList<ContributorSummary> out;
    QHash<qint64, qsizetype> at;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString consent = QStringLiteral(" WHERE EXISTS (SELECT 1 FROM consent k WHERE k.contributor_id = c.id "
                                           "AND k.kind = ? AND k.granted <> 0)");
    // By id, so that namesakes come in one order on every engine: unordered,
    // SQLite reads by id but PostgreSQL in the order of its pages, which is not.
    sql::run(q, QStringLiteral("SELECT c.id, c.given_name, c.family_name, c.first_seen FROM contributor c")
                    + (consentKind.isEmpty() ? QString() : consent) + QStringLiteral(" ORDER BY c.id"),
             consentKind.isEmpty() ? QVariantList{} : QVariantList{consentKind});
    QList<QPair<QString, qsizetype>> keys;
    while (q.next()) {
        ContributorSummary s;
        s.id = q.value(0).toLongLong();
        s.givenName = q.value(1).toString();
        s.familyName = q.value(2).toString();
        s.firstSeen = sql::toDate(q.value(3));
        at.insert(s.id, out.size());
        keys << qMakePair(SearchKey::fold(s.familyName) + QChar(1) + SearchKey::fold(s.givenName), out.size());
        out << std::move(s);
    }
    sql::run(q, QStringLiteral("SELECT a.contributor_id, o.id, o.name, a.title, a.from_date, a.to_date FROM affiliation a "
                               "JOIN organisation o ON o.id = a.organisation_id "
                               "ORDER BY a.contributor_id, a.from_date DESC, o.name"), {});
    while (q.next())
        if (const auto it = at.constFind(q.value(0).toLongLong()); it != at.cend())
            out[*it].affiliations << RelatedItem{q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                                                 sql::toDate(q.value(4)), sql::toDate(q.value(5))};
    sql::run(q, QStringLiteral("SELECT contributor_id, kind FROM contributor_contribution ORDER BY contributor_id, id"), {});
    while (q.next())
        if (const auto it = at.constFind(q.value(0).toLongLong()); it != at.cend())
            out[*it].contributionKinds << q.value(1).toString();

    // Sorted once on precomputed keys: folding inside the comparison would fold 100,000 names 17 times each.
    std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<ContributorSummary> sorted;
    sorted.reserve(out.size());
    for (const auto &key : std::as_const(keys))
        sorted << std::move(out[key.second]);
    return sorted;
}

QHash<QString, qint64> ContributorRepository::emailOwners() const
{
    QHash<QString, qint64> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    sql::run(q, QStringLiteral("SELECT normalized, contributor_id FROM contributor_email"), {});
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

QString ContributorRepository::nameKey(const QString &given, const QString &family, qint64 organisationId)
{
    return SearchKey::fold(given).simplified() + u' ' + SearchKey::fold(family).simplified() + u'|'
        + QString::number(organisationId);
}

QHash<QString, qint64> ContributorRepository::nameKeys() const
{
    QHash<QString, qint64> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    sql::run(q, QStringLiteral("SELECT id, given_name, family_name, COALESCE(current_organisation_id, 0) FROM contributor"), {});
    while (q.next())
        out.insert(nameKey(q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()), q.value(0).toLongLong());
    return out;
}

QSet<qint64> ContributorRepository::consenting(const QString &consentKind) const
{
    QSet<qint64> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    sql::run(q, QStringLiteral("SELECT contributor_id FROM consent WHERE kind = ? AND granted <> 0"), {consentKind});
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

QList<ContactCard> ContributorRepository::contactCards(const QString &consentKind, const QDate &today) const
{
    QList<ContactCard> out;
    QHash<qint64, qsizetype> at;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    sql::run(q, QStringLiteral("SELECT c.id, c.given_name, c.family_name, c.phone, c.languages, c.created_at, c.updated_at "
                               "FROM contributor c WHERE EXISTS (SELECT 1 FROM consent k WHERE k.contributor_id = c.id "
                               "AND k.kind = ? AND k.granted <> 0) ORDER BY c.id"), {consentKind});
    while (q.next()) {
        ContactCard card;
        card.id = q.value(0).toLongLong();
        card.givenName = q.value(1).toString();
        card.familyName = q.value(2).toString();
        card.phone = q.value(3).toString();
        card.languages = sql::toList(q.value(4));
        card.createdAt = sql::toUtc(q.value(5));
        card.updatedAt = sql::toUtc(q.value(6));
        at.insert(card.id, out.size());
        out << card;
    }
    sql::run(q, QStringLiteral("SELECT contributor_id, email FROM contributor_email ORDER BY contributor_id, position, id"), {});
    while (q.next())
        if (const auto it = at.constFind(q.value(0).toLongLong()); it != at.cend())
            out[*it].emails << q.value(1).toString();
    // As refreshDerived() chooses the current organisation: the open affiliation
    // that started last. One that has ended is not where the person works now.
    sql::run(q, QStringLiteral("SELECT a.contributor_id, o.name, a.title FROM affiliation a "
                               "JOIN organisation o ON o.id = a.organisation_id "
                               "WHERE a.to_date IS NULL OR a.to_date >= ? "
                               "ORDER BY a.contributor_id, CASE WHEN a.to_date IS NULL THEN 1 ELSE 0 END, "
                               "a.to_date, a.from_date, a.id"), {sql::date(today)});
    while (q.next())   // the last row of each contributor wins
        if (const auto it = at.constFind(q.value(0).toLongLong()); it != at.cend()) {
            out[*it].organisation = q.value(1).toString();
            out[*it].title = q.value(2).toString();
        }
    return out;
}

QList<RelatedItem> ContributorRepository::affiliations(qint64 id) const
{
    QList<RelatedItem> out;
    QSqlQuery q(m_db.connection());
    sql::run(q, QStringLiteral("SELECT o.id, o.name, a.title, a.from_date, a.to_date FROM affiliation a "
                               "JOIN organisation o ON o.id = a.organisation_id WHERE a.contributor_id = ? "
                               "ORDER BY a.from_date DESC, o.name"), {id});
    while (q.next())
        out << RelatedItem{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           sql::toDate(q.value(3)), sql::toDate(q.value(4))};
    return out;
}

QList<RelatedItem> ContributorRepository::groups(qint64 id) const
{
    QList<RelatedItem> out;
    QSqlQuery q(m_db.connection());
    sql::run(q, QStringLiteral("SELECT g.id, g.name, m.role, m.from_date, m.to_date FROM group_membership m "
                               "JOIN work_group g ON g.id = m.group_id WHERE m.contributor_id = ? ORDER BY g.name"), {id});
    while (q.next())
        out << RelatedItem{q.value(0).toLongLong(), q.value(1).toString(),
                           Vocabulary::label(Vocabulary::MemberRole, q.value(2).toString()),
                           sql::toDate(q.value(3)), sql::toDate(q.value(4))};
    return out;
}

QList<RelatedItem> ContributorRepository::events(qint64 id) const
{
    QList<RelatedItem> out;
    QSqlQuery q(m_db.connection());
    sql::run(q, QStringLiteral("SELECT e.id, e.title, r.status, e.start_date, e.end_date FROM registration r "
                               "JOIN event e ON e.id = r.event_id WHERE r.contributor_id = ? ORDER BY e.start_date DESC"), {id});
    while (q.next())
        out << RelatedItem{q.value(0).toLongLong(), q.value(1).toString(),
                           Vocabulary::label(Vocabulary::RegistrationStatus, q.value(2).toString()),
                           sql::toDate(q.value(3)), sql::toDate(q.value(4))};
    return out;
}

Result ContributorRepository::refreshDerived(const QList<qint64> &ids) const
{
    Transaction tx(m_db);
    QList<qint64> targets = ids;
    QSqlQuery q(m_db.connection());
    if (targets.isEmpty()) {
        q.setForwardOnly(true);
        sql::run(q, QStringLiteral("SELECT id FROM contributor"), {});
        while (q.next())
            targets << q.value(0).toLongLong();
    }
    // Statements prepared once and reused: this runs over whole communities after imports.
    QSqlQuery person(m_db.connection()), emails(m_db.connection()), handles(m_db.connection()),
        current(m_db.connection()), write(m_db.connection());
    person.prepare(QStringLiteral("SELECT given_name, family_name FROM contributor WHERE id = ?"));
    emails.prepare(QStringLiteral("SELECT email FROM contributor_email WHERE contributor_id = ?"));
    handles.prepare(QStringLiteral("SELECT handle FROM contributor_handle WHERE contributor_id = ?"));
    // The current organisation is the open affiliation that started last, else the latest one.
    current.prepare(QStringLiteral("SELECT a.organisation_id, o.name, o.acronym FROM affiliation a "
                                   "JOIN organisation o ON o.id = a.organisation_id WHERE a.contributor_id = ? "
                                   "ORDER BY CASE WHEN a.to_date IS NULL THEN 1 ELSE 0 END DESC, a.to_date DESC, "
                                   "a.from_date DESC LIMIT 1"));
    write.prepare(QStringLiteral("UPDATE contributor SET current_organisation_id = ?, search_key = ? WHERE id = ?"));
    for (qint64 id : targets) {
        QStringList parts;
        person.addBindValue(id);
        if (!person.exec() || !person.next())
            continue;
        // Family name first: the list sorts on this key, accent- and case-insensitively.
        parts << person.value(1).toString() << person.value(0).toString();
        person.finish();
        emails.addBindValue(id);
        emails.exec();
        while (emails.next())
            parts << emails.value(0).toString();
        handles.addBindValue(id);
        handles.exec();
        while (handles.next())
            parts << handles.value(0).toString();
        current.addBindValue(id);
        current.exec();
        qint64 org = 0;
        if (current.next()) {
            org = current.value(0).toLongLong();
            parts << current.value(1).toString() << current.value(2).toString();
        }
        current.finish();
        write.addBindValue(sql::ref(org));
        write.addBindValue(SearchKey::of(parts));
        write.addBindValue(id);
        if (!write.exec())
            return Result::failure(write.lastError().text());
    }
    return tx.commit();
}

QList<qint64> ContributorRepository::affiliatedTo(qint64 organisationId) const
{
    QSqlQuery q(m_db.connection());
    sql::run(q, QStringLiteral("SELECT DISTINCT contributor_id FROM affiliation WHERE organisation_id = ?"), {organisationId});
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Result ContributorRepository::refreshForOrganisation(qint64 organisationId) const
{
    const QList<qint64> ids = affiliatedTo(organisationId);
    return ids.isEmpty() ? Result::success() : refreshDerived(ids);
}

Result ContributorRepository::reassignParticipation(qint64 fromId, qint64 toId) const
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    const bool ok =
        sql::run(q, QStringLiteral("UPDATE group_membership SET contributor_id = ? WHERE contributor_id = ? AND group_id "
                                   "NOT IN (SELECT group_id FROM group_membership WHERE contributor_id = ?)"),
                 {toId, fromId, toId})
        && sql::run(q, QStringLiteral("UPDATE meeting_attendee SET contributor_id = ? WHERE contributor_id = ? AND meeting_id "
                                      "NOT IN (SELECT meeting_id FROM meeting_attendee WHERE contributor_id = ?)"),
                    {toId, fromId, toId})
        && sql::run(q, QStringLiteral("UPDATE registration SET contributor_id = ? WHERE contributor_id = ? AND event_id "
                                      "NOT IN (SELECT event_id FROM registration WHERE contributor_id = ?)"),
                    {toId, fromId, toId});
    if (!ok)
        return Result::failure(tr("Could not move the records of the merged contributor: %1").arg(q.lastError().text()));
    return tx.commit();
}

ListDefinition ContributorRepository::listDefinition()
{
    ListDefinition d;
    d.from = QStringLiteral("contributor c LEFT JOIN organisation o ON o.id = c.current_organisation_id");
    d.idColumn = QStringLiteral("c.id");
    d.countFrom = QStringLiteral("contributor c");
    d.searchColumn = QStringLiteral("c.search_key");
    d.columns = {
        {QStringLiteral("c.family_name || ', ' || c.given_name"), QStringLiteral("c.search_key")},
        {QStringLiteral("c.email"), QStringLiteral("c.email")},
        {QStringLiteral("o.name"), QStringLiteral("o.name")},
        {QStringLiteral("c.languages"), QStringLiteral("c.languages")},
        {QStringLiteral("c.first_seen"), QStringLiteral("c.first_seen")},
    };
    return d;
}

} // namespace convivium::core
