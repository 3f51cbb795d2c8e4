#pragma once
#include "dialogs/RecordDialog.h"
#include "domain/Contributor.h"

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace convivium::core {
class CommunityEditor;
}

namespace convivium::ui {

class DateField;
class RowsEditor;

// Creates or edits a contributor (an individual): names, e-mails, languages,
// handles, affiliations over time, contribution kinds, code of conduct and consents.
class ContributorDialog : public RecordDialog
{
    Q_OBJECT
public:
    ContributorDialog(const core::Database &db, core::CommunityEditor &editor, QWidget *parent = nullptr);

    void setContributor(const core::Contributor &c);
    core::Contributor contributor() const;

protected:
    core::FieldErrors validate() const override;
    core::Result save() override;

private:
    void addAffiliationRow(const core::Affiliation &a);
    void addHandleRow(const core::Handle &h);

    core::CommunityEditor &m_editor;
    core::Contributor m_original;
    QLineEdit *m_givenName, *m_familyName, *m_email, *m_otherEmails, *m_phone, *m_languages;
    DateField *m_firstSeen, *m_codeOfConduct;
    QList<QCheckBox *> m_kinds;
    struct ConsentRow {
        QString kind;
        QCheckBox *box;
        DateField *date;
    };
    QList<ConsentRow> m_consents;
    QPlainTextEdit *m_notes;
    RowsEditor *m_affiliations;
    RowsEditor *m_handles;
};

} // namespace convivium::ui
