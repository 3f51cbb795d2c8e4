#include "import/ImportMappingEditor.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace convivium::ui {

namespace {
// The field next to the column's title, so each row reads "Prénom → Given name".
enum Column { Title, Field, Samples };
constexpr int SampleCount = 3;
}

ImportMappingEditor::ImportMappingEditor(QWidget *parent) : QWidget(parent), m_table(new QTableWidget(this))
{
    m_table->setObjectName(QStringLiteral("mapping"));
    m_table->setAccessibleName(tr("Columns of the file and the fields they fill"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Column of the file"), tr("Imported as"), tr("Values")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);   // the combos take the focus
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(Title, QHeaderView::Interactive);
    header->setSectionResizeMode(Samples, QHeaderView::Stretch);
    header->setSectionResizeMode(Field, QHeaderView::Interactive);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

void ImportMappingEditor::setColumns(core::ImportMapping::Kind kind, const QStringList &titles,
                                     const QList<QStringList> &samples, const core::ImportMapping &mapping)
{
    m_table->clearContents();
    m_table->setRowCount(int(titles.size()));
    const QStringList fields = core::ImportMapping::fields(kind);
    int comboWidth = 0;
    for (int c = 0; c < titles.size(); ++c) {
        auto *title = new QTableWidgetItem(titles.at(c));
        title->setToolTip(titles.at(c));
        m_table->setItem(c, Title, title);
        QStringList values;
        for (const QString &v : samples.value(c))
            if (!v.trimmed().isEmpty() && values.size() < SampleCount)
                values << v.simplified();
        auto *sample = new QTableWidgetItem(values.join(QStringLiteral(" · ")));
        sample->setToolTip(values.join(u'\n'));
        m_table->setItem(c, Samples, sample);

        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("field%1").arg(c));
        combo->setAccessibleName(tr("Field for the column %1").arg(titles.at(c)));
        combo->addItem(tr("(ignore)"), QString());
        combo->insertSeparator(1);
        for (const QString &f : fields)
            combo->addItem(core::ImportMapping::fieldLabel(f), f);
        combo->setMaxVisibleItems(fields.size() + 2);
        combo->setCurrentIndex(qMax(0, combo->findData(mapping.field(c))));
        comboWidth = qMax(comboWidth, combo->sizeHint().width());
        connect(combo, &QComboBox::currentIndexChanged, this, [this, c] { onFieldChosen(c); });
        m_table->setCellWidget(c, Field, combo);
        showIgnored(c);
    }
    if (QComboBox *first = fieldCombo(0))
        m_table->verticalHeader()->setDefaultSectionSize(first->sizeHint().height() + 4);
    m_table->resizeColumnToContents(Title);
    m_table->setColumnWidth(Title, qMin(m_table->columnWidth(Title) + 12, 260));
    m_table->setColumnWidth(Field, qMax(comboWidth + 8, 200));
}

int ImportMappingEditor::columnCount() const
{
    return m_table->rowCount();
}

QComboBox *ImportMappingEditor::fieldCombo(int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(column, Field));
}

QString ImportMappingEditor::field(int column) const
{
    const QComboBox *combo = fieldCombo(column);
    return combo ? combo->currentData().toString() : QString();
}

bool ImportMappingEditor::setField(int column, const QString &field)
{
    QComboBox *combo = fieldCombo(column);
    const int index = combo ? combo->findData(field) : -1;
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

core::ImportMapping ImportMappingEditor::mapping() const
{
    core::ImportMapping m;
    for (int c = 0; c < columnCount(); ++c)
        m.set(c, field(c));
    return m;
}

void ImportMappingEditor::onFieldChosen(int column)
{
    const QString chosen = field(column);
    if (!chosen.isEmpty())
        for (int c = 0; c < columnCount(); ++c)
            if (c != column && field(c) == chosen) {
                const QSignalBlocker blocker(fieldCombo(c));
                fieldCombo(c)->setCurrentIndex(0);
                showIgnored(c);
            }
    showIgnored(column);
    emit mappingChanged();
}

// An ignored column is greyed, so the eye goes to what is imported.
void ImportMappingEditor::showIgnored(int column)
{
    const bool ignored = field(column).isEmpty();
    const QBrush brush = ignored ? palette().brush(QPalette::Disabled, QPalette::Text) : palette().brush(QPalette::Text);
    for (int part : {Title, Samples})
        if (QTableWidgetItem *item = m_table->item(column, part))
            item->setForeground(brush);
}

} // namespace convivium::ui
