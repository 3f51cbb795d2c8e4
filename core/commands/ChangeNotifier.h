#pragma once
#include <QObject>
#include <QStringList>

namespace convivium::core {

// Tells the models which tables an edit, undo or redo touched, so that
// every open list and detail pane repaints from the database.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void notify(const QStringList &tables) { emit changed(tables); }
    void report(const QString &message) { emit failed(message); }

signals:
    void changed(const QStringList &tables);
    void failed(const QString &message);
};

} // namespace convivium::core
