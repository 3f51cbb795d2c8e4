#include "repositories/RegistrationRepository.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "repositories/SqlValues.h"
#include "services/StayCalculator.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace convivium::core {

namespace {

const char *const kColumns =
    "r.id, r.event_id, r.contributor_id, r.status, r.submitted_at, r.source, r.source_ref, r.late, r.waitlist_rank, "
    "r.arrival_date, r.first_meal, r.departure_date, r.last_meal, r.lodging_option_id, r.roommate_wishes, "
    "r.roommate_refusals, r.diet, r.allergies, r.accessibility, r.onboarding, r.topics, r.travel, r.car_sharing, "
    "r.payer_organisation_id, r.public_consent, r.notes, r.version";
constexpr int kColumnCount = 27;

Registration fromQuery(const QSqlQuery &q, int at = 0)
{
    Registration r;
    r.id = q.value(at + 0).toLongLong();
    r.eventId = q.value(at + 1).toLongLong();
    r.contributorId = q.value(at + 2).toLongLong();
    r.status = q.value(at + 3).toString();
    r.submittedAt = sql::toUtc(q.value(at + 4));
    r.source = q.value(at + 5).toString();
    r.sourceRef = q.value(at + 6).toString();
    r.late = q.value(at + 7).toBool();
    r.waitlistRank = q.value(at + 8).toInt();
    r.arrival = sql::toDate(q.value(at + 9));
    r.firstMeal = StayCalculator::mealFromCode(q.value(at + 10).toString(), Meal::Dinner);
    r.departure = sql::toDate(q.value(at + 11));
    r.lastMeal = StayCalculator::mealFromCode(q.value(at + 12).toString(), Meal::Lunch);
    r.lodgingOptionId = sql::toRef(q.value(at + 13));
    r.roommateWishes = q.value(at + 14).toString();
    r.roommateRefusals = q.value(at + 15).toString();
    r.diet = q.value(at + 16).toString();
    r.allergies = q.value(at + 17).toString();
    r.accessibility = q.value(at + 18).toString();
    r.onboarding = q.value(at + 19).toBool();
    r.topics = q.value(at + 20).toString();
    r.travel = q.value(at + 21).toString();
    r.carSharing = q.value(at + 22).toString();
    r.payerOrganisationId = sql::toRef(q.value(at + 23));
    r.publicConsent = q.value(at + 24).toBool();
    r.notes = q.value(at + 25).toString();
    r.version = q.value(at + 26).toInt();
    return r;
}

QVariantList rowValues(const Registration &r)
{
    const QDateTime submitted = r.submittedAt.isValid() ? r.submittedAt.toUTC() : QDateTime::currentDateTimeUtc();
    return {r.eventId, r.contributorId, r.status, submitted.toString(Qt::ISODateWithMs), r.source, r.sourceRef,
            r.late ? 1 : 0,
            r.waitlistRank > 0 ? QVariant(r.waitlistRank) : QVariant(QMetaType(QMetaType::Int)),
            sql::date(r.arrival), StayCalculator::mealCode(r.firstMeal), sql::date(r.departure),
            StayCalculator::mealCode(r.lastMeal), sql::ref(r.lodgingOptionId), r.roommateWishes, r.roommateRefusals,
            r.diet.trimmed(), r.allergies.trimmed(), r.accessibility, r.onboarding ? 1 : 0, r.topics, r.travel,
            r.carSharing, sql::ref(r.payerOrganisationId), r.publicConsent ? 1 : 0, r.notes};
}

} // namespace

Fallible<Registration> RegistrationRepository::load(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    sql::run(q, QStringLiteral("SELECT %1 FROM registration r WHERE r.id = ?").arg(QLatin1String(kColumns)), {id});
    if (!q.next())
        return Result::failure(tr("This registration no longer exists."));
    Registration r = fromQuery(q);
    sql::run(q, QStringLiteral("SELECT other_registration_id, kind FROM roommate_preference WHERE registration_id = ? "
                               "ORDER BY id"), {id});
    while (q.next())
        r.preferences << RoommatePreference{q.value(0).toLongLong(), q.value(1).toString() == u"wish"};
    return r;
}

Result RegistrationRepository::writePreferences(const Registration &r, qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, QStringLiteral("DELETE FROM roommate_preference WHERE registration_id = ?"), {id}))
        return Result::failure(q.lastError().text());
    for (const RoommatePreference &p : r.preferences)
        if (!sql::run(q, QStringLiteral("INSERT INTO roommate_preference (registration_id, other_registration_id, kind) "
                                        "VALUES (?, ?, ?)"),
                      {id, p.otherRegistrationId, p.wish ? QStringLiteral("wish") : QStringLiteral("refusal")}))
            return Result::failure(tr("The same roommate is listed twice."));
    return Result::success();
}

Fallible<qint64> RegistrationRepository::insert(const Registration &r) const
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    QVariantList values = rowValues(r);
    const QString now = sql::now();
    values << now << now;
    if (!sql::run(q, QStringLiteral("INSERT INTO registration (event_id, contributor_id, status, submitted_at, source, "
                                    "source_ref, late, waitlist_rank, arrival_date, first_meal, departure_date, last_meal, "
                                    "lodging_option_id, roommate_wishes, roommate_refusals, diet, allergies, accessibility, "
                                    "onboarding, topics, travel, car_sharing, payer_organisation_id, public_consent, notes, "
                                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                    "?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"), values)
        || !q.next()) {
        if (findFor(r.eventId, r.contributorId) > 0)
            return Result::failure(tr("This contributor is already registered to this event."));
        return Result::failure(tr("Could not save the registration: %1").arg(q.lastError().text()));
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (Result w = writePreferences(r, id); !w)
        return w;
    if (Result c = tx.commit(); !c)
        return c;
    return id;
}

Result RegistrationRepository::update(const Registration &r) const
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    QVariantList values = rowValues(r);
    values << sql::now() << r.id;
    values << sql::versionValues(r.version);
    if (!sql::run(q, QStringLiteral("UPDATE registration SET event_id = ?, contributor_id = ?, status = ?, submitted_at = ?, "
                                    "source = ?, source_ref = ?, late = ?, waitlist_rank = ?, arrival_date = ?, "
                                    "first_meal = ?, departure_date = ?, last_meal = ?, lodging_option_id = ?, "
                                    "roommate_wishes = ?, roommate_refusals = ?, diet = ?, allergies = ?, accessibility = ?, "
                                    "onboarding = ?, topics = ?, travel = ?, car_sharing = ?, payer_organisation_id = ?, "
                                    "public_consent = ?, notes = ?, updated_at = ?, version = version + 1 WHERE id = ?") + sql::versionGuard(),
                  values))
        return Result::failure(tr("Could not save the registration: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() == 0)
        return sql::exists(m_db.connection(), QStringLiteral("registration"), r.id)
                   ? Result::conflict(tr("Someone else saved this registration after you opened it."))
                   : Result::failure(tr("This registration no longer exists."));
    if (Result w = writePreferences(r, r.id); !w)
        return w;
    return tx.commit();
}

Result RegistrationRepository::remove(qint64 id) const
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, QStringLiteral("DELETE FROM registration WHERE id = ?"), {id}))
        return Result::failure(q.lastError().text());
    return tx.commit();
}

Result RegistrationRepository::setStatus(qint64 id, const QString &status, int waitlistRank) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, QStringLiteral("UPDATE registration SET status = ?, waitlist_rank = ?, updated_at = ?, "
                                    "version = version + 1 WHERE id = ?"),
                  {status, waitlistRank > 0 ? QVariant(waitlistRank) : QVariant(QMetaType(QMetaType::Int)), sql::now(), id}))
        return Result::failure(q.lastError().text());
    return Result::success();
}

QList<Registration> RegistrationRepository::forEvent(qint64 eventId) const
{
    QList<Registration> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    sql::run(q, QStringLiteral("SELECT %1 FROM registration r WHERE r.event_id = ? ORDER BY r.submitted_at, r.id")
                    .arg(QLatin1String(kColumns)), {eventId});
    QHash<qint64, int> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), int(out.size()));
        out << fromQuery(q);
    }
    sql::run(q, QStringLiteral("SELECT p.registration_id, p.other_registration_id, p.kind FROM roommate_preference p "
                               "JOIN registration r ON r.id = p.registration_id WHERE r.event_id = ? ORDER BY p.id"), {eventId});
    while (q.next()) {
        auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            out[*it].preferences << RoommatePreference{q.value(1).toLongLong(), q.value(2).toString() == u"wish"};
    }
    return out;
}

QList<Registration> RegistrationRepository::staysForEvent(qint64 eventId) const
{
    QList<Registration> out;
    QSqlQuery &q = m_db.cachedStatement(QStringLiteral(
        "SELECT id, status, arrival_date, first_meal, departure_date, last_meal, lodging_option_id, "
        "diet, allergies, payer_organisation_id, waitlist_rank, submitted_at "
        "FROM registration WHERE event_id = ? ORDER BY submitted_at, id"));
    sql::runPrepared(q, {eventId});
    while (q.next()) {
        Registration r;
        r.id = q.value(0).toLongLong();
        r.eventId = eventId;
        r.status = q.value(1).toString();
        r.arrival = sql::toDate(q.value(2));
        r.firstMeal = StayCalculator::mealFromCode(q.value(3).toString(), Meal::Dinner);
        r.departure = sql::toDate(q.value(4));
        r.lastMeal = StayCalculator::mealFromCode(q.value(5).toString(), Meal::Lunch);
        r.lodgingOptionId = sql::toRef(q.value(6));
        r.diet = q.value(7).toString();
        r.allergies = q.value(8).toString();
        r.payerOrganisationId = sql::toRef(q.value(9));
        r.waitlistRank = q.value(10).toInt();
        r.submittedAt = sql::toUtc(q.value(11));
        out << r;
    }
    q.finish();
    return out;
}

QList<RegistrationRow> RegistrationRepository::rowsForEvent(qint64 eventId) const
{
    QList<RegistrationRow> out;
    const QList<Registration> all = forEvent(eventId);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Names, organisations and whether this is a first event, in one pass.
    sql::run(q, QStringLiteral(
        "SELECT r.id, c.given_name, c.family_name, o.id, o.name, "
        " (SELECT count(*) FROM registration p JOIN event pe ON pe.id = p.event_id JOIN event me ON me.id = r.event_id "
        "  WHERE p.contributor_id = r.contributor_id AND pe.start_date < me.start_date "
        "  AND p.status IN ('pre_registered', 'confirmed', 'attended')) "
        "FROM registration r JOIN contributor c ON c.id = r.contributor_id "
        "LEFT JOIN organisation o ON o.id = c.current_organisation_id WHERE r.event_id = ?"), {eventId});
    QHash<qint64, RegistrationRow> extra;
    while (q.next()) {
        RegistrationRow row;
        row.name = (q.value(1).toString() + u' ' + q.value(2).toString()).trimmed();
        row.organisationId = sql::toRef(q.value(3));
        row.organisation = q.value(4).toString();
        row.newcomer = q.value(5).toInt() == 0;
        extra.insert(q.value(0).toLongLong(), row);
    }
    out.reserve(all.size());
    for (const Registration &r : all) {
        RegistrationRow row = extra.value(r.id);
        row.registration = r;
        out << row;
    }
    return out;
}

qint64 RegistrationRepository::findFor(qint64 eventId, qint64 contributorId) const
{
    QSqlQuery q(m_db.connection());
    sql::run(q, QStringLiteral("SELECT id FROM registration WHERE event_id = ? AND contributor_id = ?"), {eventId, contributorId});
    return q.next() ? q.value(0).toLongLong() : 0;
}

int RegistrationRepository::nextWaitlistRank(qint64 eventId) const
{
    QSqlQuery q(m_db.connection());
    sql::run(q, QStringLiteral("SELECT coalesce(max(waitlist_rank), 0) + 1 FROM registration WHERE event_id = ?"), {eventId});
    return q.next() ? q.value(0).toInt() : 1;
}

} // namespace convivium::core
