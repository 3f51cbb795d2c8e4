// The import wizard as a user drives it, on the demo community: a French
// Excel export (semicolons, Windows-1252, dd/mm/yyyy) read and previewed,
// its columns matched from the headers and one changed by hand, the dry run
// counting new, updated and unchanged people and blocking on a bad line, a
// line left out, the import applied as one undoable step, a cancel during
// the import leaving the file as it was, and files the reader refuses.
#include "Icons.h"
#include "MainWindow.h"
#include "ScriptedPrompts.h"
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "Translations.h"
#include "event/EventWindow.h"
#include "import/ImportFilePage.h"
#include "import/ImportMappingEditor.h"
#include "import/ImportPages.h"
#include "import/ImportPlanModel.h"
#include "import/ImportPlanView.h"
#include "import/ImportWizard.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "views/RecordListView.h"
#include "widgets/Pickers.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace convivium;
using core::ImportMapping;
using ui::ImportWizard;

namespace {

const QString Header = QStringLiteral("Prénom;Nom;Courriel;Structure;Fonction;Téléphone;Premier contact;Remarques\r\n");
// Three newcomers, one person of the demo whose phone changed, one the demo has as is.
const QString People = Header + QStringLiteral(
    "Camille;Dupré;camille.dupre@example.org;Rennes Métropole;Chargée de mission SIG;02 99 86 60 00;14/03/2024;"
    "Rencontrée au FOSS4G\r\n"
    "Noé;Garnier;noe.garnier@example.org;Structure Nouvelle;;;01/02/2025;vient du Forum\r\n"
    "Zoé;Lœuvre;zoe.loeuvre@example.org;;;;28/02/2025;\r\n"
    "Hélène;Marchand;helene.marchand@example.org;;;+33 6 00 00 00 00;;\r\n"
    "Loïc;Le Goff;loic.legoff@example.org;Rennes Métropole;Géomaticien;;;\r\n");

// As Excel writes "CSV (séparateur : point-virgule)" on a French Windows.
QByteArray windows1252(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        if (c == u'œ')
            out += '\x9c';
        else if (c == u'€')
            out += '\x80';
        else
            out += char(c.unicode() < 256 ? c.unicode() : '?');
    }
    return out;
}

QAbstractButton *button(ImportWizard &w, QWizard::WizardButton which)
{
    return w.button(which);
}

// Next, or Import on the dry run: the button the user clicks to go on.
bool goOn(ImportWizard &w)
{
    const int before = w.currentId();
    QAbstractButton *b = w.currentId() == ImportWizard::PlanPage ? button(w, QWizard::CommitButton)
                                                                 : button(w, QWizard::NextButton);
    if (!b->isVisible() || !b->isEnabled())
        return false;
    QTest::mouseClick(b, Qt::LeftButton);
    return w.currentId() != before;
}

int rowOfLine(const ui::ImportPlanModel *model, int line)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, ui::ImportPlanModel::Line).data().toInt() == line)
            return r;
    return -1;
}

} // namespace

class tst_ImportWizard : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void frenchExcelFile_mappedCheckedAppliedThenUndone();
    void cancelDuringImport_leavesTheCommunityAsItWas();
    void badFile_showsTheReadersMessage_data();
    void badFile_showsTheReadersMessage();
    void readOptions_overrideWhatWasGuessed();
    void registrations_warningShownButNotBlocking();
    void menus_openTheWizard_registrationsOnTheirEvent();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    std::unique_ptr<ImportWizard> openWizard(ImportMapping::Kind kind, qint64 eventId = 0);

    std::unique_ptr<test::TestCommunity> m_demo;
    test::ScriptedPrompts m_prompts;
    QTemporaryDir m_dir;
};

void tst_ImportWizard::init()
{
    QSettings().clear();
    m_demo = std::make_unique<test::TestCommunity>(true);
    m_prompts = test::ScriptedPrompts();
}

QString tst_ImportWizard::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    test::writeFile(path, bytes);
    return path;
}

std::unique_ptr<ImportWizard> tst_ImportWizard::openWizard(ImportMapping::Kind kind, qint64 eventId)
{
    auto wizard = std::make_unique<ImportWizard>(m_demo->community(), m_prompts, kind, eventId);
    wizard->show();   // as exec() would: the first page starts
    return wizard;
}

void tst_ImportWizard::frenchExcelFile_mappedCheckedAppliedThenUndone()
{
    const core::Database &db = m_demo->db();
    const core::ContributorRepository people(db);
    const int contributors = test::countRows(db, QStringLiteral("contributor"));
    const int organisations = test::countRows(db, QStringLiteral("organisation"));
    const qint64 helene = people.findByEmail(QStringLiteral("helene.marchand@example.org"));
    const QString helenePhone = test::must(people.load(helene)).phone;
    // Every row but the settings, where the mapping is remembered (on purpose, not undone).
    auto records = [&db] {
        QStringList rows = test::dumpAll(db);
        rows.removeIf([](const QString &row) { return row.startsWith(QStringLiteral("community_setting|")); });
        return rows;
    };
    const QStringList before = records();

    // A first export with an impossible date on Zoé's line.
    QString withBadLine = People;
    withBadLine.replace(QStringLiteral("28/02/2025"), QStringLiteral("31/02/2025"));
    const QString bad = writeFile(QStringLiteral("contacts-erreur.csv"), windows1252(withBadLine));
    const QString good = writeFile(QStringLiteral("contacts.csv"), windows1252(People));

    auto w = openWizard(ImportMapping::Kind::Contributors);
    QVERIFY(!button(*w, QWizard::NextButton)->isEnabled());   // no file yet
    m_prompts.fileNames << bad;
    QTest::mouseClick(w->filePage()->findChild<QAbstractButton *>(QStringLiteral("browse")), Qt::LeftButton);
    QCOMPARE(w->filePage()->pathField()->text(), bad);
    QVERIFY(w->filePage()->encodingCombo()->currentText().contains(QStringLiteral("Windows-1252")));
    QVERIFY(w->filePage()->delimiterCombo()->currentText().contains(QStringLiteral("semicolon")));
    QVERIFY(w->filePage()->detectedLabel()->text().contains(QStringLiteral("5 line")));
    const QTableWidget *preview = w->filePage()->preview();
    QCOMPARE(preview->rowCount(), 5);
    QCOMPARE(preview->columnCount(), 8);
    QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("Prénom"));
    QCOMPARE(preview->item(2, 1)->text(), QStringLiteral("Lœuvre"));
    QCOMPARE(preview->verticalHeaderItem(0)->text(), QStringLiteral("2"));   // the file's line numbers

    // The columns, guessed from the French headers; Remarques left out by hand.
    QVERIFY(goOn(*w));
    QCOMPARE(w->currentId(), int(ImportWizard::MappingPage));
    ui::ImportMappingEditor *editor = w->mappingPage()->editor();
    QCOMPARE(editor->columnCount(), 8);
    const QStringList guessed{QStringLiteral("given_name"), QStringLiteral("family_name"), QStringLiteral("email"),
                              QStringLiteral("organisation"), QStringLiteral("title"), QStringLiteral("phone"),
                              QStringLiteral("first_seen"), QStringLiteral("notes")};
    for (int c = 0; c < guessed.size(); ++c)
        QCOMPARE(editor->field(c), guessed.at(c));
    QCOMPARE(editor->fieldCombo(2)->currentText(), QStringLiteral("E-mail"));
    QComboBox *notes = editor->fieldCombo(7);
    notes->setCurrentIndex(notes->findData(QString()));
    QCOMPARE(editor->field(7), QString());
    // A field given to a second column leaves the first.
    QVERIFY(editor->setField(4, QStringLiteral("phone")));
    QCOMPARE(editor->field(5), QString());
    QVERIFY(editor->setField(5, QStringLiteral("phone")));
    QVERIFY(editor->setField(4, QStringLiteral("title")));

    // The dry run stops on the bad line, with its line and column.
    QVERIFY(goOn(*w));
    QCOMPARE(w->currentId(), int(ImportWizard::PlanPage));
    ui::ImportPlanView *view = w->planPage()->view();
    const QTableWidget *issues = view->issueList();
    QCOMPARE(issues->rowCount(), 1);
    QCOMPARE(issues->item(0, 0)->text(), QStringLiteral("4"));
    QCOMPARE(issues->item(0, 1)->text(), QStringLiteral("Premier contact"));
    QVERIFY2(issues->item(0, 2)->text().contains(QStringLiteral("31/02/2025")), qPrintable(issues->item(0, 2)->text()));
    QVERIFY(view->blockingLabel()->isVisibleTo(w.get()));
    QVERIFY(!button(*w, QWizard::CommitButton)->isEnabled());

    // Back to the file, the corrected one: the hand-made choice is kept.
    w->back();
    w->back();
    QCOMPARE(w->currentId(), int(ImportWizard::FilePage));
    QVERIFY(w->filePage()->setFilePath(good));
    QVERIFY(goOn(*w));
    QCOMPARE(editor->field(7), QString());
    QVERIFY(goOn(*w));

    ui::ImportPlanModel *model = view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->issueList()->rowCount(), 0);
    QVERIFY(!view->findChild<QWidget *>(QStringLiteral("issueTabs"))->isVisibleTo(w.get()));
    QVERIFY(!view->blockingLabel()->isVisibleTo(w.get()));
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(w->session().plan().count(core::ImportRow::Action::Create), 3);
    QCOMPARE(w->session().plan().count(core::ImportRow::Action::Update), 1);
    QCOMPARE(w->session().plan().count(core::ImportRow::Action::Skip), 1);
    // (Plural forms come from the English translation: the test does not depend on them.)
    QVERIFY2(view->summaryLabel()->text().startsWith(QStringLiteral("3 new contributor")), qPrintable(view->summaryLabel()->text()));
    QVERIFY(view->summaryLabel()->text().endsWith(QStringLiteral(", 1 updated, 1 unchanged.")));
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("newOrganisations"))->text().contains(QStringLiteral("Structure Nouvelle")));
    const int heleneRow = rowOfLine(model, 5);
    QCOMPARE(model->index(heleneRow, ui::ImportPlanModel::Action).data().toString(), QStringLiteral("Update"));
    QCOMPARE(model->index(heleneRow, ui::ImportPlanModel::Changes).data().toString(), QStringLiteral("Phone"));
    const int loicRow = rowOfLine(model, 6);
    QVERIFY(!(model->flags(model->index(loicRow, ui::ImportPlanModel::Action)) & Qt::ItemIsUserCheckable));
    QVERIFY(button(*w, QWizard::CommitButton)->isEnabled());

    // Noé is left out: so is the organisation only his line named.
    const int noeRow = rowOfLine(model, 3);
    QVERIFY(view->setRowSkipped(noeRow, true));
    QCOMPARE(model->index(noeRow, ui::ImportPlanModel::Action).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY2(view->summaryLabel()->text().startsWith(QStringLiteral("2 new contributor")), qPrintable(view->summaryLabel()->text()));
    QVERIFY(view->summaryLabel()->text().endsWith(QStringLiteral(", 1 updated, 1 unchanged; 1 skipped by you.")));
    QVERIFY(!view->findChild<QLabel *>(QStringLiteral("newOrganisations"))->isVisibleTo(w.get()));
    QVERIFY(w->session().planToApply().newOrganisations.isEmpty());
    // The filter shows what the user asks for.
    view->filterCombo()->setCurrentIndex(view->filterCombo()->findData(QStringLiteral("^create$")));
    QCOMPARE(view->table()->model()->rowCount(), 2);
    view->filterCombo()->setCurrentIndex(0);

    QVERIFY(goOn(*w));
    QCOMPARE(w->currentId(), int(ImportWizard::DonePage));
    QVERIFY(w->imported());
    QVERIFY(w->donePage()->messageLabel()->text().contains(QStringLiteral("2 new contributor")));

    const qint64 camille = people.findByEmail(QStringLiteral("camille.dupre@example.org"));
    QVERIFY(camille > 0);
    const core::Contributor c = test::must(people.load(camille));
    QCOMPARE(c.firstSeen, QDate(2024, 3, 14));   // dd/mm/yyyy
    QCOMPARE(c.phone, QStringLiteral("02 99 86 60 00"));
    QVERIFY(c.notes.isEmpty());                  // Remarques was ignored
    const qint64 zoe = people.findByEmail(QStringLiteral("zoe.loeuvre@example.org"));
    QCOMPARE(test::must(people.load(zoe)).familyName, QStringLiteral("Lœuvre"));
    QCOMPARE(people.findByEmail(QStringLiteral("noe.garnier@example.org")), 0);
    QCOMPARE(test::must(people.load(helene)).phone, QStringLiteral("+33 6 00 00 00 00"));
    QCOMPARE(test::countRows(db, QStringLiteral("contributor")), contributors + 2);
    QCOMPARE(test::countRows(db, QStringLiteral("organisation")), organisations);
    // The mapping is remembered, the ignored column with it.
    const ImportMapping remembered =
        ImportMapping::remembered(db, ImportMapping::Kind::Contributors, w->session().columnTitles());
    QCOMPARE(remembered.field(7), QString());
    QCOMPARE(remembered.field(2), QStringLiteral("email"));

    // One step of the undo history takes it all back.
    QUndoStack *stack = m_demo->community().undoStack();
    QCOMPARE(stack->count(), 1);
    QVERIFY2(stack->undoText().startsWith(QStringLiteral("Import 3 contributor")), qPrintable(stack->undoText()));
    QStringList failures;
    connect(m_demo->community().notifier(), &core::ChangeNotifier::failed, this,
            [&failures](const QString &message) { failures << message; });
    stack->undo();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(people.findByEmail(QStringLiteral("camille.dupre@example.org")), 0);
    QCOMPARE(people.findByEmail(QStringLiteral("zoe.loeuvre@example.org")), 0);
    QCOMPARE(test::must(people.load(helene)).phone, helenePhone);
    QCOMPARE(test::countRows(db, QStringLiteral("contributor")), contributors);
    QCOMPARE(records(), before);
    stack->redo();
    QVERIFY(people.findByEmail(QStringLiteral("camille.dupre@example.org")) > 0);
}

void tst_ImportWizard::cancelDuringImport_leavesTheCommunityAsItWas()
{
    const core::Database &db = m_demo->db();
    auto w = openWizard(ImportMapping::Kind::Contributors);
    QVERIFY(w->filePage()->setFilePath(writeFile(QStringLiteral("contacts.csv"), windows1252(People))));
    QVERIFY(goOn(*w));
    QVERIFY(goOn(*w));
    QCOMPARE(w->currentId(), int(ImportWizard::PlanPage));
    const QStringList before = test::dumpAll(db);

    // The user presses Cancel in the progress dialog as soon as it is there.
    bool pressed = false;
    QTimer watch;
    watch.setInterval(0);
    connect(&watch, &QTimer::timeout, w.get(), [&] {
        if (auto *progress = w->findChild<QProgressDialog *>(QStringLiteral("importProgress"))) {
            progress->findChild<QPushButton *>()->click();
            pressed = true;
            watch.stop();
        }
    });
    watch.start();
    QVERIFY(!goOn(*w));
    QVERIFY(pressed);
    QCOMPARE(w->currentId(), int(ImportWizard::PlanPage));
    QVERIFY(!w->imported());
    const QLabel *message = w->planPage()->messageLabel();
    QVERIFY(message->isVisibleTo(w.get()));
    QVERIFY2(message->text().contains(QStringLiteral("nothing was imported")), qPrintable(message->text()));
    QCOMPARE(test::dumpAll(db), before);   // nor the mapping remembered
    QCOMPARE(m_demo->community().undoStack()->count(), 0);

    // Nothing is lost: the import can be run again.
    QVERIFY(button(*w, QWizard::CommitButton)->isEnabled());
    QVERIFY(goOn(*w));
    QVERIFY(w->imported());
    QCOMPARE(m_demo->community().undoStack()->count(), 1);
}

void tst_ImportWizard::badFile_showsTheReadersMessage_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("spreadsheet saved as .xlsx") << "contacts.xlsx"
                                               << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(300, '\x01')
                                               << "binary data";
    QTest::newRow("quote never closed") << "quote.csv" << QByteArray("Nom;Courriel\nRoux;\"roux@example.org\nLe Goff;x\n")
                                        << "Line 2: a quoted field";
    QTest::newRow("empty") << "empty.csv" << QByteArray() << "The file is empty.";
    QTest::newRow("missing") << "" << QByteArray() << "does not exist";
    QTest::newRow("header only") << "header.csv" << QByteArray("Nom;Courriel\r\n") << "no line to import";
}

void tst_ImportWizard::badFile_showsTheReadersMessage()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString path = name.isEmpty() ? m_dir.filePath(QStringLiteral("nope.csv")) : writeFile(name, bytes);
    auto w = openWizard(ImportMapping::Kind::Contributors);
    // A good file first: the bad one must not leave its lines behind.
    QVERIFY(w->filePage()->setFilePath(writeFile(QStringLiteral("ok.csv"), windows1252(People))));
    QVERIFY(button(*w, QWizard::NextButton)->isEnabled());
    w->filePage()->setFilePath(path);
    const QLabel *shown = w->filePage()->messageLabel();
    QVERIFY(shown->isVisibleTo(w.get()));
    QVERIFY2(shown->text().contains(message), qPrintable(shown->text()));
    QVERIFY(!button(*w, QWizard::NextButton)->isEnabled());
    QVERIFY(!goOn(*w));
    if (!w->session().hasDocument())
        QCOMPARE(w->filePage()->preview()->rowCount(), 0);
}

void tst_ImportWizard::readOptions_overrideWhatWasGuessed()
{
    auto w = openWizard(ImportMapping::Kind::Contributors);
    ui::ImportFilePage *page = w->filePage();
    QVERIFY(page->setFilePath(writeFile(QStringLiteral("contacts.csv"), windows1252(People))));
    QCOMPARE(page->preview()->columnCount(), 8);

    // Read as UTF-8, the Windows-1252 accents are lost; the user sees it in the preview.
    page->encodingCombo()->setCurrentIndex(page->encodingCombo()->findText(QStringLiteral("UTF-8")));
    QCOMPARE(int(w->session().document().encoding), int(core::TextDecoder::Encoding::Utf8));
    QVERIFY(page->preview()->horizontalHeaderItem(0)->text() != QStringLiteral("Prénom"));
    page->encodingCombo()->setCurrentIndex(0);
    QCOMPARE(page->preview()->horizontalHeaderItem(0)->text(), QStringLiteral("Prénom"));

    // Split on commas, the file is one column.
    page->delimiterCombo()->setCurrentIndex(page->delimiterCombo()->findData(QStringLiteral(",")));
    QCOMPARE(page->preview()->columnCount(), 1);
    page->delimiterCombo()->setCurrentIndex(0);

    // Without a header line, the header is a line like the others and the columns are numbered.
    page->headerCheck()->setChecked(false);
    QCOMPARE(page->preview()->rowCount(), 6);
    QCOMPARE(page->preview()->horizontalHeaderItem(0)->text(), QStringLiteral("Column 1"));
    QCOMPARE(page->preview()->item(0, 0)->text(), QStringLiteral("Prénom"));
    QVERIFY(goOn(*w));
    QCOMPARE(w->mappingPage()->editor()->field(0), QString());   // nothing to guess from
}

void tst_ImportWizard::registrations_warningShownButNotBlocking()
{
    const core::Database &db = m_demo->db();
    const qint64 winter = test::must(
        core::EventRepository(db).findByTitle(QStringLiteral("Rencontres communautaires d'hiver 2026")));
    // The demo's solo rooms are taken for the whole meeting: Bastien waits.
    const QString form = QStringLiteral(
        "Prénom;Nom;Courriel;Arrivée;Départ;Hébergement\r\n"
        "Camille;Dupré;camille.dupre@example.org;30/03/2026;03/04/2026;Dortoir\r\n"
        "Bastien;Morel;bastien.morel@example.org;30/03/2026;03/04/2026;Chambre solo\r\n");
    auto w = openWizard(ImportMapping::Kind::Registrations, winter);
    QCOMPARE(w->filePage()->eventPicker()->eventId(), winter);
    QVERIFY(w->filePage()->setFilePath(writeFile(QStringLiteral("inscriptions.csv"), windows1252(form))));
    QVERIFY(goOn(*w));
    QCOMPARE(w->mappingPage()->editor()->field(5), QStringLiteral("lodging"));
    QVERIFY(goOn(*w));
    ui::ImportPlanView *view = w->planPage()->view();
    QCOMPARE(view->issueList()->rowCount(), 0);
    QCOMPARE(view->warningList()->rowCount(), 1);
    QCOMPARE(view->warningList()->item(0, 0)->text(), QStringLiteral("3"));
    QVERIFY(view->warningList()->item(0, 2)->text().contains(QStringLiteral("waiting list")));
    QVERIFY(view->findChild<QWidget *>(QStringLiteral("issueTabs"))->isVisibleTo(w.get()));
    QVERIFY(view->model()->index(1, ui::ImportPlanModel::Changes).data().toString().contains(QStringLiteral("waiting list")));
    QVERIFY(button(*w, QWizard::CommitButton)->isEnabled());
    QVERIFY(goOn(*w));
    QVERIFY(w->imported());
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT r.status FROM registration r JOIN contributor_email e ON "
                                             "e.contributor_id = r.contributor_id WHERE e.email = ? AND r.event_id = ?"),
                          {QStringLiteral("bastien.morel@example.org"), winter}).toString(),
             QStringLiteral("waitlisted"));
    QVERIFY2(m_demo->community().undoStack()->undoText().startsWith(QStringLiteral("Import 2 registration")),
             qPrintable(m_demo->community().undoStack()->undoText()));
}

void tst_ImportWizard::menus_openTheWizard_registrationsOnTheirEvent()
{
    const qint64 winter = test::must(
        core::EventRepository(m_demo->db()).findByTitle(QStringLiteral("Rencontres communautaires d'hiver 2026")));
    ui::MainWindow window;
    auto prompts = std::make_unique<test::ScriptedPrompts>();
    test::ScriptedPrompts *scripted = prompts.get();
    window.setPrompts(std::move(prompts));
    QVERIFY(window.openCommunity(m_demo->path()));
    QStringList titles;
    qint64 chosenEvent = -1;
    scripted->dialogDriver = [&](QWidget *dialog) {
        auto *wizard = qobject_cast<ImportWizard *>(dialog);
        if (!wizard)
            return int(QDialog::Rejected);
        titles << wizard->windowTitle();
        if (ui::EventPicker *picker = wizard->filePage()->eventPicker())
            chosenEvent = picker->eventId();
        return int(QDialog::Rejected);
    };
    for (const char *name : {"importContributors", "importOrganisations"}) {
        QAction *a = window.action(QString::fromLatin1(name));
        QVERIFY(a && a->isEnabled());
        a->trigger();
    }
    QCOMPARE(titles, (QStringList{QStringLiteral("Import contributors"), QStringLiteral("Import organisations")}));
    QCOMPARE(chosenEvent, qint64(-1));   // no event to choose

    // From the event's workspace, the wizard starts on that event.
    ui::EventWindow *workspace = window.openEventWindow(winter);
    QVERIFY(workspace);
    QAction *fromWorkspace = workspace->findChild<QAction *>(QStringLiteral("importRegistrations"));
    QVERIFY(fromWorkspace);
    fromWorkspace->trigger();
    QCOMPARE(chosenEvent, winter);
    QVERIFY(workspace->findChild<QAction *>(QStringLiteral("syncWithForm")));

    // From the main window, on the event selected in the Events list.
    chosenEvent = -1;
    window.showSection(QStringLiteral("event"));
    ui::RecordListView *events = window.view(QStringLiteral("event"));
    events->showRecord(winter);
    window.action(QStringLiteral("importRegistrations"))->trigger();
    QCOMPARE(chosenEvent, winter);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ConviviumTests"));
    QApplication::setApplicationName(QStringLiteral("tst_ImportWizard"));
    core::Translations::install(QStringLiteral("en_GB"));
    ui::Icons::setUp();
    tst_ImportWizard t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_ImportWizard.moc"
