#include "event/RoomGrid.h"

#include <QDragEnterEvent>
#include <QMimeData>

namespace convivium::ui {

RoomGrid::RoomGrid(QWidget *parent) : QTableWidget(parent)
{
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setDropIndicatorShown(true);
}

qint64 RoomGrid::roomAt(int row) const
{
    const QTableWidgetItem *header = verticalHeaderItem(row);
    return header ? header->data(Qt::UserRole).toLongLong() : 0;
}

QDate RoomGrid::nightAt(int column) const
{
    const QTableWidgetItem *header = horizontalHeaderItem(column);
    return header ? header->data(Qt::UserRole).toDate() : QDate();
}

void RoomGrid::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void RoomGrid::dragMoveEvent(QDragMoveEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (event->mimeData()->hasFormat(mimeType()) && index.isValid())
        event->acceptProposedAction();
    else
        event->ignore();
}

void RoomGrid::dropEvent(QDropEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (!index.isValid() || !event->mimeData()->hasFormat(mimeType())) {
        event->ignore();
        return;
    }
    const qint64 id = event->mimeData()->data(mimeType()).toLongLong();
    event->acceptProposedAction();
    emit dropped(id, roomAt(index.row()), nightAt(index.column()), !(event->modifiers() & Qt::ControlModifier));
}

ParticipantList::ParticipantList(QWidget *parent) : QListWidget(parent)
{
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
}

QMimeData *ParticipantList::mimeData(const QList<QListWidgetItem *> &items) const
{
    auto *data = new QMimeData;
    if (!items.isEmpty())
        data->setData(RoomGrid::mimeType(), QByteArray::number(items.first()->data(Qt::UserRole).toLongLong()));
    return data;
}

} // namespace convivium::ui
