#pragma once
#include "services/EditConflict.h"

#include <QDialog>

class QButtonGroup;
class QPushButton;

namespace convivium::ui {

// Shown when a save is refused because another organiser saved the record
// first: who and when, then each difference with both values side by side.
// The user picks one per line (nothing is picked for them: either choice
// would overwrite someone's work), or all of one side at once.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(const core::EditConflict &conflict, QWidget *parent = nullptr);

    // One per field of the conflict: true keeps the user's value.
    QList<bool> keepMine() const;
    void chooseAll(bool mine);
    void choose(int field, bool mine);
    QPushButton *saveButton() const { return m_save; }

private:
    void updateSave();

    QList<QButtonGroup *> m_choices;
    QPushButton *m_save;
};

} // namespace convivium::ui
