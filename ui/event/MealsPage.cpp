#include "event/MealsPage.h"
#include "Community.h"
#include "event/EventTables.h"
#include "models/DayLabel.h"
#include "models/MealCountModel.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace convivium::ui {

MealsPage::MealsPage(core::Community &community, qint64 eventId, QWidget *parent)
    : QWidget(parent), m_community(community), m_eventId(eventId), m_model(new core::MealCountModel(this)),
      m_view(new QTableView(this)), m_detail(new QTextBrowser(this))
{
    m_view->setObjectName(QStringLiteral("meals"));
    m_view->setAccessibleName(tr("Meals by day"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    m_detail->setObjectName(QStringLiteral("mealDetail"));
    m_detail->setAccessibleName(tr("Diets and allergies of the selected meal"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MealsPage::showDetail);
    connect(community.notifier(), &core::ChangeNotifier::changed, this, [this](const QStringList &tables) {
        if (touchesEventFigures(tables))
            refresh();
    });
    refresh();
}

void MealsPage::refresh()
{
    // Keep the same meal selected across the reload.
    const QModelIndex current = m_view->currentIndex();
    const QDate day = current.isValid() ? current.data(core::MealCountModel::DayRole).toDate() : QDate();
    int column = current.isValid() ? current.column() : -1;
    m_model->load(m_community.database(), m_eventId);
    int row = int(m_model->days().indexOf(day));
    // Otherwise start on the first meal anyone takes.
    for (int r = 0; r < m_model->rowCount() && row < 0; ++r)
        for (int c = 0; c < m_model->columnCount() && row < 0; ++c)
            if (m_model->index(r, c).data(core::MealCountModel::TotalRole).toInt() > 0) {
                row = r;
                column = c;
            }
    if (row >= 0)
        selectMeal(row, qMax(0, column));
    showDetail();
}

void MealsPage::selectMeal(int row, int column)
{
    const QModelIndex index = m_model->index(row, column);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    showDetail();
}

QString MealsPage::detailText() const
{
    return m_detail->toPlainText();
}

void MealsPage::showDetail()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        m_detail->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                              .arg(tr("Select a meal to see its diets and allergies.").toHtmlEscaped()));
        return;
    }
    const core::MealCount count = m_model->count(index.row(), index.column());
    const QString meal = m_model->headerData(index.column(), Qt::Horizontal).toString();
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(tr("%1, %2").arg(meal, core::DayLabel::shortWithWeekday(count.day)).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("%n person(s)", nullptr, count.total).toHtmlEscaped());
    if (count.total > 0) {
        html += QStringLiteral("<p>%1<br>%2</p>")
                    .arg(tr("Diets:").toHtmlEscaped(), core::MealCountModel::dietSummary(count).toHtmlEscaped());
        const QStringList allergies = core::MealCountModel::allergySummary(count);
        html += QStringLiteral("<p>%1<br>%2</p>")
                    .arg(tr("Allergies:").toHtmlEscaped(),
                         allergies.isEmpty() ? tr("none declared").toHtmlEscaped()
                                             : allergies.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    m_detail->setHtml(html);
}

} // namespace convivium::ui
