#pragma once
#include "Result.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace convivium::core {
class Database;
}

namespace convivium::test {

// Direct looks at a community database, for assertions only: tests check what
// the code under test wrote, not what it says it wrote.

// Runs one statement with bound values; fails the test on error.
void exec(const core::Database &db, const QString &sql, const QVariantList &values = {});
// The first column of the first row (an invalid QVariant when there is none).
QVariant scalar(const core::Database &db, const QString &sql, const QVariantList &values = {});
int countRows(const core::Database &db, const QString &table);
// Every row of every table of the schema, ordered by table then id, one line
// per row: equal dumps mean equal communities. The history (audit_entry) is
// left out: an undo adds to it while it brings the data back.
QStringList dumpAll(const core::Database &db);

// The value of an operation a test relies on; stops the test with the
// operation's own message if it failed, so nothing passes on a default value.
template <typename T>
T must(const core::Fallible<T> &outcome)
{
    if (!outcome)
        qFatal("a setup step failed: %s", qPrintable(outcome.message()));
    return outcome.value();
}

} // namespace convivium::test
