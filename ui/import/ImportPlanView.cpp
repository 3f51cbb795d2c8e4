#include "import/ImportPlanView.h"
#include "Icons.h"
#include "import/ImportPlanModel.h"
#include "import/ImportSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace convivium::ui {

namespace {

// Shown in full, a file with thousands of bad lines would take long to lay
// out; its first problems tell what is wrong with it.
constexpr int ShownIssues = 500;

QTableWidget *issueTable(const QString &name, const QString &spoken)
{
    auto *table = new QTableWidget;
    table->setObjectName(name);
    table->setAccessibleName(spoken);
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels(
        {ImportPlanView::tr("Line"), ImportPlanView::tr("Column"), ImportPlanView::tr("What is wrong")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(true);   // the messages say what to write instead: they are read whole
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    // Rows as tall as their wrapped message at the width the table ends up with.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(0, 60);
    table->setColumnWidth(1, 150);
    return table;
}

} // namespace

ImportPlanView::ImportPlanView(ImportSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new ImportPlanModel(session, this)),
      m_filter(new QSortFilterProxyModel(this)), m_summary(new QLabel(this)), m_organisations(new QLabel(this)),
      m_blocking(new QLabel(this)), m_show(new QComboBox(this)), m_table(new QTableView(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)), m_lists(new QTabWidget(this)), m_issues(issueTable(QStringLiteral("issues"), tr("Problems that block the import"))),
      m_warnings(issueTable(QStringLiteral("warnings"), tr("Warnings")))
{
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_organisations->setObjectName(QStringLiteral("newOrganisations"));
    m_organisations->setWordWrap(true);
    m_blocking->setObjectName(QStringLiteral("blocking"));
    m_blocking->setWordWrap(true);
    m_blocking->setStyleSheet(QStringLiteral("color: #c0392b;"));

    // The filter is applied when chosen, not as lines are unticked: a line
    // does not vanish under the pointer.
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(ImportPlanModel::ActionRole);
    m_filter->setFilterKeyColumn(ImportPlanModel::Action);
    m_filter->setDynamicSortFilter(false);
    m_show->setObjectName(QStringLiteral("show"));
    m_show->addItem(tr("All lines"), QString());
    m_show->addItem(tr("Lines to create or update"), QStringLiteral("^(create|update)$"));
    m_show->addItem(tr("New only"), QStringLiteral("^create$"));
    m_show->addItem(tr("Updates only"), QStringLiteral("^update$"));
    m_show->addItem(tr("Lines left as they are"), QStringLiteral("^(skip|skipped)$"));
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_show);
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setFilterRegularExpression(m_show->currentData().toString()); });

    m_table->setObjectName(QStringLiteral("planRows"));
    m_table->setAccessibleName(tr("Lines of the import"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ImportPlanModel::Line, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ImportPlanModel::Line, m_table->fontMetrics().horizontalAdvance(ImportPlanModel::tr("Form row")) + 28);
    m_table->setColumnWidth(ImportPlanModel::Action,
                            m_table->fontMetrics().horizontalAdvance(ImportPlanModel::tr("Skip (your choice)")) + 48);

    m_lists->setObjectName(QStringLiteral("issueTabs"));
    m_lists->setDocumentMode(true);
    m_lists->addTab(m_issues, Icons::get(QStringLiteral("dialog-error")), QString());
    m_lists->addTab(m_warnings, Icons::get(QStringLiteral("dialog-warning")), QString());
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_lists);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *showRow = new QHBoxLayout;
    showRow->addWidget(showLabel);
    showRow->addWidget(m_show);
    showRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_organisations);
    layout->addWidget(m_blocking);
    layout->addLayout(showRow);
    layout->addWidget(m_splitter, 1);

    connect(m_model, &ImportPlanModel::skipsChanged, this, [this] {
        updateTexts();
        emit skipsChanged();
    });
    reload();
}

void ImportPlanView::reload()
{
    m_model->reload();
    m_filter->invalidate();
    // Names and addresses whole where they fit; the changes take the rest.
    m_table->resizeColumnToContents(ImportPlanModel::Record);
    m_table->setColumnWidth(ImportPlanModel::Record, qBound(200, m_table->columnWidth(ImportPlanModel::Record) + 8, 420));
    const core::ImportPlan &plan = m_session.plan();
    fill(m_issues, plan.issues);
    fill(m_warnings, plan.warnings);
    // Only the lists that have something; the problems first.
    m_lists->setTabText(0, tr("Problems to fix (%1)").arg(plan.issues.size()));
    m_lists->setTabText(1, tr("Warnings (%1)").arg(plan.warnings.size()));
    m_lists->setTabVisible(0, !plan.issues.isEmpty());
    m_lists->setTabVisible(1, !plan.warnings.isEmpty());
    m_lists->setCurrentIndex(plan.issues.isEmpty() ? 1 : 0);
    m_lists->setVisible(!plan.issues.isEmpty() || !plan.warnings.isEmpty());
    // Problems are what the user must read next: they get as much room as the lines.
    const int height = qMax(m_splitter->height(), 400);
    m_splitter->setSizes(plan.issues.isEmpty() ? QList<int>{height * 3 / 4, height / 4}
                                               : QList<int>{height / 2, height / 2});
    updateTexts();
}

void ImportPlanView::updateTexts()
{
    const core::ImportPlan &plan = m_session.plan();
    m_summary->setText(m_session.summary());
    const QStringList organisations = m_session.newOrganisations();
    m_organisations->setText(tr("%n organisation(s) unknown to the community will be created: %1", nullptr,
                                int(organisations.size()))
                                 .arg(organisations.join(QStringLiteral(", "))));
    m_organisations->setVisible(!organisations.isEmpty());
    QString blocking;
    if (!plan.issues.isEmpty())
        blocking = tr("%n line(s) cannot be imported, see the problems below. Correct the file (or the column choices) "
                      "and read it again: nothing is imported while a line is wrong.", nullptr, plan.faultyLines());
    else if (m_session.changeCount() == 0)
        blocking = tr("Nothing to import: every line is already in the community as it is, or left out.");
    m_blocking->setText(blocking);
    m_blocking->setVisible(!blocking.isEmpty());
}

void ImportPlanView::fill(QTableWidget *list, const QList<core::ImportIssue> &issues)
{
    const int shown = int(qMin<qsizetype>(issues.size(), ShownIssues));
    list->clearContents();
    list->setRowCount(shown + (issues.size() > shown ? 1 : 0));
    for (int r = 0; r < shown; ++r) {
        const core::ImportIssue &issue = issues.at(r);
        auto *line = new QTableWidgetItem(issue.line > 0 ? QString::number(issue.line) : QStringLiteral("—"));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignTop);
        list->setItem(r, 0, line);
        auto *column = new QTableWidgetItem(issue.column);
        column->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        list->setItem(r, 1, column);
        auto *message = new QTableWidgetItem(issue.message);
        message->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        list->setItem(r, 2, message);
    }
    if (issues.size() > shown)
        list->setItem(shown, 2, new QTableWidgetItem(tr("… and %1 more.").arg(issues.size() - shown)));
}

bool ImportPlanView::setRowSkipped(int row, bool skipped)
{
    return m_model->setData(m_model->index(row, ImportPlanModel::Action), skipped ? Qt::Unchecked : Qt::Checked,
                            Qt::CheckStateRole);
}

} // namespace convivium::ui
