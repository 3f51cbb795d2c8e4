#pragma once
#include "repositories/RoomRepository.h"
#include "services/RoomAllocator.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QTableWidget;

namespace convivium::core {
class Community;
}

namespace convivium::ui {

class RoomGrid;
class UserPrompts;

// The room board: rooms × nights, each cell its occupants. Participants are
// dragged from the list onto a room (their whole stay, or one night with
// Ctrl); the automatic allocation fills the rest and says which wishes it
// could not meet. Every move is undoable; locked assignments stay put.
class RoomBoardPage : public QWidget
{
    Q_OBJECT
public:
    RoomBoardPage(core::Community &community, qint64 eventId, UserPrompts &prompts, QWidget *parent = nullptr);

    RoomGrid *grid() const { return m_grid; }
    QListWidget *waiting() const { return m_people; }
    QString lastMessage() const;

public slots:
    void refresh();
    void createRooms();
    void allocate();
    // Puts a participant in a room for these nights, checking beds, option and refusals.
    bool place(qint64 registrationId, qint64 roomId, const QList<QDate> &nights);
    void takeOut(qint64 registrationId, const QList<QDate> &nights);
    bool editRoom(qint64 roomId, const QString &name, int beds);
    void toggleLock(qint64 registrationId, const QDate &night);

private:
    void showMessage(const QString &text, bool problem);
    QList<QDate> nightsOf(qint64 registrationId) const;

    core::Community &m_community;
    qint64 m_eventId;
    UserPrompts &m_prompts;
    core::AllocationInput m_input;                  // rooms and who needs a bed, as stored
    QList<core::StoredAssignment> m_assignments;
    QList<QDate> m_nights;
    RoomGrid *m_grid;
    QListWidget *m_people;
    QLabel *m_message;
};

} // namespace convivium::ui
