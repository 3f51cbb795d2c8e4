#pragma once
#include <QString>

namespace convivium::core {

class Database;

// The name a person reads for a record a row points to (an organisation, an
// event, a lodging option…), for messages and exports that show references.
class RecordNames
{
public:
    // Empty when the table has no name to show or the record is gone.
    static QString of(const Database &db, const QString &table, qint64 id);
    // The table a column refers to (SchemaGraph), or empty.
    static QString referencedTable(const QString &table, const QString &column);
};

} // namespace convivium::core
