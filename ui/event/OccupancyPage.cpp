#include "event/OccupancyPage.h"
#include "Community.h"
#include "event/EventTables.h"
#include "models/OccupancyModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace convivium::ui {

OccupancyPage::OccupancyPage(core::Community &community, qint64 eventId, QWidget *parent)
    : QWidget(parent), m_community(community), m_eventId(eventId), m_model(new core::OccupancyModel(this)),
      m_summary(new QLabel(this)), m_view(new QTableView(this))
{
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("occupancy"));
    m_view->setAccessibleName(tr("Occupancy by night and lodging option"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setMinimumSectionSize(90);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(community.notifier(), &core::ChangeNotifier::changed, this, [this](const QStringList &tables) {
        if (touchesEventFigures(tables))
            refresh();
    });
    refresh();
}

QString OccupancyPage::summary() const
{
    return m_summary->text();
}

void OccupancyPage::refresh()
{
    m_model->load(m_community.database(), m_eventId);
    if (m_model->rowCount() == 0) {
        m_summary->setText(tr("Nobody sleeps at the venue yet."));
        m_summary->setStyleSheet(QString());
        return;
    }
    const int over = m_model->overCapacityNights();
    if (over > 0) {
        m_summary->setText(tr("%n night(s) over capacity: the red cells show which options are overfull.", nullptr, over));
        m_summary->setStyleSheet(QStringLiteral("color: #922b21; font-weight: bold;"));
    } else {
        m_summary->setText(tr("Every night fits the lodging capacity. Grey rows are transit days."));
        m_summary->setStyleSheet(QString());
    }
}

} // namespace convivium::ui
