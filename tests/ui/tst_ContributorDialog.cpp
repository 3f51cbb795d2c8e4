// Drives the real contributor form: names, e-mails (malformed, already used
// by someone else, with the offer to open them), affiliations with dates.
#include "Icons.h"
#include "UiTestHelpers.h"
#include "TestCommunity.h"
#include "Translations.h"
#include "dialogs/ContributorDialog.h"
#include "repositories/ContributorRepository.h"
#include "repositories/OrganisationRepository.h"
#include "widgets/DateField.h"
#include "widgets/Pickers.h"
#include "widgets/RowsEditor.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QApplication>
#include <QStandardPaths>
#include <QTest>

using namespace convivium;

class tst_ContributorDialog : public QObject
{
    Q_OBJECT
private slots:
    void typedContributorIsSaved();
    void malformedEmailBlocksOk();
    void emailOfAnotherContributorOffersToOpenThem();
    void affiliationEndingBeforeItStartsIsRefused();
    void editingKeepsOtherFields();
};

static QLineEdit *edit(QWidget *w, const char *name) { return w->findChild<QLineEdit *>(QString::fromLatin1(name)); }

static qint64 addOrganisation(const core::Database &db, const QString &name)
{
    core::Organisation o;
    o.name = name;
    return core::OrganisationRepository(db).insert(o).value();
}

void tst_ContributorDialog::typedContributorIsSaved()
{
    test::TestCommunity tc;
    const qint64 orgId = addOrganisation(tc.db(), QStringLiteral("Région Bretagne"));
    ui::ContributorDialog dialog(tc.db(), tc.community().editor());
    dialog.show();
    QVERIFY(!dialog.okButton()->isEnabled());
    test::typeText(edit(&dialog, "givenName"), QStringLiteral("Hélène"));
    test::typeText(edit(&dialog, "familyName"), QStringLiteral("Le Gall"));
    test::typeText(edit(&dialog, "email"), QStringLiteral("helene.legall@example.org"));
    test::typeText(edit(&dialog, "languages"), QStringLiteral("fr, en"));
    auto *affiliations = dialog.findChild<ui::RowsEditor *>(QStringLiteral("affiliations"));
    QTest::mouseClick(affiliations->addButton(), Qt::LeftButton);
    affiliations->cellAs<ui::OrganisationPicker>(0, 0)->setOrganisationId(orgId);
    test::typeText(affiliations->cellAs<QLineEdit>(0, 1), QStringLiteral("Géomaticienne"));
    test::typeText(affiliations->cellAs<ui::DateField>(0, 2), QStringLiteral("01/09/2021"));
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.messages()->message(QStringLiteral("affiliations"))));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    auto saved = core::ContributorRepository(tc.db()).load(dialog.savedId());
    QVERIFY(saved.ok());
    const core::Contributor &c = saved.value();
    QCOMPARE(c.displayName(), QStringLiteral("Hélène Le Gall"));
    QCOMPARE(c.emails, QStringList{QStringLiteral("helene.legall@example.org")});
    QCOMPARE(c.languages, (QStringList{QStringLiteral("fr"), QStringLiteral("en")}));
    QCOMPARE(c.affiliations.size(), 1);
    QCOMPARE(c.affiliations.first().organisationId, orgId);
    QCOMPARE(c.affiliations.first().from, QDate(2021, 9, 1));
    QVERIFY(!c.affiliations.first().to.isValid());
}

void tst_ContributorDialog::malformedEmailBlocksOk()
{
    test::TestCommunity tc;
    ui::ContributorDialog dialog(tc.db(), tc.community().editor());
    dialog.show();
    test::typeText(edit(&dialog, "familyName"), QStringLiteral("Martin"));
    QVERIFY(dialog.okButton()->isEnabled());
    test::typeText(edit(&dialog, "email"), QStringLiteral("jean@"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(dialog.messages()->message(QStringLiteral("email")), QStringLiteral("\"jean@\" is not a valid e-mail address."));
    test::typeText(edit(&dialog, "email"), QStringLiteral("example.org"));
    QVERIFY(dialog.okButton()->isEnabled());
}

void tst_ContributorDialog::emailOfAnotherContributorOffersToOpenThem()
{
    test::TestCommunity tc;
    core::Contributor first;
    first.givenName = QStringLiteral("Loïc");
    first.familyName = QStringLiteral("Kerhervé");
    first.emails = {QStringLiteral("loic@example.fr")};
    const qint64 firstId = core::ContributorRepository(tc.db()).insert(first).value();

    ui::ContributorDialog dialog(tc.db(), tc.community().editor());
    QSignalSpy open(&dialog, &ui::RecordDialog::openRecordRequested);
    dialog.show();
    test::typeText(edit(&dialog, "familyName"), QStringLiteral("Kerherve"));
    test::typeText(edit(&dialog, "email"), QStringLiteral("LOIC@example.fr"));
    QVERIFY(!dialog.okButton()->isEnabled());
    const QString message = dialog.messages()->message(QStringLiteral("email"));
    QVERIFY2(message.contains(QStringLiteral("already used by Loïc Kerhervé")), qPrintable(message));
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("emailMessage"));
    QVERIFY(label && label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("Open that contributor")));
    emit label->linkActivated(QStringLiteral("open"));
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().at(0).toString(), QStringLiteral("contributor"));
    QCOMPARE(open.first().at(1).toLongLong(), firstId);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void tst_ContributorDialog::affiliationEndingBeforeItStartsIsRefused()
{
    test::TestCommunity tc;
    const qint64 orgId = addOrganisation(tc.db(), QStringLiteral("GIP ATGeRI"));
    ui::ContributorDialog dialog(tc.db(), tc.community().editor());
    dialog.show();
    test::typeText(edit(&dialog, "familyName"), QStringLiteral("Durand"));
    auto *affiliations = dialog.findChild<ui::RowsEditor *>(QStringLiteral("affiliations"));
    affiliations->addRow();
    affiliations->cellAs<ui::OrganisationPicker>(0, 0)->setOrganisationId(orgId);
    test::typeText(affiliations->cellAs<ui::DateField>(0, 2), QStringLiteral("01/06/2022"));
    test::typeText(affiliations->cellAs<ui::DateField>(0, 3), QStringLiteral("31/12/2021"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(dialog.messages()->message(QStringLiteral("affiliations")),
             QStringLiteral("Line 1: The affiliation ends before it starts."));
    affiliations->cellAs<ui::DateField>(0, 3)->setText(QStringLiteral("31/12/2023"));
    QVERIFY(dialog.okButton()->isEnabled());
}

void tst_ContributorDialog::editingKeepsOtherFields()
{
    test::TestCommunity tc;
    core::Contributor c;
    c.givenName = QStringLiteral("Maëlle");
    c.familyName = QStringLiteral("Rivière");
    c.emails = {QStringLiteral("maelle@example.org"), QStringLiteral("m.riviere@example.com")};
    c.handles = {core::Handle{QStringLiteral("forge"), QStringLiteral("github:mriviere")}};
    c.contributionKinds = {QStringLiteral("code"), QStringLiteral("translation")};
    c.consents = {core::Consent{QStringLiteral("public_lists"), true, QDate(2025, 1, 10)}};
    const qint64 id = core::ContributorRepository(tc.db()).insert(c).value();
    c = core::ContributorRepository(tc.db()).load(id).value();

    ui::ContributorDialog dialog(tc.db(), tc.community().editor());
    dialog.setContributor(c);
    dialog.show();
    QCOMPARE(edit(&dialog, "otherEmails")->text(), QStringLiteral("m.riviere@example.com"));
    edit(&dialog, "phone")->setText(QStringLiteral("+33 6 39 98 00 00"));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const core::Contributor after = core::ContributorRepository(tc.db()).load(id).value();
    QCOMPARE(after.phone, QStringLiteral("+33 6 39 98 00 00"));
    QCOMPARE(after.emails, c.emails);
    QCOMPARE(after.handles.size(), 1);
    QCOMPARE(after.contributionKinds, c.contributionKinds);
    QVERIFY(after.hasConsented(QStringLiteral("public_lists")));
    QCOMPARE(after.consents.first().recordedOn, QDate(2025, 1, 10));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    core::Translations::install(QStringLiteral("en_GB"));
    ui::Icons::setUp();
    tst_ContributorDialog t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_ContributorDialog.moc"
