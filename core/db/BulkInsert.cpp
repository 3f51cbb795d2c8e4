#include "db/BulkInsert.h"
#include "db/Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <sqlite3.h>

namespace convivium::core {

namespace {

sqlite3 *sqliteHandle(const Database &db)
{
    if (db.engine() != Database::Engine::SQLite)
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

BulkInsert::BulkInsert(const Database &db, const QString &table, const QStringList &columns) : m_query(db.connection())
{
    QStringList quoted, marks;
    for (const QString &c : columns) {
        quoted << db.quoteIdentifier(c);
        marks << QStringLiteral("?");
    }
    // Identifiers come from the caller's code (schema names), values are bound.
    QString statement = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(db.quoteIdentifier(table), quoted.join(u", "), marks.join(u", "));
    if (sqlite3 *handle = sqliteHandle(db)) {
        const QByteArray utf8 = statement.toUtf8();
        if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(handle));
        return;
    }
    // Every table has an integer id: the other engines say which one they gave.
    m_returnsId = !columns.contains(QStringLiteral("id"));
    if (m_returnsId)
        statement += QStringLiteral(" RETURNING id");
    if (!m_query.prepare(statement))
        m_error = m_query.lastError().text();
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_statement);   // a no-op on nullptr
}

bool BulkInsert::add(const QVariantList &values)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_statement)
        return addThroughQt(values);
    sqlite3_reset(m_statement);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const int at = i + 1;
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(m_statement, at);
        } else {
            switch (v.typeId()) {
            case QMetaType::QString: {
                // SQLITE_STATIC: the text lives in `values` until the step below.
                const QString &text = *static_cast<const QString *>(v.constData());
                rc = sqlite3_bind_text16(m_statement, at, text.isNull() ? static_cast<const void *>(u"") : text.utf16(), int(text.size() * 2),
                                         SQLITE_STATIC);
                break;
            }
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::ULongLong:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(m_statement, at, v.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(m_statement, at, v.toDouble());
                break;
            default: {
                const QString text = v.toString();
                rc = sqlite3_bind_text16(m_statement, at, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
            }
            }
        }
        if (rc != SQLITE_OK) {
            m_error = tr("Row %1: %2").arg(m_count + 1).arg(QString::fromUtf8(sqlite3_errstr(rc)));
            return false;
        }
    }
    if (sqlite3_step(m_statement) != SQLITE_DONE) {
        m_error = tr("Row %1: %2").arg(m_count + 1).arg(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))));
        sqlite3_reset(m_statement);
        return false;
    }
    m_lastId = sqlite3_last_insert_rowid(sqlite3_db_handle(m_statement));
    sqlite3_clear_bindings(m_statement);
    ++m_count;
    return true;
}

bool BulkInsert::addThroughQt(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // As in sql::run: an empty text is '', a null variant is NULL.
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            m_query.bindValue(i, QStringLiteral(""));
        else
            m_query.bindValue(i, v);
    }
    if (!m_query.exec()) {
        m_error = tr("Row %1: %2").arg(m_count + 1).arg(m_query.lastError().text());
        return false;
    }
    if (m_returnsId && m_query.next())
        m_lastId = m_query.value(0).toLongLong();
    m_query.finish();
    ++m_count;
    return true;
}

} // namespace convivium::core
