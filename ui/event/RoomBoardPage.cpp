#include "event/RoomBoardPage.h"
#include "Community.h"
#include "Icons.h"
#include "UserPrompts.h"
#include "event/RoomGrid.h"
#include "repositories/EventRepository.h"
#include "services/RoomPlanner.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace convivium::ui {

RoomBoardPage::RoomBoardPage(core::Community &community, qint64 eventId, UserPrompts &prompts, QWidget *parent)
    : QWidget(parent), m_community(community), m_eventId(eventId), m_prompts(prompts), m_grid(new RoomGrid(this)),
      m_people(new ParticipantList(this)), m_message(new QLabel(this))
{
    m_grid->setObjectName(QStringLiteral("roomGrid"));
    m_grid->setAccessibleName(tr("Rooms and nights"));
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setWordWrap(true);
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    m_people->setObjectName(QStringLiteral("withoutRoom"));
    m_people->setAccessibleName(tr("Participants without a room on some nights"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);

    auto *create = new QPushButton(Icons::get(QStringLiteral("list-add")), tr("Create the &rooms"), this);
    create->setObjectName(QStringLiteral("createRooms"));
    create->setToolTip(tr("One room per unit of each lodging option; rename them afterwards."));
    auto *allocate = new QPushButton(Icons::get(QStringLiteral("games-solve")), tr("&Allocate automatically"), this);
    allocate->setObjectName(QStringLiteral("allocate"));
    allocate->setToolTip(tr("Fills the rooms: keeps locked assignments, never breaks a refusal, meets wishes where possible."));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Drag a participant onto a room (Ctrl: this night only):"), left));
    leftLayout->addWidget(m_people);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_grid);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 900});
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(allocate);
    buttons->addWidget(m_message, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(create, &QPushButton::clicked, this, &RoomBoardPage::createRooms);
    connect(allocate, &QPushButton::clicked, this, &RoomBoardPage::allocate);
    connect(m_grid, &RoomGrid::dropped, this, [this](qint64 registration, qint64 room, const QDate &night, bool wholeStay) {
        place(registration, room, wholeStay ? nightsOf(registration) : QList<QDate>{night});
    });
    connect(m_grid, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_grid->indexAt(pos);
        if (!index.isValid())
            return;
        QMenu menu(this);
        const QDate night = m_grid->nightAt(index.column());
        const qint64 room = m_grid->roomAt(index.row());
        for (const core::StoredAssignment &a : m_assignments) {
            if (a.roomId != room || a.night != night)
                continue;
            QString name;
            for (const core::AllocationPerson &p : m_input.people)
                if (p.registrationId == a.registrationId)
                    name = p.name;
            const qint64 who = a.registrationId;
            QMenu *sub = menu.addMenu(name);
            sub->addAction(tr("Take out of the room for this night"), this, [this, who, night] { takeOut(who, {night}); });
            sub->addAction(tr("Take out for the whole stay"), this, [this, who] { takeOut(who, nightsOf(who)); });
            sub->addAction(a.locked ? tr("Unlock") : tr("Lock (the allocation keeps it)"), this,
                           [this, who, night] { toggleLock(who, night); });
        }
        if (!menu.isEmpty())
            menu.exec(m_grid->viewport()->mapToGlobal(pos));
    });
    m_grid->verticalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_grid->verticalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const int row = m_grid->verticalHeader()->logicalIndexAt(pos);
        if (row < 0 || row >= m_input.rooms.size())
            return;
        const core::AllocationRoom room = m_input.rooms.at(row);
        QMenu menu(this);
        menu.addAction(tr("Rename…"), this, [this, room] {
            bool ok = false;
            const QString name = QInputDialog::getText(this, tr("Rename the room"), tr("Name:"), QLineEdit::Normal,
                                                       room.name, &ok);
            if (ok)
                editRoom(room.id, name, room.beds);
        });
        menu.addAction(tr("Number of beds…"), this, [this, room] {
            bool ok = false;
            const int beds = QInputDialog::getInt(this, tr("Beds"), tr("Beds in %1:").arg(room.name), room.beds, 1, 50, 1, &ok);
            if (ok)
                editRoom(room.id, room.name, beds);
        });
        menu.addAction(tr("Delete the room"), this, [this, room] {
            if (const core::Result r = m_community.events().removeRoom(room.id); !r)
                showMessage(r.message(), true);
        });
        menu.exec(m_grid->verticalHeader()->mapToGlobal(pos));
    });
    connect(community.notifier(), &core::ChangeNotifier::changed, this, [this](const QStringList &tables) {
        for (const char *t : {"room", "room_assignment", "registration", "lodging_option", "event", "roommate_preference"})
            if (tables.contains(QLatin1String(t))) {
                refresh();
                return;
            }
    });
    refresh();
}

QString RoomBoardPage::lastMessage() const
{
    return m_message->text();
}

void RoomBoardPage::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #c0392b;") : QString());
}

QList<QDate> RoomBoardPage::nightsOf(qint64 registrationId) const
{
    for (const core::AllocationPerson &p : m_input.people)
        if (p.registrationId == registrationId)
            return p.nights;
    return {};
}

void RoomBoardPage::refresh()
{
    const core::Database &db = m_community.database();
    m_input = core::RoomPlanner::inputFor(db, m_eventId);
    m_assignments = core::RoomRepository(db).assignments(m_eventId);
    QSet<QDate> nights;
    for (const core::AllocationPerson &p : m_input.people)
        for (const QDate &d : p.nights)
            nights.insert(d);
    m_nights = QList<QDate>(nights.cbegin(), nights.cend());
    std::sort(m_nights.begin(), m_nights.end());

    QHash<qint64, QString> names;
    for (const core::AllocationPerson &p : m_input.people)
        names.insert(p.registrationId, p.name);
    m_grid->clear();
    m_grid->setRowCount(int(m_input.rooms.size()));
    m_grid->setColumnCount(int(m_nights.size()));
    const QLocale locale;
    for (int c = 0; c < m_nights.size(); ++c) {
        auto *header = new QTableWidgetItem(locale.toString(m_nights.at(c), QStringLiteral("ddd dd/MM")));
        header->setData(Qt::UserRole, m_nights.at(c));
        m_grid->setHorizontalHeaderItem(c, header);
    }
    QHash<qint64, int> rowOfRoom;
    for (int r = 0; r < m_input.rooms.size(); ++r) {
        const core::AllocationRoom &room = m_input.rooms.at(r);
        auto *header = new QTableWidgetItem(tr("%1 (%n bed(s))", nullptr, room.beds).arg(room.name));
        header->setData(Qt::UserRole, room.id);
        m_grid->setVerticalHeaderItem(r, header);
        rowOfRoom.insert(room.id, r);
        for (int c = 0; c < m_nights.size(); ++c)
            m_grid->setItem(r, c, new QTableWidgetItem);
    }
    QHash<QPair<qint64, QDate>, QStringList> occupants;
    QSet<QPair<qint64, QDate>> placed;
    for (const core::StoredAssignment &a : m_assignments) {
        occupants[qMakePair(a.roomId, a.night)] << names.value(a.registrationId) + (a.locked ? QStringLiteral(" 🔒") : QString());
        placed.insert(qMakePair(a.registrationId, a.night));
    }
    for (auto it = occupants.cbegin(); it != occupants.cend(); ++it) {
        const int row = rowOfRoom.value(it.key().first, -1);
        const int column = int(m_nights.indexOf(it.key().second));
        if (row < 0 || column < 0)
            continue;
        QTableWidgetItem *item = m_grid->item(row, column);
        item->setText(it.value().join(u'\n'));
        const int beds = m_input.rooms.at(row).beds;
        item->setToolTip(tr("%1 of %2 beds taken").arg(it.value().size()).arg(beds));
        if (it.value().size() > beds)
            item->setBackground(QColor(0xf8, 0xd7, 0xda));
        else if (it.value().size() == beds)
            item->setBackground(QColor(0xe3, 0xf1, 0xe6));
    }
    for (int c = 0; c < m_nights.size(); ++c)
        m_grid->setColumnWidth(c, 170);
    m_grid->resizeRowsToContents();

    m_people->clear();
    for (const core::AllocationPerson &p : m_input.people) {
        int missing = 0;
        for (const QDate &d : p.nights)
            missing += placed.contains(qMakePair(p.registrationId, d)) ? 0 : 1;
        if (missing == 0)
            continue;
        auto *item = new QListWidgetItem(tr("%1 — %n night(s) without a room", nullptr, missing).arg(p.name), m_people);
        item->setData(Qt::UserRole, p.registrationId);
    }
    if (m_input.rooms.isEmpty())
        showMessage(tr("No room yet: create them from the lodging options."), false);
}

void RoomBoardPage::createRooms()
{
    auto made = m_community.events().generateRooms(m_eventId);
    if (!made)
        showMessage(made.message(), true);
    else
        showMessage(made.value() ? tr("%n room(s) created.", nullptr, made.value())
                                 : tr("Every lodging option already has its rooms."), false);
}

void RoomBoardPage::allocate()
{
    const core::AllocationResult result = core::RoomAllocator::allocate(m_input);
    if (const core::Result r = m_community.events().replaceAssignments(m_eventId, core::RoomPlanner::toStored(result)); !r) {
        showMessage(r.message(), true);
        return;
    }
    QStringList report;
    for (const core::UnmetWish &w : result.unmetWishes)
        report << w.reason;
    for (const core::Unplaced &u : result.unplaced)
        report << u.reason;
    if (report.isEmpty()) {
        showMessage(tr("Everyone has a room and every wish is met."), false);
    } else {
        showMessage(tr("%n wish(es) or night(s) could not be met; see the details.", nullptr, int(report.size())), true);
        m_prompts.warn(this, tr("Room allocation"), report.join(u'\n'));
    }
}

bool RoomBoardPage::place(qint64 registrationId, qint64 roomId, const QList<QDate> &nights)
{
    const core::AllocationPerson *person = nullptr;
    for (const core::AllocationPerson &p : m_input.people)
        if (p.registrationId == registrationId)
            person = &p;
    const core::AllocationRoom *room = nullptr;
    for (const core::AllocationRoom &r : m_input.rooms)
        if (r.id == roomId)
            room = &r;
    if (!person || !room)
        return false;
    if (person->optionId != room->optionId) {
        showMessage(tr("%1 booked another kind of lodging; change the registration first.").arg(person->name), true);
        return false;
    }
    const QLocale locale;
    for (const QDate &night : nights) {
        QList<qint64> others;
        for (const core::StoredAssignment &a : m_assignments)
            if (a.roomId == roomId && a.night == night && a.registrationId != registrationId)
                others << a.registrationId;
        if (others.size() >= (room->solo ? 1 : room->beds)) {
            showMessage(tr("%1 is full on %2.").arg(room->name, locale.toString(night, QLocale::ShortFormat)), true);
            return false;
        }
        for (const core::AllocationPerson &other : m_input.people)
            if (others.contains(other.registrationId)
                && (other.refusals.contains(registrationId) || person->refusals.contains(other.registrationId))) {
                showMessage(tr("%1 and %2 do not want to share a room.").arg(person->name, other.name), true);
                return false;
            }
    }
    // Saving refreshes the board, which replaces what person and room point to.
    const QString done = tr("%1 is in %2.").arg(person->name, room->name);
    if (const core::Result r = m_community.events().assignRoom(registrationId, nights, roomId); !r) {
        showMessage(r.message(), true);
        return false;
    }
    showMessage(done, false);
    return true;
}

bool RoomBoardPage::editRoom(qint64 roomId, const QString &name, int beds)
{
    for (const core::Room &stored : core::RoomRepository(m_community.database()).forEvent(m_eventId)) {
        if (stored.id != roomId)
            continue;
        core::Room room = stored;
        room.name = name;
        room.beds = beds;
        if (const core::Result r = m_community.events().saveRoom(room); !r) {
            showMessage(r.message(), true);
            return false;
        }
        return true;
    }
    return false;
}

void RoomBoardPage::takeOut(qint64 registrationId, const QList<QDate> &nights)
{
    if (const core::Result r = m_community.events().assignRoom(registrationId, nights, 0); !r)
        showMessage(r.message(), true);
}

void RoomBoardPage::toggleLock(qint64 registrationId, const QDate &night)
{
    for (const core::StoredAssignment &a : m_assignments)
        if (a.registrationId == registrationId && a.night == night) {
            if (const core::Result r = m_community.events().assignRoom(registrationId, {night}, a.roomId, !a.locked); !r)
                showMessage(r.message(), true);
            return;
        }
}

} // namespace convivium::ui
