// Fills the real registration form with QTest and checks what it shows as
// the user types: nights, meals and the amount due, the waiting-list offer
// when the option is full, and the inline messages.
#include "Icons.h"
#include "UiTestHelpers.h"
#include "TestCommunity.h"
#include "Translations.h"
#include "dialogs/RegistrationDialog.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/RegistrationRepository.h"
#include "widgets/DateField.h"
#include "widgets/Pickers.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace convivium;

class tst_RegistrationDialog : public QObject
{
    Q_OBJECT
private slots:
    void amountFollowsTheDatesAndTheOption();
    void departureBeforeArrivalBlocksOk();
    void fullOptionOffersTheWaitingList();
    void savedRegistrationIsUndoable();

private:
    struct Setup {
        test::TestCommunity tc;
        qint64 eventId = 0, shared = 0, solo = 0, elsewhere = 0;
        qint64 person(const QString &given, const QString &family)
        {
            core::Contributor c;
            c.givenName = given;
            c.familyName = family;
            return core::ContributorRepository(tc.db()).insert(c).value();
        }
    };
    static std::unique_ptr<Setup> winterMeeting();
};

std::unique_ptr<tst_RegistrationDialog::Setup> tst_RegistrationDialog::winterMeeting()
{
    auto s = std::make_unique<Setup>();
    core::Event e;
    e.title = QStringLiteral("Rencontres d'hiver 2026");
    e.start = QDate(2026, 3, 30);
    e.end = QDate(2026, 4, 3);
    e.registrationDeadline = QDate(2099, 3, 15);
    e.lodgingOptions = {core::LodgingOption{0, QStringLiteral("Chambre partagée 2 lits"), QStringLiteral("shared_room"), 2, 8, 6200, 0, true},
                        core::LodgingOption{0, QStringLiteral("Chambre solo"), QStringLiteral("solo_room"), 1, 1, 6200, 1500, true},
                        core::LodgingOption{0, QStringLiteral("Logement ailleurs"), QStringLiteral("elsewhere"), 0, 0, 0, 0, false}};
    e.mealPrices = {{QStringLiteral("breakfast"), 800}, {QStringLiteral("lunch"), 1700}, {QStringLiteral("dinner"), 1700}};
    s->eventId = core::EventRepository(s->tc.db()).insert(e).value();
    const core::Event loaded = core::EventRepository(s->tc.db()).load(s->eventId).value();
    s->shared = loaded.lodgingOptions.at(0).id;
    s->solo = loaded.lodgingOptions.at(1).id;
    s->elsewhere = loaded.lodgingOptions.at(2).id;
    return s;
}

static void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    test::typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab);   // leaving the field applies the default meals
}

static void choose(QComboBox *combo, qint64 data)
{
    combo->setCurrentIndex(combo->findData(data));
}

void tst_RegistrationDialog::amountFollowsTheDatesAndTheOption()
{
    auto s = winterMeeting();
    const qint64 ana = s->person(QStringLiteral("Ana"), QStringLiteral("Quispe"));
    ui::RegistrationDialog dialog(s->tc.community(), s->eventId);
    dialog.show();
    dialog.findChild<ui::ContributorPicker *>(QStringLiteral("contributor"))->setContributorId(ana);
    auto *option = dialog.findChild<QComboBox *>(QStringLiteral("option"));
    choose(option, s->shared);
    // The event's dates by default: 4 nights in a shared room.
    QCOMPARE(dialog.summaryText(), QStringLiteral("4 nights, 12 meals — €248.00"));

    retype(dialog.findChild<ui::DateField *>(QStringLiteral("departure")), QStringLiteral("02/04/2026"));
    QCOMPARE(dialog.summaryText(), QStringLiteral("3 nights, 9 meals — €186.00"));

    choose(option, s->solo);   // the solo supplement: 3 × (62 + 15)
    QCOMPARE(dialog.summaryText(), QStringLiteral("3 nights, 9 meals — €231.00"));

    choose(option, s->elsewhere);   // meals at the venue's prices: dinner, 2 full days, breakfast and lunch
    QCOMPARE(dialog.summaryText(), QStringLiteral("3 nights, 9 meals — €126.00"));

    retype(dialog.findChild<ui::DateField *>(QStringLiteral("arrival")), QStringLiteral("02/04/2026"));
    QCOMPARE(dialog.summaryText(), QStringLiteral("day visit, 1 meal — €17.00"));   // a day visit: lunch only
    QVERIFY(dialog.okButton()->isEnabled());
}

void tst_RegistrationDialog::departureBeforeArrivalBlocksOk()
{
    auto s = winterMeeting();
    const qint64 ana = s->person(QStringLiteral("Ana"), QStringLiteral("Quispe"));
    ui::RegistrationDialog dialog(s->tc.community(), s->eventId);
    dialog.show();
    dialog.findChild<ui::ContributorPicker *>(QStringLiteral("contributor"))->setContributorId(ana);
    QVERIFY(dialog.okButton()->isEnabled());
    retype(dialog.findChild<ui::DateField *>(QStringLiteral("departure")), QStringLiteral("29/03/2026"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(dialog.messages()->message(QStringLiteral("departure")), QStringLiteral("The departure is before the arrival."));
    retype(dialog.findChild<ui::DateField *>(QStringLiteral("departure")), QStringLiteral("31/02/2026"));
    QCOMPARE(dialog.messages()->message(QStringLiteral("departure")), QStringLiteral("This date cannot be read; use dd/mm/yyyy."));
    // Arriving before the event is allowed, with a warning.
    retype(dialog.findChild<ui::DateField *>(QStringLiteral("departure")), QStringLiteral("03/04/2026"));
    retype(dialog.findChild<ui::DateField *>(QStringLiteral("arrival")), QStringLiteral("28/03/2026"));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("warnings"))->text().contains(QStringLiteral("outside the event")));
}

void tst_RegistrationDialog::fullOptionOffersTheWaitingList()
{
    auto s = winterMeeting();
    core::Registration first;
    first.eventId = s->eventId;
    first.contributorId = s->person(QStringLiteral("Loïc"), QStringLiteral("Kerhervé"));
    first.arrival = QDate(2026, 3, 30);
    first.departure = QDate(2026, 4, 3);
    first.lodgingOptionId = s->solo;   // the only solo room
    QVERIFY(core::RegistrationRepository(s->tc.db()).insert(first));

    const qint64 ana = s->person(QStringLiteral("Ana"), QStringLiteral("Quispe"));
    ui::RegistrationDialog dialog(s->tc.community(), s->eventId);
    dialog.show();
    dialog.findChild<ui::ContributorPicker *>(QStringLiteral("contributor"))->setContributorId(ana);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("option")), s->solo);
    auto *waitlist = dialog.findChild<QCheckBox *>(QStringLiteral("waitlist"));
    QVERIFY(waitlist->isVisible());
    QVERIFY(waitlist->isChecked());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("warnings"))->text().contains(QStringLiteral("full on")));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const core::Registration saved = core::RegistrationRepository(s->tc.db()).load(dialog.savedId()).value();
    QCOMPARE(saved.status, QStringLiteral("waitlisted"));
    QCOMPARE(saved.waitlistRank, 1);
}

void tst_RegistrationDialog::savedRegistrationIsUndoable()
{
    auto s = winterMeeting();
    const qint64 ana = s->person(QStringLiteral("Ana"), QStringLiteral("Quispe"));
    ui::RegistrationDialog dialog(s->tc.community(), s->eventId);
    dialog.show();
    dialog.findChild<ui::ContributorPicker *>(QStringLiteral("contributor"))->setContributorId(ana);
    choose(dialog.findChild<QComboBox *>(QStringLiteral("option")), s->shared);
    test::typeText(dialog.findChild<QLineEdit *>(QStringLiteral("diet")), QStringLiteral("végétarien"));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const core::Registration saved = core::RegistrationRepository(s->tc.db()).load(dialog.savedId()).value();
    QCOMPARE(saved.diet, QStringLiteral("végétarien"));
    QCOMPARE(saved.firstMeal, core::Meal::Dinner);
    QCOMPARE(saved.lastMeal, core::Meal::Lunch);
    s->tc.community().undoStack()->undo();
    QVERIFY(!core::RegistrationRepository(s->tc.db()).load(dialog.savedId()).ok());
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    core::Translations::install(QStringLiteral("en_GB"));
    ui::Icons::setUp();
    tst_RegistrationDialog t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_RegistrationDialog.moc"
