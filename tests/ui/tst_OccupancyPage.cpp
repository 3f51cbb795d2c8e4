// The occupancy page follows the community: a registration saved, then
// undone, through the editor changes its table and its summary line.
#include "Icons.h"
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "Translations.h"
#include "event/OccupancyPage.h"
#include "models/OccupancyModel.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace convivium;

class tst_OccupancyPage : public QObject
{
    Q_OBJECT
private slots:
    void followsRegistrationsAndUndo();
};

void tst_OccupancyPage::followsRegistrationsAndUndo()
{
    test::TestCommunity tc;
    core::Event e;
    e.title = QStringLiteral("Sprint d'automne");
    e.start = QDate(2026, 10, 12);
    e.end = QDate(2026, 10, 14);
    core::LodgingOption solo;
    solo.name = QStringLiteral("Chambre solo");
    solo.kind = QStringLiteral("solo_room");
    solo.units = 1;
    e.lodgingOptions = {solo};
    const qint64 eventId = test::must(core::EventRepository(tc.db()).insert(e));
    const qint64 option = test::must(core::EventRepository(tc.db()).load(eventId)).lodgingOptions.at(0).id;

    ui::OccupancyPage page(tc.community(), eventId);
    page.show();
    QCOMPARE(page.view()->model(), page.model());
    QCOMPARE(page.model()->index(0, 0).data().toString(), QStringLiteral("0 / 1"));
    QCOMPARE(page.summary(), QStringLiteral("Every night fits the lodging capacity. Grey rows are transit days."));

    for (const QString &family : {QStringLiteral("Abadie"), QStringLiteral("Bernard")}) {
        core::Contributor c;
        c.givenName = QStringLiteral("Loïc");
        c.familyName = family;
        core::Registration r;
        r.eventId = eventId;
        r.contributorId = test::must(core::ContributorRepository(tc.db()).insert(c));
        r.status = QStringLiteral("confirmed");
        r.arrival = e.start;
        r.departure = e.end;
        r.lodgingOptionId = option;
        test::must(tc.community().events().saveRegistration(r, core::EventEditor::WhenFull::Overbook));
    }
    QCOMPARE(page.model()->index(0, 0).data().toString(), QStringLiteral("2 / 1"));
    QVERIFY(page.model()->index(0, 0).data(core::OccupancyModel::OverCapacityRole).toBool());
    QVERIFY(page.summary().contains(QStringLiteral("over capacity")));

    tc.community().undoStack()->undo();
    QCOMPARE(page.model()->index(0, 0).data().toString(), QStringLiteral("1 / 1"));
    QVERIFY(!page.summary().contains(QStringLiteral("over capacity")));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    core::Translations::install(QStringLiteral("en_GB"));
    ui::Icons::setUp();
    tst_OccupancyPage t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_OccupancyPage.moc"
