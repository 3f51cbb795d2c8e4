// BackupFile: a community to JSON and back, exactly; and every way a backup
// can be wrong is refused with a message, leaving the target as it was.
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/SchemaGraph.h"
#include "io/BackupFile.h"
#include "repositories/ContributorRepository.h"
#include "services/DemoCommunity.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace convivium;
using core::BackupFile;
using core::Database;

namespace {

std::unique_ptr<Database> open(const QString &path)
{
    Database::OpenReport report;
    auto db = Database::openFile(path, Database::Mode::OpenExisting, &report);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(report.message));
    return db;
}

QByteArray demoBackup()
{
    static const QByteArray json = [] {
        test::TestCommunity demo(true);
        return test::must(BackupFile::toJson(demo.db()));
    }();
    return json;
}

// The table of a parsed backup, by name.
QJsonObject table(const QJsonObject &root, const QString &name)
{
    for (const QJsonValue &t : root.value(QLatin1String("tables")).toArray())
        if (t.toObject().value(QLatin1String("name")).toString() == name)
            return t.toObject();
    return {};
}

// The demo backup with one change made to its parsed form.
QByteArray edited(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = QJsonDocument::fromJson(demoBackup()).object();
    change(root);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// Applies `change` to the named table of the backup.
std::function<void(QJsonObject &)> inTable(const QString &name, const std::function<void(QJsonObject &)> &change)
{
    return [name, change](QJsonObject &root) {
        QJsonArray tables = root.value(QLatin1String("tables")).toArray();
        for (qsizetype i = 0; i < tables.size(); ++i) {
            QJsonObject t = tables.at(i).toObject();
            if (t.value(QLatin1String("name")).toString() == name) {
                change(t);
                tables.replace(i, t);
            }
        }
        root.insert(QStringLiteral("tables"), tables);
    };
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class tst_BackupFile : public QObject
{
    Q_OBJECT

private slots:
    void demo_backupOfTheRestoreIsTheSameFileByteForByte();
    void backup_holdsEveryTableParentsFirst_rowsByIdWithTypedValues();
    void restore_keepsIdsAndGoesOnFromTheLastIdHandedOut();
    void restore_intoAnEmptyFileOrAnEmptyCommunity_replacesIt_data();
    void restore_intoAnEmptyFileOrAnEmptyCommunity_replacesIt();
    void restore_intoACommunityWithData_isRefusedAndLeftUnchanged();
    void badBackup_isRefusedWithAMessageAndNothingWritten_data();
    void badBackup_isRefusedWithAMessageAndNothingWritten();
    void olderSchema_isRestoredThenMigrated();
    void progress_reachesTheTotal_andCancelLeavesNothing();
    void write_isAtomic_cancelledBackupLeavesNoFile();
    void teamDatabase_copiedFromAFileAndBack_losesNothing();
    void teamDatabase_restored_hasThePlannersStatistics();
};

void tst_BackupFile::demo_backupOfTheRestoreIsTheSameFileByteForByte()
{
    test::TestCommunity demo(true);
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("demo.json"));
    const QString restored = dir.filePath(QStringLiteral("restored.convivium"));
    QVERIFY2(BackupFile::write(demo.db(), backup), "backup failed");

    const core::Fallible<qint64> rows = BackupFile::restore(backup, restored);
    QVERIFY2(rows, qPrintable(rows.message()));
    QVERIFY(rows.value() > 600);
    QCOMPARE(filesIn(dir.path()), (QStringList{QStringLiteral("demo.json"), QStringLiteral("restored.convivium")}));

    const auto db = open(restored);
    QCOMPARE(test::countRows(*db, QStringLiteral("contributor")), test::countRows(demo.db(), QStringLiteral("contributor")));
    QCOMPARE(test::countRows(*db, QStringLiteral("registration")), test::countRows(demo.db(), QStringLiteral("registration")));
    QCOMPARE(test::dumpAll(*db), test::dumpAll(demo.db()));
    QCOMPARE(test::must(BackupFile::toJson(*db)), test::readFile(backup));
}

void tst_BackupFile::backup_holdsEveryTableParentsFirst_rowsByIdWithTypedValues()
{
    const QJsonObject root = QJsonDocument::fromJson(demoBackup()).object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("convivium-backup"));
    QCOMPARE(root.value(QLatin1String("format_version")).toInteger(), 1);
    QCOMPARE(root.value(QLatin1String("schema_version")).toInteger(), core::Migrator::latestVersion());

    QStringList names;
    for (const QJsonValue &t : root.value(QLatin1String("tables")).toArray())
        names << t.toObject().value(QLatin1String("name")).toString();
    QStringList expected = core::SchemaGraph::tables();   // tst_SchemaGraph: exactly the engine's tables
    QStringList sorted = names;
    sorted.sort();
    expected.sort();
    QCOMPARE(sorted, expected);
    for (const core::ForeignKey &fk : core::SchemaGraph::foreignKeys())
        if (fk.table != fk.parent)
            QVERIFY2(names.indexOf(fk.parent) < names.indexOf(fk.table), qPrintable(fk.parent + u' ' + fk.table));

    for (const QString &name : names) {
        const QJsonArray rows = table(root, name).value(QLatin1String("rows")).toArray();
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY2(rows.at(i - 1).toArray().at(0).toInteger() < rows.at(i).toArray().at(0).toInteger(), qPrintable(name));
    }

    // Organisation 1, "Communauté geOrchestra": text, integers and a null parent, as stored.
    const QJsonObject organisation = table(root, QStringLiteral("organisation"));
    const QStringList columns = organisation.value(QLatin1String("columns")).toVariant().toStringList();
    QCOMPARE(columns.value(0), QStringLiteral("id"));
    const QJsonArray first = organisation.value(QLatin1String("rows")).toArray().at(0).toArray();
    QCOMPARE(first.size(), columns.size());
    const auto cell = [&](const char *column) { return first.at(columns.indexOf(QLatin1String(column))); };
    QCOMPARE(cell("id").toVariant().typeId(), QMetaType::LongLong);
    QCOMPARE(cell("name").toString(), QStringLiteral("Communauté geOrchestra"));
    QVERIFY(cell("parent_id").isNull());
    QCOMPARE(cell("public_consent").toVariant().typeId(), QMetaType::LongLong);
    QCOMPARE(cell("public_consent").toInteger(), 1);
    QVERIFY(cell("version").isDouble() && cell("version").toVariant().typeId() == QMetaType::LongLong);
    QVERIFY(cell("city").isString() && cell("city").toString().isEmpty());   // '' stays text, not null

    // One row per line: a diff of two backups shows the records that changed.
    QVERIFY(demoBackup().contains("\n      [1,\"Communauté geOrchestra\","));
}

void tst_BackupFile::restore_keepsIdsAndGoesOnFromTheLastIdHandedOut()
{
    test::TestCommunity demo(true);
    const qint64 last = test::scalar(demo.db(), QStringLiteral("SELECT max(id) FROM contributor")).toLongLong();
    QVERIFY(core::ContributorRepository(demo.db()).remove(last));
    const qint64 registration = test::scalar(demo.db(), QStringLiteral("SELECT id FROM registration ORDER BY id DESC")).toLongLong();
    const QVariant owner = test::scalar(demo.db(), QStringLiteral("SELECT contributor_id FROM registration WHERE id = ?"), {registration});

    QTemporaryDir dir;
    const QString restored = dir.filePath(QStringLiteral("restored.convivium"));
    const auto rows = BackupFile::restore(test::must(BackupFile::toJson(demo.db())), QStringLiteral("demo.json"), restored);
    QVERIFY2(rows, qPrintable(rows.message()));
    const auto db = open(restored);
    QCOMPARE(test::scalar(*db, QStringLiteral("SELECT contributor_id FROM registration WHERE id = ?"), {registration}), owner);

    // The removed contributor's id is not handed out again.
    core::Contributor someone;
    someone.familyName = QStringLiteral("Nouvelle");
    QCOMPARE(test::must(core::ContributorRepository(*db).insert(someone)), last + 1);
}

void tst_BackupFile::restore_intoAnEmptyFileOrAnEmptyCommunity_replacesIt_data()
{
    QTest::addColumn<bool>("initialised");
    QTest::newRow("0-byte file") << false;
    QTest::newRow("empty community, as init makes it") << true;
}

void tst_BackupFile::restore_intoAnEmptyFileOrAnEmptyCommunity_replacesIt()
{
    QFETCH(bool, initialised);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("empty.convivium"));
    if (initialised)
        QVERIFY(Database::openFile(target, Database::Mode::CreateIfMissing, nullptr));
    else
        test::writeFile(target, QByteArray());
    const auto rows = BackupFile::restore(demoBackup(), QStringLiteral("demo.json"), target);
    QVERIFY2(rows, qPrintable(rows.message()));
    QCOMPARE(test::countRows(*open(target), QStringLiteral("event")), 5);
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("empty.convivium")});
}

void tst_BackupFile::restore_intoACommunityWithData_isRefusedAndLeftUnchanged()
{
    test::TestCommunity demo(true);
    const QString target = demo.path();
    const QStringList before = test::dumpAll(demo.db());
    const QStringList files = filesIn(demo.folder());
    const auto rows = BackupFile::restore(demoBackup(), QStringLiteral("demo.json"), target);
    QVERIFY(!rows);
    QVERIFY2(rows.message().contains(QStringLiteral("already holds a community")), qPrintable(rows.message()));
    QCOMPARE(test::dumpAll(demo.db()), before);
    QCOMPARE(filesIn(demo.folder()), files);
}

void tst_BackupFile::badBackup_isRefusedWithAMessageAndNothingWritten_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QString latest = QString::number(core::Migrator::latestVersion());

    QTest::newRow("truncated") << demoBackup().left(demoBackup().size() / 2)
                               << QStringLiteral("bad.json is not a Convivium backup, or it is damaged: it is not valid JSON");
    QTest::newRow("not JSON") << QByteArray("Shopping list\nbread\n") << QStringLiteral("not valid JSON");
    QTest::newRow("another program's JSON") << QByteArray("{\"name\": \"Zoé\", \"tables\": []}")
                                            << QStringLiteral("bad.json is not a Convivium backup.");
    QTest::newRow("newer format") << edited([](QJsonObject &r) { r.insert(QStringLiteral("format_version"), 2); })
                                  << QStringLiteral("newer backup format (2; this version reads up to 1)");
    QTest::newRow("newer schema")
        << edited([](QJsonObject &r) { r.insert(QStringLiteral("schema_version"), core::Migrator::latestVersion() + 1); })
        << QStringLiteral("newer version of Convivium (schema %1; this version reads up to %2)")
               .arg(core::Migrator::latestVersion() + 1).arg(latest);
    QTest::newRow("no schema version") << edited([](QJsonObject &r) { r.remove(QStringLiteral("schema_version")); })
                                       << QStringLiteral("does not say which schema version");
    QTest::newRow("a table missing") << edited([](QJsonObject &r) {
        QJsonArray tables = r.value(QLatin1String("tables")).toArray();
        tables.removeAt(0);
        r.insert(QStringLiteral("tables"), tables);
    }) << QStringLiteral("is incomplete: the table organisation is missing");
    QTest::newRow("a table unknown") << edited([](QJsonObject &r) {
        QJsonArray tables = r.value(QLatin1String("tables")).toArray();
        tables.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("spaceship")},
                                  {QStringLiteral("columns"), QJsonArray{QStringLiteral("id")}},
                                  {QStringLiteral("last_id"), 0}, {QStringLiteral("rows"), QJsonArray()}});
        r.insert(QStringLiteral("tables"), tables);
    }) << QStringLiteral("holds a table spaceship that schema %1 does not have").arg(latest);
    QTest::newRow("a column missing everywhere") << edited(inTable(QStringLiteral("contributor"), [](QJsonObject &t) {
        QStringList columns = t.value(QLatin1String("columns")).toVariant().toStringList();
        const qsizetype at = columns.indexOf(QStringLiteral("phone"));
        columns.removeAt(at);
        QJsonArray rows;
        for (const QJsonValue &row : t.value(QLatin1String("rows")).toArray()) {
            QJsonArray cells = row.toArray();
            cells.removeAt(at);
            rows << cells;
        }
        t.insert(QStringLiteral("columns"), QJsonArray::fromStringList(columns));
        t.insert(QStringLiteral("rows"), rows);
    })) << QStringLiteral("the table contributor has no column phone");
    QTest::newRow("a row missing a value") << edited(inTable(QStringLiteral("contributor"), [](QJsonObject &t) {
        QJsonArray rows = t.value(QLatin1String("rows")).toArray();
        QJsonArray third = rows.at(2).toArray();
        third.removeLast();
        rows.replace(2, third);
        t.insert(QStringLiteral("rows"), rows);
    })) << QStringLiteral("row 3 of the table contributor has 13 values for 14 columns");
    QTest::newRow("a value of no known kind") << edited(inTable(QStringLiteral("event"), [](QJsonObject &t) {
        QJsonArray rows = t.value(QLatin1String("rows")).toArray();
        QJsonArray first = rows.at(0).toArray();
        first.replace(t.value(QLatin1String("columns")).toVariant().toStringList().indexOf(QStringLiteral("capacity")), 45.5);
        rows.replace(0, first);
        t.insert(QStringLiteral("rows"), rows);
    })) << QStringLiteral("in row 1 of the table event, the column capacity holds neither text, a whole number nor null");
    QTest::newRow("a reference to nobody") << edited(inTable(QStringLiteral("registration"), [](QJsonObject &t) {
        QJsonArray rows = t.value(QLatin1String("rows")).toArray();
        QJsonArray first = rows.at(0).toArray();
        first.replace(t.value(QLatin1String("columns")).toVariant().toStringList().indexOf(QStringLiteral("contributor_id")), 9999);
        rows.replace(0, first);
        t.insert(QStringLiteral("rows"), rows);
    })) << QStringLiteral("row 1 of the table registration refers to a record of the table contributor that is not in the backup");
    QTest::newRow("an id twice") << edited(inTable(QStringLiteral("venue"), [](QJsonObject &t) {
        QJsonArray rows = t.value(QLatin1String("rows")).toArray();
        rows.append(rows.at(0));
        t.insert(QStringLiteral("rows"), rows);
    })) << QStringLiteral("bad.json: the table venue cannot be restored. Row 2: UNIQUE constraint failed: venue.id");
}

void tst_BackupFile::badBackup_isRefusedWithAMessageAndNothingWritten()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("bad.json"));
    test::writeFile(backup, json);

    // Into a new file: it is not created.
    const QString target = dir.filePath(QStringLiteral("new.convivium"));
    auto rows = BackupFile::restore(backup, target);
    QVERIFY(!rows);
    QVERIFY2(rows.message().contains(message), qPrintable(rows.message()));
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("bad.json")});

    // Into an empty file: it stays empty.
    const QString empty = dir.filePath(QStringLiteral("empty.convivium"));
    test::writeFile(empty, QByteArray());
    rows = BackupFile::restore(backup, empty);
    QVERIFY(!rows);
    QVERIFY2(rows.message().contains(message), qPrintable(rows.message()));
    QCOMPARE(filesIn(dir.path()), (QStringList{QStringLiteral("bad.json"), QStringLiteral("empty.convivium")}));
    QCOMPARE(QFileInfo(empty).size(), 0);
}

void tst_BackupFile::olderSchema_isRestoredThenMigrated()
{
    // A community of schema 1 and its backup, which has no community_setting table.
    QTemporaryDir dir;
    const QString old = dir.filePath(QStringLiteral("old.convivium"));
    QByteArray json;
    {
        Database::OpenReport report;
        const auto db = Database::openFile(old, Database::Mode::CreateIfMissing, &report, 1);
        QVERIFY2(db, qPrintable(report.message));
        QCOMPARE(core::Migrator(*db).currentVersion(), 1);
        test::exec(*db, QStringLiteral("INSERT INTO organisation (name, created_at, updated_at) VALUES ('Mairie de Foix', '', '')"));
        json = test::must(BackupFile::toJson(*db));
    }
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QLatin1String("schema_version")).toInteger(), 1);
    QVERIFY(table(root, QStringLiteral("organisation")).contains(QLatin1String("rows")));
    QVERIFY(table(root, QStringLiteral("community_setting")).isEmpty());

    const QString restored = dir.filePath(QStringLiteral("restored.convivium"));
    const auto rows = BackupFile::restore(json, QStringLiteral("old.json"), restored);
    QVERIFY2(rows, qPrintable(rows.message()));
    QCOMPARE(rows.value(), 1);
    const auto db = open(restored);
    QCOMPARE(core::Migrator(*db).currentVersion(), core::Migrator::latestVersion());
    QCOMPARE(test::scalar(*db, QStringLiteral("SELECT name FROM organisation")).toString(), QStringLiteral("Mairie de Foix"));
    QCOMPARE(test::countRows(*db, QStringLiteral("community_setting")), 0);
}

void tst_BackupFile::progress_reachesTheTotal_andCancelLeavesNothing()
{
    QList<QPair<int, int>> calls;
    const BackupFile::Progress record = [&calls](int done, int total) {
        calls << qMakePair(done, total);
        return true;
    };
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("restored.convivium"));
    const auto rows = BackupFile::restore(demoBackup(), QStringLiteral("demo.json"), target, record);
    QVERIFY2(rows, qPrintable(rows.message()));
    QVERIFY(calls.size() >= 3);
    QCOMPARE(calls.first(), qMakePair(0, int(rows.value())));
    QCOMPARE(calls.last(), qMakePair(int(rows.value()), int(rows.value())));
    for (qsizetype i = 1; i < calls.size(); ++i)
        QVERIFY(calls.at(i - 1).first <= calls.at(i).first);

    // Cancelled half-way: no file, no temporary file left behind.
    QVERIFY(QFile::remove(target));
    const BackupFile::Progress cancelHalfWay = [](int done, int total) { return done < total / 2; };
    const auto cancelled = BackupFile::restore(demoBackup(), QStringLiteral("demo.json"), target, cancelHalfWay);
    QVERIFY(!cancelled);
    QVERIFY2(cancelled.message().contains(QStringLiteral("Cancelled")), qPrintable(cancelled.message()));
    QCOMPARE(filesIn(dir.path()), QStringList());
}

void tst_BackupFile::write_isAtomic_cancelledBackupLeavesNoFile()
{
    test::TestCommunity demo(true);
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("demo.json"));
    int lastDone = -1;
    QVERIFY(BackupFile::write(demo.db(), backup, [&lastDone](int done, int) {
        lastDone = done;
        return true;
    }));
    QCOMPARE(test::readFile(backup), test::must(BackupFile::toJson(demo.db())));
    QVERIFY(lastDone > 600);

    // A cancelled backup keeps the older file as it was.
    const QByteArray before = test::readFile(backup);
    const core::Result r = BackupFile::write(demo.db(), backup, [](int done, int) { return done < 300; });
    QVERIFY(!r);
    QVERIFY2(r.message().contains(QStringLiteral("Cancelled")), qPrintable(r.message()));
    QCOMPARE(test::readFile(backup), before);
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("demo.json")});

    const QString other = dir.filePath(QStringLiteral("other.json"));
    QVERIFY(!BackupFile::write(demo.db(), other, [](int, int) { return false; }));
    QVERIFY(!QFileInfo::exists(other));
}

void tst_BackupFile::teamDatabase_copiedFromAFileAndBack_losesNothing()
{
    if (!test::TestCommunity::onPostgres())
        QSKIP("runs on PostgreSQL (postgres/tst_BackupFile)");
    // A community file, copied into an empty team database, then back into a new file.
    QTemporaryDir dir;
    const QString local = dir.filePath(QStringLiteral("local.convivium"));
    {
        const auto db = Database::openFile(local, Database::Mode::CreateIfMissing, nullptr);
        QVERIFY(db);
        QVERIFY(core::DemoCommunity::write(*db));
    }
    const auto original = BackupFile::toJson(*open(local));
    QVERIFY2(original, qPrintable(original.message()));

    test::TestCommunity team;   // an empty community on the server
    const core::Fallible<qint64> up = BackupFile::restore(original.value(), QStringLiteral("local"), team.path());
    QVERIFY2(up, qPrintable(up.message()));
    const auto onServer = BackupFile::toJson(team.db());
    QVERIFY2(onServer, qPrintable(onServer.message()));
    QCOMPARE(onServer.value(), original.value());

    const QString back = dir.filePath(QStringLiteral("back.convivium"));
    const core::Fallible<qint64> down = BackupFile::restore(onServer.value(), QStringLiteral("team"), back);
    QVERIFY2(down, qPrintable(down.message()));
    QCOMPARE(BackupFile::toJson(*open(back)).value(), original.value());

    // A team database that holds a community is never overwritten.
    const core::Fallible<qint64> again = BackupFile::restore(original.value(), QStringLiteral("local"), team.path());
    QVERIFY(!again);
    QVERIFY2(again.message().contains(QStringLiteral("already holds a community")), qPrintable(again.message()));
}

void tst_BackupFile::teamDatabase_restored_hasThePlannersStatistics()
{
    if (!test::TestCommunity::onPostgres())
        QSKIP("runs on PostgreSQL (postgres/tst_BackupFile)");
    test::TestCommunity demo(true);
    const auto backup = BackupFile::toJson(demo.db());
    QVERIFY2(backup, qPrintable(backup.message()));
    test::TestCommunity team;
    const core::Fallible<qint64> restored = BackupFile::restore(backup.value(), QStringLiteral("demo"), team.path());
    QVERIFY2(restored, qPrintable(restored.message()));
    // Analysed by the restore itself, not a minute later by autovacuum: until
    // then the planner knows nothing of the rows (reltuples -1).
    QCOMPARE(test::scalar(team.db(), QStringLiteral("SELECT reltuples FROM pg_class WHERE oid = 'contributor'::regclass")).toDouble(),
             double(test::countRows(team.db(), QStringLiteral("contributor"))));
}

QTEST_GUILESS_MAIN(tst_BackupFile)
#include "tst_BackupFile.moc"
