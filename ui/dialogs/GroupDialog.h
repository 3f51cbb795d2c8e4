#pragma once
#include "dialogs/RecordDialog.h"
#include "domain/Group.h"

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace convivium::core {
class CommunityEditor;
}

namespace convivium::ui {

class OrganisationPicker;
class RowsEditor;
class VocabularyCombo;

// Creates or edits a working group or governance body, its members with
// their roles and dates, and its meetings.
class GroupDialog : public RecordDialog
{
    Q_OBJECT
public:
    GroupDialog(const core::Database &db, core::CommunityEditor &editor, QWidget *parent = nullptr);

    void setGroup(const core::Group &g);
    core::Group group() const;

protected:
    core::FieldErrors validate() const override;
    core::Result save() override;

private:
    core::CommunityEditor &m_editor;
    core::Group m_original;
    QLineEdit *m_name, *m_channel, *m_repository;
    VocabularyCombo *m_kind, *m_cadence, *m_status;
    OrganisationPicker *m_organisation;
    QSpinBox *m_seats;
    QPlainTextEdit *m_mission, *m_notes;
    RowsEditor *m_members;
    RowsEditor *m_meetings;
};

} // namespace convivium::ui
