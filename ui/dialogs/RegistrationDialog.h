#pragma once
#include "dialogs/RecordDialog.h"
#include "domain/Event.h"
#include "domain/Registration.h"
#include "services/RegistrationRules.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace convivium::core {
class Community;
}

namespace convivium::ui {

class ContributorPicker;
class DateField;
class OrganisationPicker;
class RowsEditor;
class VocabularyCombo;

// The registration form, following the community's pre-registration form:
// who, when (with the first and last meal), lodging, roommates, diet and
// needs, travel, payer, consent. It shows the nights, the meals and the
// amount due as the user types, and offers the waiting list when full.
class RegistrationDialog : public RecordDialog
{
    Q_OBJECT
public:
    RegistrationDialog(core::Community &community, qint64 eventId, QWidget *parent = nullptr);

    void setRegistration(const core::Registration &r);
    core::Registration registration() const;
    QString summaryText() const;          // "3 nights, 8 meals — 186,00 €"
    QLabel *summaryLabel() const { return m_summary; }

public slots:
    void createContributor();

protected:
    void updateDerived() override;
    core::FieldErrors validate() const override;
    core::Result save() override;

private:
    void updateSummary();
    core::RegistrationCheck m_check;
    void fillDefaultsForDates();

    core::Community &m_community;
    core::Event m_event;
    QList<core::Registration> m_others;
    core::Registration m_original;
    ContributorPicker *m_contributor;
    QPushButton *m_newContributor;
    DateField *m_arrival, *m_departure;
    QComboBox *m_firstMeal, *m_lastMeal, *m_option;
    VocabularyCombo *m_status;
    QLineEdit *m_diet, *m_allergies, *m_topics, *m_travel, *m_carSharing;
    QPlainTextEdit *m_wishes, *m_refusals, *m_accessibility, *m_notes;
    RowsEditor *m_preferences;
    QCheckBox *m_onboarding, *m_consent, *m_waitlist;
    OrganisationPicker *m_payer;
    QLabel *m_summary, *m_warnings;
};

} // namespace convivium::ui
