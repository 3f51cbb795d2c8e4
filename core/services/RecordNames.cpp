#include "services/RecordNames.h"
#include "db/Database.h"
#include "db/SchemaGraph.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace convivium::core {

QString RecordNames::of(const Database &db, const QString &table, qint64 id)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("organisation"), QStringLiteral("SELECT name FROM organisation WHERE id = ?")},
        {QStringLiteral("contributor"), QStringLiteral("SELECT given_name || ' ' || family_name FROM contributor WHERE id = ?")},
        {QStringLiteral("work_group"), QStringLiteral("SELECT name FROM work_group WHERE id = ?")},
        {QStringLiteral("event"), QStringLiteral("SELECT title FROM event WHERE id = ?")},
        {QStringLiteral("venue"), QStringLiteral("SELECT name FROM venue WHERE id = ?")},
        {QStringLiteral("lodging_option"), QStringLiteral("SELECT name FROM lodging_option WHERE id = ?")},
        {QStringLiteral("room"), QStringLiteral("SELECT name FROM room WHERE id = ?")},
        {QStringLiteral("registration"), QStringLiteral("SELECT c.given_name || ' ' || c.family_name FROM registration r "
                                                        "JOIN contributor c ON c.id = r.contributor_id WHERE r.id = ?")},
    };
    const auto statement = names.constFind(table);
    if (statement == names.cend())
        return QString();
    QSqlQuery q(db.connection());
    q.prepare(*statement);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString().trimmed() : QString();
}

QString RecordNames::referencedTable(const QString &table, const QString &column)
{
    for (const ForeignKey &fk : SchemaGraph::foreignKeys())
        if (fk.table == table && fk.column == column)
            return fk.parent;
    return QString();
}

} // namespace convivium::core
