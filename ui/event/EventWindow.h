#pragma once
#include <QMainWindow>

class QTabWidget;

namespace convivium::core {
class Community;
}

namespace convivium::ui {

class CommunityExports;
class RegistrationsPage;
class UserPrompts;

// The workspace of one event: registrations, occupancy, meals, rooms and fees,
// each on its tab, sharing the community's undo history.
class EventWindow : public QMainWindow
{
    Q_OBJECT
public:
    EventWindow(core::Community &community, qint64 eventId, UserPrompts &prompts, QWidget *parent = nullptr);
    qint64 eventId() const { return m_eventId; }
    RegistrationsPage *registrations() const { return m_registrations; }
    QTabWidget *tabs() const { return m_tabs; }
    CommunityExports *exports() const { return m_exports; }

public slots:
    void importRegistrations();   // from a CSV file, for this event
    void syncWithForm();          // from the event's online form in Grist

private:
    void updateTitle();
    core::Community &m_community;
    UserPrompts &m_prompts;
    qint64 m_eventId;
    QTabWidget *m_tabs;
    RegistrationsPage *m_registrations;
    CommunityExports *m_exports;
};

} // namespace convivium::ui
