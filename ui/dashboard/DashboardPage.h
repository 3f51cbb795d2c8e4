#pragma once
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;

namespace convivium::core {
class Community;
class DashboardFigures;
}

namespace convivium::ui {

// Four charts at a glance: one event's registrations over time against its
// deadline, its occupancy per night and lodging option, its fees due and paid
// per payer, and the community's organisations by kind. Follows every change.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(core::Community &community, QWidget *parent = nullptr);

    QComboBox *eventCombo() const { return m_events; }
    qint64 currentEvent() const;
    void setEvent(qint64 eventId);

    QChart *registrationsChart() const;
    QChart *kindsChart() const;
    QChart *occupancyChart() const;
    QChart *feesChart() const;

public slots:
    void refresh();                 // everything, the list of events included

private:
    void reloadEvents();
    void refreshEventCharts();
    void refreshKinds();
    void fillRegistrations(const core::DashboardFigures &f);
    void fillOccupancy(const core::DashboardFigures &f);
    void fillFees(const core::DashboardFigures &f);

    core::Community &m_community;
    QComboBox *m_events;
    QLabel *m_summary;
    QChartView *m_registrations;
    QChartView *m_kinds;
    QChartView *m_occupancy;
    QChartView *m_fees;
};

} // namespace convivium::ui
