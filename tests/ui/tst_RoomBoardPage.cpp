// The room board as an organiser uses it: rooms created from the options,
// participants dropped onto rooms, full rooms and refusals refused with a
// message, the automatic allocation, renaming a room, and undo of each move.
#include "Icons.h"
#include "ScriptedPrompts.h"
#include "TestCommunity.h"
#include "Translations.h"
#include "event/RoomBoardPage.h"
#include "event/RoomGrid.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/RegistrationRepository.h"
#include "repositories/RoomRepository.h"

#include <QApplication>
#include <QListWidget>
#include <QStandardPaths>
#include <QTest>

using namespace convivium;

class tst_RoomBoardPage : public QObject
{
    Q_OBJECT
private slots:
    void createRoomsThenDropAParticipant();
    void fullRoomAndRefusalAreRefused();
    void automaticAllocationPlacesEveryone();
    void renameARoomIsUndoable();

private:
    struct Setup {
        test::TestCommunity tc;
        test::ScriptedPrompts prompts;
        qint64 eventId = 0;
        QList<qint64> people;   // registrations: 0..2 shared room, 3 solo
    };
    static std::unique_ptr<Setup> sprint();
};

std::unique_ptr<tst_RoomBoardPage::Setup> tst_RoomBoardPage::sprint()
{
    auto s = std::make_unique<Setup>();
    core::Event e;
    e.title = QStringLiteral("Sprint");
    e.start = QDate(2026, 3, 30);
    e.end = QDate(2026, 4, 2);
    e.lodgingOptions = {core::LodgingOption{0, QStringLiteral("Double"), QStringLiteral("shared_room"), 2, 2, 6200, 0, true},
                        core::LodgingOption{0, QStringLiteral("Solo"), QStringLiteral("solo_room"), 1, 1, 6200, 1500, true}};
    s->eventId = core::EventRepository(s->tc.db()).insert(e).value();
    const core::Event loaded = core::EventRepository(s->tc.db()).load(s->eventId).value();
    const QStringList names{QStringLiteral("Ana"), QStringLiteral("Bruno"), QStringLiteral("Chloé"), QStringLiteral("Dario")};
    for (int i = 0; i < names.size(); ++i) {
        core::Contributor c;
        c.familyName = names.at(i);
        core::Registration r;
        r.eventId = s->eventId;
        r.contributorId = core::ContributorRepository(s->tc.db()).insert(c).value();
        r.arrival = e.start;
        r.departure = e.end;
        r.lodgingOptionId = loaded.lodgingOptions.at(i < 3 ? 0 : 1).id;
        s->people << core::RegistrationRepository(s->tc.db()).insert(r).value();
    }
    return s;
}

static int assignedNights(const core::Database &db, qint64 eventId, qint64 registration)
{
    int n = 0;
    for (const core::StoredAssignment &a : core::RoomRepository(db).assignments(eventId))
        n += a.registrationId == registration ? 1 : 0;
    return n;
}

void tst_RoomBoardPage::createRoomsThenDropAParticipant()
{
    auto s = sprint();
    ui::RoomBoardPage page(s->tc.community(), s->eventId, s->prompts);
    QCOMPARE(page.grid()->rowCount(), 0);
    page.createRooms();
    QCOMPARE(page.grid()->rowCount(), 3);   // 2 doubles and 1 solo
    QCOMPARE(page.grid()->columnCount(), 3);   // three nights
    QCOMPARE(page.waiting()->count(), 4);

    const qint64 room = page.grid()->roomAt(0);
    emit page.grid()->dropped(s->people.at(0), room, QDate(2026, 3, 30), true);   // a drop: the whole stay
    QCOMPARE(assignedNights(s->tc.db(), s->eventId, s->people.at(0)), 3);
    QCOMPARE(page.grid()->item(0, 1)->text(), QStringLiteral("Ana"));
    QCOMPARE(page.waiting()->count(), 3);

    emit page.grid()->dropped(s->people.at(1), room, QDate(2026, 3, 31), false);   // Ctrl: that night only
    QCOMPARE(assignedNights(s->tc.db(), s->eventId, s->people.at(1)), 1);
    s->tc.community().undoStack()->undo();
    QCOMPARE(assignedNights(s->tc.db(), s->eventId, s->people.at(1)), 0);
    QCOMPARE(page.grid()->item(0, 1)->text(), QStringLiteral("Ana"));
}

void tst_RoomBoardPage::fullRoomAndRefusalAreRefused()
{
    auto s = sprint();
    auto chloe = core::RegistrationRepository(s->tc.db()).load(s->people.at(2)).value();
    chloe.preferences = {core::RoommatePreference{s->people.at(0), false}};   // Chloé refuses Ana
    QVERIFY(core::RegistrationRepository(s->tc.db()).update(chloe));
    ui::RoomBoardPage page(s->tc.community(), s->eventId, s->prompts);
    page.createRooms();
    const qint64 room = page.grid()->roomAt(0);
    const QList<QDate> nights{QDate(2026, 3, 30), QDate(2026, 3, 31), QDate(2026, 4, 1)};
    QVERIFY(page.place(s->people.at(0), room, nights));
    QVERIFY(!page.place(s->people.at(2), room, nights));
    QCOMPARE(page.lastMessage(), QStringLiteral("Chloé and Ana do not want to share a room."));
    QVERIFY(page.place(s->people.at(1), room, nights));
    QVERIFY(!page.place(s->people.at(2), room, nights));
    QVERIFY2(page.lastMessage().contains(QStringLiteral("is full on")), qPrintable(page.lastMessage()));
    QVERIFY(!page.place(s->people.at(3), room, nights));   // booked a solo room
    QVERIFY(page.lastMessage().contains(QStringLiteral("another kind of lodging")));
    QCOMPARE(assignedNights(s->tc.db(), s->eventId, s->people.at(2)), 0);
}

void tst_RoomBoardPage::automaticAllocationPlacesEveryone()
{
    auto s = sprint();
    ui::RoomBoardPage page(s->tc.community(), s->eventId, s->prompts);
    page.createRooms();
    page.allocate();
    for (qint64 id : s->people)
        QCOMPARE(assignedNights(s->tc.db(), s->eventId, id), 3);
    QCOMPARE(page.waiting()->count(), 0);
    QVERIFY(s->prompts.warnings.isEmpty());
    s->tc.community().undoStack()->undo();   // the allocation is one step
    for (qint64 id : s->people)
        QCOMPARE(assignedNights(s->tc.db(), s->eventId, id), 0);
}

void tst_RoomBoardPage::renameARoomIsUndoable()
{
    auto s = sprint();
    ui::RoomBoardPage page(s->tc.community(), s->eventId, s->prompts);
    page.createRooms();
    const qint64 room = page.grid()->roomAt(0);
    QVERIFY(page.editRoom(room, QStringLiteral("Chambre des Pyrénées"), 3));
    QCOMPARE(page.grid()->verticalHeaderItem(0)->text(), QStringLiteral("Chambre des Pyrénées (3 beds)"));
    s->tc.community().undoStack()->undo();
    QCOMPARE(page.grid()->verticalHeaderItem(0)->text(), QStringLiteral("Double 1 (2 beds)"));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    core::Translations::install(QStringLiteral("en_GB"));
    ui::Icons::setUp();
    tst_RoomBoardPage t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_RoomBoardPage.moc"
