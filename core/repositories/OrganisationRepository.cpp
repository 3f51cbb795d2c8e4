#include "repositories/OrganisationRepository.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/SearchKey.h"
#include "domain/Vocabulary.h"
#include "repositories/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace convivium::core {

namespace {

QString searchKeyOf(const Organisation &o)
{
    return SearchKey::of({o.name, o.acronym, o.city, o.country, o.platformName});
}

QVariantList rowValues(const Organisation &o)
{
    return {o.name.trimmed(), o.acronym.trimmed(), o.kind, o.country.trimmed().toUpper(), o.city.trimmed(),
            o.website.trimmed(), o.platformName.trimmed(), o.platformUrl.trimmed(), sql::ref(o.parentId),
            sql::list(o.roles), o.publicConsent ? 1 : 0, sql::date(o.publicConsentOn), o.notes,
            searchKeyOf(o)};
}

} // namespace

Fallible<Organisation> OrganisationRepository::load(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    sql::run(q, QStringLiteral("SELECT name, acronym, kind, country, city, website, platform_name, platform_url, "
                               "parent_id, roles, public_consent, public_consent_on, notes, version "
                               "FROM organisation WHERE id = ?"), {id});
    if (!q.next())
        return Result::failure(tr("This organisation no longer exists."));
    Organisation o;
    o.id = id;
    o.name = q.value(0).toString();
    o.acronym = q.value(1).toString();
    o.kind = q.value(2).toString();
    o.country = q.value(3).toString();
    o.city = q.value(4).toString();
    o.website = q.value(5).toString();
    o.platformName = q.value(6).toString();
    o.platformUrl = q.value(7).toString();
    o.parentId = sql::toRef(q.value(8));
    o.roles = sql::toList(q.value(9));
    o.publicConsent = q.value(10).toBool();
    o.publicConsentOn = sql::toDate(q.value(11));
    o.notes = q.value(12).toString();
    o.version = q.value(13).toInt();

    sql::run(q, QStringLiteral("SELECT id, to_id, kind FROM organisation_relation WHERE from_id = ? ORDER BY id"), {id});
    while (q.next())
        o.relations << OrganisationRelation{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()};
    sql::run(q, QStringLiteral("SELECT id, year, fee_cents, status FROM organisation_membership "
                               "WHERE organisation_id = ? ORDER BY year"), {id});
    while (q.next())
        o.memberships << OrganisationMembership{q.value(0).toLongLong(), q.value(1).toInt(),
                                                q.value(2).toLongLong(), q.value(3).toString()};
    return o;
}

Result OrganisationRepository::writeChildren(const Organisation &org, qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, QStringLiteral("DELETE FROM organisation_relation WHERE from_id = ?"), {id})
        || !sql::run(q, QStringLiteral("DELETE FROM organisation_membership WHERE organisation_id = ?"), {id}))
        return Result::failure(q.lastError().text());
    for (const OrganisationRelation &r : org.relations)
        if (!sql::run(q, QStringLiteral("INSERT INTO organisation_relation (from_id, to_id, kind) VALUES (?, ?, ?)"),
                      {id, r.otherId, r.kind}))
            return Result::failure(tr("The same relation is listed twice."));
    for (const OrganisationMembership &m : org.memberships)
        if (!sql::run(q, QStringLiteral("INSERT INTO organisation_membership (organisation_id, year, fee_cents, status) "
                                        "VALUES (?, ?, ?, ?)"), {id, m.year, m.feeCents, m.status}))
            return Result::failure(tr("The membership of %1 is listed twice.").arg(m.year));
    return Result::success();
}

Fallible<qint64> OrganisationRepository::insert(const Organisation &org) const
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    QVariantList values = rowValues(org);
    const QString now = sql::now();
    values << now << now;
    if (!sql::run(q, QStringLiteral("INSERT INTO organisation (name, acronym, kind, country, city, website, "
                                    "platform_name, platform_url, parent_id, roles, public_consent, public_consent_on, "
                                    "notes, search_key, created_at, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"), values)
        || !q.next())
        return Result::failure(tr("Could not save the organisation: %1").arg(q.lastError().text()));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (Result r = writeChildren(org, id); !r)
        return r;
    if (Result r = tx.commit(); !r)
        return r;
    return id;
}

Result OrganisationRepository::update(const Organisation &org) const
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    QVariantList values = rowValues(org);
    values << sql::now() << org.id;
    values << sql::versionValues(org.version);
    if (!sql::run(q, QStringLiteral("UPDATE organisation SET name = ?, acronym = ?, kind = ?, country = ?, city = ?, "
                                    "website = ?, platform_name = ?, platform_url = ?, parent_id = ?, roles = ?, "
                                    "public_consent = ?, public_consent_on = ?, notes = ?, search_key = ?, "
                                    "updated_at = ?, version = version + 1 WHERE id = ?") + sql::versionGuard(), values))
        return Result::failure(tr("Could not save the organisation: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() == 0)
        return sql::exists(m_db.connection(), QStringLiteral("organisation"), org.id)
                   ? Result::conflict(tr("Someone else saved this organisation after you opened it."))
                   : Result::failure(tr("This organisation no longer exists."));
    if (Result r = writeChildren(org, org.id); !r)
        return r;
    return tx.commit();
}

Result OrganisationRepository::remove(qint64 id) const
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, QStringLiteral("DELETE FROM organisation WHERE id = ?"), {id}))
        return Result::failure(tr("Could not delete the organisation: %1").arg(q.lastError().text()));
    return tx.commit();
}

QList<NamedRef> OrganisationRepository::names() const
{
    QList<NamedRef> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    sql::run(q, QStringLiteral("SELECT id, name, acronym FROM organisation ORDER BY name"), {});
    while (q.next()) {
        const QString acronym = q.value(2).toString();
        const QString name = q.value(1).toString();
        out << NamedRef{q.value(0).toLongLong(),
                        acronym.isEmpty() || acronym == name ? name : QStringLiteral("%1 (%2)").arg(name, acronym)};
    }
    return out;
}

QList<KindCount> OrganisationRepository::countByKind() const
{
    QList<KindCount> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    sql::run(q, QStringLiteral("SELECT kind, count(*) AS n FROM organisation GROUP BY kind ORDER BY n DESC, kind"), {});
    while (q.next())
        out << KindCount{q.value(0).toString(), q.value(1).toInt()};
    return out;
}

QHash<QString, qint64> OrganisationRepository::lookupKeys() const
{
    QHash<QString, qint64> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    sql::run(q, QStringLiteral("SELECT id, name, acronym FROM organisation ORDER BY id"), {});
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        out.insert(SearchKey::fold(q.value(1).toString()).simplified(), id);
        const QString acronym = SearchKey::fold(q.value(2).toString()).simplified();
        if (!acronym.isEmpty() && !out.contains(acronym))   // a name wins over another's acronym
            out.insert(acronym, id);
    }
    return out;
}

QString OrganisationRepository::nameOf(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    sql::run(q, QStringLiteral("SELECT name FROM organisation WHERE id = ?"), {id});
    return q.next() ? q.value(0).toString() : QString();
}

QList<qint64> OrganisationRepository::ancestors(qint64 id) const
{
    QList<qint64> chain;
    QSqlQuery q(m_db.connection());
    qint64 current = id;
    while (current > 0) {
        sql::run(q, QStringLiteral("SELECT parent_id FROM organisation WHERE id = ?"), {current});
        if (!q.next())
            break;
        current = sql::toRef(q.value(0));
        if (current <= 0 || chain.contains(current) || current == id)
            break;
        chain << current;
    }
    return chain;
}

QList<RelatedItem> OrganisationRepository::children(qint64 id) const
{
    QList<RelatedItem> out;
    QSqlQuery q(m_db.connection());
    sql::run(q, QStringLiteral("SELECT id, name, kind FROM organisation WHERE parent_id = ? ORDER BY name"), {id});
    while (q.next())
        out << RelatedItem{q.value(0).toLongLong(), q.value(1).toString(),
                           Vocabulary::label(Vocabulary::OrganisationKind, q.value(2).toString()), {}, {}};
    return out;
}

QList<RelatedItem> OrganisationRepository::relations(qint64 id) const
{
    QList<RelatedItem> out;
    QSqlQuery q(m_db.connection());
    sql::run(q, QStringLiteral("SELECT o.id, o.name, r.kind FROM organisation_relation r "
                               "JOIN organisation o ON o.id = r.to_id WHERE r.from_id = ? ORDER BY o.name"), {id});
    while (q.next())
        out << RelatedItem{q.value(0).toLongLong(), q.value(1).toString(),
                           Vocabulary::label(Vocabulary::RelationKind, q.value(2).toString()), {}, {}};
    sql::run(q, QStringLiteral("SELECT o.id, o.name, r.kind FROM organisation_relation r "
                               "JOIN organisation o ON o.id = r.from_id WHERE r.to_id = ? ORDER BY o.name"), {id});
    while (q.next()) {
        const QString kind = q.value(2).toString();
        const QString inverse = kind == u"member_of" ? tr("Has as member")
                              : kind == u"operates_for" ? tr("Operated by")
                              : Vocabulary::label(Vocabulary::RelationKind, kind);
        out << RelatedItem{q.value(0).toLongLong(), q.value(1).toString(), inverse, {}, {}};
    }
    return out;
}

QList<RelatedItem> OrganisationRepository::contributors(qint64 id) const
{
    QList<RelatedItem> out;
    QSqlQuery q(m_db.connection());
    sql::run(q, QStringLiteral("SELECT c.id, c.given_name, c.family_name, a.title, a.from_date, a.to_date "
                               "FROM affiliation a JOIN contributor c ON c.id = a.contributor_id "
                               "WHERE a.organisation_id = ? ORDER BY c.family_name, c.given_name"), {id});
    while (q.next())
        out << RelatedItem{q.value(0).toLongLong(),
                           (q.value(1).toString() + u' ' + q.value(2).toString()).trimmed(),
                           q.value(3).toString(), sql::toDate(q.value(4)), sql::toDate(q.value(5))};
    return out;
}

ListDefinition OrganisationRepository::listDefinition()
{
    ListDefinition d;
    d.from = QStringLiteral("organisation o LEFT JOIN organisation p ON p.id = o.parent_id");
    d.idColumn = QStringLiteral("o.id");
    d.countFrom = QStringLiteral("organisation o");
    d.searchColumn = QStringLiteral("o.search_key");
    d.columns = {
        {QStringLiteral("o.name"), QStringLiteral("o.search_key")},   // starts with the folded name
        {QStringLiteral("o.acronym"), QStringLiteral("o.acronym")},
        {QStringLiteral("o.kind"), QStringLiteral("o.kind")},
        {QStringLiteral("o.country"), QStringLiteral("o.country")},
        {QStringLiteral("o.city"), QStringLiteral("o.city")},
        {QStringLiteral("o.platform_name"), QStringLiteral("o.platform_name")},
        {QStringLiteral("p.name"), QStringLiteral("p.name")},
        {QStringLiteral("(SELECT count(*) FROM affiliation a WHERE a.organisation_id = o.id AND a.to_date IS NULL)"),
         QStringLiteral("(SELECT count(*) FROM affiliation a WHERE a.organisation_id = o.id AND a.to_date IS NULL)")},
    };
    return d;
}

} // namespace convivium::core
