#pragma once
#include "Result.h"

#include <QString>

namespace convivium::bench {

// The two small communities the report measures read, written once per run as
// SQLite files and measured on every engine (copied to the server for
// PostgreSQL):
// - participants: one generated event with 2,000 confirmed registrations;
// - lodging: one event of 500 people, every one placed in a room by the
//   allocator, as "Allocate automatically" does.
struct ReportCommunities {
    QString participants;   // a file, or a postgresql:// address once copied
    QString lodging;

    static core::Fallible<ReportCommunities> write(const QString &folder);
};

} // namespace convivium::bench
