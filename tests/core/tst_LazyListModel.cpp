// LazyListModel over a thousand contributors: a consistent model while
// filtering, sorting and refreshing, a filter that forgives case and accents,
// and pages read only when shown.
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "db/Transaction.h"
#include "models/ListModels.h"
#include "repositories/ContributorRepository.h"
#include "repositories/ListQuery.h"
#include "repositories/OrganisationRepository.h"

#include <QAbstractItemModelTester>
#include <QPointer>
#include <QSqlDriver>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace convivium;
using core::LazyListModel;

namespace {

constexpr int People = 1000;
const char *const Given[] = {"Hélène", "Loïc", "Anaïs", "Bruno", "Chloé", "Denis", "Élise", "Farid", "Gaëlle", "Hugo"};
const char *const Family[] = {"Abadie", "Émery", "Lefèvre", "Nguyen", "Rousseau", "Zola", "Perrin"};
constexpr int GivenCount = 10, FamilyCount = 7;

// Person i: Given[i % 10] Family[i % 7], at the Écrins when i % 4 == 0, else in Brittany.
class Crowd
{
public:
    Crowd()
    {
        const core::Database &db = m_tc.db();
        core::OrganisationRepository organisations(db);
        core::Organisation o;
        o.name = QStringLiteral("Parc national des Écrins");
        const qint64 ecrins = test::must(organisations.insert(o));
        o.name = QStringLiteral("Région Bretagne");
        const qint64 bretagne = test::must(organisations.insert(o));

        core::ContributorRepository repo(db);
        core::Transaction tx(db);
        for (int i = 0; i < People; ++i) {
            core::Contributor c;
            c.givenName = QString::fromUtf8(Given[i % GivenCount]);
            c.familyName = QString::fromUtf8(Family[i % FamilyCount]);
            c.emails = {QStringLiteral("p%1@example.org").arg(i)};
            c.affiliations = {{0, i % 4 == 0 ? ecrins : bretagne, {}, QDate(2020, 1, 1), {}}};
            if (!repo.insert(c))
                qFatal("cannot insert contributor %d", i);
        }
        if (!tx.commit() || !repo.refreshDerived())
            qFatal("cannot write the crowd");
    }
    test::TestCommunity &tc() { return m_tc; }
    const core::Database &db() const { return m_tc.db(); }

    // How many generated people match, by construction.
    static int count(int given, int family = -1, bool ecrinsOnly = false)
    {
        int n = 0;
        for (int i = 0; i < People; ++i)
            if ((given < 0 || i % GivenCount == given) && (family < 0 || i % FamilyCount == family)
                && (!ecrinsOnly || i % 4 == 0))
                ++n;
        return n;
    }

private:
    test::TestCommunity m_tc;
};

QString display(const QAbstractItemModel &model, int row, int column = 0)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

class tst_LazyListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void filter_countsExactlyTheMatches_data();
    void filter_countsExactlyTheMatches();
    void sortByName_putsTheExpectedPersonFirst_data();
    void sortByName_putsTheExpectedPersonFirst();
    void modelStaysConsistentWhileFilteringSortingAndRefreshing();
    void editorSave_updatesTheRowCountThroughTheNotifier();
    void farRow_readsOnlyItsOwnPage();
    void idAt_agreesWithIdRoleAndTheRecord();
    void longList_isCountedInTheBackground_shortListIsNot();
    void reloadAfterAnEdit_keepsTheRowsKnownUntilCounted();
    void locate_findsARecordBeyondTheRowsRead();
    void position_matchesTheListOrder_everyColumnAndDirection();
    void waitForCount_leavesTheCallersConnectionOpen();

private:
    std::unique_ptr<Crowd> m_crowd;   // read-only tests share it; writing tests build their own
};

void tst_LazyListModel::initTestCase()
{
    m_crowd = std::make_unique<Crowd>();
}

void tst_LazyListModel::cleanupTestCase()
{
    m_crowd.reset();
}

void tst_LazyListModel::filter_countsExactlyTheMatches_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("expected");
    QTest::newRow("no filter") << "" << People;
    QTest::newRow("accent-less given name") << "helene" << Crowd::count(0);
    QTest::newRow("accented and upper case") << "HÉLÈNE" << Crowd::count(0);
    QTest::newRow("diaeresis") << "gaelle" << Crowd::count(8);
    QTest::newRow("accented family name typed plain") << "lefevre" << Crowd::count(-1, 2);
    QTest::newRow("two words are ANDed") << "helene lefevre" << Crowd::count(0, 2);
    QTest::newRow("words in any order") << "LEFÈVRE  hélène" << Crowd::count(0, 2);
    QTest::newRow("organisation") << "ecrins" << Crowd::count(-1, -1, true);
    QTest::newRow("name and organisation") << "hugo ecrins" << Crowd::count(9, -1, true);
    QTest::newRow("one e-mail") << "p42@" << 1;
    QTest::newRow("nobody") << "helene zzz" << 0;
}

void tst_LazyListModel::filter_countsExactlyTheMatches()
{
    QFETCH(QString, filter);
    QFETCH(int, expected);
    QVERIFY(expected >= 0);
    std::unique_ptr<LazyListModel> model(core::ListModels::contributors(m_crowd->db(), nullptr));
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setFilter(filter);
    model->waitForCount();
    QCOMPARE(model->rowCount(), expected);
    if (expected > 0)   // the last row is really there
        QVERIFY(!display(*model, expected - 1).isEmpty());
    QVERIFY(!model->index(expected, 0).isValid());
}

void tst_LazyListModel::sortByName_putsTheExpectedPersonFirst_data()
{
    QTest::addColumn<int>("order");   // Qt::SortOrder
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    // By family name, then given name, accents folded: Anaïs is the first Abadie, Loïc the last Zola.
    QTest::newRow("ascending") << int(Qt::AscendingOrder) << QStringLiteral("Abadie, Anaïs") << QStringLiteral("Zola, Loïc");
    QTest::newRow("descending") << int(Qt::DescendingOrder) << QStringLiteral("Zola, Loïc") << QStringLiteral("Abadie, Anaïs");
}

void tst_LazyListModel::sortByName_putsTheExpectedPersonFirst()
{
    QFETCH(int, order);
    QFETCH(QString, first);
    QFETCH(QString, last);
    std::unique_ptr<LazyListModel> model(core::ListModels::contributors(m_crowd->db(), nullptr));
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->sort(0, Qt::SortOrder(order));
    model->waitForCount();
    model->waitForCount();
    QCOMPARE(model->rowCount(), People);
    QCOMPARE(display(*model, 0), first);
    QCOMPARE(display(*model, People - 1), last);
    // "Émery" sorts with the E, right after the Abadie, not after "Zola" as a byte order would put it.
    const int abadie = Crowd::count(-1, 0), emery = Crowd::count(-1, 1);
    const int row = order == Qt::AscendingOrder ? abadie : People - abadie - 1;
    QVERIFY2(display(*model, row).startsWith(QStringLiteral("Émery, ")), qPrintable(display(*model, row)));
    QVERIFY(display(*model, order == Qt::AscendingOrder ? abadie + emery : People - abadie - emery - 1)
                .startsWith(QStringLiteral("Lefèvre, ")));
    // The other direction is the exact reverse.
    const qint64 firstId = model->idAt(0);
    QVERIFY(firstId > 0);
    model->sort(0, order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
    model->waitForCount();
    QCOMPARE(model->idAt(People - 1), firstId);
}

void tst_LazyListModel::modelStaysConsistentWhileFilteringSortingAndRefreshing()
{
    std::unique_ptr<LazyListModel> model(core::ListModels::contributors(m_crowd->db(), nullptr));
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int column = 0; column < model->columnCount(); ++column) {
        model->sort(column, Qt::DescendingOrder);
        model->waitForCount();
        model->waitForCount();
        QCOMPARE(model->rowCount(), People);
        QVERIFY(model->headerData(column, Qt::Horizontal).isValid());
    }
    model->setFilter(QStringLiteral("chloe"));
    QCOMPARE(model->filter(), QStringLiteral("chloe"));
    model->refresh();
    model->waitForCount();
    QCOMPARE(model->rowCount(), Crowd::count(4));
    model->tablesChanged({QStringLiteral("work_group")});   // not watched: nothing to do
    model->waitForCount();
    QCOMPARE(model->rowCount(), Crowd::count(4));
    model->setFilter(QString());
    model->waitForCount();
    QCOMPARE(model->rowCount(), People);
    QCOMPARE(model->rowCount(model->index(0, 0)), 0);   // a flat list
}

void tst_LazyListModel::editorSave_updatesTheRowCountThroughTheNotifier()
{
    Crowd crowd;   // its own, since this test writes
    core::Community &community = crowd.tc().community();
    std::unique_ptr<LazyListModel> model(core::ListModels::contributors(crowd.db(), nullptr));
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QObject::connect(community.notifier(), &core::ChangeNotifier::changed, model.get(), &LazyListModel::tablesChanged);
    model->setFilter(QStringLiteral("helene"));
    model->waitForCount();
    const int before = model->rowCount();
    QCOMPARE(before, Crowd::count(0));

    core::Contributor c;
    c.givenName = QStringLiteral("HÉLÈNE");
    c.familyName = QStringLiteral("Nouvelle");
    c.emails = {QStringLiteral("nouvelle@example.org")};
    auto id = community.editor().saveContributor(c);
    QVERIFY2(id, qPrintable(id.message()));
    model->waitForCount();
    QCOMPARE(model->rowCount(), before + 1);

    community.undoStack()->undo();
    model->waitForCount();
    QCOMPARE(model->rowCount(), before);
    community.undoStack()->redo();
    model->waitForCount();
    QCOMPARE(model->rowCount(), before + 1);
    QVERIFY(community.editor().remove(QStringLiteral("contributor"), id.value()));
    model->waitForCount();
    QCOMPARE(model->rowCount(), before);
}

void tst_LazyListModel::longList_isCountedInTheBackground_shortListIsNot()
{
    std::unique_ptr<LazyListModel> model(core::ListModels::contributors(m_crowd->db(), nullptr));
    model->waitForCount();
    QSignalSpy known(model.get(), &LazyListModel::countKnown);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    model->setFilter(QStringLiteral("zz-nobody"));     // nothing matches: known at once
    QVERIFY(!model->isCounting());
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(known.count(), 1);
    model->setFilter(QString());                      // everyone: the first page now, the rest counted
    QVERIFY(model->isCounting());
    QCOMPARE(model->rowCount(), 128);
    QVERIFY(known.wait(5000) || !model->isCounting());
    model->waitForCount();
    QCOMPARE(model->rowCount(), People);
    QCOMPARE(inserted.count(), 1);                    // the view learns of the other rows in one step
}

void tst_LazyListModel::farRow_readsOnlyItsOwnPage()
{
    std::unique_ptr<LazyListModel> model(core::ListModels::contributors(m_crowd->db(), nullptr));
    // Which contributor is row 300, asked without the model.
    core::ListQuery query(m_crowd->db(), core::ContributorRepository::listDefinition());
    const QList<core::ListRow> middle = query.fetch(300, 1);
    QCOMPARE(middle.size(), 1);

    model->waitForCount();
    const QModelIndex far = model->index(900, 0);
    QVERIFY(far.isValid());
    QVERIFY(!model->data(far).toString().isEmpty());
    const qint64 farId = model->data(far, LazyListModel::IdRole).toLongLong();
    QCOMPARE(model->rowOfId(farId), 900);
    QCOMPARE(model->rowOfId(middle[0].id), -1);   // the pages between were never read
    QCOMPARE(model->idAt(300), middle[0].id);      // and are read when asked for
    QCOMPARE(model->rowOfId(middle[0].id), 300);
    QVERIFY(!model->data(model->index(People, 0)).isValid());
}

void tst_LazyListModel::idAt_agreesWithIdRoleAndTheRecord()
{
    std::unique_ptr<LazyListModel> model(core::ListModels::contributors(m_crowd->db(), nullptr));
    core::ContributorRepository repo(m_crowd->db());
    model->sort(1, Qt::AscendingOrder);
    model->waitForCount();   // by e-mail
    for (int row : {0, 1, 127, 128, 500, 999}) {
        const qint64 id = model->idAt(row);
        QVERIFY(id > 0);
        QCOMPARE(model->data(model->index(row, 3), LazyListModel::IdRole).toLongLong(), id);
        const core::Contributor c = test::must(repo.load(id));
        QCOMPARE(display(*model, row, 0), c.familyName + QStringLiteral(", ") + c.givenName);
        QCOMPARE(display(*model, row, 1), c.primaryEmail());
        QCOMPARE(model->rowOfId(id), row);
    }
    QCOMPARE(model->idAt(-1), qint64(0));
    QCOMPARE(model->idAt(People), qint64(0));
}

void tst_LazyListModel::reloadAfterAnEdit_keepsTheRowsKnownUntilCounted()
{
    Crowd crowd;   // its own, since this test writes
    core::Community &community = crowd.tc().community();
    std::unique_ptr<LazyListModel> model(core::ListModels::contributors(crowd.db(), nullptr));
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QObject::connect(community.notifier(), &core::ChangeNotifier::changed, model.get(), &LazyListModel::tablesChanged);
    model->waitForCount();
    QCOMPARE(model->rowCount(), People);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    bool reloading = false;
    QObject::connect(model.get(), &QAbstractItemModel::modelReset, this, [&] { reloading = model->isReloading(); });

    QVERIFY(community.editor().remove(QStringLiteral("contributor"), model->idAt(500)));
    QVERIFY(reloading);                      // views are told to keep their place
    QVERIFY(!model->isReloading());
    QCOMPARE(model->rowCount(), People);     // the rows known stay while counting, so a view keeps its scroll position
    model->waitForCount();
    QCOMPARE(model->rowCount(), People - 1);
    QCOMPARE(removed.count(), 1);

    model->refresh();                        // a new filter or sort starts from its first page
    QVERIFY(!reloading);
    QCOMPARE(model->rowCount(), 128);
    model->waitForCount();
    QCOMPARE(model->rowCount(), People - 1);
}

void tst_LazyListModel::locate_findsARecordBeyondTheRowsRead()
{
    std::unique_ptr<LazyListModel> model(core::ListModels::contributors(m_crowd->db(), nullptr));
    model->sort(1, Qt::AscendingOrder);   // by e-mail
    model->waitForCount();
    core::ListQuery query(m_crowd->db(), core::ContributorRepository::listDefinition());
    query.setSort(1, true);
    const qint64 far = query.fetch(700, 1).value(0).id;
    QVERIFY(far > 0);
    QCOMPARE(model->rowOfId(far), -1);      // never read
    QCOMPARE(model->locate(far), 700);       // so the database is asked
    QCOMPARE(query.position(far), 700);
    QCOMPARE(model->locate(far, 700), 700);  // the page where it was
    QCOMPARE(model->rowOfId(far), 700);

    model->sort(1, Qt::DescendingOrder);
    QCOMPARE(model->locate(far, 700), -1);   // not counted that far yet: not shown
    model->waitForCount();
    QCOMPARE(model->locate(far, 700), People - 1 - 700);
    QCOMPARE(model->idAt(People - 1 - 700), far);
    model->setFilter(QStringLiteral("zz-nobody"));
    QCOMPARE(model->locate(far), -1);
    QCOMPARE(model->locate(0), -1);
}

void tst_LazyListModel::position_matchesTheListOrder_everyColumnAndDirection()
{
    // Every column, both ways, with the ties and empty values (no organisation,
    // no date) that each engine places first or last in its own way; filtered too.
    core::ListQuery query(m_crowd->db(), core::ContributorRepository::listDefinition());
    for (const QString &filter : {QString(), QStringLiteral("a")}) {
        query.setFilter(filter);
        for (int column = 0; column < query.columnCount(); ++column)
            for (const bool ascending : {true, false}) {
                query.setSort(column, ascending);
                const QList<core::ListRow> rows = query.fetch(0, People);
                for (int at = 0; at < rows.size(); at += 37)
                    QVERIFY2(query.position(rows.at(at).id) == at,
                             qPrintable(QStringLiteral("column %1 %2, filter '%3': row %4 found at %5")
                                            .arg(column).arg(ascending ? QStringLiteral("up") : QStringLiteral("down"), filter).arg(at)
                                            .arg(query.position(rows.at(at).id))));
                QVERIFY(query.position(rows.last().id) == rows.size() - 1);
            }
    }
}

void tst_LazyListModel::waitForCount_leavesTheCallersConnectionOpen()
{
    // A wait may run a count not yet started on the waiting thread itself;
    // that thread's connection (the GUI's, listening to the other organisers)
    // must stay open.
    std::unique_ptr<LazyListModel> model(core::ListModels::contributors(m_crowd->db(), nullptr));
    const QPointer<QSqlDriver> driver = m_crowd->db().connection().driver();
    for (int i = 0; i < 20; ++i) {
        model->refresh();
        model->waitForCount();
        QCOMPARE(model->rowCount(), People);
    }
    QVERIFY(driver);
}

QTEST_GUILESS_MAIN(tst_LazyListModel)
#include "tst_LazyListModel.moc"
