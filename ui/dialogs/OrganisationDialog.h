#pragma once
#include "dialogs/RecordDialog.h"
#include "domain/Organisation.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace convivium::core {
class CommunityEditor;
}

namespace convivium::ui {

class DateField;
class OrganisationPicker;
class RowsEditor;
class VocabularyCombo;

// Creates or edits an organisation: identity, platform, parent, relations,
// roles, membership years and consent to the public "who uses it" list.
class OrganisationDialog : public RecordDialog
{
    Q_OBJECT
public:
    OrganisationDialog(const core::Database &db, core::CommunityEditor &editor, QWidget *parent = nullptr);

    void setOrganisation(const core::Organisation &org);
    core::Organisation organisation() const;

protected:
    core::FieldErrors validate() const override;
    core::Result save() override;

private:
    void addRelationRow(const core::OrganisationRelation &r);
    void addMembershipRow(const core::OrganisationMembership &m);

    core::CommunityEditor &m_editor;
    core::Organisation m_original;
    QLineEdit *m_name, *m_acronym, *m_country, *m_city, *m_website, *m_platformName, *m_platformUrl;
    VocabularyCombo *m_kind;
    OrganisationPicker *m_parent;
    QList<QCheckBox *> m_roles;
    QCheckBox *m_consent;
    DateField *m_consentOn;
    QPlainTextEdit *m_notes;
    RowsEditor *m_relations;
    RowsEditor *m_memberships;
};

} // namespace convivium::ui
