#include "import/ImportPlanView.h"
#include "import/ImportPlanModel.h"
#include "import/ImportSession.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace convivium::ui {

namespace {

QTreeWidget *issueTree(const QString &name)
{
    auto *tree = new QTreeWidget;
    tree->setObjectName(name);
    tree->setColumnCount(3);
    tree->setHeaderLabels({ImportPlanView::tr("Line"), ImportPlanView::tr("Column"), ImportPlanView::tr("What is wrong")});
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(false);
    tree->setWordWrap(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setStretchLastSection(true);
    tree->setColumnWidth(0, 60);
    tree->setColumnWidth(1, 140);
    return tree;
}

} // namespace

ImportPlanView::ImportPlanView(ImportSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new ImportPlanModel(session, this)),
      m_filter(new QSortFilterProxyModel(this)), m_summary(new QLabel(this)), m_organisations(new QLabel(this)),
      m_blocking(new QLabel(this)), m_show(new QComboBox(this)), m_table(new QTableView(this)),
      m_lists(new QWidget(this)), m_issueBox(new QGroupBox(m_lists)), m_warningBox(new QGroupBox(m_lists)), m_issues(issueTree(QStringLiteral("issues"))),
      m_warnings(issueTree(QStringLiteral("warnings")))
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
    m_table->setColumnWidth(ImportPlanModel::Record, 260);

    auto *issueLayout = new QVBoxLayout(m_issueBox);
    issueLayout->addWidget(m_issues);
    auto *warningLayout = new QVBoxLayout(m_warningBox);
    warningLayout->addWidget(m_warnings);
    auto *listLayout = new QHBoxLayout(m_lists);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_issueBox);
    listLayout->addWidget(m_warningBox);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_lists);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

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
    layout->addWidget(splitter, 1);

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
    const core::ImportPlan &plan = m_session.plan();
    fill(m_issues, plan.issues);
    fill(m_warnings, plan.warnings);
    m_issueBox->setTitle(tr("Problems to fix (%1)").arg(plan.issues.size()));
    m_warningBox->setTitle(tr("Warnings (%1)").arg(plan.warnings.size()));
    m_issueBox->setVisible(!plan.issues.isEmpty());
    m_warningBox->setVisible(!plan.warnings.isEmpty());
    m_lists->setVisible(!plan.issues.isEmpty() || !plan.warnings.isEmpty());
    updateTexts();
}

void ImportPlanView::updateTexts()
{
    const core::ImportPlan &plan = m_session.plan();
    m_summary->setText(m_session.summary());
    const QStringList organisations = m_session.planToApply().newOrganisations;
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

void ImportPlanView::fill(QTreeWidget *list, const QList<core::ImportIssue> &issues)
{
    list->clear();
    for (const core::ImportIssue &issue : issues) {
        auto *item = new QTreeWidgetItem(list);
        item->setText(0, issue.line > 0 ? QString::number(issue.line) : QStringLiteral("—"));
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignTop);
        item->setText(1, issue.column);
        item->setText(2, issue.message);
        item->setToolTip(2, issue.message);
    }
}

bool ImportPlanView::setRowSkipped(int row, bool skipped)
{
    return m_model->setData(m_model->index(row, ImportPlanModel::Action), skipped ? Qt::Unchecked : Qt::Checked,
                            Qt::CheckStateRole);
}

} // namespace convivium::ui
