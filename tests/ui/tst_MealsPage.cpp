// The meals page: the detail pane tells the kitchen the diets and allergies
// of the selected meal, and the table follows registrations saved and undone.
#include "Icons.h"
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "Translations.h"
#include "event/MealsPage.h"
#include "models/MealCountModel.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace convivium;

class tst_MealsPage : public QObject
{
    Q_OBJECT
private slots:
    void detailShowsDietsAndAllergies();
};

void tst_MealsPage::detailShowsDietsAndAllergies()
{
    test::TestCommunity tc;
    core::Event e;
    e.title = QStringLiteral("Rencontre des utilisateurs");
    e.start = QDate(2026, 6, 8);
    e.end = QDate(2026, 6, 9);
    const qint64 eventId = test::must(core::EventRepository(tc.db()).insert(e));
    auto registerPerson = [&](const QString &family, const QString &diet, const QString &allergies) {
        core::Contributor c;
        c.givenName = QStringLiteral("Anaïs");
        c.familyName = family;
        core::Registration r;
        r.eventId = eventId;
        r.contributorId = test::must(core::ContributorRepository(tc.db()).insert(c));
        r.status = QStringLiteral("confirmed");
        r.arrival = e.start;
        r.departure = e.end;
        r.diet = diet;
        r.allergies = allergies;
        return test::must(tc.community().events().saveRegistration(r));
    };

    ui::MealsPage page(tc.community(), eventId);
    page.show();
    QCOMPARE(page.model()->rowCount(), 2);
    QCOMPARE(page.detailText(), QStringLiteral("Select a meal to see its diets and allergies."));

    registerPerson(QStringLiteral("Perrin"), QStringLiteral("Végétarien"), QStringLiteral("arachides"));
    registerPerson(QStringLiteral("Zola"), QString(), QString());
    // The first meal anyone takes is selected: Monday's dinner.
    QCOMPARE(page.view()->currentIndex(), page.model()->index(0, 2));
    const QString detail = page.detailText();
    QVERIFY2(detail.startsWith(QStringLiteral("Dinner, Mon 08/06\n2 ")), qPrintable(detail));
    QVERIFY2(detail.endsWith(QStringLiteral("Diets:\nVégétarien: 1, no special diet: 1\nAllergies:\narachides")),
             qPrintable(detail));

    page.selectMeal(1, 1);   // Tuesday's lunch stays selected across changes
    tc.community().undoStack()->undo();
    QCOMPARE(page.view()->currentIndex(), page.model()->index(1, 1));
    QCOMPARE(page.model()->index(1, 1).data().toString(), QStringLiteral("1"));
    QVERIFY(page.detailText().contains(QStringLiteral("Végétarien: 1")));
    QVERIFY(!page.detailText().contains(QStringLiteral("no special diet")));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    core::Translations::install(QStringLiteral("en_GB"));
    ui::Icons::setUp();
    tst_MealsPage t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_MealsPage.moc"
