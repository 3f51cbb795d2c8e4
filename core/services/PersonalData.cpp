#include "services/PersonalData.h"
#include "commands/AuditTrail.h"
#include "db/Database.h"
#include "db/RowStore.h"
#include "db/Transaction.h"
#include "reports/ReportFile.h"
#include "repositories/SqlValues.h"
#include "services/RecordNames.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace convivium::core {

namespace {

const QString kContributor = QStringLiteral("contributor");

// Tables whose rows about the person are removed outright: they only
// identify or describe them, and count nothing.
const QStringList kRemoved{QStringLiteral("contributor_email"), QStringLiteral("contributor_handle"),
                           QStringLiteral("consent"), QStringLiteral("roommate_preference")};

// Per table, the columns an erasure blanks: names, addresses and free texts.
// What counts (dates, nights, meals, lodging, amounts, memberships) stays.
const QList<std::pair<QString, QStringList>> kBlanked{
    {QStringLiteral("contributor"),
     {QStringLiteral("given_name"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("languages"),
      QStringLiteral("notes"), QStringLiteral("search_key")}},
    {QStringLiteral("affiliation"), {QStringLiteral("title")}},
    {QStringLiteral("registration"),
     {QStringLiteral("source_ref"), QStringLiteral("roommate_wishes"), QStringLiteral("roommate_refusals"),
      QStringLiteral("allergies"), QStringLiteral("accessibility"), QStringLiteral("topics"), QStringLiteral("travel"),
      QStringLiteral("car_sharing"), QStringLiteral("notes")}},
    {QStringLiteral("payment"), {QStringLiteral("reference"), QStringLiteral("notes")}},
};

QJsonValue jsonValue(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue();
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    default:
        return QJsonValue(v.toString());
    }
}

// A row, with the name of what each reference points to beside it
// ("organisation_id": 3, "organisation_id_name": "Région Bretagne"). Other
// people's names are left out: the export is for this person only.
QJsonObject rowObject(const Database &db, const QString &table, const QVariantMap &row)
{
    QJsonObject out;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        out.insert(it.key(), jsonValue(it.value()));
        const QString parent = RecordNames::referencedTable(table, it.key());
        if (parent.isEmpty() || parent == u"contributor" || parent == u"registration" || it.value().isNull())
            continue;
        if (const QString name = RecordNames::of(db, parent, it.value().toLongLong()); !name.isEmpty())
            out.insert(it.key() + QStringLiteral("_name"), name);
    }
    return out;
}

// The strings that identify the person, current and past (addresses an
// edit replaced live on in the history).
QStringList identifiers(const Database &db, const RowSet &rows, qint64 id)
{
    QSet<QString> found;
    const QVariantMap person = rows.rows(kContributor).value(id);
    const QString fullName = (person.value(QStringLiteral("given_name")).toString() + u' '
                              + person.value(QStringLiteral("family_name")).toString()).trimmed();
    found << fullName << person.value(QStringLiteral("email")).toString() << person.value(QStringLiteral("phone")).toString();
    for (const QVariantMap &e : rows.rows(QStringLiteral("contributor_email")))
        found << e.value(QStringLiteral("email")).toString() << e.value(QStringLiteral("normalized")).toString();
    for (const QVariantMap &h : rows.rows(QStringLiteral("contributor_handle")))
        found << h.value(QStringLiteral("handle")).toString();
    for (const AuditEntry &entry : AuditTrail::history(db, kContributor, id))
        for (const auto &[column, values] : entry.changes)
            if (column == u"email" || column == u"phone" || column == u"given_name" || column == u"family_name")
                found << values.first.toString() << values.second.toString();
    QStringList out;
    for (const QString &s : std::as_const(found))
        if (s.trimmed().size() >= 3)   // a two-letter name would match unrelated entries
            out << s.trimmed();
    return out;
}

Result run(const Database &db, const QString &statement, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    if (!sql::run(q, statement, values))
        return Result::failure(PersonalData::tr("Could not erase the personal data: %1").arg(q.lastError().text()));
    return Result::success();
}

// After the erasure: rewrites the file (or the server's tables) without the
// pages that held the old values, and empties SQLite's write-ahead log.
Result compact(const Database &db)
{
    QSqlQuery q(db.connection());
    QStringList statements;
    if (db.engine() == Database::Engine::SQLite) {
        statements << QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)") << QStringLiteral("VACUUM")
                   << QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)");
    } else {
        statements << QStringLiteral("VACUUM FULL contributor, contributor_email, contributor_handle, consent, "
                                     "affiliation, registration, roommate_preference, payment, audit_entry");
    }
    for (const QString &s : std::as_const(statements))
        if (!q.exec(s))
            return Result::failure(PersonalData::tr("The personal data was erased, but the database could not be compacted "
                                                    "(%1): the old values may remain in its free space until it is.")
                                       .arg(q.lastError().text()));
    return Result::success();
}

} // namespace

Fallible<QByteArray> PersonalData::subjectAccess(const Database &db, qint64 contributorId)
{
    const RowSet rows = RowStore(db).footprint(kContributor, contributorId);
    if (!rows.contains(kContributor, contributorId))
        return Result::failure(tr("This contributor no longer exists."));
    QJsonObject records;
    QJsonArray history;
    for (const QString &table : rows.tableNames()) {
        QJsonArray list;
        const RowSet::Rows tableRows = rows.rows(table);
        for (auto it = tableRows.cbegin(); it != tableRows.cend(); ++it) {
            list << rowObject(db, table, it.value());
            for (const AuditEntry &e : AuditTrail::history(db, table, it.key())) {
                QJsonObject changes;
                for (const auto &[column, values] : e.changes)
                    changes.insert(column, QJsonArray{jsonValue(values.first), jsonValue(values.second)});
                history << QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                                       {QStringLiteral("author"), e.author},
                                       {QStringLiteral("action"), e.action},
                                       {QStringLiteral("kind"), e.kind},
                                       {QStringLiteral("table"), e.table},
                                       {QStringLiteral("record_id"), e.recordId},
                                       {QStringLiteral("changes"), changes}};
            }
        }
        records.insert(table, list);
    }
    const QJsonObject root{{QStringLiteral("format"), QString::fromLatin1(formatName)},
                           {QStringLiteral("generated_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                           {QStringLiteral("contributor_id"), contributorId},
                           {QStringLiteral("records"), records},
                           {QStringLiteral("history"), history}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result PersonalData::writeSubjectAccess(const Database &db, qint64 contributorId, const QString &path)
{
    const Fallible<QByteArray> json = subjectAccess(db, contributorId);
    if (!json)
        return json.result();
    return ReportFile::save(path, json.value());
}

QStringList PersonalData::erasureSummary(const Database &db, qint64 contributorId)
{
    const RowSet rows = RowStore(db).footprint(kContributor, contributorId);
    return {tr("Removed: the name, e-mail addresses (%n), phone, languages, accounts and notes.", nullptr,
               rows.count(QStringLiteral("contributor_email"))),
            tr("Removed from the registrations (%n): allergies, accessibility needs, roommate wishes, travel and notes.",
               nullptr, rows.count(QStringLiteral("registration"))),
            tr("Removed: the consents and the history of these records."),
            tr("Kept, anonymous: nights, meals, lodging, fees and payments, memberships and affiliations without title.")};
}

Result PersonalData::erase(const Database &db, qint64 contributorId)
{
    {
        Transaction tx(db);
        const RowSet rows = RowStore(db).footprint(kContributor, contributorId);
        if (!rows.contains(kContributor, contributorId))
            return Result::failure(tr("This contributor no longer exists."));
        const QStringList identifying = identifiers(db, rows, contributorId);

        for (const QString &table : kRemoved)
            for (auto it = rows.rows(table).cbegin(), end = rows.rows(table).cend(); it != end; ++it)
                if (Result r = run(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {it.key()}); !r)
                    return r;
        for (const auto &[table, columns] : kBlanked) {
            QStringList sets;
            for (const QString &c : columns)
                sets << c + QStringLiteral(" = ''");
            for (qint64 id : rows.rows(table).keys())
                if (Result r = run(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(u", ")), {id}); !r)
                    return r;
        }
        if (Result r = run(db, QStringLiteral("UPDATE contributor SET family_name = ?, coc_accepted_on = NULL, "
                                              "current_organisation_id = NULL, updated_at = ?, version = version + 1 "
                                              "WHERE id = ?"),
                           {tr("Erased contributor #%1").arg(contributorId), sql::now(), contributorId});
            !r)
            return r;
        if (Result r = run(db, QStringLiteral("UPDATE registration SET public_consent = 0 WHERE contributor_id = ?"),
                           {contributorId});
            !r)
            return r;

        // The history held the values too: every entry about these records, and
        // any other entry that names the person or one of their addresses.
        for (const QString &table : rows.tableNames())
            for (qint64 id : rows.rows(table).keys())
                if (Result r = run(db, QStringLiteral("DELETE FROM audit_entry WHERE table_name = ? AND record_id = ?"), {table, id}); !r)
                    return r;
        for (const QString &text : identifying) {
            QString pattern = text;
            pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
            pattern = u'%' + pattern + u'%';
            if (Result r = run(db, QStringLiteral("DELETE FROM audit_entry WHERE changes LIKE ? ESCAPE '\\' OR action LIKE ? ESCAPE '\\'"),
                               {pattern, pattern});
                !r)
                return r;
        }
        if (Result r = AuditTrail::note(db, tr("Erase the personal data of contributor #%1").arg(contributorId), kContributor,
                                        contributorId);
            !r)
            return r;
        if (Result r = tx.commit(); !r)
            return r;
    }
    return compact(db);
}

} // namespace convivium::core
