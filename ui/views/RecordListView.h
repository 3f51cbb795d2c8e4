#pragma once
#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace convivium::core {
class LazyListModel;
}

namespace convivium::ui {

// One section of the main window: a list that sorts by any column and
// filters as you type, and a pane showing the selected record's relations.
class RecordListView : public QWidget
{
    Q_OBJECT
public:
    using DetailRenderer = std::function<QString(qint64 id)>;

    RecordListView(const QString &table, core::LazyListModel *model, DetailRenderer renderer, QWidget *parent = nullptr);

    QString table() const { return m_table; }
    core::LazyListModel *model() const { return m_model; }
    QLineEdit *filterField() const { return m_filter; }
    QTableView *tableView() const { return m_view; }
    QTextBrowser *detailPane() const { return m_detail; }
    QSplitter *splitter() const { return m_splitter; }

    qint64 currentId() const;
    void showRecord(qint64 id);          // selects it if listed, and shows its detail
    void refreshDetail();

signals:
    void currentChanged(qint64 id);
    void activated(qint64 id);           // double click or Enter: edit it
    void linkActivated(const QString &table, qint64 id);

private:
    void updateCount();
    void restoreSelection();

    QString m_table;
    core::LazyListModel *m_model;
    DetailRenderer m_renderer;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_view;
    QTextBrowser *m_detail;
    QSplitter *m_splitter;
    qint64 m_shownId = 0;
};

} // namespace convivium::ui
