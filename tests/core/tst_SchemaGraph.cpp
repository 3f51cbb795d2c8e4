// SchemaGraph is what undo, deletion warnings and backups trust about the
// shape of the data: it must say exactly what the migrated schema says.
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "db/SchemaGraph.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace convivium;
using core::ForeignKey;
using core::SchemaGraph;

namespace {

QString describe(const QString &table, const QString &column, const QString &parent, const QString &parentColumn,
                 const QString &onDelete)
{
    return QStringLiteral("%1.%2 -> %3.%4 ON DELETE %5").arg(table, column, parent, parentColumn, onDelete);
}

// The foreign keys the engine reports for one table.
QStringList engineKeys(const core::Database &db, const QString &table)
{
    QStringList keys;
    QSqlQuery q(db.connection());
    if (db.engine() == core::Database::Engine::PostgreSQL)
        q.prepare(QStringLiteral(
            "SELECT ccu.table_name, kcu.column_name, ccu.column_name, rc.delete_rule "
            "FROM information_schema.referential_constraints rc "
            "JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = rc.constraint_name "
            "JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = rc.unique_constraint_name "
            "WHERE kcu.table_name = ? AND kcu.table_schema = current_schema()"));
    else
        q.prepare(QStringLiteral("SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list(?)"));
    q.addBindValue(table);
    q.exec();
    while (q.next())
        keys << describe(table, q.value(1).toString(), q.value(0).toString(), q.value(2).toString(),
                         q.value(3).toString());
    keys.sort();
    return keys;
}

QStringList declaredKeys(const QString &table)
{
    QStringList keys;
    for (const ForeignKey &fk : SchemaGraph::foreignKeys())
        if (fk.table == table)
            keys << describe(fk.table, fk.column, fk.parent, QStringLiteral("id"),
                             fk.cascade ? QStringLiteral("CASCADE") : QStringLiteral("SET NULL"));
    keys.sort();
    return keys;
}

QStringList engineTables(const core::Database &db)
{
    QStringList tables;
    QSqlQuery q(db.connection());
    if (db.engine() == core::Database::Engine::PostgreSQL)   // convivium_schema holds the version, as PRAGMA does
        q.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                              "AND table_name <> 'convivium_schema' ORDER BY table_name"));
    else
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (q.next())
        tables << q.value(0).toString();
    return tables;
}

} // namespace

class tst_SchemaGraph : public QObject
{
    Q_OBJECT

private slots:
    void tables_areExactlyTheTablesOfTheMigratedSchema();
    void tables_listEveryParentBeforeItsChildren();
    void foreignKeys_matchWhatTheEngineEnforces_data();
    void foreignKeys_matchWhatTheEngineEnforces();
    void referencing_findsEveryKeyPointingAtATable();
};

void tst_SchemaGraph::tables_areExactlyTheTablesOfTheMigratedSchema()
{
    test::TestCommunity tc;
    QStringList declared = SchemaGraph::tables();
    QCOMPARE(QSet<QString>(declared.cbegin(), declared.cend()).size(), declared.size());   // no table twice
    declared.sort();
    QCOMPARE(declared, engineTables(tc.db()));
}

void tst_SchemaGraph::tables_listEveryParentBeforeItsChildren()
{
    for (const ForeignKey &fk : SchemaGraph::foreignKeys()) {
        QVERIFY2(SchemaGraph::order(fk.table) >= 0, qPrintable(fk.table));
        QVERIFY2(SchemaGraph::order(fk.parent) >= 0, qPrintable(fk.parent));
        if (fk.table != fk.parent)
            QVERIFY2(SchemaGraph::order(fk.parent) < SchemaGraph::order(fk.table),
                     qPrintable(QStringLiteral("%1 comes after its child %2").arg(fk.parent, fk.table)));
    }
}

void tst_SchemaGraph::foreignKeys_matchWhatTheEngineEnforces_data()
{
    // One row per table the engine has, so that a table missing from SchemaGraph shows up too.
    test::TestCommunity tc;
    QTest::addColumn<QString>("table");
    for (const QString &table : engineTables(tc.db()))
        QTest::newRow(qPrintable(table)) << table;
}

void tst_SchemaGraph::foreignKeys_matchWhatTheEngineEnforces()
{
    QFETCH(QString, table);
    test::TestCommunity tc;
    const QStringList engine = engineKeys(tc.db(), table);
    const QStringList declared = declaredKeys(table);
    QStringList missing, extra;
    for (const QString &k : engine)
        if (!declared.contains(k))
            missing << k;
    for (const QString &k : declared)
        if (!engine.contains(k))
            extra << k;
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not declared in SchemaGraph: ") + missing.join(u"; ")));
    QVERIFY2(extra.isEmpty(), qPrintable(QStringLiteral("declared but not in the schema: ") + extra.join(u"; ")));
}

void tst_SchemaGraph::referencing_findsEveryKeyPointingAtATable()
{
    QStringList fromOrganisation;
    for (const ForeignKey &fk : SchemaGraph::referencing(QStringLiteral("organisation")))
        fromOrganisation << fk.table + u'.' + fk.column;
    fromOrganisation.sort();
    int expected = 0;
    for (const ForeignKey &fk : SchemaGraph::foreignKeys())
        expected += fk.parent == u"organisation" ? 1 : 0;
    QCOMPARE(fromOrganisation.size(), expected);
    QVERIFY(fromOrganisation.contains(QStringLiteral("organisation.parent_id")));
    QVERIFY(fromOrganisation.contains(QStringLiteral("affiliation.organisation_id")));
    QVERIFY(fromOrganisation.contains(QStringLiteral("funding_share.organisation_id")));
    QVERIFY(!fromOrganisation.contains(QStringLiteral("affiliation.contributor_id")));
}

QTEST_GUILESS_MAIN(tst_SchemaGraph)
#include "tst_SchemaGraph.moc"
