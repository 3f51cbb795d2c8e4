#pragma once
#include "dialogs/RecordDialog.h"
#include "domain/FundedDevelopment.h"

class QLabel;
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

// A development co-financed by several organisations: provider, contract,
// budget, status and each funder's pledged and paid share.
class FundedDevelopmentDialog : public RecordDialog
{
    Q_OBJECT
public:
    FundedDevelopmentDialog(const core::Database &db, core::CommunityEditor &editor, QWidget *parent = nullptr);

    void setDevelopment(const core::FundedDevelopment &d);
    core::FundedDevelopment development() const;

protected:
    core::FieldErrors validate() const override;
    core::Result save() override;

private:
    void updateTotals();

    core::CommunityEditor &m_editor;
    core::FundedDevelopment m_original;
    QLineEdit *m_title, *m_budget, *m_currency;
    QPlainTextEdit *m_description, *m_notes;
    OrganisationPicker *m_provider;
    VocabularyCombo *m_contract, *m_status;
    DateField *m_started, *m_delivered;
    RowsEditor *m_shares;
    QLabel *m_totals;
};

} // namespace convivium::ui
