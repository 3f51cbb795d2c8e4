#pragma once
#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace convivium::core {

// Where a team's PostgreSQL database is: postgresql://user@host:port/database.
// The password is never part of the address that is shown or remembered: it
// comes from the system keychain (or PGPASSWORD for the command line).
struct ServerAddress {
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)
public:
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;
    QString password;

    static bool isServerUrl(const QString &text);   // starts with postgresql:// or postgres://
    static Fallible<ServerAddress> fromUrl(const QString &url);
    QString toUrl() const;                           // without the password
};

} // namespace convivium::core
