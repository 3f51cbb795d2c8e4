// "Export this list as CSV…" as a user meets it: the contributors list,
// longer than one page, filtered, sorted, with a column hidden and another
// moved, written through File ▸ Export exactly as the view shows it; an
// event's registrations through their own button; the CSV dialect offered by
// the interface language or chosen in the dialog; columns hidden from the
// header's menu; a cancelled export leaves no file.
#include "MainWindow.h"
#include "ScriptedPrompts.h"
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "UiTestHelpers.h"
#include "db/Transaction.h"
#include "event/EventWindow.h"
#include "event/RegistrationFilter.h"
#include "event/RegistrationsPage.h"
#include "exports/ListCsvExport.h"
#include "io/CsvReader.h"
#include "models/LazyListModel.h"
#include "models/RegistrationTableModel.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/OrganisationRepository.h"
#include "views/RecordListView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace convivium;

namespace {

constexpr int People = 300;   // more than two pages of the lazy list (128 rows each)

// Person i: at the Écrins when i % 3 == 0, else in Brittany; first seen on day i.
void addCrowd(const core::Database &db)
{
    core::OrganisationRepository organisations(db);
    core::Organisation o;
    o.name = QStringLiteral("Parc national des Écrins");
    const qint64 ecrins = test::must(organisations.insert(o));
    o.name = QStringLiteral("Région Bretagne");
    const qint64 bretagne = test::must(organisations.insert(o));
    const QStringList given{QStringLiteral("Hélène"), QStringLiteral("Loïc"), QStringLiteral("Anaïs"),
                            QStringLiteral("Bruno")};
    const QStringList family{QStringLiteral("Le Gall"), QStringLiteral("Émery"), QStringLiteral("Nguyen"),
                             QStringLiteral("Zola"), QStringLiteral("Perrin")};
    core::ContributorRepository repo(db);
    core::Transaction tx(db);
    for (int i = 0; i < People; ++i) {
        core::Contributor c;
        c.givenName = given.at(i % given.size());
        c.familyName = family.at(i % family.size());
        c.emails = {QStringLiteral("p%1@example.org").arg(i, 3, 10, QLatin1Char('0'))};
        c.languages = {i % 2 ? QStringLiteral("en") : QStringLiteral("fr")};
        c.firstSeen = QDate(2021, 3, 1).addDays(i);
        c.affiliations = {{0, i % 3 == 0 ? ecrins : bretagne, {}, QDate(2020, 1, 1), {}}};
        if (!repo.insert(c))
            qFatal("cannot insert contributor %d", i);
    }
    if (!tx.commit() || !repo.refreshDerived())
        qFatal("cannot write the crowd");
}

QAction *exportMenuAction(ui::MainWindow &w, const char *name)
{
    auto *menu = w.findChild<QMenu *>(QStringLiteral("exportMenu"));
    if (!menu)
        return nullptr;
    for (QAction *a : menu->actions())
        if (a->objectName() == QLatin1String(name))
            return a;
    return nullptr;
}

// What a view shows: for each row, the cells of its columns shown, in their visual order.
QList<QStringList> shownRows(const QTableView &view)
{
    const QList<int> columns = ui::ListCsvExport::shownColumns(*view.horizontalHeader());
    QList<QStringList> rows;
    for (int r = 0; r < view.model()->rowCount(); ++r) {
        QStringList cells;
        for (int c : columns)
            cells << view.model()->index(r, c).data().toString();
        rows << cells;
    }
    return rows;
}

QStringList shownHeaders(const QTableView &view)
{
    QStringList headers;
    for (int c : ui::ListCsvExport::shownColumns(*view.horizontalHeader()))
        headers << view.model()->headerData(c, Qt::Horizontal).toString();
    return headers;
}

core::CsvDocument readBack(const QString &path, QChar delimiter = u',')
{
    core::CsvReadOptions options;
    options.delimiter = delimiter;
    return test::must(core::CsvReader::readFile(path, options));
}

QList<QStringList> records(const core::CsvDocument &doc)
{
    QList<QStringList> rows;
    for (const core::CsvRecord &r : doc.records)
        rows << r.fields;
    return rows;
}

} // namespace

class tst_ListCsvExport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void contributors_filteredSortedHiddenAndMovedColumns_asTheViewShows();
    void contributors_frenchDialectChosenInTheDialog();
    void defaultDialect_followsTheInterfaceLanguage();
    void listContextMenu_offersTheExport();
    void headerMenu_hidesAColumnButNeverTheLast();
    void cancelled_leavesNoFile();
    void registrations_filteredAndSorted_asTheTableShows();

private:
    struct Fixture {
        test::TestCommunity files;
        std::unique_ptr<ui::MainWindow> window;
        test::ScriptedPrompts *prompts = nullptr;
        explicit Fixture(bool demo) : files(demo) {}
    };
    std::unique_ptr<Fixture> open(bool demo);
    QTemporaryDir m_dir;
};

void tst_ListCsvExport::init()
{
    QSettings().clear();
}

std::unique_ptr<tst_ListCsvExport::Fixture> tst_ListCsvExport::open(bool demo)
{
    auto f = std::make_unique<Fixture>(demo);
    if (!demo)
        addCrowd(f->files.db());
    f->window = std::make_unique<ui::MainWindow>();
    auto prompts = std::make_unique<test::ScriptedPrompts>();
    f->prompts = prompts.get();
    f->window->setPrompts(std::move(prompts));
    if (!f->window->openCommunity(f->files.path()))
        return nullptr;
    f->window->show();
    return f;
}

void tst_ListCsvExport::contributors_filteredSortedHiddenAndMovedColumns_asTheViewShows()
{
    auto f = open(false);
    QVERIFY(f);
    f->window->showSection(QStringLiteral("contributor"));
    ui::RecordListView *view = f->window->currentView();
    QTableView *table = view->tableView();
    test::typeText(view->filterField(), QStringLiteral("bretagne"));
    table->sortByColumn(4, Qt::DescendingOrder);                  // first seen, newest first
    table->horizontalHeader()->hideSection(1);                    // no e-mail
    table->horizontalHeader()->moveSection(3, 0);                 // languages first
    // The view has read the page it shows; the rest is not loaded until scrolled to.

    const QString path = m_dir.filePath(QStringLiteral("contributors.csv"));
    f->prompts->fileNames << path;
    QAction *exportList = exportMenuAction(*f->window, "exportList");
    QVERIFY(exportList && exportList->isEnabled());
    exportList->trigger();
    QVERIFY2(f->prompts->warnings.isEmpty(), qPrintable(f->prompts->warnings.join(u'\n')));
    QVERIFY(f->prompts->exportSuggestions.value(0).endsWith(QStringLiteral("Contributors.csv")));
    QCOMPARE(f->prompts->offeredFilters, QList<int>{ui::ListCsvExport::Comma});   // English interface

    const int expected = People - People / 3;
    const core::CsvDocument doc = readBack(path);
    QCOMPARE(doc.header, (QStringList{QStringLiteral("Languages"), QStringLiteral("Name"), QStringLiteral("Organisation"),
                                      QStringLiteral("First seen")}));
    QCOMPARE(doc.header, shownHeaders(*table));
    QCOMPARE(doc.records.size(), expected);
    view->model()->waitForCount();
    QCOMPARE(view->model()->rowCount(), expected);
    QCOMPARE(records(doc), shownRows(*table));   // every row, even those never scrolled to
    QCOMPARE(doc.records.first().fields.value(3), QLocale().toString(QDate(2021, 3, 1).addDays(People - 1),
                                                                     QLocale::ShortFormat));
    QVERIFY(f->window->statusBar()->currentMessage().contains(QStringLiteral("%1 row").arg(expected)));
}

void tst_ListCsvExport::contributors_frenchDialectChosenInTheDialog()
{
    auto f = open(false);
    QVERIFY(f);
    f->window->showSection(QStringLiteral("contributor"));
    ui::RecordListView *view = f->window->currentView();
    test::typeText(view->filterField(), QStringLiteral("ecrins"));
    const QString path = m_dir.filePath(QStringLiteral("contributeurs.csv"));
    f->prompts->fileNames << path;
    f->prompts->filterChoices << ui::ListCsvExport::FrenchSpreadsheet;
    exportMenuAction(*f->window, "exportList")->trigger();
    const QByteArray bytes = test::readFile(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.mid(3).startsWith("Name;E-mail;Organisation;Languages;First seen\r\n"));
    const core::CsvDocument doc = readBack(path, u';');
    QCOMPARE(doc.records.size(), People / 3);
    view->model()->waitForCount();
    QCOMPARE(records(doc), shownRows(*view->tableView()));
}

void tst_ListCsvExport::defaultDialect_followsTheInterfaceLanguage()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const ui::ListCsvExport::Dialect french = ui::ListCsvExport::defaultDialect();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const ui::ListCsvExport::Dialect english = ui::ListCsvExport::defaultDialect();
    QLocale::setDefault(before);
    QCOMPARE(french, ui::ListCsvExport::FrenchSpreadsheet);
    QCOMPARE(english, ui::ListCsvExport::Comma);
}

void tst_ListCsvExport::listContextMenu_offersTheExport()
{
    auto f = open(false);
    QVERIFY(f);
    for (const QString &section : {QStringLiteral("organisation"), QStringLiteral("contributor"), QStringLiteral("work_group")}) {
        QTableView *table = f->window->view(section)->tableView();
        QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(table->actions().contains(f->window->action(QStringLiteral("exportList"))));
    }
}

void tst_ListCsvExport::headerMenu_hidesAColumnButNeverTheLast()
{
    auto f = open(false);
    QVERIFY(f);
    f->window->showSection(QStringLiteral("contributor"));
    QHeaderView *header = f->window->currentView()->tableView()->horizontalHeader();
    QVERIFY(header->sectionsMovable());
    // Right click on the header; the menu lists the columns, ticked when shown.
    QStringList listed;
    bool lastLocked = false;
    auto answer = [&](const QString &untick) {
        QTimer::singleShot(0, [&, untick] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            listed.clear();
            for (QAction *a : menu->actions()) {
                listed << a->text();
                if (a->isChecked() && header->count() - header->hiddenSectionCount() == 1)
                    lastLocked = !a->isEnabled();
                if (a->text() == untick)
                    a->setChecked(false);
            }
            menu->close();
        });
        emit header->customContextMenuRequested(QPoint(10, 5));
    };
    answer(QStringLiteral("E-mail"));
    QCOMPARE(listed, (QStringList{QStringLiteral("Name"), QStringLiteral("E-mail"), QStringLiteral("Organisation"),
                                  QStringLiteral("Languages"), QStringLiteral("First seen")}));
    QVERIFY(header->isSectionHidden(1));
    for (int c : {2, 3, 4})
        header->hideSection(c);
    answer(QString());
    QVERIFY(lastLocked);   // Name alone: its box cannot be unticked
}

void tst_ListCsvExport::cancelled_leavesNoFile()
{
    auto f = open(false);
    QVERIFY(f);
    f->window->showSection(QStringLiteral("contributor"));
    const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
    f->prompts->fileNames << path;
    f->prompts->cancelAtUpdate = 2;   // after the first 256 rows
    exportMenuAction(*f->window, "exportList")->trigger();
    QCOMPARE(f->prompts->progressUpdates, 2);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(f->prompts->warnings.isEmpty());   // the user cancelled: nothing to warn about
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden), QStringList());
}

void tst_ListCsvExport::registrations_filteredAndSorted_asTheTableShows()
{
    auto f = open(true);
    QVERIFY(f);
    const qint64 eventId = test::must(core::EventRepository(f->files.db())
                                          .findByTitle(QStringLiteral("Rencontres communautaires d'hiver 2026")));
    ui::EventWindow *event = f->window->openEventWindow(eventId);
    QVERIFY(event);
    ui::RegistrationsPage *page = event->registrations();
    auto *status = page->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(QStringLiteral("confirmed")));
    const int all = page->model()->rowCount();
    const int shown = page->filter()->rowCount();
    QVERIFY2(shown > 0 && shown < all, qPrintable(QStringLiteral("%1 of %2").arg(shown).arg(all)));
    QTableView *table = page->table();
    table->sortByColumn(core::RegistrationTableModel::Arrival, Qt::DescendingOrder);
    table->horizontalHeader()->hideSection(core::RegistrationTableModel::Diet);

    const QString path = m_dir.filePath(QStringLiteral("registrations.csv"));
    f->prompts->fileNames << path;
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("exportCsv")), Qt::LeftButton);
    QVERIFY2(f->prompts->warnings.isEmpty(), qPrintable(f->prompts->warnings.join(u'\n')));
    QVERIFY(f->prompts->exportSuggestions.value(0).endsWith(
        QStringLiteral("Registrations - Rencontres communautaires d'hiver 2026.csv")));
    const core::CsvDocument doc = readBack(path);
    QCOMPARE(doc.header, shownHeaders(*table));
    QVERIFY(!doc.header.contains(page->model()->headerData(core::RegistrationTableModel::Diet, Qt::Horizontal).toString()));
    QCOMPARE(doc.records.size(), shown);
    QCOMPARE(records(doc), shownRows(*table));
    QVERIFY(event->statusBar()->currentMessage().contains(QStringLiteral("%1 registration").arg(shown)));
}

QTEST_MAIN(tst_ListCsvExport)
#include "tst_ListCsvExport.moc"
