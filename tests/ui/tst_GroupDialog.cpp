// Drives the group form: members with roles and dates, a meeting with the
// members who attended, and the check on membership dates.
#include "Icons.h"
#include "UiTestHelpers.h"
#include "TestCommunity.h"
#include "Translations.h"
#include "dialogs/GroupDialog.h"
#include "repositories/ContributorRepository.h"
#include "repositories/GroupRepository.h"
#include "widgets/AttendeesButton.h"
#include "widgets/DateField.h"
#include "widgets/Pickers.h"
#include "widgets/RowsEditor.h"
#include "widgets/VocabularyCombo.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace convivium;

class tst_GroupDialog : public QObject
{
    Q_OBJECT
private slots:
    void membersAndMeetingAttendeesAreSaved();
    void membershipEndingBeforeItStartsIsRefused();
};

static qint64 person(const core::Database &db, const QString &given, const QString &family)
{
    core::Contributor c;
    c.givenName = given;
    c.familyName = family;
    return core::ContributorRepository(db).insert(c).value();
}

void tst_GroupDialog::membersAndMeetingAttendeesAreSaved()
{
    test::TestCommunity tc;
    const qint64 ana = person(tc.db(), QStringLiteral("Ana"), QStringLiteral("Quispe"));
    const qint64 yann = person(tc.db(), QStringLiteral("Yann"), QStringLiteral("Le Bihan"));
    ui::GroupDialog dialog(tc.db(), tc.community().editor());
    dialog.show();
    test::typeText(dialog.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("PSC geOrchestra"));
    dialog.findChild<ui::VocabularyCombo *>(QStringLiteral("kind"))->setCode(QStringLiteral("governance_body"));

    auto *members = dialog.findChild<ui::RowsEditor *>(QStringLiteral("members"));
    members->addRow();
    members->cellAs<ui::ContributorPicker>(0, 0)->setContributorId(ana);
    members->cellAs<ui::VocabularyCombo>(0, 1)->setCode(QStringLiteral("chair"));
    members->addRow();
    members->cellAs<ui::ContributorPicker>(1, 0)->setContributorId(yann);

    auto *meetings = dialog.findChild<ui::RowsEditor *>(QStringLiteral("meetings"));
    meetings->addRow();
    meetings->cellAs<ui::DateField>(0, 0)->setText(QStringLiteral("12/02/2026"));
    meetings->cellAs<QLineEdit>(0, 1)->setText(QStringLiteral("Budget 2026"));
    auto *attendees = meetings->cellAs<ui::AttendeesButton>(0, 2);
    emit attendees->menu()->aboutToShow();
    const QList<QAction *> choices = attendees->menu()->actions();
    QCOMPARE(choices.size(), 2);
    QCOMPARE(choices.at(0)->text(), QStringLiteral("Ana Quispe"));
    choices.at(0)->setChecked(true);
    QCOMPARE(attendees->text(), QStringLiteral("1 attendee"));

    QVERIFY(dialog.okButton()->isEnabled());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const core::Group saved = core::GroupRepository(tc.db()).load(dialog.savedId()).value();
    QCOMPARE(saved.kind, QStringLiteral("governance_body"));
    QCOMPARE(saved.memberships.size(), 2);
    QCOMPARE(saved.memberships.first().role, QStringLiteral("chair"));
    QCOMPARE(saved.meetings.size(), 1);
    QCOMPARE(saved.meetings.first().heldOn, QDate(2026, 2, 12));
    QCOMPARE(saved.meetings.first().attendeeIds, QList<qint64>{ana});
}

void tst_GroupDialog::membershipEndingBeforeItStartsIsRefused()
{
    test::TestCommunity tc;
    const qint64 ana = person(tc.db(), QStringLiteral("Ana"), QStringLiteral("Quispe"));
    ui::GroupDialog dialog(tc.db(), tc.community().editor());
    dialog.show();
    test::typeText(dialog.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Patterns"));
    auto *members = dialog.findChild<ui::RowsEditor *>(QStringLiteral("members"));
    members->addRow();
    members->cellAs<ui::ContributorPicker>(0, 0)->setContributorId(ana);
    test::typeText(members->cellAs<ui::DateField>(0, 2), QStringLiteral("01/01/2025"));
    test::typeText(members->cellAs<ui::DateField>(0, 3), QStringLiteral("01/01/2024"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(dialog.messages()->message(QStringLiteral("memberships")),
             QStringLiteral("Line 1: The membership ends before it starts."));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    core::Translations::install(QStringLiteral("en_GB"));
    ui::Icons::setUp();
    tst_GroupDialog t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_GroupDialog.moc"
