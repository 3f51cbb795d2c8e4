#pragma once
#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace convivium::core {

class Database;

// Per-community settings (community_setting): named texts kept with the
// data they belong to, such as saved report templates.
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)
public:
    explicit SettingsRepository(const Database &db) : m_db(db) {}

    // nullopt: no setting of that name.
    std::optional<QString> value(const QString &name) const;
    // Inserts or replaces (ON CONFLICT(name) DO UPDATE: SQLite and PostgreSQL).
    Result setValue(const QString &name, const QString &value) const;
    Result remove(const QString &name) const;
    // The names starting with prefix, sorted.
    QStringList names(const QString &prefix = QString()) const;

private:
    const Database &m_db;
};

} // namespace convivium::core
