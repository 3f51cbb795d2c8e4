// The privacy actions as a user runs them from the window: a contributor's
// personal data exported, an erasure asked for (saying what goes and stays)
// and carried out, clearing Undo; the retention dialog's preview and purge.
#include "ScriptedPrompts.h"
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "Translations.h"
#include "privacy/PrivacyActions.h"
#include "privacy/RetentionDialog.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/RegistrationRepository.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace convivium;

class tst_PrivacyActions : public QObject
{
    Q_OBJECT
private slots:
    void exportPersonalData_writesTheJson();
    void erase_asksThenErasesAndClearsUndo();
    void erase_declined_changesNothing();
    void retentionDialog_previewsPurgesAndSaves();
};

namespace {

qint64 registeredContributor(test::TestCommunity &tc, qint64 *registration = nullptr)
{
    const qint64 r = test::scalar(tc.db(), QStringLiteral("SELECT min(id) FROM registration")).toLongLong();
    if (registration)
        *registration = r;
    return test::must(core::RegistrationRepository(tc.db()).load(r)).contributorId;
}

} // namespace

void tst_PrivacyActions::exportPersonalData_writesTheJson()
{
    test::TestCommunity tc(true);
    test::ScriptedPrompts prompts;
    ui::PrivacyActions actions(tc.community(), prompts, nullptr);
    const qint64 id = registeredContributor(tc);
    const QString path = tc.folder() + QStringLiteral("/access.json");
    prompts.fileNames << path;
    QSignalSpy reported(&actions, &ui::PrivacyActions::reported);
    QVERIFY(actions.exportPersonalData(id));
    QVERIFY(prompts.exportSuggestions.first().endsWith(QStringLiteral(".json")));
    QVERIFY(prompts.exportSuggestions.first().contains(core::ContributorRepository(tc.db()).nameOf(id)));
    const QJsonObject root = QJsonDocument::fromJson(test::readFile(path)).object();
    QCOMPARE(root.value(QStringLiteral("contributor_id")).toInteger(), id);
    QCOMPARE(reported.size(), 1);
}

void tst_PrivacyActions::erase_asksThenErasesAndClearsUndo()
{
    test::TestCommunity tc(true);
    test::ScriptedPrompts prompts;
    ui::PrivacyActions actions(tc.community(), prompts, nullptr);
    const qint64 id = registeredContributor(tc);
    core::Contributor c = test::must(core::ContributorRepository(tc.db()).load(id));
    c.notes = QStringLiteral("Prefers the night train");
    test::must(tc.community().editor().saveContributor(c));
    QVERIFY(tc.community().undoStack()->canUndo());
    const QString name = c.displayName();

    prompts.confirmations << true;
    QVERIFY(actions.erase(id));
    QCOMPARE(prompts.confirmTexts.size(), 1);
    QVERIFY(prompts.confirmTexts.first().contains(name));
    QVERIFY(prompts.confirmTexts.first().contains(QStringLiteral("cannot be undone")));
    QVERIFY(prompts.confirmTexts.first().contains(QStringLiteral("Kept, anonymous")));
    QVERIFY(prompts.warnings.isEmpty());
    QVERIFY(!tc.community().undoStack()->canUndo());
    const core::Contributor erased = test::must(core::ContributorRepository(tc.db()).load(id));
    QVERIFY(erased.notes.isEmpty());
    QVERIFY(erased.emails.isEmpty());
}

void tst_PrivacyActions::erase_declined_changesNothing()
{
    test::TestCommunity tc(true);
    test::ScriptedPrompts prompts;
    ui::PrivacyActions actions(tc.community(), prompts, nullptr);
    const qint64 id = registeredContributor(tc);
    const QStringList before = test::dumpAll(tc.db());
    prompts.confirmations << false;
    QVERIFY(!actions.erase(id));
    QCOMPARE(test::dumpAll(tc.db()), before);
}

void tst_PrivacyActions::retentionDialog_previewsPurgesAndSaves()
{
    test::TestCommunity tc(true);
    qint64 registration = 0;
    registeredContributor(tc, &registration);
    core::Registration r = test::must(core::RegistrationRepository(tc.db()).load(registration));
    r.allergies = QStringLiteral("hazelnuts");
    test::must(tc.community().events().saveRegistration(r, core::EventEditor::WhenFull::Overbook));
    const QDate end = test::must(core::EventRepository(tc.db()).load(r.eventId)).end;

    ui::RetentionDialog dialog(tc.community());
    dialog.setToday(end.addYears(3));
    dialog.show();
    QCOMPARE(dialog.yearsField()->value(), 0);
    QVERIFY(!dialog.purgeButton()->isEnabled());
    dialog.yearsField()->setFocus();
    QTest::keyClick(dialog.yearsField(), Qt::Key_Up);
    QTest::keyClick(dialog.yearsField(), Qt::Key_Up);               // 2 years
    QCOMPARE(dialog.yearsField()->value(), 2);
    QVERIFY(dialog.preview()->topLevelItemCount() > 0);
    QVERIFY(dialog.purgeButton()->isEnabled());
    QList<QTreeWidgetItem *> rows = dialog.preview()->findItems(QStringLiteral("allergies"), Qt::MatchContains, 3);
    QVERIFY(!rows.isEmpty());

    QTest::mouseClick(dialog.purgeButton(), Qt::LeftButton);
    QCOMPARE(dialog.preview()->topLevelItemCount(), 0);
    QVERIFY(test::must(core::RegistrationRepository(tc.db()).load(registration)).allergies.isEmpty());
    QVERIFY(tc.community().undoStack()->canUndo());
    dialog.accept();
    QCOMPARE(core::RetentionPolicy::years(tc.db()), 2);
    QVERIFY(dialog.message().contains(QStringLiteral("Purged")));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    core::Translations::install(QStringLiteral("en_GB"));
    tst_PrivacyActions t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_PrivacyActions.moc"
