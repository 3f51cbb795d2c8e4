#include "views/RecordListView.h"
#include "models/LazyListModel.h"
#include "widgets/TablePlace.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace convivium::ui {

RecordListView::RecordListView(const QString &table, core::LazyListModel *model, DetailRenderer renderer, QWidget *parent)
    : QWidget(parent), m_table(table), m_model(model), m_renderer(std::move(renderer)), m_filter(new QLineEdit(this)),
      m_count(new QLabel(this)), m_view(new QTableView(this)), m_detail(new QTextBrowser(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_model->setParent(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter: type part of a name, an e-mail, a city…"));
    m_filter->setAccessibleName(tr("Filter the list"));
    m_filter->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("count"));

    m_view->setObjectName(QStringLiteral("table"));
    m_view->setAccessibleName(tr("Records"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(150);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(0, 280);

    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setAccessibleName(tr("Details of the selected record"));
    m_detail->setOpenLinks(false);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_view);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_filter, &QLineEdit::textChanged, m_model, &core::LazyListModel::setFilter);
    // After an edit (here or by another organiser) the list stays where it was;
    // after a new filter or sort it follows the record shown.
    new TablePlace(
        m_view, core::LazyListModel::IdRole, [this](qint64 id, int near) { return m_model->locate(id, near); },
        [this] { return m_model->isReloading(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        if (!m_model->isReloading())
            restoreSelection();
    });
    connect(m_model, &core::LazyListModel::countKnown, this, &RecordListView::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const qint64 id = current.isValid() ? m_model->idAt(current.row()) : 0;
        if (id == m_shownId)
            return;
        m_shownId = id;
        refreshDetail();
        emit currentChanged(id);
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit activated(m_model->idAt(index.row()));
    });
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        // Links look like "contributor:12".
        const QStringList parts = url.toString().split(u':');
        if (parts.size() == 2)
            emit linkActivated(parts.at(0), parts.at(1).toLongLong());
    });
    updateCount();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);   // the pane shows something from the start
    refreshDetail();
}

qint64 RecordListView::currentId() const
{
    return m_shownId;
}

void RecordListView::updateCount()
{
    m_count->setText(m_model->isCounting() ? tr("%1+ records…").arg(m_model->rowCount())
                                           : tr("%n record(s)", nullptr, m_model->rowCount()));
}

void RecordListView::restoreSelection()
{
    // After a new filter or sort keep showing the same record when it is among
    // the rows read: finding it anywhere in 100,000 rows is a query of its own
    // (a quarter of a second on a join), too slow for a keystroke or a click
    // on a column header. Otherwise the list starts at its top.
    const int row = m_model->rowOfId(m_shownId);
    if (row < 0 && m_model->rowCount() > 0 && m_model->rowCount() <= 1) {
        m_view->selectRow(0);
        return;
    }
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
    refreshDetail();
}

void RecordListView::showRecord(qint64 id)
{
    m_shownId = id;
    for (int row = 0; row < qMin(m_model->rowCount(), 2000); ++row)
        if (m_model->idAt(row) == id) {
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0));
            break;
        }
    refreshDetail();
}

void RecordListView::refreshDetail()
{
    if (m_shownId <= 0) {
        m_detail->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                              .arg(tr("Select a line to see its details.").toHtmlEscaped()));
        return;
    }
    m_detail->setHtml(m_renderer(m_shownId));
}

} // namespace convivium::ui
