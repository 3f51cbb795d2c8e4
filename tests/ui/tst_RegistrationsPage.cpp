// The registrations page keeps the user's place when its list is read again
// after an edit, here or by another organiser: the selected registrations,
// the current one and the scroll position stay.
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "UserPrompts.h"
#include "event/RegistrationsPage.h"
#include "models/RegistrationTableModel.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"

#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <algorithm>

using namespace convivium;

class tst_RegistrationsPage : public QObject
{
    Q_OBJECT
private slots:
    void reloadAfterAnEdit_keepsSelectionCurrentAndScroll();
};

void tst_RegistrationsPage::reloadAfterAnEdit_keepsSelectionCurrentAndScroll()
{
    test::TestCommunity tc;
    core::Event e;
    e.title = QStringLiteral("Rencontre des utilisateurs");
    e.start = QDate(2026, 6, 8);
    e.end = QDate(2026, 6, 9);
    const qint64 eventId = test::must(core::EventRepository(tc.db()).insert(e));
    auto registerPerson = [&](const QString &family) {
        core::Contributor c;
        c.givenName = QStringLiteral("Anaïs");
        c.familyName = family;
        core::Registration r;
        r.eventId = eventId;
        r.contributorId = test::must(core::ContributorRepository(tc.db()).insert(c));
        r.status = QStringLiteral("confirmed");
        r.arrival = e.start;
        r.departure = e.end;
        return test::must(tc.community().events().saveRegistration(r));
    };
    for (int i = 0; i < 60; ++i)
        registerPerson(QStringLiteral("Person%1").arg(i, 2, 10, QLatin1Char('0')));

    ui::UserPrompts prompts;
    ui::RegistrationsPage page(tc.community(), eventId, prompts);
    page.resize(900, 360);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTableView *table = page.table();
    QAbstractItemModel *rows = table->model();
    QCOMPARE(rows->rowCount(), 60);
    // Two registrations picked, the second current, the list scrolled past them.
    const auto select = QItemSelectionModel::Select | QItemSelectionModel::Rows;
    table->selectionModel()->select(rows->index(30, 0), select);
    table->selectionModel()->setCurrentIndex(rows->index(35, 0), select);
    table->scrollTo(rows->index(45, 0), QAbstractItemView::PositionAtTop);
    QCoreApplication::processEvents();
    QList<qint64> selected = page.selectedIds();
    std::sort(selected.begin(), selected.end());
    QCOMPARE(selected.size(), 2);
    const qint64 current = table->currentIndex().data(core::RegistrationTableModel::IdRole).toLongLong();
    const int scrolled = table->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);

    registerPerson(QStringLiteral("Zola"));   // the list is read again, one more at its end
    QCOMPARE(rows->rowCount(), 61);
    QTest::qWait(50);   // the view lays itself out again after the reset
    QList<qint64> still = page.selectedIds();
    std::sort(still.begin(), still.end());
    QCOMPARE(still, selected);
    QCOMPARE(table->currentIndex().data(core::RegistrationTableModel::IdRole).toLongLong(), current);
    QCOMPARE(table->verticalScrollBar()->value(), scrolled);
}

QTEST_MAIN(tst_RegistrationsPage)
#include "tst_RegistrationsPage.moc"
