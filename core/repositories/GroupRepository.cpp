#include "repositories/GroupRepository.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/SearchKey.h"
#include "domain/Vocabulary.h"
#include "repositories/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace convivium::core {

namespace {
QVariantList rowValues(const Group &g)
{
    return {g.name.trimmed(), g.kind, sql::ref(g.organisationId), g.mission, g.cadence, g.channel.trimmed(),
            g.repository.trimmed(), g.status, g.seats, g.notes, SearchKey::of({g.name, g.channel, g.mission})};
}
}

Fallible<Group> GroupRepository::load(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    sql::run(q, QStringLiteral("SELECT name, kind, organisation_id, mission, cadence, channel, repository, status, "
                               "seats, notes, version FROM work_group WHERE id = ?"), {id});
    if (!q.next())
        return Result::failure(tr("This group no longer exists."));
    Group g;
    g.id = id;
    g.name = q.value(0).toString();
    g.kind = q.value(1).toString();
    g.organisationId = sql::toRef(q.value(2));
    g.mission = q.value(3).toString();
    g.cadence = q.value(4).toString();
    g.channel = q.value(5).toString();
    g.repository = q.value(6).toString();
    g.status = q.value(7).toString();
    g.seats = q.value(8).toInt();
    g.notes = q.value(9).toString();
    g.version = q.value(10).toInt();
    sql::run(q, QStringLiteral("SELECT id, contributor_id, role, from_date, to_date FROM group_membership "
                               "WHERE group_id = ? ORDER BY id"), {id});
    while (q.next())
        g.memberships << GroupMembership{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                         sql::toDate(q.value(3)), sql::toDate(q.value(4))};
    sql::run(q, QStringLiteral("SELECT id, held_on, notes FROM meeting WHERE group_id = ? ORDER BY held_on"), {id});
    while (q.next())
        g.meetings << Meeting{q.value(0).toLongLong(), sql::toDate(q.value(1)), {}, q.value(2).toString()};
    for (Meeting &m : g.meetings) {
        sql::run(q, QStringLiteral("SELECT contributor_id FROM meeting_attendee WHERE meeting_id = ? ORDER BY id"), {m.id});
        while (q.next())
            m.attendeeIds << q.value(0).toLongLong();
    }
    return g;
}

Result GroupRepository::writeChildren(const Group &g, qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, QStringLiteral("DELETE FROM group_membership WHERE group_id = ?"), {id})
        || !sql::run(q, QStringLiteral("DELETE FROM meeting WHERE group_id = ?"), {id}))
        return Result::failure(q.lastError().text());
    for (const GroupMembership &m : g.memberships)
        if (!sql::run(q, QStringLiteral("INSERT INTO group_membership (group_id, contributor_id, role, from_date, to_date) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                      {id, m.contributorId, m.role, sql::date(m.from), sql::date(m.to)}))
            return Result::failure(tr("A membership refers to a contributor who no longer exists."));
    for (const Meeting &m : g.meetings) {
        if (!sql::run(q, QStringLiteral("INSERT INTO meeting (group_id, held_on, notes) VALUES (?, ?, ?) RETURNING id"),
                      {id, sql::date(m.heldOn), m.notes}) || !q.next())
            return Result::failure(q.lastError().text());
        const qint64 meetingId = q.value(0).toLongLong();
        q.finish();
        for (qint64 who : m.attendeeIds)
            if (!sql::run(q, QStringLiteral("INSERT INTO meeting_attendee (meeting_id, contributor_id) VALUES (?, ?)"),
                          {meetingId, who}))
                return Result::failure(tr("A meeting lists the same attendee twice."));
    }
    return Result::success();
}

Fallible<qint64> GroupRepository::insert(const Group &g) const
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    QVariantList values = rowValues(g);
    const QString now = sql::now();
    values << now << now;
    if (!sql::run(q, QStringLiteral("INSERT INTO work_group (name, kind, organisation_id, mission, cadence, channel, "
                                    "repository, status, seats, notes, search_key, created_at, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"), values)
        || !q.next())
        return Result::failure(tr("Could not save the group: %1").arg(q.lastError().text()));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (Result r = writeChildren(g, id); !r)
        return r;
    if (Result r = tx.commit(); !r)
        return r;
    return id;
}

Result GroupRepository::update(const Group &g) const
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    QVariantList values = rowValues(g);
    values << sql::now() << g.id;
    values << sql::versionValues(g.version);
    if (!sql::run(q, QStringLiteral("UPDATE work_group SET name = ?, kind = ?, organisation_id = ?, mission = ?, "
                                    "cadence = ?, channel = ?, repository = ?, status = ?, seats = ?, notes = ?, "
                                    "search_key = ?, updated_at = ?, version = version + 1 WHERE id = ?") + sql::versionGuard(), values))
        return Result::failure(tr("Could not save the group: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() == 0)
        return sql::exists(m_db.connection(), QStringLiteral("work_group"), g.id)
                   ? Result::conflict(tr("Someone else saved this group after you opened it."))
                   : Result::failure(tr("This group no longer exists."));
    if (Result r = writeChildren(g, g.id); !r)
        return r;
    return tx.commit();
}

Result GroupRepository::remove(qint64 id) const
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, QStringLiteral("DELETE FROM work_group WHERE id = ?"), {id}))
        return Result::failure(tr("Could not delete the group: %1").arg(q.lastError().text()));
    return tx.commit();
}

QList<RelatedItem> GroupRepository::members(qint64 id) const
{
    QList<RelatedItem> out;
    QSqlQuery q(m_db.connection());
    sql::run(q, QStringLiteral("SELECT c.id, c.given_name, c.family_name, m.role, m.from_date, m.to_date "
                               "FROM group_membership m JOIN contributor c ON c.id = m.contributor_id "
                               "WHERE m.group_id = ? ORDER BY c.family_name, c.given_name"), {id});
    while (q.next())
        out << RelatedItem{q.value(0).toLongLong(), (q.value(1).toString() + u' ' + q.value(2).toString()).trimmed(),
                           Vocabulary::label(Vocabulary::MemberRole, q.value(3).toString()),
                           sql::toDate(q.value(4)), sql::toDate(q.value(5))};
    return out;
}

QList<NamedRef> GroupRepository::names() const
{
    QList<NamedRef> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    sql::run(q, QStringLiteral("SELECT id, name FROM work_group ORDER BY name"), {});
    while (q.next())
        out << NamedRef{q.value(0).toLongLong(), q.value(1).toString()};
    return out;
}

QList<RelatedItem> GroupRepository::meetings(qint64 id) const
{
    QList<RelatedItem> out;
    QSqlQuery q(m_db.connection());
    sql::run(q, QStringLiteral("SELECT m.id, m.notes, m.held_on, "
                               "(SELECT count(*) FROM meeting_attendee a WHERE a.meeting_id = m.id) "
                               "FROM meeting m WHERE m.group_id = ? ORDER BY m.held_on DESC"), {id});
    while (q.next())
        out << RelatedItem{q.value(0).toLongLong(), q.value(1).toString(), q.value(3).toString(),
                           sql::toDate(q.value(2)), {}};
    return out;
}

ListDefinition GroupRepository::listDefinition()
{
    ListDefinition d;
    d.from = QStringLiteral("work_group g LEFT JOIN organisation o ON o.id = g.organisation_id");
    d.idColumn = QStringLiteral("g.id");
    d.countFrom = QStringLiteral("work_group g");
    d.searchColumn = QStringLiteral("g.search_key");
    const QString members = QStringLiteral("(SELECT count(*) FROM group_membership m WHERE m.group_id = g.id "
                                           "AND m.to_date IS NULL)");
    d.columns = {
        {QStringLiteral("g.name"), QStringLiteral("g.search_key")},   // starts with the folded name
        {QStringLiteral("g.kind"), QStringLiteral("g.kind")},
        {QStringLiteral("o.name"), QStringLiteral("o.name")},
        {QStringLiteral("g.cadence"), QStringLiteral("g.cadence")},
        {QStringLiteral("g.channel"), QStringLiteral("g.channel")},
        {QStringLiteral("g.status"), QStringLiteral("g.status")},
        {members, members},
    };
    return d;
}

} // namespace convivium::core
