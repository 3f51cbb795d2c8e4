#pragma once
#include <QDate>
#include <QListWidget>
#include <QTableWidget>

namespace convivium::ui {

// The grid of the room board: accepts participants dropped from the list
// (MIME type application/x-convivium-registration) and names the room and
// night they were dropped on.
class RoomGrid : public QTableWidget
{
    Q_OBJECT
public:
    static QString mimeType() { return QStringLiteral("application/x-convivium-registration"); }
    explicit RoomGrid(QWidget *parent = nullptr);

    qint64 roomAt(int row) const;
    QDate nightAt(int column) const;

signals:
    // wholeStay is false when Ctrl was held: only that night.
    void dropped(qint64 registrationId, qint64 roomId, const QDate &night, bool wholeStay);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    QStringList mimeTypes() const override { return {mimeType()}; }
};

// The participants waiting for a room; each item drags its registration id.
class ParticipantList : public QListWidget
{
    Q_OBJECT
public:
    explicit ParticipantList(QWidget *parent = nullptr);

protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    QStringList mimeTypes() const override { return {RoomGrid::mimeType()}; }
};

} // namespace convivium::ui
