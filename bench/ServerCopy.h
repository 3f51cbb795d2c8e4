#pragma once
#include "Result.h"

#include <QString>

namespace convivium::bench {

// Puts a community file's records into a database of a PostgreSQL server, so
// that both engines are measured on the same data. The copy goes through a
// backup, as `convivium-cli restore` fills a team database (the generator's
// fixed ids would leave the server's id sequences behind). A database that
// already holds the same number of rows in every table is used as it is.
class ServerCopy
{
public:
    // `url` names the database, created when missing. *copied says whether
    // rows were written (false: reused).
    static core::Result ensure(const QString &file, const QString &url, bool *copied);
};

} // namespace convivium::bench
