#include "dialogs/ConflictDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace convivium::ui {

namespace {

enum Side { Mine = 1, Theirs = 2 };

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

ConflictDialog::ConflictDialog(const core::EditConflict &conflict, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Someone Else Saved This Record"));
    auto *intro = new QLabel(conflict.explanation(), this);
    intro->setWordWrap(true);

    auto *grid = new QWidget(this);
    auto *layout = new QGridLayout(grid);
    const QString other = conflict.author().isEmpty() ? tr("Their version") : tr("%1’s version").arg(conflict.author());
    layout->addWidget(heading(tr("Field"), grid), 0, 0);
    layout->addWidget(heading(tr("Your version"), grid), 0, 1);
    layout->addWidget(heading(other, grid), 0, 2);
    int row = 1;
    for (const core::ConflictField &field : conflict.fields()) {
        auto *label = new QLabel(field.label, grid);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto *mine = new QRadioButton(field.mine, grid);
        auto *theirs = new QRadioButton(field.theirs, grid);
        mine->setAccessibleName(tr("%1: keep yours, %2").arg(field.label, field.mine));
        theirs->setAccessibleName(tr("%1: take theirs, %2").arg(field.label, field.theirs));
        auto *group = new QButtonGroup(this);
        group->addButton(mine, Mine);
        group->addButton(theirs, Theirs);
        connect(group, &QButtonGroup::idToggled, this, &ConflictDialog::updateSave);
        m_choices << group;
        layout->addWidget(label, row, 0);
        layout->addWidget(mine, row, 1, Qt::AlignTop);
        layout->addWidget(theirs, row, 2, Qt::AlignTop);
        ++row;
    }
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(2, 1);
    layout->setRowStretch(row, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save My Choices"), QDialogButtonBox::AcceptRole);
    QPushButton *allMine = buttons->addButton(tr("All Mine"), QDialogButtonBox::ActionRole);
    QPushButton *allTheirs = buttons->addButton(tr("All Theirs"), QDialogButtonBox::ActionRole);
    buttons->addButton(tr("Back to the Form"), QDialogButtonBox::RejectRole);
    connect(allMine, &QPushButton::clicked, this, [this] { chooseAll(true); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { chooseAll(false); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *main = new QVBoxLayout(this);
    main->addWidget(intro);
    main->addWidget(scroll, 1);
    main->addWidget(buttons);
    resize(640, 420);
    updateSave();
}

QList<bool> ConflictDialog::keepMine() const
{
    QList<bool> out;
    for (const QButtonGroup *group : m_choices)
        out << (group->checkedId() == Mine);
    return out;
}

void ConflictDialog::chooseAll(bool mine)
{
    for (int i = 0; i < m_choices.size(); ++i)
        choose(i, mine);
}

void ConflictDialog::choose(int field, bool mine)
{
    if (QAbstractButton *b = m_choices.value(field) ? m_choices.at(field)->button(mine ? Mine : Theirs) : nullptr)
        b->setChecked(true);
}

void ConflictDialog::updateSave()
{
    const bool complete = std::all_of(m_choices.cbegin(), m_choices.cend(), [](const QButtonGroup *g) { return g->checkedId() > 0; });
    m_save->setEnabled(complete);
    m_save->setToolTip(complete ? QString() : tr("Choose a version on every line first."));
}

} // namespace convivium::ui
