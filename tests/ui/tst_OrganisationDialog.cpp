// Drives the real organisation form with the keyboard and mouse: typing,
// the OK button's state, inline messages, and what ends up in the database.
#include "Icons.h"
#include "UiTestHelpers.h"
#include "TestCommunity.h"
#include "Translations.h"
#include "dialogs/OrganisationDialog.h"
#include "views/DetailPages.h"
#include "repositories/OrganisationRepository.h"
#include "widgets/Pickers.h"
#include "widgets/RowsEditor.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QApplication>
#include <QStandardPaths>
#include <QTest>

using namespace convivium;

class tst_OrganisationDialog : public QObject
{
    Q_OBJECT
private slots:
    void okDisabledUntilNameTyped();
    void typedOrganisationIsSavedAndUndoable();
    void badWebsiteShowsInlineMessage();
    void cannotChooseADescendantAsParent();
    void membershipFeeMustBeAnAmount();
};

static QLineEdit *edit(QWidget *w, const char *name) { return w->findChild<QLineEdit *>(QString::fromLatin1(name)); }

void tst_OrganisationDialog::okDisabledUntilNameTyped()
{
    test::TestCommunity tc;
    ui::OrganisationDialog dialog(tc.db(), tc.community().editor());
    dialog.show();
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(dialog.messages()->message(QStringLiteral("name")), QStringLiteral("The name is required."));
    test::typeText(edit(&dialog, "name"), QStringLiteral("Région Bretagne"));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(dialog.messages()->message(QStringLiteral("name")).isEmpty());
    edit(&dialog, "name")->clear();
    QVERIFY(!dialog.okButton()->isEnabled());
}

void tst_OrganisationDialog::typedOrganisationIsSavedAndUndoable()
{
    test::TestCommunity tc;
    ui::OrganisationDialog dialog(tc.db(), tc.community().editor());
    dialog.show();
    test::typeText(edit(&dialog, "name"), QStringLiteral("Région Bretagne"));
    test::typeText(edit(&dialog, "acronym"), QStringLiteral("RB"));
    test::typeText(edit(&dialog, "country"), QStringLiteral("fr"));
    test::typeText(edit(&dialog, "city"), QStringLiteral("Rennes"));
    test::typeText(edit(&dialog, "platformName"), QStringLiteral("GeoBretagne"));
    test::typeText(edit(&dialog, "platformUrl"), QStringLiteral("https://geobretagne.fr"));
    dialog.findChild<QCheckBox *>(QStringLiteral("role_user"))->setChecked(true);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.savedId() > 0);

    auto saved = core::OrganisationRepository(tc.db()).load(dialog.savedId());
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().name, QStringLiteral("Région Bretagne"));
    QCOMPARE(saved.value().country, QStringLiteral("FR"));
    QCOMPARE(saved.value().platformName, QStringLiteral("GeoBretagne"));
    QCOMPARE(saved.value().roles, QStringList{QStringLiteral("user")});

    QVERIFY(tc.community().undoStack()->canUndo());
    tc.community().undoStack()->undo();
    QVERIFY(!core::OrganisationRepository(tc.db()).load(dialog.savedId()).ok());
    tc.community().undoStack()->redo();
    QCOMPARE(core::OrganisationRepository(tc.db()).load(dialog.savedId()).value().name, QStringLiteral("Région Bretagne"));

    // The detail pane's history lists the three edits, newest first, with who made them.
    const QString page = ui::DetailPages::organisation(tc.db(), dialog.savedId());
    const qsizetype history = page.indexOf(QStringLiteral("<h4>History</h4>"));
    QVERIFY(history > 0);
    const QString entries = page.mid(history);
    QVERIFY2(entries.contains(tc.db().author().toHtmlEscaped()), qPrintable(entries));
    const qsizetype redo = entries.indexOf(QStringLiteral("Redo: ")), undo = entries.indexOf(QStringLiteral("Undo: "));
    QVERIFY2(redo > 0 && undo > redo, qPrintable(entries));
    QCOMPARE(entries.count(QStringLiteral("Région Bretagne")), 3);
}

void tst_OrganisationDialog::badWebsiteShowsInlineMessage()
{
    test::TestCommunity tc;
    ui::OrganisationDialog dialog(tc.db(), tc.community().editor());
    dialog.show();
    test::typeText(edit(&dialog, "name"), QStringLiteral("GIP ATGeRI"));
    test::typeText(edit(&dialog, "website"), QStringLiteral("www.gipatgeri.fr"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(dialog.messages()->message(QStringLiteral("website")),
             QStringLiteral("The website must be a full address starting with https://."));
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("websiteMessage"));
    QVERIFY(label && label->isVisible());
    edit(&dialog, "website")->setText(QStringLiteral("https://www.gipatgeri.fr"));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(!label->isVisible());
}

void tst_OrganisationDialog::cannotChooseADescendantAsParent()
{
    test::TestCommunity tc;
    core::OrganisationRepository repo(tc.db());
    core::Organisation inra;
    inra.name = QStringLiteral("INRA");
    const qint64 inraId = repo.insert(inra).value();
    core::Organisation umr;
    umr.name = QStringLiteral("UMR SAS");
    umr.parentId = inraId;
    const qint64 umrId = repo.insert(umr).value();

    ui::OrganisationDialog dialog(tc.db(), tc.community().editor());
    auto loaded = repo.load(inraId).value();
    dialog.setOrganisation(loaded);
    dialog.show();
    auto *parent = dialog.findChild<ui::OrganisationPicker *>(QStringLiteral("parent"));
    parent->setOrganisationId(umrId);
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(dialog.messages()->message(QStringLiteral("parent")),
             QStringLiteral("UMR SAS is already part of this organisation; it cannot also be its parent."));
}

void tst_OrganisationDialog::membershipFeeMustBeAnAmount()
{
    test::TestCommunity tc;
    ui::OrganisationDialog dialog(tc.db(), tc.community().editor());
    dialog.show();
    test::typeText(edit(&dialog, "name"), QStringLiteral("Rennes Métropole"));
    auto *memberships = dialog.findChild<ui::RowsEditor *>(QStringLiteral("memberships"));
    QTest::mouseClick(memberships->addButton(), Qt::LeftButton);
    auto *fee = memberships->cellAs<QLineEdit>(0, 1);
    test::typeText(fee, QStringLiteral("douze"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.messages()->message(QStringLiteral("memberships")).contains(QStringLiteral("is not an amount")));
    fee->clear();
    test::typeText(fee, QStringLiteral("250,50"));
    QVERIFY(dialog.okButton()->isEnabled());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    auto saved = core::OrganisationRepository(tc.db()).load(dialog.savedId());
    QCOMPARE(saved.value().memberships.size(), 1);
    QCOMPARE(saved.value().memberships.first().feeCents, qint64(25050));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    core::Translations::install(QStringLiteral("en_GB"));
    ui::Icons::setUp();
    tst_OrganisationDialog t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_OrganisationDialog.moc"
