// Nothing lost when the power goes (issue 7): convivium-cli importing 4,000
// contributors is killed (SIGKILL) at a random moment, twenty times. After
// each kill the file passes PRAGMA integrity_check, and the import is either
// wholly there or wholly absent: never half a list, never a damaged file.
#include "SqlProbe.h"
#include "TestCommunity.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <csignal>

using namespace convivium;

namespace {

constexpr int People = 4000;

QString writeCsv(const QString &folder)
{
    QByteArray csv = "Prénom;Nom;Courriel;Structure\n";
    for (int i = 0; i < People; ++i)
        csv += "Camille;Martin " + QByteArray::number(i) + ";camille." + QByteArray::number(i) + "@example.org;Structure "
             + QByteArray::number(i % 40) + '\n';
    const QString path = folder + QStringLiteral("/people.csv");
    test::writeFile(path, csv);
    return path;
}

int contributors(const QString &path, QString *integrity)
{
    core::Database::OpenReport report;
    auto db = core::Database::openFile(path, core::Database::Mode::OpenExisting, &report);
    if (!db) {
        *integrity = report.message;
        return -1;
    }
    *integrity = test::scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString();
    return test::countRows(*db, QStringLiteral("contributor"));
}

} // namespace

class tst_ImportCrash : public QObject
{
    Q_OBJECT
private slots:
    void killedImport_isWhollyThereOrWhollyAbsent();
};

void tst_ImportCrash::killedImport_isWhollyThereOrWhollyAbsent()
{
    if (test::TestCommunity::onPostgres())
        QSKIP("The server keeps its own transactions whole; this is about the community file.");
    test::TestCommunity tc(true);
    const QString path = tc.path();
    const QString csv = writeCsv(tc.folder());
    const int before = test::countRows(tc.db(), QStringLiteral("contributor"));
    tc.community().database().closeThreadConnection();   // the command line is the only writer
    const QStringList args{QStringLiteral("import"), QStringLiteral("contributors"), csv, QStringLiteral("--db"), path};

    // How long a whole import takes here, to kill within it (on a copy, so the file stays empty of it).
    const QString timing = tc.folder() + QStringLiteral("/timing.convivium");
    QVERIFY(QFile::copy(path, timing));
    QElapsedTimer t;
    t.start();
    QProcess timed;
    timed.start(QStringLiteral(CONVIVIUM_CLI_PATH), {QStringLiteral("import"), QStringLiteral("contributors"), csv,
                                                    QStringLiteral("--db"), timing});
    QVERIFY(timed.waitForFinished(60000));
    QCOMPARE(timed.exitCode(), 0);
    const int duration = int(t.elapsed());
    QString integrity;
    QCOMPARE(contributors(timing, &integrity), before + People);

    // Each round starts from the community as it was, so that each kill lands in a real import.
    const QString pristine = tc.folder() + QStringLiteral("/pristine.convivium");
    QVERIFY(QFile::copy(path, pristine));
    QRandomGenerator rng(20261122);
    int killedMidway = 0, whole = 0;
    for (int round = 0; round < 20; ++round) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QString::fromLatin1(suffix));
        QVERIFY(QFile::copy(pristine, path));
        QProcess cli;
        cli.start(QStringLiteral(CONVIVIUM_CLI_PATH), args);
        QVERIFY(cli.waitForStarted());
        QTest::qSleep(int(rng.bounded(duration * 5 / 4 + 1)));   // now and then just after it ends
        const bool running = cli.state() == QProcess::Running;
        if (running) {
            ::kill(pid_t(cli.processId()), SIGKILL);
            ++killedMidway;
        }
        cli.waitForFinished(60000);
        const int now = contributors(path, &integrity);
        whole += now == before + People;
        QVERIFY2(integrity == u"ok", qPrintable(QStringLiteral("round %1: %2").arg(round).arg(integrity)));
        QVERIFY2(now == before || now == before + People,
                 qPrintable(QStringLiteral("round %1: %2 contributors, expected %3 or %4").arg(round).arg(now).arg(before).arg(before + People)));
    }
    qInfo("%d of 20 imports killed while running; %d found whole", killedMidway, whole);
    QVERIFY2(killedMidway > 0, "no import was killed while running: the test proved nothing");
}

QTEST_GUILESS_MAIN(tst_ImportCrash)
#include "tst_ImportCrash.moc"
