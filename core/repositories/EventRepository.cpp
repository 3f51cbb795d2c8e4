#include "repositories/EventRepository.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/SearchKey.h"
#include "repositories/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace convivium::core {

Fallible<Event> EventRepository::load(qint64 id) const
{
    // Cached statements: figures and lists load events in loops.
    QSqlQuery &q = m_db.cachedStatement(QStringLiteral("SELECT e.kind, e.title, e.edition, e.start_date, e.end_date, e.transit_days_start, "
                               "e.transit_days_end, e.mode, e.registration_opens, e.registration_deadline, e.capacity, "
                               "e.status, e.fee_policy, e.topics, e.currency, e.organisation_id, e.notes, e.version, "
                               "v.id, v.name, v.address, v.website, v.contact_name, v.contact_email, v.contact_phone, "
                               "e.created_at, e.updated_at FROM event e LEFT JOIN venue v ON v.id = e.venue_id WHERE e.id = ?"));
    sql::runPrepared(q, {id});
    if (!q.next())
        return Result::failure(tr("This event no longer exists."));
    Event e;
    e.id = id;
    e.kind = q.value(0).toString();
    e.title = q.value(1).toString();
    e.edition = q.value(2).toString();
    e.start = sql::toDate(q.value(3));
    e.end = sql::toDate(q.value(4));
    e.transitDaysStart = q.value(5).toInt();
    e.transitDaysEnd = q.value(6).toInt();
    e.mode = q.value(7).toString();
    e.registrationOpens = sql::toDate(q.value(8));
    e.registrationDeadline = sql::toDate(q.value(9));
    e.capacity = q.value(10).toInt();
    e.status = q.value(11).toString();
    e.feePolicy = q.value(12).toString();
    e.topics = q.value(13).toString();
    e.currency = q.value(14).toString();
    e.organisationId = sql::toRef(q.value(15));
    e.notes = q.value(16).toString();
    e.version = q.value(17).toInt();
    e.venue = Venue{sql::toRef(q.value(18)), q.value(19).toString(), q.value(20).toString(), q.value(21).toString(),
                    q.value(22).toString(), q.value(23).toString(), q.value(24).toString()};
    e.createdAt = sql::toUtc(q.value(25));
    e.updatedAt = sql::toUtc(q.value(26));
    q.finish();
    QSqlQuery &options = m_db.cachedStatement(QStringLiteral(
        "SELECT id, name, kind, beds_per_unit, units, price_cents, supplement_cents, meals_included "
        "FROM lodging_option WHERE event_id = ? ORDER BY position, id"));
    sql::runPrepared(options, {id});
    QSqlQuery &o = options;
    while (o.next())
        e.lodgingOptions << LodgingOption{o.value(0).toLongLong(), o.value(1).toString(), o.value(2).toString(),
                                          o.value(3).toInt(), o.value(4).toInt(), o.value(5).toLongLong(),
                                          o.value(6).toLongLong(), o.value(7).toBool()};
    o.finish();
    QSqlQuery &meals = m_db.cachedStatement(QStringLiteral("SELECT meal, price_cents FROM meal_price WHERE event_id = ? ORDER BY id"));
    sql::runPrepared(meals, {id});
    while (meals.next())
        e.mealPrices << MealPrice{meals.value(0).toString(), meals.value(1).toLongLong()};
    meals.finish();
    return e;
}

Fallible<QVariant> EventRepository::venueFor(const Venue &venue) const
{
    QSqlQuery q(m_db.connection());
    const QVariant none{QMetaType(QMetaType::LongLong)};   // braces: clang reads parentheses as a function declaration
    if (venue.name.trimmed().isEmpty())
        return none;
    qint64 id = venue.id;
    if (id <= 0) {
        // A venue already known by this name is the same place: events share it.
        sql::run(q, QStringLiteral("SELECT id FROM venue WHERE name = ?"), {venue.name.trimmed()});
        id = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
    }
    const QVariantList values{venue.name.trimmed(), venue.address, venue.website.trimmed(), venue.contactName,
                              venue.contactEmail.trimmed(), venue.contactPhone};
    if (id > 0) {
        if (!sql::run(q, QStringLiteral("UPDATE venue SET name = ?, address = ?, website = ?, contact_name = ?, "
                                        "contact_email = ?, contact_phone = ? WHERE id = ?"), values + QVariantList{id}))
            return Result::failure(tr("Could not save the venue: %1").arg(q.lastError().text()));
        return QVariant(id);
    }
    if (!sql::run(q, QStringLiteral("INSERT INTO venue (name, address, website, contact_name, contact_email, "
                                    "contact_phone) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"), values)
        || !q.next())
        return Result::failure(tr("Could not save the venue: %1").arg(q.lastError().text()));
    return q.value(0);
}

Result EventRepository::writeOptions(const Event &e, qint64 id) const
{
    QSqlQuery q(m_db.connection());
    QList<qint64> kept;
    for (const LodgingOption &o : e.lodgingOptions)
        if (o.id > 0)
            kept << o.id;
    sql::run(q, QStringLiteral("SELECT id FROM lodging_option WHERE event_id = ?"), {id});
    QList<qint64> gone;
    while (q.next())
        if (!kept.contains(q.value(0).toLongLong()))
            gone << q.value(0).toLongLong();
    for (qint64 optionId : gone)
        if (!sql::run(q, QStringLiteral("DELETE FROM lodging_option WHERE id = ?"), {optionId}))
            return Result::failure(q.lastError().text());
    int position = 0;
    for (const LodgingOption &o : e.lodgingOptions) {
        const QVariantList values{o.name.trimmed(), o.kind, o.bedsPerUnit, o.units, o.priceCents, o.supplementCents,
                                  o.mealsIncluded ? 1 : 0, position++};
        const bool ok = o.id > 0
            ? sql::run(q, QStringLiteral("UPDATE lodging_option SET name = ?, kind = ?, beds_per_unit = ?, units = ?, "
                                         "price_cents = ?, supplement_cents = ?, meals_included = ?, position = ? "
                                         "WHERE id = ? AND event_id = ?"), values + QVariantList{o.id, id})
            : sql::run(q, QStringLiteral("INSERT INTO lodging_option (name, kind, beds_per_unit, units, price_cents, "
                                         "supplement_cents, meals_included, position, event_id) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"), values + QVariantList{id});
        if (!ok)
            return Result::failure(tr("Could not save the lodging option %1: %2").arg(o.name, q.lastError().text()));
    }
    if (!sql::run(q, QStringLiteral("DELETE FROM meal_price WHERE event_id = ?"), {id}))
        return Result::failure(q.lastError().text());
    for (const MealPrice &m : e.mealPrices)
        if (!sql::run(q, QStringLiteral("INSERT INTO meal_price (event_id, meal, price_cents) VALUES (?, ?, ?)"),
                      {id, m.meal, m.priceCents}))
            return Result::failure(tr("A meal price is listed twice."));
    return Result::success();
}

namespace {
QVariantList eventValues(const Event &e, const QVariant &venueId)
{
    return {e.kind, e.title.trimmed(), e.edition, sql::date(e.start), sql::date(e.end), e.transitDaysStart,
            e.transitDaysEnd, venueId, e.mode, sql::date(e.registrationOpens), sql::date(e.registrationDeadline),
            e.capacity, e.status, e.feePolicy, e.topics, e.currency, sql::ref(e.organisationId), e.notes,
            SearchKey::of({e.title, e.edition, e.venue.name})};
}
}

Fallible<qint64> EventRepository::insert(const Event &e) const
{
    Transaction tx(m_db);
    auto venue = venueFor(e.venue);
    if (!venue)
        return venue.result();
    QSqlQuery q(m_db.connection());
    const QString now = sql::now();
    if (!sql::run(q, QStringLiteral("INSERT INTO event (kind, title, edition, start_date, end_date, transit_days_start, "
                                    "transit_days_end, venue_id, mode, registration_opens, registration_deadline, "
                                    "capacity, status, fee_policy, topics, currency, organisation_id, notes, search_key, "
                                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                    "?, ?, ?, ?) RETURNING id"), eventValues(e, venue.value()) + QVariantList{now, now})
        || !q.next())
        return Result::failure(tr("Could not save the event: %1").arg(q.lastError().text()));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (Result r = writeOptions(e, id); !r)
        return r;
    if (Result r = tx.commit(); !r)
        return r;
    return id;
}

Result EventRepository::update(const Event &e) const
{
    Transaction tx(m_db);
    auto venue = venueFor(e.venue);
    if (!venue)
        return venue.result();
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, QStringLiteral("UPDATE event SET kind = ?, title = ?, edition = ?, start_date = ?, end_date = ?, "
                                    "transit_days_start = ?, transit_days_end = ?, venue_id = ?, mode = ?, "
                                    "registration_opens = ?, registration_deadline = ?, capacity = ?, status = ?, "
                                    "fee_policy = ?, topics = ?, currency = ?, organisation_id = ?, notes = ?, search_key = ?, "
                                    "updated_at = ?, version = version + 1 WHERE id = ?") + sql::versionGuard(),
                  eventValues(e, venue.value()) + QVariantList{sql::now(), e.id} + sql::versionValues(e.version)))
        return Result::failure(tr("Could not save the event: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() == 0)
        return sql::exists(m_db.connection(), QStringLiteral("event"), e.id)
                   ? Result::conflict(tr("Someone else saved this event after you opened it."))
                   : Result::failure(tr("This event no longer exists."));
    if (Result r = writeOptions(e, e.id); !r)
        return r;
    return tx.commit();
}

Fallible<qint64> EventRepository::findByTitle(const QString &title) const
{
    QSqlQuery q(m_db.connection());
    sql::run(q, QStringLiteral("SELECT id FROM event WHERE title = ? ORDER BY start_date DESC"), {title.trimmed()});
    if (!q.next())
        return Result::failure(tr("No event is called “%1”.").arg(title.trimmed()));
    return q.value(0).toLongLong();
}

Result EventRepository::remove(qint64 id) const
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, QStringLiteral("DELETE FROM event WHERE id = ?"), {id}))
        return Result::failure(q.lastError().text());
    return tx.commit();
}

int EventRepository::registrationCount(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    sql::run(q, QStringLiteral("SELECT count(*) FROM registration WHERE event_id = ?"), {id});
    return q.next() ? q.value(0).toInt() : 0;
}

QList<EventChoice> EventRepository::choices() const
{
    QList<EventChoice> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    sql::run(q, QStringLiteral("SELECT e.id, e.title, e.start_date, "
                               "(SELECT count(*) FROM registration r WHERE r.event_id = e.id) "
                               "FROM event e ORDER BY e.start_date DESC, e.id DESC"), {});
    while (q.next())
        out << EventChoice{q.value(0).toLongLong(), q.value(1).toString(), sql::toDate(q.value(2)), q.value(3).toInt()};
    return out;
}

ListDefinition EventRepository::listDefinition()
{
    ListDefinition d;
    d.from = QStringLiteral("event e LEFT JOIN venue v ON v.id = e.venue_id");
    d.idColumn = QStringLiteral("e.id");
    d.countFrom = QStringLiteral("event e");
    d.searchColumn = QStringLiteral("e.search_key");
    const QString regs = QStringLiteral("(SELECT count(*) FROM registration r WHERE r.event_id = e.id "
                                        "AND r.status IN ('pre_registered', 'confirmed', 'attended'))");
    d.columns = {
        {QStringLiteral("e.title"), QStringLiteral("e.title")},
        {QStringLiteral("e.kind"), QStringLiteral("e.kind")},
        {QStringLiteral("e.start_date"), QStringLiteral("e.start_date")},
        {QStringLiteral("e.end_date"), QStringLiteral("e.end_date")},
        {QStringLiteral("v.name"), QStringLiteral("v.name")},
        {QStringLiteral("e.status"), QStringLiteral("e.status")},
        {regs, regs},
    };
    return d;
}

} // namespace convivium::core
