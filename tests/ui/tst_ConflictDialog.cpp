// The contributor form, saved after another organiser saved the same person
// (two connections): the conflict dialog shows both values, saving needs a
// choice on every line, and the record ends as chosen. On SQLite and on
// PostgreSQL (postgres/tst_ConflictDialog).
#include "UiTestHelpers.h"
#include "SqlProbe.h"
#include "Translations.h"
#include "TestCommunity.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/ContributorDialog.h"
#include "repositories/ContributorRepository.h"

#include <QApplication>
#include <QLabel>
#include <QStandardPaths>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTimer>

using namespace convivium;

class tst_ConflictDialog : public QObject
{
    Q_OBJECT
private slots:
    void formSavedAfterSomeoneElse_asksAndKeepsTheChoices();
    void backToTheForm_savesNothing();
};

namespace {

struct TwoOrganisers {
    test::TestCommunity tc;
    std::unique_ptr<core::Community> other;
    qint64 id = 0;

    TwoOrganisers()
    {
        core::Contributor c;
        c.givenName = QStringLiteral("Loïc");
        c.familyName = QStringLiteral("Kerbrat");
        c.emails = {QStringLiteral("loic@example.org")};
        c.phone = QStringLiteral("02 97 00 00 01");
        id = test::must(tc.community().editor().saveContributor(c));
        core::Database::OpenReport report;
        other = core::Community::open(tc.path(), core::Database::Mode::OpenExisting, &report);
        if (!other)
            qFatal("%s", qPrintable(report.message));
    }
    core::Contributor load(const core::Community &c) const
    {
        return test::must(core::ContributorRepository(c.database()).load(id));
    }
};

QLineEdit *edit(QWidget *w, const char *name) { return w->findChild<QLineEdit *>(QString::fromLatin1(name)); }

QRadioButton *choice(ui::ConflictDialog *d, const QString &text)
{
    for (QRadioButton *b : d->findChildren<QRadioButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

// A click on the button's indicator, where a person aims (a radio button
// ignores clicks on the empty space right of its label).
void pick(QRadioButton *b)
{
    QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(8, b->height() / 2));
}

} // namespace

void tst_ConflictDialog::formSavedAfterSomeoneElse_asksAndKeepsTheChoices()
{
    TwoOrganisers two;
    ui::ContributorDialog form(two.tc.db(), two.tc.community().editor());
    form.setContributor(two.load(two.tc.community()));   // A opens Loïc…
    form.show();
    core::Contributor theirs = two.load(*two.other);       // …B changes his phone meanwhile
    theirs.phone = QStringLiteral("02 97 00 00 02");
    test::must(two.other->editor().saveContributor(theirs));

    edit(&form, "familyName")->clear();
    test::typeText(edit(&form, "familyName"), QStringLiteral("Kerbrat-Le Bihan"));
    edit(&form, "phone")->clear();
    test::typeText(edit(&form, "phone"), QStringLiteral("02 97 00 00 03"));

    bool shown = false;
    connect(&form, &ui::RecordDialog::conflictShown, this, [&](ui::ConflictDialog *dialog) {
        QTimer::singleShot(0, dialog, [&, dialog] {
            shown = true;
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QVERIFY(dialog->findChild<QLabel *>()->text().contains(two.tc.db().author()));
            QVERIFY(!dialog->saveButton()->isEnabled());        // nothing chosen for the user
            QRadioButton *myName = choice(dialog, QStringLiteral("Kerbrat-Le Bihan"));
            QRadioButton *theirName = choice(dialog, QStringLiteral("Kerbrat"));
            QRadioButton *theirPhone = choice(dialog, QStringLiteral("02 97 00 00 02"));
            QVERIFY(myName && theirName && theirPhone);
            QVERIFY(choice(dialog, QStringLiteral("02 97 00 00 03")));
            pick(myName);
            QVERIFY(!dialog->saveButton()->isEnabled());        // the phone line is still open
            pick(theirPhone);
            QVERIFY(dialog->saveButton()->isEnabled());
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        });
    });
    QTest::mouseClick(form.okButton(), Qt::LeftButton);
    QVERIFY(shown);
    QCOMPARE(form.result(), int(QDialog::Accepted));
    QCOMPARE(form.savedId(), two.id);
    const core::Contributor now = two.load(*two.other);
    QCOMPARE(now.familyName, QStringLiteral("Kerbrat-Le Bihan"));
    QCOMPARE(now.phone, QStringLiteral("02 97 00 00 02"));
}

void tst_ConflictDialog::backToTheForm_savesNothing()
{
    TwoOrganisers two;
    ui::ContributorDialog form(two.tc.db(), two.tc.community().editor());
    form.setContributor(two.load(two.tc.community()));
    form.show();
    core::Contributor theirs = two.load(*two.other);
    theirs.notes = QStringLiteral("Vegetarian");
    test::must(two.other->editor().saveContributor(theirs));
    edit(&form, "phone")->clear();
    test::typeText(edit(&form, "phone"), QStringLiteral("02 97 00 00 04"));

    connect(&form, &ui::RecordDialog::conflictShown, this, [](ui::ConflictDialog *dialog) {
        QTimer::singleShot(0, dialog, [dialog] { dialog->reject(); });
    });
    QTest::mouseClick(form.okButton(), Qt::LeftButton);
    QVERIFY(form.isVisible());                                  // the form stays, with the input
    QVERIFY(form.bannerText().contains(QStringLiteral("someone else saved")));
    QCOMPARE(edit(&form, "phone")->text(), QStringLiteral("02 97 00 00 04"));
    const core::Contributor now = two.load(*two.other);
    QCOMPARE(now.phone, QStringLiteral("02 97 00 00 01"));
    QCOMPARE(now.notes, QStringLiteral("Vegetarian"));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsSet("CONFLICT_PNG")) {   // a scratch look at the dialog, in French
        core::Translations::install(QStringLiteral("fr_FR"));
        TwoOrganisers two;
        core::Contributor mine = two.load(two.tc.community());
        core::Contributor theirs = two.load(*two.other);
        theirs.phone = QStringLiteral("02 97 00 00 02");
        theirs.emails << QStringLiteral("l.kerbrat@bzh.example");
        test::must(two.other->editor().saveContributor(theirs));
        mine.familyName = QStringLiteral("Kerbrat-Le Bihan");
        mine.notes = QStringLiteral("Vient en train");
        mine.emails = {QStringLiteral("loic@example.org")};
        const core::Result refused = two.tc.community().editor().saveContributor(mine).result();
        if (refused.conflictDetails()) {
            ui::ConflictDialog dialog(*refused.conflictDetails());
            dialog.choose(0, true);
            dialog.show();
            QApplication::processEvents();
            dialog.grab().save(qEnvironmentVariable("CONFLICT_PNG"));
        }
    }
    core::Translations::install(QStringLiteral("en_GB"));
    tst_ConflictDialog t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_ConflictDialog.moc"
