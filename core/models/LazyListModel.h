#pragma once
#include "repositories/ListQuery.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
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

    ~LazyListModel() override;

    void setFilter(const QString &text);
    // The number of matching rows is counted in the background when the first
    // page is full (a scan of every match): rowCount() grows when it is known.
    bool isCounting() const { return m_counting; }
    void waitForCount();    // for tests and benchmarks
    QString filter() const { return m_filter; }
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;        // -1 when not among the rows read so far
    // The record's row now, read if need be: first among the rows read, then
    // in the page of `near` (where it was), else asked of the database. -1 when
    // the filter leaves it out or the count has not reached it yet.
    int locate(qint64 id, int near = -1) const;
    // True during the reset of reload(): the same filter and sort read again
    // after an edit, so views keep their place rather than follow a record.
    bool isReloading() const { return m_reloading; }
    const QStringList &watchedTables() const { return m_watched; }

    // Every row of the current filter and sort, straight from the database
    // whatever pages are loaded (an export); `visit` false stops early.
    Result forEachRow(const std::function<bool(const ListRow &row)> &visit) const;
    int countMatching() const { return m_query.count(); }   // now, not in the background
    QString displayText(const ListRow &row, int column) const;   // as DisplayRole shows it

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countKnown(int rows);

public slots:
    void refresh();
    // An edit, here or by another organiser: the rows are read again and the
    // rows known stay counted until the new count is in, so that a view's
    // scroll position holds.
    void reload();
    void tablesChanged(const QStringList &tables);

private:
    const ListRow *rowAt(int row) const;
    void readFirstPage(int keepCount);
    void startCount();
    void countFinished();

    static constexpr int PageSize = 128;
    static constexpr int MaxPages = 64;
    ListQuery m_query;
    QList<Column> m_columns;
    QStringList m_watched;
    QString m_filter;
    int m_count = 0;
    bool m_counting = false;
    bool m_reloading = false;
    int m_generation = 0;           // discards counts of an earlier filter
    QFutureWatcher<int> *m_counter;
    QList<QFuture<int>> m_pending;  // earlier counts still running
    mutable QHash<int, QList<ListRow>> m_pages;
};

} // namespace convivium::core
