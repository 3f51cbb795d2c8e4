#pragma once
#include <QAbstractTableModel>

namespace convivium::ui {

class ImportSession;

// The lines of a dry run, one row each: the line (or form row), what will
// happen to it, who or what it is about and what changes. The action column
// is checkable on the lines that create or update something: unticking one
// turns it into a skip in the session.
class ImportPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Line, Action, Record, Changes, ColumnCount };
    static constexpr int ActionRole = Qt::UserRole + 1;   // "create", "update", "skip", "skipped"

    explicit ImportPlanModel(ImportSession &session, QObject *parent = nullptr);

    // After ImportSession::replan().
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void skipsChanged();

private:
    QString actionText(int row) const;
    QString recordText(int row) const;
    QString changesText(int row) const;

    ImportSession &m_session;
    int m_rows = 0;
};

} // namespace convivium::ui
