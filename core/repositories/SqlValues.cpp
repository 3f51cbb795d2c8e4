#include "repositories/SqlValues.h"

namespace convivium::core::sql {

namespace {

// Reads `count` digits at `at`; -1 if any is not a digit.
int digits(QStringView s, int at, int count)
{
    if (at + count > s.size())
        return -1;
    int value = 0;
    for (int i = at; i < at + count; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

// Lists of thousands of registrations read their dates here: parsing the
// fixed ISO shape by hand is several times faster than QDate::fromString.
QDate toDate(const QVariant &v)
{
    if (v.isNull())
        return QDate();
    const QString text = v.toString();
    const QStringView s(text);
    if (s.size() != 10 || s.at(4) != u'-' || s.at(7) != u'-')
        return QDate::fromString(text, Qt::ISODate);
    return QDate(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2));
}

QDateTime toUtc(const QVariant &v)
{
    if (v.isNull())
        return QDateTime();
    const QString text = v.toString();
    const QStringView s(text);
    if (s.size() >= 19 && s.at(10) == u'T' && s.at(13) == u':' && s.at(16) == u':') {
        const int ms = s.size() >= 23 && s.at(19) == u'.' ? digits(s, 20, 3) : 0;
        const QDate date(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2));
        const QTime time(digits(s, 11, 2), digits(s, 14, 2), digits(s, 17, 2), qMax(0, ms));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    parsed.setTimeSpec(Qt::UTC);
    return parsed;
}

bool run(QSqlQuery &q, const QString &statement, const QVariantList &values)
{
    if (!q.prepare(statement))
        return false;
    return runPrepared(q, values);
}

bool runPrepared(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // A null QString binds as SQL NULL; an empty text field must stay ''.
        // Deliberate NULLs (sql::date, sql::ref) are null variants and pass through.
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QStringLiteral(""));
        else
            q.bindValue(i, v);
    }
    return q.exec();
}

bool exists(const QSqlDatabase &db, const QString &table, qint64 id)
{
    // The table name is one of ours (a literal at each call), never input.
    QSqlQuery q(db);
    return run(q, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id}) && q.next();
}

} // namespace convivium::core::sql
