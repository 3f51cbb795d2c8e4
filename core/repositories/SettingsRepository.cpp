#include "repositories/SettingsRepository.h"
#include "db/Database.h"
#include "repositories/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace convivium::core {

std::optional<QString> SettingsRepository::value(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, QStringLiteral("SELECT value FROM community_setting WHERE name = ?"), {name}) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

Result SettingsRepository::setValue(const QString &name, const QString &value) const
{
    if (name.trimmed().isEmpty())
        return Result::failure(tr("A setting needs a name."));
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, QStringLiteral("INSERT INTO community_setting (name, value) VALUES (?, ?) "
                                    "ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
                  {name, value}))
        return Result::failure(tr("The setting “%1” could not be saved: %2").arg(name, q.lastError().text()));
    return Result::success();
}

Result SettingsRepository::remove(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, QStringLiteral("DELETE FROM community_setting WHERE name = ?"), {name}))
        return Result::failure(tr("The setting “%1” could not be removed: %2").arg(name, q.lastError().text()));
    return Result::success();
}

QStringList SettingsRepository::names(const QString &prefix) const
{
    // substr rather than LIKE: a prefix may hold % or _, and both engines have substr.
    QSqlQuery q(m_db.connection());
    QStringList out;
    if (!sql::run(q, QStringLiteral("SELECT name FROM community_setting WHERE substr(name, 1, ?) = ? ORDER BY name"),
                  {int(prefix.size()), prefix}))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace convivium::core
