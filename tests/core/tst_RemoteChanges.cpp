// RemoteChanges: an edit saved through one connection reaches the notifier of
// another session on the same community, with its tables, within seconds; the
// session that made it does not hear it twice; an edit rolled back is never
// heard. Two connections on one SQLite file here, on one PostgreSQL database
// in postgres/tst_RemoteChanges.
#include "CliRun.h"
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "commands/RemoteChanges.h"
#include "db/SchemaGraph.h"
#include "db/Transaction.h"
#include "repositories/OrganisationRepository.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <algorithm>

using namespace convivium;
using core::ChangeNotifier;
using core::RemoteChanges;

namespace {

constexpr int Heard = 5000;   // ms: what "within seconds" allows
// Long enough for a SQLite listener to have looked twice.
constexpr int Quiet = 2 * RemoteChanges::PollInterval + 300;

// A second session on the test's community, listening to the others.
struct Session {
    explicit Session(const QString &location)
    {
        core::Database::OpenReport report;
        community = core::Community::open(location, core::Database::Mode::OpenExisting, &report);
        if (!community)
            qFatal("cannot open the community a second time: %s", qPrintable(report.message));
        listener = std::make_unique<RemoteChanges>(community->database(), community->notifier());
    }
    std::unique_ptr<core::Community> community;
    std::unique_ptr<RemoteChanges> listener;
};

QStringList tablesOf(const QSignalSpy &spy, int i)
{
    QStringList tables = spy.at(i).at(0).toStringList();
    tables.sort();
    return tables;
}

core::Organisation organisation(const QString &name)
{
    core::Organisation o;
    o.name = name;
    o.city = QStringLiteral("Rennes");
    return o;
}

} // namespace

class tst_RemoteChanges : public QObject
{
    Q_OBJECT
private slots:
    void editThroughOne_reachesTheOther_notItselfAgain();
    void undoAndRedo_reachTheOther();
    void rolledBackAnnouncement_isNeverHeard();
    void commandLineImport_isHeardAsEveryTable();
    void editHeardDuringAnOpenTransaction_waitsForItsEnd();
    void connectionClosedAndReopened_stillHearsTheOthers();
};

void tst_RemoteChanges::editThroughOne_reachesTheOther_notItselfAgain()
{
    test::TestCommunity tc;
    core::Community &a = tc.community();
    Session b(tc.path());
    RemoteChanges listenerA(a.database(), a.notifier());
    QVERIFY(listenerA.start());
    const core::Result started = b.listener->start();
    QVERIFY2(started, qPrintable(started.message()));
    QSignalSpy heardA(a.notifier(), &ChangeNotifier::changed);
    QSignalSpy heardB(b.community->notifier(), &ChangeNotifier::changed);

    const qint64 id = test::must(a.editor().saveOrganisation(organisation(QStringLiteral("Région Bretagne"))));
    QCOMPARE(heardA.count(), 1);   // its own notifier, at once
    QTRY_COMPARE_WITH_TIMEOUT(heardB.count(), 1, Heard);
    const QStringList tables = tablesOf(heardB, 0);
    QVERIFY2(tables.contains(QStringLiteral("organisation")), qPrintable(tables.join(u',')));
    for (const QString &table : tables)   // what the edit touched, not every table
        QVERIFY2(heardA.at(0).at(0).toStringList().contains(table), qPrintable(table));
    // What B reads now is the edit.
    QCOMPARE(test::must(core::OrganisationRepository(b.community->database()).load(id)).name,
             QStringLiteral("Région Bretagne"));

    QTest::qWait(Quiet);
    QCOMPARE(heardA.count(), 1);   // A's listener did not hand its own edit on
    QCOMPARE(heardB.count(), 1);   // nor did B's hear it twice

    // And the other way round.
    test::must(b.community->editor().saveOrganisation(organisation(QStringLiteral("Parc national des Écrins"))));
    QTRY_COMPARE_WITH_TIMEOUT(heardA.count(), 2, Heard);
    QVERIFY(tablesOf(heardA, 1).contains(QStringLiteral("organisation")));
    QTest::qWait(Quiet);
    QCOMPARE(heardB.count(), 2);   // its own notifier only
}

void tst_RemoteChanges::undoAndRedo_reachTheOther()
{
    test::TestCommunity tc;
    core::Community &a = tc.community();
    const qint64 id = test::must(a.editor().saveOrganisation(organisation(QStringLiteral("Région Bretagne"))));
    Session b(tc.path());
    QVERIFY(b.listener->start());
    QSignalSpy heardB(b.community->notifier(), &ChangeNotifier::changed);
    const core::OrganisationRepository readByB(b.community->database());

    a.undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(heardB.count(), 1, Heard);
    QVERIFY(tablesOf(heardB, 0).contains(QStringLiteral("organisation")));
    QVERIFY(!readByB.load(id));   // the creation is undone for B too
    a.undoStack()->redo();
    QTRY_COMPARE_WITH_TIMEOUT(heardB.count(), 2, Heard);
    QVERIFY(tablesOf(heardB, 1).contains(QStringLiteral("organisation")));
    QVERIFY(readByB.load(id));
}

void tst_RemoteChanges::rolledBackAnnouncement_isNeverHeard()
{
    test::TestCommunity tc;
    core::Community &a = tc.community();
    Session b(tc.path());
    QVERIFY(b.listener->start());
    QSignalSpy heardB(b.community->notifier(), &ChangeNotifier::changed);
    {
        core::Transaction tx(a.database());
        QVERIFY(RemoteChanges::announce(a.database(), {QStringLiteral("work_group")}));
        tx.rollback();
    }
    QTest::qWait(Quiet);
    QCOMPARE(heardB.count(), 0);
    // The next edit is heard alone, with its own tables.
    test::must(a.editor().saveOrganisation(organisation(QStringLiteral("Région Bretagne"))));
    QTRY_COMPARE_WITH_TIMEOUT(heardB.count(), 1, Heard);
    QVERIFY(!tablesOf(heardB, 0).contains(QStringLiteral("work_group")));
}

void tst_RemoteChanges::commandLineImport_isHeardAsEveryTable()
{
    test::TestCommunity tc;
    Session b(tc.path());
    QVERIFY(b.listener->start());
    QSignalSpy heardB(b.community->notifier(), &ChangeNotifier::changed);
    const QString csv = tc.folder() + QStringLiteral("/people.csv");
    test::writeFile(csv, QByteArray("Prénom;Nom;Courriel;Structure\n"
                                    "Zoé;Roux;zoe.roux@example.org;Framasoft\n"));
    const test::CliOutcome o =
        test::runCli({QStringLiteral("--db"), tc.path(), QStringLiteral("import"), QStringLiteral("contributors"), csv});
    QVERIFY2(o.code == 0, qPrintable(o.describe()));
    // An import says nothing of the tables it wrote: every list reads again.
    QTRY_COMPARE_WITH_TIMEOUT(heardB.count(), 1, Heard);
    QStringList all = core::SchemaGraph::tables();
    all.sort();
    QCOMPARE(tablesOf(heardB, 0), all);
}

void tst_RemoteChanges::editHeardDuringAnOpenTransaction_waitsForItsEnd()
{
    test::TestCommunity tc;
    core::Community &a = tc.community();
    Session b(tc.path());
    QVERIFY(b.listener->start());
    QSignalSpy heardB(b.community->notifier(), &ChangeNotifier::changed);
    // A saves, then B begins a transaction (an import under its progress
    // dialog, which runs the event loop) before its listener had a look.
    test::must(a.editor().saveOrganisation(organisation(QStringLiteral("Région Bretagne"))));
    auto open = std::make_unique<core::Transaction>(b.community->database());
    QVERIFY(open->isActive());
    QTest::qWait(Quiet);
    QCOMPARE(heardB.count(), 0);
    open.reset();   // rolled back: B's lists may read again
    QTRY_COMPARE_WITH_TIMEOUT(heardB.count(), 1, Heard);
}

void tst_RemoteChanges::connectionClosedAndReopened_stillHearsTheOthers()
{
    test::TestCommunity tc;
    core::Community &a = tc.community();
    Session b(tc.path());
    QVERIFY(b.listener->start());
    b.community->database().closeThreadConnection();   // reopened when next used
    QTest::qWait(Quiet);
    QSignalSpy heardB(b.community->notifier(), &ChangeNotifier::changed);
    test::must(a.editor().saveOrganisation(organisation(QStringLiteral("Région Bretagne"))));
    QTRY_COMPARE_WITH_TIMEOUT(heardB.count(), 1, Heard);
    QVERIFY(tablesOf(heardB, 0).contains(QStringLiteral("organisation")));
}

QTEST_GUILESS_MAIN(tst_RemoteChanges)
#include "tst_RemoteChanges.moc"
