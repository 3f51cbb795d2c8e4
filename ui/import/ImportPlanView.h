#pragma once
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

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
    QTreeWidget *issueList() const { return m_issues; }
    QTreeWidget *warningList() const { return m_warnings; }

signals:
    void skipsChanged();

private:
    void updateTexts();
    static void fill(QTreeWidget *list, const QList<core::ImportIssue> &issues);

    ImportSession &m_session;
    ImportPlanModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLabel *m_summary;
    QLabel *m_organisations;
    QLabel *m_blocking;
    QComboBox *m_show;
    QTableView *m_table;
    QWidget *m_lists;
    QGroupBox *m_issueBox;
    QGroupBox *m_warningBox;
    QTreeWidget *m_issues;
    QTreeWidget *m_warnings;
};

} // namespace convivium::ui
