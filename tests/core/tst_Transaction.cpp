// Transaction: nested transactions through savepoints, and the bookkeeping
// of their depth, which must not outlive them.
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "db/Database.h"
#include "db/Transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace convivium;
using core::Transaction;

class tst_Transaction : public QObject
{
    Q_OBJECT

private slots:
    void nested_innerRollbackKeepsTheOuterWork_data();
    void nested_innerRollbackKeepsTheOuterWork();
    void endedTransactions_leaveNoDepthBehind_evenOverManyDatabases();
};

void tst_Transaction::nested_innerRollbackKeepsTheOuterWork_data()
{
    QTest::addColumn<bool>("commitInner");
    QTest::addColumn<int>("rows");
    QTest::newRow("inner committed") << true << 2;
    QTest::newRow("inner rolled back") << false << 1;
}

void tst_Transaction::nested_innerRollbackKeepsTheOuterWork()
{
    QFETCH(bool, commitInner);
    QFETCH(int, rows);
    test::TestCommunity t;
    const QString insert = QStringLiteral("INSERT INTO organisation (name, created_at, updated_at) VALUES (?, '', '')");
    {
        Transaction outer(t.db());
        QVERIFY(outer.isActive());
        test::exec(t.db(), insert, {QStringLiteral("Mairie de Foix")});
        {
            Transaction inner(t.db());
            QVERIFY(inner.isActive());
            test::exec(t.db(), insert, {QStringLiteral("Région Occitanie")});
            if (commitInner)
                QVERIFY(inner.commit());
        }
        QVERIFY(outer.commit());
    }
    QCOMPARE(test::countRows(t.db(), QStringLiteral("organisation")), rows);
}

// Found by fuzzing backups (fuzz/backup_file): every restore opens a new
// database whose connection kept an entry here for as long as the thread
// lived, so a long session grew without end.
void tst_Transaction::endedTransactions_leaveNoDepthBehind_evenOverManyDatabases()
{
    QTemporaryDir dir;
    QCOMPARE(Transaction::connectionsInTransaction(), 0);
    for (int i = 0; i < 3; ++i) {
        core::Database::OpenReport report;
        const auto db = core::Database::openFile(dir.filePath(QStringLiteral("c%1.convivium").arg(i)),
                                                 core::Database::Mode::CreateIfMissing, &report);
        QVERIFY2(db, qPrintable(report.message));
        {
            Transaction committed(*db);
            QCOMPARE(Transaction::connectionsInTransaction(), 1);
            {
                Transaction nested(*db);
                QCOMPARE(Transaction::connectionsInTransaction(), 1);
            }
            QVERIFY(committed.commit());
        }
        QCOMPARE(Transaction::connectionsInTransaction(), 0);
        {
            Transaction rolledBack(*db);
        }
        QCOMPARE(Transaction::connectionsInTransaction(), 0);
    }
}

QTEST_GUILESS_MAIN(tst_Transaction)
#include "tst_Transaction.moc"
