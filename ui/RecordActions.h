#pragma once
#include <QCoreApplication>
#include <QObject>

class QWidget;

namespace convivium::core {
class Community;
}

namespace convivium::ui {

class UserPrompts;
class RecordDialog;

// Opens the right form to create or edit a record of any section, asks
// before deleting (saying what depends on the record), and merges contributors.
class RecordActions : public QObject
{
    Q_OBJECT
public:
    RecordActions(core::Community &community, UserPrompts &prompts, QWidget *parent);

    static bool canCreate(const QString &table);
    qint64 create(const QString &table);              // the new id, 0 when cancelled
    bool edit(const QString &table, qint64 id);
    bool remove(const QString &table, qint64 id);
    bool mergeInto(qint64 keepId);

signals:
    void openRecordRequested(const QString &table, qint64 id);

private:
    RecordDialog *makeDialog(const QString &table, qint64 id);
    core::Community &m_community;
    UserPrompts &m_prompts;
    QWidget *m_parent;
};

} // namespace convivium::ui
