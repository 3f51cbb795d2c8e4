#include "repositories/SqlValues.h"

namespace convivium::core::sql {

bool run(QSqlQuery &q, const QString &statement, const QVariantList &values)
{
    if (!q.prepare(statement))
        return false;
    for (const QVariant &v : values) {
        // A null QString binds as SQL NULL; an empty text field must stay ''.
        // Deliberate NULLs (sql::date, sql::ref) are null variants and pass through.
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    return q.exec();
}

} // namespace convivium::core::sql
