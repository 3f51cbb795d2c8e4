#pragma once
#include "repositories/ListQuery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace convivium::core {

class Database;

// A sortable, filterable table over one list of the community that reads
// only the pages the view shows: 100,000 contributors are never all in memory.
class LazyListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Column {
        enum Kind { Text, Date, Money, Number, Code, Languages };
        QString header;
        Kind kind = Text;
        int vocabulary = -1;       // Vocabulary::List for Code columns
        int currencyColumn = -1;   // for Money columns; EUR when absent
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    LazyListModel(const Database &db, const ListDefinition &definition, QList<Column> columns,
                  QStringList watchedTables, QObject *parent = nullptr);

    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;        // -1 when not among the rows read so far
    const QStringList &watchedTables() const { return m_watched; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public slots:
    void refresh();
    void tablesChanged(const QStringList &tables);

private:
    const ListRow *rowAt(int row) const;
    QString display(const ListRow &row, int column) const;

    static constexpr int PageSize = 128;
    static constexpr int MaxPages = 64;
    ListQuery m_query;
    QList<Column> m_columns;
    QStringList m_watched;
    QString m_filter;
    int m_count = 0;
    mutable QHash<int, QList<ListRow>> m_pages;
};

} // namespace convivium::core
