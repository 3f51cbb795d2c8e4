#include "dialogs/RecordDialog.h"
#include "dialogs/ConflictDialog.h"
#include "widgets/DateField.h"
#include "widgets/RowsEditor.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace convivium::ui {

RecordDialog::RecordDialog(const core::Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_tabs(new QTabWidget(this)), m_banner(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_messages(new FormMessages(this))
{
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #fdecea; color: #922b21; padding: 6px; border-radius: 3px;"));
    m_banner->setVisible(false);
    m_messages->setOkButton(okButton());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    resize(680, 560);
}

QPushButton *RecordDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString RecordDialog::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void RecordDialog::watchChanges(QWidget *form)
{
    for (QLineEdit *e : form->findChildren<QLineEdit *>())
        connect(e, &QLineEdit::textChanged, this, &RecordDialog::revalidate);
    for (QComboBox *c : form->findChildren<QComboBox *>())
        connect(c, &QComboBox::currentTextChanged, this, &RecordDialog::revalidate);
    for (QCheckBox *b : form->findChildren<QCheckBox *>())
        connect(b, &QCheckBox::toggled, this, &RecordDialog::revalidate);
    for (QAbstractSpinBox *s : form->findChildren<QAbstractSpinBox *>())
        connect(s, &QAbstractSpinBox::editingFinished, this, &RecordDialog::revalidate);
    for (RowsEditor *r : form->findChildren<RowsEditor *>())
        connect(r, &RowsEditor::changed, this, &RecordDialog::revalidate);
}

void RecordDialog::revalidate()
{
    updateDerived();
    m_messages->show(validate());
}

void RecordDialog::accept()
{
    updateDerived();
    const core::FieldErrors errors = validate();
    m_messages->show(errors);
    if (!errors.isEmpty())
        return;
    core::Result r = save();
    if (!r && r.isConflict() && r.conflictDetails())
        r = settle(*r.conflictDetails());
    if (!r) {
        m_banner->setText(r.message());
        m_banner->setVisible(true);
        return;
    }
    QDialog::accept();
}

core::Result RecordDialog::settle(const core::EditConflict &conflict)
{
    ConflictDialog dialog(conflict, this);
    emit conflictShown(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return core::Result::failure(tr("Not saved: someone else saved this record after you opened it. "
                                        "Press OK to compare again, or Cancel to leave your changes."));
    const core::Fallible<qint64> saved = conflict.resolve(dialog.keepMine());
    if (!saved)
        return saved.result();
    m_savedId = saved.value();
    return core::Result::success();
}

} // namespace convivium::ui
