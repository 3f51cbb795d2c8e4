#pragma once
#include "Result.h"
#include "db/ServerAddress.h"

#include <QCoreApplication>

namespace convivium::core {

// Team database passwords in the system keychain (see SecretStore), one
// entry per user@host:port/database. Never in a file, nor in the address
// that recent files and window titles show; without a keychain, saving
// fails with a message and the GUI keeps the password for the session only.
// (The command line reads PGPASSWORD instead, as psql does.)
class DatabasePasswordStore
{
    Q_DECLARE_TR_FUNCTIONS(DatabasePasswordStore)
public:
    // The keychain entry's name: "PostgreSQL postgresql://user@host:port/database".
    static QString entryName(const ServerAddress &address);

    // An empty password removes the entry.
    static Result write(const ServerAddress &address, const QString &password);
    // An empty password when none is stored for this address.
    static Fallible<QString> read(const ServerAddress &address);
    static Result remove(const ServerAddress &address);
};

} // namespace convivium::core
