#include "widgets/TablePlace.h"

#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTableView>
#include <utility>

namespace convivium::ui {

TablePlace::TablePlace(QTableView *view, int idRole, RowFinder find, std::function<bool()> keep)
    : QObject(view), m_view(view), m_idRole(idRole), m_find(std::move(find)), m_keep(std::move(keep))
{
    connect(view->model(), &QAbstractItemModel::modelAboutToBeReset, this, &TablePlace::take);
    connect(view->model(), &QAbstractItemModel::modelReset, this, &TablePlace::restore);
}

void TablePlace::take()
{
    m_taken = !m_keep || m_keep();
    if (!m_taken)
        return;
    const QAbstractItemModel *model = m_view->model();
    m_selected.clear();
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        m_selected << Mark{model->index(index.row(), 0).data(m_idRole).toLongLong(), index.row()};
    const QModelIndex current = m_view->currentIndex();
    m_current = current.isValid() ? Mark{model->index(current.row(), 0).data(m_idRole).toLongLong(), current.row()}
                                  : Mark{};
    m_currentColumn = current.isValid() ? current.column() : 0;
    m_vertical = m_view->verticalScrollBar()->value();
    m_horizontal = m_view->horizontalScrollBar()->value();
}

int TablePlace::findRow(const Mark &mark) const
{
    if (mark.id <= 0)
        return -1;
    if (m_find)
        return m_find(mark.id, mark.row);
    const QAbstractItemModel *model = m_view->model();
    if (mark.row >= 0 && mark.row < model->rowCount() && model->index(mark.row, 0).data(m_idRole).toLongLong() == mark.id)
        return mark.row;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(m_idRole).toLongLong() == mark.id)
            return row;
    return -1;
}

void TablePlace::restore()
{
    if (!std::exchange(m_taken, false))
        return;
    QAbstractItemModel *model = m_view->model();
    const int lastColumn = model->columnCount() - 1;
    QItemSelection rows;
    for (const Mark &mark : std::as_const(m_selected))
        if (const int row = findRow(mark); row >= 0)
            rows.select(model->index(row, 0), model->index(row, lastColumn));
    QItemSelectionModel *selection = m_view->selectionModel();
    if (const int row = findRow(m_current); row >= 0)
        selection->setCurrentIndex(model->index(row, m_currentColumn), QItemSelectionModel::NoUpdate);
    selection->select(rows, QItemSelectionModel::ClearAndSelect);
    // Making a row current scrolls to it: the list goes back where the user had it.
    m_view->verticalScrollBar()->setValue(m_vertical);
    m_view->horizontalScrollBar()->setValue(m_horizontal);
}

} // namespace convivium::ui
