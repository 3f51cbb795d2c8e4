// Rotating automatic backups (issue 7): complete copies of the community
// file, the newest kept, restorable into a new file, never over one; the
// team database is left to its server.
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "db/AutoBackups.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QThread>

using namespace convivium;

class tst_AutoBackups : public QObject
{
    Q_OBJECT
private slots:
    void copy_isTheWholeCommunity();
    void onlyTheNewestAreKept();
    void restore_intoANewFileOnly();
    void corruptCopy_isRefused_andLeavesNothing();
    void teamDatabase_isLeftToItsServer();
};

void tst_AutoBackups::copy_isTheWholeCommunity()
{
    if (test::TestCommunity::onPostgres())
        QSKIP("Copies are of community files; teamDatabase_isLeftToItsServer covers the server.");
    test::TestCommunity tc(true);
    const core::AutoBackups backups(tc.folder() + QStringLiteral("/backups"));
    const QString path = test::must(backups.take(tc.db(), true));
    QVERIFY(QFile::exists(path));
    QCOMPARE(backups.copies().size(), 1);
    QVERIFY(backups.copies().first().atOpen);
    QCOMPARE(backups.copies().first().path, QFileInfo(path).absoluteFilePath());
    core::Database::OpenReport report;
    auto copy = core::Database::openFile(path, core::Database::Mode::OpenExisting, &report);
    QVERIFY2(copy, qPrintable(report.message));
    QCOMPARE(test::dumpAll(*copy), test::dumpAll(tc.db()));
}

void tst_AutoBackups::onlyTheNewestAreKept()
{
    if (test::TestCommunity::onPostgres())
        QSKIP("Copies are of community files.");
    test::TestCommunity tc;
    const core::AutoBackups backups(tc.folder() + QStringLiteral("/backups"), 3);
    QStringList taken;
    for (int i = 0; i < 5; ++i) {
        taken << test::must(backups.take(tc.db(), i % 2 == 0));
        QThread::msleep(5);   // the names are stamped to the millisecond
    }
    const QList<core::AutoBackups::Copy> kept = backups.copies();
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.at(0).path, QFileInfo(taken.at(4)).absoluteFilePath());   // newest first
    QCOMPARE(kept.at(2).path, QFileInfo(taken.at(2)).absoluteFilePath());
    QVERIFY(!QFile::exists(taken.at(0)));
    QVERIFY(kept.at(0).takenAt >= kept.at(1).takenAt);
}

void tst_AutoBackups::restore_intoANewFileOnly()
{
    if (test::TestCommunity::onPostgres())
        QSKIP("Copies are of community files.");
    test::TestCommunity tc(true);
    const core::AutoBackups backups(tc.folder() + QStringLiteral("/backups"));
    const QString copy = test::must(backups.take(tc.db(), false));
    const QByteArray copyBytes = test::readFile(copy);
    const QString target = tc.folder() + QStringLiteral("/restored.convivium");
    QVERIFY(core::AutoBackups::restore(copy, target));
    core::Database::OpenReport report;
    auto restored = core::Database::openFile(target, core::Database::Mode::OpenExisting, &report);
    QVERIFY(restored);
    QCOMPARE(test::dumpAll(*restored), test::dumpAll(tc.db()));
    restored.reset();
    QCOMPARE(test::readFile(copy), copyBytes);   // the backup itself untouched

    const QByteArray before = test::readFile(tc.path());
    const core::Result over = core::AutoBackups::restore(copy, tc.path());
    QVERIFY(!over);
    QVERIFY(over.message().contains(QStringLiteral("already exists")));
    QCOMPARE(test::readFile(tc.path()), before);
}

void tst_AutoBackups::corruptCopy_isRefused_andLeavesNothing()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("20260101-120000-000-open.convivium"));
    test::writeFile(copy, QByteArray("SQLite format 3") + QByteArray(4000, '\x5a'));
    const QString target = dir.filePath(QStringLiteral("restored.convivium"));
    const core::Result r = core::AutoBackups::restore(copy, target);
    QVERIFY(!r);
    QVERIFY2(r.message().startsWith(QStringLiteral("This backup cannot be restored")), qPrintable(r.message()));
    QVERIFY(!QFile::exists(target));
}

void tst_AutoBackups::teamDatabase_isLeftToItsServer()
{
    if (!test::TestCommunity::onPostgres())
        QSKIP("Only a team database is left to its server.");
    test::TestCommunity tc;
    const core::AutoBackups backups(tc.folder() + QStringLiteral("/backups"));
    QCOMPARE(test::must(backups.take(tc.db(), true)), QString());
    QVERIFY(backups.copies().isEmpty());
}

QTEST_GUILESS_MAIN(tst_AutoBackups)
#include "tst_AutoBackups.moc"
