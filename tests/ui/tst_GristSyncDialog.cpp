// The "Sync with the online form" dialog of an event against a real HTTP
// server on 127.0.0.1 that speaks Grist's REST API (GristTestServer): the
// source and key typed, the table fetched, mapped and imported as form
// registrations that keep their row id; a second sync finding nothing new;
// a server error or a refused key shown with the client's message, and
// nothing written. No keychain here (D-Bus points nowhere, as in
// tst_ApiKeyStore): the dialog says so and keeps the typed key in memory.
#include "GristTestServer.h"
#include "Icons.h"
#include "ScriptedPrompts.h"
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "Translations.h"
#include "UiTestHelpers.h"
#include "import/GristSourcePage.h"
#include "import/GristSyncDialog.h"
#include "import/ImportMappingEditor.h"
#include "import/ImportPages.h"
#include "import/ImportPlanView.h"
#include "net/GristClient.h"
#include "net/GristSettings.h"
#include "repositories/EventRepository.h"
#include "repositories/RegistrationRepository.h"
#include "repositories/SettingsRepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTableWidget>

using namespace convivium;
using test::GristTestServer;
using ui::GristSyncDialog;

namespace {

const QString Document = QStringLiteral("kXw3sPr2aQ");
const QString Table = QStringLiteral("Inscriptions");
const QByteArray Key = "4f1c2e9a-convivium-test-key";

const QByteArray Columns = R"({"columns":[
 {"id":"Prenom","fields":{"label":"Prénom","type":"Text"}},
 {"id":"Nom","fields":{"label":"Nom","type":"Text"}},
 {"id":"Email","fields":{"label":"Courriel","type":"Text"}},
 {"id":"Arrivee","fields":{"label":"Arrivée","type":"Date"}},
 {"id":"Depart","fields":{"label":"Départ","type":"Date"}},
 {"id":"Hebergement","fields":{"label":"Hébergement","type":"Choice"}},
 {"id":"Regime","fields":{"label":"Régime","type":"Text"}}
]})";

// 1774828800 is 2026-03-30 00:00 UTC; a day is 86400 s.
const QByteArray Records = R"({"records":[
 {"id":3,"fields":{"Prenom":"Camille","Nom":"Dupré","Email":"camille.dupre@example.org","Arrivee":1774828800,
  "Depart":1775174400,"Hebergement":"Dortoir","Regime":"Végétarien"}},
 {"id":7,"fields":{"Prenom":"Noé","Nom":"Garnier","Email":"noe.garnier@example.org","Arrivee":1774915200,
  "Depart":1775088000,"Hebergement":"ailleurs","Regime":""}}
]})";

bool goOn(GristSyncDialog &d)
{
    const int before = d.currentId();
    QAbstractButton *b = d.button(d.currentId() == GristSyncDialog::PlanPage ? QWizard::CommitButton : QWizard::NextButton);
    if (!b->isVisible() || !b->isEnabled())
        return false;
    QTest::mouseClick(b, Qt::LeftButton);
    return d.currentId() != before;
}

// Types into an empty field as a user would.
void fill(QLineEdit *field, const QString &text)
{
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    test::typeText(field, text);
}

} // namespace

class tst_GristSyncDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void fetchMapApply_thenSyncAgainFindsNothingNew();
    void serverFailure_showsTheClientsMessage_writesNothing_data();
    void serverFailure_showsTheClientsMessage_writesNothing();

private:
    std::unique_ptr<GristSyncDialog> openDialog();
    // Fetch pressed; waits for the end of the fetch.
    bool fetch(GristSyncDialog &d);

    std::unique_ptr<test::TestCommunity> m_demo;
    std::unique_ptr<GristTestServer> m_server;
    qint64 m_event = 0;
};

void tst_GristSyncDialog::initTestCase()
{
    // Loopback only, whatever proxy the environment names; no keychain.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/convivium-test-bus");
}

void tst_GristSyncDialog::init()
{
    QSettings().clear();
    m_demo = std::make_unique<test::TestCommunity>(true);
    m_event = test::must(
        core::EventRepository(m_demo->db()).findByTitle(QStringLiteral("Rencontres communautaires d'hiver 2026")));
    m_server = std::make_unique<GristTestServer>();
    m_server->setApiKey(Key);
    m_server->setTable(Document, Table, Columns, Records);
}

std::unique_ptr<GristSyncDialog> tst_GristSyncDialog::openDialog()
{
    auto d = std::make_unique<GristSyncDialog>(m_demo->community(), m_event);
    d->show();   // the first page reads the saved source and the key
    return d;
}

bool tst_GristSyncDialog::fetch(GristSyncDialog &d)
{
    ui::GristSourcePage *page = d.sourcePage();
    QTest::mouseClick(page->fetchButton(), Qt::LeftButton);
    return QTest::qWaitFor([page] { return !page->isFetching(); }, 10000);
}

void tst_GristSyncDialog::fetchMapApply_thenSyncAgainFindsNothingNew()
{
    const core::Database &db = m_demo->db();
    const int registrations = test::countRows(db, QStringLiteral("registration"));
    auto d = openDialog();
    ui::GristSourcePage *page = d->sourcePage();
    QCOMPARE(page->serverField()->text(), QString());   // nothing saved yet
    QCOMPARE(page->keyField()->echoMode(), QLineEdit::Password);
    QVERIFY(page->keyNote()->isVisibleTo(d.get()));     // no keychain: the user is told
    QVERIFY(page->keyNote()->text().contains(QStringLiteral("keychain")));
    QVERIFY(!d->button(QWizard::NextButton)->isEnabled());

    fill(page->serverField(), m_server->url().toString());
    fill(page->documentField(), Document);
    fill(page->tableField(), Table);
    fill(page->keyField(), QString::fromLatin1(Key));
    QVERIFY(fetch(*d));
    QVERIFY2(!page->errorLabel()->isVisibleTo(d.get()), qPrintable(page->errorLabel()->text()));
    QVERIFY2(page->statusLabel()->text().contains(QStringLiteral("2 row")), qPrintable(page->statusLabel()->text()));
    QVERIFY(d->button(QWizard::NextButton)->isEnabled());
    // The source answered: it is kept with the event; the key is not in any setting.
    const core::GristSource saved = test::must(core::GristSettings::load(db, m_event));
    QCOMPARE(saved, (core::GristSource{m_server->url(), Document, Table}));
    for (const QString &name : core::SettingsRepository(db).names())
        QVERIFY(!core::SettingsRepository(db).value(name).value_or(QString()).contains(QString::fromLatin1(Key)));

    QVERIFY(goOn(*d));
    ui::ImportMappingEditor *editor = d->mappingPage()->editor();
    QCOMPARE(editor->field(2), QStringLiteral("email"));
    QCOMPARE(editor->field(3), QStringLiteral("arrival"));
    QCOMPARE(editor->field(5), QStringLiteral("lodging"));
    QVERIFY(goOn(*d));
    ui::ImportPlanView *view = d->planPage()->view();
    QCOMPARE(view->issueList()->rowCount(), 0);
    QVERIFY2(view->summaryLabel()->text().startsWith(QStringLiteral("2 new registration")), qPrintable(view->summaryLabel()->text()));
    QVERIFY(view->summaryLabel()->text().endsWith(QStringLiteral(", 0 updated, 0 unchanged.")));
    QCOMPARE(view->table()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Form row"));
    QVERIFY(goOn(*d));
    QCOMPARE(d->currentId(), int(GristSyncDialog::DonePage));
    QVERIFY(d->imported());

    QCOMPARE(test::countRows(db, QStringLiteral("registration")), registrations + 2);
    const QVariant camille = test::scalar(db, QStringLiteral("SELECT r.id FROM registration r JOIN contributor_email e "
                                                             "ON e.contributor_id = r.contributor_id WHERE e.email = ? "
                                                             "AND r.event_id = ?"),
                                          {QStringLiteral("camille.dupre@example.org"), m_event});
    const core::Registration r = test::must(core::RegistrationRepository(db).load(camille.toLongLong()));
    QCOMPARE(r.source, QStringLiteral("form"));
    QCOMPARE(r.sourceRef, QStringLiteral("3"));   // the Grist row id
    QCOMPARE(r.arrival, QDate(2026, 3, 30));
    QCOMPARE(r.departure, QDate(2026, 4, 3));
    QCOMPARE(r.diet, QStringLiteral("Végétarien"));
    QVERIFY(core::SettingsRepository(db).value(QStringLiteral("import/mapping/registrations/grist/%1").arg(m_event)));
    QUndoStack *stack = m_demo->community().undoStack();
    QCOMPARE(stack->count(), 1);
    QVERIFY2(stack->undoText().contains(QStringLiteral("online form")), qPrintable(stack->undoText()));

    // The next sync finds the source and, for this session, the key; the rows are already there.
    d = openDialog();
    page = d->sourcePage();
    QCOMPARE(page->serverField()->text(), m_server->url().toString());
    QCOMPARE(page->documentField()->text(), Document);
    QCOMPARE(page->tableField()->text(), Table);
    QCOMPARE(page->keyField()->text(), QString::fromLatin1(Key));
    const QStringList before = test::dumpAll(db);
    QVERIFY(fetch(*d));
    QVERIFY(goOn(*d));
    QVERIFY(goOn(*d));
    view = d->planPage()->view();
    QVERIFY2(view->summaryLabel()->text().startsWith(QStringLiteral("0 new registration")), qPrintable(view->summaryLabel()->text()));
    QVERIFY(view->summaryLabel()->text().endsWith(QStringLiteral(", 0 updated, 2 unchanged.")));
    QVERIFY(view->blockingLabel()->isVisibleTo(d.get()));
    QVERIFY(view->blockingLabel()->text().contains(QStringLiteral("Nothing to import")));
    QVERIFY(!d->button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(test::dumpAll(db), before);

    // Undo takes the first sync back.
    stack->undo();
    QCOMPARE(test::countRows(db, QStringLiteral("registration")), registrations);
}

void tst_GristSyncDialog::serverFailure_showsTheClientsMessage_writesNothing_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("key");
    QTest::newRow("500") << 500 << QString::fromLatin1(Key);
    QTest::newRow("401, wrong key") << 0 << QStringLiteral("not-the-key");
}

void tst_GristSyncDialog::serverFailure_showsTheClientsMessage_writesNothing()
{
    QFETCH(int, status);
    QFETCH(QString, key);
    const core::Database &db = m_demo->db();
    // A source saved earlier, which a failed fetch of another table must not replace.
    const core::GristSource earlier{QUrl(QStringLiteral("https://grist.example.org/o/team")), QStringLiteral("old"),
                                    QStringLiteral("Old")};
    QVERIFY(core::GristSettings::save(db, m_event, earlier));
    if (status > 0)
        m_server->setFailure(GristTestServer::Failure::Status, -1, status);
    const QStringList before = test::dumpAll(db);

    auto d = openDialog();
    ui::GristSourcePage *page = d->sourcePage();
    QCOMPARE(page->documentField()->text(), QStringLiteral("old"));
    fill(page->serverField(), m_server->url().toString());
    fill(page->documentField(), Document);
    fill(page->tableField(), Table);
    fill(page->keyField(), key);
    QVERIFY(fetch(*d));

    // The message is the client's own, as the command line would print it.
    const core::GristSource source{m_server->url(), Document, Table};
    const core::Fallible<core::GristTable> direct = core::GristClient::fetchBlocking(source, key, 10000);
    QVERIFY(!direct);
    QVERIFY(page->errorLabel()->isVisibleTo(d.get()));
    QCOMPARE(page->errorLabel()->text(), direct.message());
    QVERIFY(!d->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(test::dumpAll(db), before);
    QCOMPARE(test::must(core::GristSettings::load(db, m_event)), earlier);
    QCOMPARE(m_demo->community().undoStack()->count(), 0);

    // Cancel stops a fetch under way and says so.
    m_server->setFailure(GristTestServer::Failure::Hang);
    QTest::mouseClick(page->fetchButton(), Qt::LeftButton);
    QVERIFY(page->isFetching());
    QVERIFY(page->cancelButton()->isEnabled());
    QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([page] { return !page->isFetching(); }, 5000));
    QVERIFY2(page->errorLabel()->text().contains(QStringLiteral("cancelled")), qPrintable(page->errorLabel()->text()));
    QCOMPARE(test::dumpAll(db), before);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ConviviumTests"));
    QApplication::setApplicationName(QStringLiteral("tst_GristSyncDialog"));
    core::Translations::install(QStringLiteral("en_GB"));
    ui::Icons::setUp();
    tst_GristSyncDialog t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_GristSyncDialog.moc"
