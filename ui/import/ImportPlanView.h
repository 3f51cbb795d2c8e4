#pragma once
#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace convivium::core {
struct ImportIssue;
}

namespace convivium::ui {

class ImportPlanModel;
class ImportSession;

// The dry run of an import as the user checks it: the counts, every line
// with what will happen to it (untick one to skip it), the problems that
// block the import (line, column, why) and the warnings that do not.
class ImportPlanView : public QWidget
{
    Q_OBJECT
public:
    explicit ImportPlanView(ImportSession &session, QWidget *parent = nullptr);

    // After ImportSession::replan().
    void reload();
    // Rows as in the plan, whatever the filter shows.
    bool setRowSkipped(int row, bool skipped);

    QLabel *summaryLabel() const { return m_summary; }
    QLabel *blockingLabel() const { return m_blocking; }
    QComboBox *filterCombo() const { return m_show; }
    QTableView *table() const { return m_table; }
    ImportPlanModel *model() const { return m_model; }
    // Line, column and what is wrong, one row per issue.
    QTableWidget *issueList() const { return m_issues; }
    QTableWidget *warningList() const { return m_warnings; }

signals:
    void skipsChanged();

private:
    void updateTexts();
    static void fill(QTableWidget *list, const QList<core::ImportIssue> &issues);

    ImportSession &m_session;
    ImportPlanModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLabel *m_summary;
    QLabel *m_organisations;
    QLabel *m_blocking;
    QComboBox *m_show;
    QTableView *m_table;
    QSplitter *m_splitter;
    QTabWidget *m_lists;
    QTableWidget *m_issues;
    QTableWidget *m_warnings;
};

} // namespace convivium::ui
