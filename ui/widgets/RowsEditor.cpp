#include "widgets/RowsEditor.h"
#include "Icons.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace convivium::ui {

RowsEditor::RowsEditor(const QStringList &headers, RowFactory factory, QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, int(headers.size()), this)),
      m_add(new QPushButton(Icons::get(QStringLiteral("list-add")), tr("&Add"), this)),
      m_remove(new QPushButton(Icons::get(QStringLiteral("list-remove")), tr("&Remove"), this)),
      m_factory(std::move(factory))
{
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(140);
    // Read out as "Lines: Organisation, Title, From, To" until the form names it better.
    m_table->setAccessibleName(tr("Lines: %1").arg(headers.join(QStringLiteral(", "))));
    m_add->setAccessibleName(tr("Add a line"));
    m_remove->setAccessibleName(tr("Remove the selected line"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = addRow();
        if (QWidget *first = cell(row, 0))
            first->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        int row = m_table->currentRow();
        if (row < 0)
            row = rowCount() - 1;
        if (row >= 0)
            removeRow(row);
    });
}

void RowsEditor::watch(QWidget *w)
{
    if (auto *e = qobject_cast<QLineEdit *>(w))
        connect(e, &QLineEdit::textChanged, this, &RowsEditor::changed);
    else if (auto *c = qobject_cast<QComboBox *>(w))
        connect(c, &QComboBox::currentIndexChanged, this, &RowsEditor::changed);
    else if (auto *b = qobject_cast<QCheckBox *>(w))
        connect(b, &QCheckBox::toggled, this, &RowsEditor::changed);
    else if (auto *s = qobject_cast<QAbstractSpinBox *>(w))
        connect(s, &QAbstractSpinBox::editingFinished, this, &RowsEditor::changed);
    for (QWidget *child : w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (qobject_cast<QLineEdit *>(child))
            watch(child);
}

int RowsEditor::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QList<QWidget *> widgets = m_factory();
    for (int c = 0; c < widgets.size() && c < m_table->columnCount(); ++c) {
        m_table->setCellWidget(row, c, widgets.at(c));
        // A cell has no label beside it: it is read out by its column and line.
        if (widgets.at(c)->accessibleName().isEmpty())
            widgets.at(c)->setAccessibleName(tr("%1, line %2")
                                                 .arg(m_table->horizontalHeaderItem(c)->text())
                                                 .arg(row + 1));
        watch(widgets.at(c));
        // Moving into a cell selects its line, so Remove knows which one.
        widgets.at(c)->installEventFilter(this);
    }
    m_table->setCurrentCell(row, 0);
    emit changed();
    return row;
}

bool RowsEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn)
        for (int r = 0; r < m_table->rowCount(); ++r)
            for (int c = 0; c < m_table->columnCount(); ++c)
                if (m_table->cellWidget(r, c) == watched)
                    m_table->setCurrentCell(r, c);
    return QWidget::eventFilter(watched, event);
}

int RowsEditor::rowCount() const
{
    return m_table->rowCount();
}

QWidget *RowsEditor::cell(int row, int column) const
{
    return m_table->cellWidget(row, column);
}

void RowsEditor::removeRow(int row)
{
    m_table->removeRow(row);
    emit changed();
}

void RowsEditor::clear()
{
    m_table->setRowCount(0);
    emit changed();
}

} // namespace convivium::ui
