#include "services/RetentionPolicy.h"
#include "commands/RecordChangeCommand.h"
#include "db/Database.h"
#include "repositories/SettingsRepository.h"
#include "repositories/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace convivium::core {

namespace {

const QString kSetting = QStringLiteral("privacy/retention_years");

struct Detail {
    const char *column;
    const char *label;
};

// The personal details of a registration; what counts is not among them.
const Detail kDetails[] = {
    {"allergies", QT_TRANSLATE_NOOP("RetentionPolicy", "allergies")},
    {"accessibility", QT_TRANSLATE_NOOP("RetentionPolicy", "accessibility needs")},
    {"roommate_wishes", QT_TRANSLATE_NOOP("RetentionPolicy", "roommate wishes")},
    {"roommate_refusals", QT_TRANSLATE_NOOP("RetentionPolicy", "roommates refused")},
    {"travel", QT_TRANSLATE_NOOP("RetentionPolicy", "travel")},
    {"car_sharing", QT_TRANSLATE_NOOP("RetentionPolicy", "car sharing")},
    {"notes", QT_TRANSLATE_NOOP("RetentionPolicy", "notes")},
};

} // namespace

int RetentionPolicy::years(const Database &db)
{
    return SettingsRepository(db).value(kSetting).value_or(QString()).toInt();
}

Result RetentionPolicy::setYears(const Database &db, int years)
{
    if (years < 0 || years > 100)
        return Result::failure(tr("The retention period must be between 0 (keep) and 100 years."));
    return SettingsRepository(db).setValue(kSetting, QString::number(years));
}

QList<ExpiredRegistration> RetentionPolicy::preview(const Database &db, int years, const QDate &today)
{
    QList<ExpiredRegistration> out;
    if (years <= 0)
        return out;
    QStringList columns, anyFilled;
    for (const Detail &d : kDetails) {
        columns << QStringLiteral("r.") + QString::fromLatin1(d.column);
        anyFilled << QStringLiteral("r.%1 <> ''").arg(QString::fromLatin1(d.column));
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    sql::run(q,
             QStringLiteral("SELECT r.id, c.given_name || ' ' || c.family_name, e.title, e.end_date, %1 FROM registration r "
                            "JOIN event e ON e.id = r.event_id JOIN contributor c ON c.id = r.contributor_id "
                            "WHERE e.end_date < ? AND (%2) ORDER BY e.end_date, e.id, c.family_name, c.given_name")
                 .arg(columns.join(u", "), anyFilled.join(QStringLiteral(" OR "))),
             {sql::date(today.addYears(-years))});
    while (q.next()) {
        ExpiredRegistration r{q.value(0).toLongLong(), q.value(1).toString().trimmed(), q.value(2).toString(),
                              sql::toDate(q.value(3)), {}};
        for (int i = 0; i < int(std::size(kDetails)); ++i)
            if (!q.value(4 + i).toString().isEmpty())
                r.details << tr(kDetails[i].label);
        out << r;
    }
    return out;
}

Result RetentionPolicy::purge(const Database &db, QUndoStack *stack, ChangeNotifier *notifier,
                              const QList<ExpiredRegistration> &expired)
{
    if (expired.isEmpty())
        return Result::success();
    QList<RecordRef> scope;
    for (const ExpiredRegistration &r : expired)
        scope << RecordRef{QStringLiteral("registration"), r.registrationId};
    QStringList sets;
    for (const Detail &d : kDetails)
        sets << QString::fromLatin1(d.column) + QStringLiteral(" = ''");
    const QString text = tr("Purge the personal details of %n past registration(s)", nullptr, int(expired.size()));
    auto cmd = RecordChangeCommand::perform(db, notifier, text, scope, [&]() -> Fallible<QList<RecordRef>> {
        QSqlQuery q(db.connection());
        for (const RecordRef &ref : std::as_const(scope))
            if (!sql::run(q, QStringLiteral("UPDATE registration SET %1, updated_at = ?, version = version + 1 WHERE id = ?")
                                 .arg(sets.join(u", ")),
                          {sql::now(), ref.id}))
                return Result::failure(tr("Could not purge the personal details: %1").arg(q.lastError().text()));
        return scope;
    });
    return RecordChangeCommand::push(stack, cmd);
}

} // namespace convivium::core
