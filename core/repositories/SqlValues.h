#pragma once
#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace convivium::core::sql {

// Conversions between domain values and what is stored: ISO dates as text,
// NULL for "no date" and "no reference", lists as comma-separated codes.
inline QVariant date(const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)); }
QDate toDate(const QVariant &v);               // "yyyy-MM-dd", read without QDate::fromString (hot path)
QDateTime toUtc(const QVariant &v);            // "yyyy-MM-ddTHH:mm:ss[.zzz]Z"
inline QVariant ref(qint64 id) { return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)); }
inline qint64 toRef(const QVariant &v) { return v.isNull() ? 0 : v.toLongLong(); }
inline QString list(const QStringList &l) { return l.join(u','); }
inline QStringList toList(const QVariant &v) { return v.toString().split(u',', Qt::SkipEmptyParts); }
inline QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

// Runs a prepared statement with the given values bound in order.
bool run(QSqlQuery &q, const QString &statement, const QVariantList &values);
// Binds and runs a statement already prepared (Database::cachedStatement).
bool runPrepared(QSqlQuery &q, const QVariantList &values);

// Optimistic locking: an UPDATE ending with versionGuard(), given
// versionValues(v), changes the record only if it is still at version v (the
// one the user read), so that nobody's save is overwritten silently.
// Version 0 is a record not read from the database: no check.
inline QString versionGuard() { return QStringLiteral(" AND (? = 0 OR version = ?)"); }
inline QVariantList versionValues(int version) { return {version, version}; }
// Whether the record still exists: tells a deleted record from one saved by someone else.
bool exists(const QSqlDatabase &db, const QString &table, qint64 id);

} // namespace convivium::core::sql
