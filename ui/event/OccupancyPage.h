#pragma once
#include <QWidget>

class QLabel;
class QTableView;

namespace convivium::core {
class Community;
class OccupancyModel;
}

namespace convivium::ui {

// The event's nights against its lodging options: who sleeps where each
// night, nights over capacity in red, transit days greyed.
class OccupancyPage : public QWidget
{
    Q_OBJECT
public:
    OccupancyPage(core::Community &community, qint64 eventId, QWidget *parent = nullptr);

    core::OccupancyModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString summary() const;

public slots:
    void refresh();

private:
    core::Community &m_community;
    const qint64 m_eventId;
    core::OccupancyModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
};

} // namespace convivium::ui
