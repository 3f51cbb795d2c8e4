#pragma once
#include <QString>

namespace convivium::bench {

// A 100,000-line contributors CSV (French Excel style: semicolons, dd/mm/yyyy,
// seeded so every run reads the same file) imported by Convivium (read, map,
// validate every line, match, write in one transaction) and loaded by
// `sqlite3 .import` into a table of the same shape, in the same run.
// Prints "<name> <value> <unit>" lines; `folder` holds the files.
void runImportBench(const QString &folder);

} // namespace convivium::bench
