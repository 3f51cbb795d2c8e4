#include "models/LazyListModel.h"
#include "reports/ReportDates.h"
#include "db/Database.h"
#include "domain/Money.h"
#include "domain/Vocabulary.h"

#include <QDate>
#include <QLocale>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace convivium::core {

LazyListModel::LazyListModel(const Database &db, const ListDefinition &definition, QList<Column> columns,
                             QStringList watchedTables, QObject *parent)
    : QAbstractTableModel(parent), m_query(db, definition), m_columns(std::move(columns)),
      m_watched(std::move(watchedTables)), m_counter(new QFutureWatcher<int>(this))
{
    connect(m_counter, &QFutureWatcher<int>::finished, this, &LazyListModel::countFinished);
    m_pages.insert(0, m_query.fetch(0, PageSize));
    m_count = int(m_pages.value(0).size());
    if (m_count == PageSize)
        startCount();
}

LazyListModel::~LazyListModel()
{
    for (QFuture<int> &pending : m_pending)   // counts use the database, which may go next
        pending.waitForFinished();
}

void LazyListModel::startCount()
{
    // The count runs on a pool thread with that thread's own connection; the
    // query is copied, so typing on does not disturb it.
    m_counting = true;
    const int generation = ++m_generation;
    const ListQuery query = m_query;
    m_pending.removeIf([](const QFuture<int> &f) { return f.isFinished(); });
    QThread *const home = thread();
    QFuture<int> future = QtConcurrent::run([query, home] {
        const int rows = query.count();
        // Pool threads outlive the model. A wait may run the count on the
        // model's own thread instead: its connection stays (it listens for
        // the other organisers' changes).
        if (QThread::currentThread() != home)
            query.database().closeThreadConnection();
        return rows;
    });
    m_pending << future;
    m_counter->setProperty("generation", generation);
    m_counter->setFuture(future);
}

void LazyListModel::countFinished()
{
    if (m_counter->property("generation").toInt() != m_generation)
        return;
    m_counting = false;
    const int total = m_counter->result();
    if (total > m_count) {
        beginInsertRows(QModelIndex(), m_count, total - 1);
        m_count = total;
        endInsertRows();
    } else if (total < m_count) {   // a reload kept the rows it knew before counting
        beginRemoveRows(QModelIndex(), total, m_count - 1);
        m_count = total;
        endRemoveRows();
    }
    emit countKnown(m_count);
}

void LazyListModel::waitForCount()
{
    m_counter->waitForFinished();
    if (m_counting)
        countFinished();
}

void LazyListModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    m_query.setFilter(text);
    refresh();
}

void LazyListModel::refresh()
{
    readFirstPage(0);
}

void LazyListModel::reload()
{
    m_reloading = true;
    readFirstPage(m_count);
    m_reloading = false;
}

void LazyListModel::readFirstPage(int keepCount)
{
    beginResetModel();
    m_pages.clear();
    // The first page comes first: when it is not full it is the whole list;
    // otherwise the rest is counted in the background.
    ++m_generation;
    m_counting = false;
    QList<ListRow> first = m_query.fetch(0, PageSize);
    m_count = int(first.size());
    if (m_count == PageSize)
        m_count = qMax(m_count, keepCount);
    m_pages.insert(0, std::move(first));
    endResetModel();
    if (m_count >= PageSize)
        startCount();
    else
        emit countKnown(m_count);
}

void LazyListModel::tablesChanged(const QStringList &tables)
{
    for (const QString &t : tables)
        if (m_watched.contains(t)) {
            reload();
            return;
        }
}

const ListRow *LazyListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pages.size() >= MaxPages)
            m_pages.clear();   // a view shows a few pages at a time; the rest reloads cheaply
        it = m_pages.insert(page, m_query.fetch(page * PageSize, PageSize));
    }
    const int offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

qint64 LazyListModel::idAt(int row) const
{
    const ListRow *r = rowAt(row);
    return r ? r->id : 0;
}

int LazyListModel::rowOfId(qint64 id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        for (int i = 0; i < it->size(); ++i)
            if (it->at(i).id == id)
                return it.key() * PageSize + i;
    return -1;
}

int LazyListModel::locate(qint64 id, int near) const
{
    if (id <= 0)
        return -1;
    if (const int row = rowOfId(id); row >= 0)
        return row;
    if (near >= 0 && near < m_count && rowAt(near))   // reads the page it was in
        if (const int row = rowOfId(id); row >= 0)
            return row;
    const int row = m_query.position(id);
    return row < m_count ? row : -1;
}

int LazyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int LazyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString LazyListModel::displayText(const ListRow &row, int column) const
{
    const Column &c = m_columns.at(column);
    const QVariant v = row.values.value(column);
    if (v.isNull())
        return QString();
    switch (c.kind) {
    case Column::Date: {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        return ReportDates::date(d, QLocale());
    }
    case Column::Money: {
        const QString currency = c.currencyColumn >= 0 ? row.values.value(c.currencyColumn).toString() : QString();
        return Money::format(v.toLongLong(), currency.isEmpty() ? QStringLiteral("EUR") : currency);
    }
    case Column::Number:
        return QLocale().toString(v.toLongLong());
    case Column::Code:
        return Vocabulary::label(Vocabulary::List(c.vocabulary), v.toString());
    case Column::Languages:
        return v.toString().toUpper().replace(u',', QStringLiteral(", "));
    case Column::Text:
        break;
    }
    return v.toString();
}

QVariant LazyListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= m_columns.size())
        return {};
    const ListRow *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayText(*row, index.column());
    case IdRole:
        return row->id;
    case SortRole:
        return row->values.value(index.column());
    case Qt::TextAlignmentRole: {
        const Column::Kind k = m_columns.at(index.column()).kind;
        if (k == Column::Money || k == Column::Number)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    default:
        return {};
    }
}

QVariant LazyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
        return m_columns.at(section).header;
    return QAbstractTableModel::headerData(section, orientation, role);
}

Result LazyListModel::forEachRow(const std::function<bool(const ListRow &row)> &visit) const
{
    return m_query.forEach(visit);
}

void LazyListModel::sort(int column, Qt::SortOrder order)
{
    m_query.setSort(column, order == Qt::AscendingOrder);
    refresh();
}

} // namespace convivium::core
