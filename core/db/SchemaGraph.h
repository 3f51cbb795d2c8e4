#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace convivium::core {

// What references what in the schema: the foreign keys of db/schema, kept
// next to it so that undo, deletion warnings and backups know the shape of
// the data without asking the engine.
struct ForeignKey {
    QString table;       // the referencing table
    QString column;
    QString parent;      // the referenced table (always by its id)
    bool cascade;        // ON DELETE CASCADE; otherwise ON DELETE SET NULL
};

class SchemaGraph
{
public:
    // Tables in creation order: parents before children.
    static const QStringList &tables();
    static const QList<ForeignKey> &foreignKeys();
    static QList<ForeignKey> referencing(const QString &parentTable);
    static int order(const QString &table) { return int(tables().indexOf(table)); }
};

} // namespace convivium::core
