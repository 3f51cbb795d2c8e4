#pragma once
#include "dialogs/RecordDialog.h"
#include "domain/Event.h"

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace convivium::core {
class EventEditor;
}

namespace convivium::ui {

class DateField;
class OrganisationPicker;
class RowsEditor;
class VocabularyCombo;

// Creates or edits an event: what, when (with transit days), where (the
// venue), registrations, capacity, fees, lodging options and meal prices.
class EventDialog : public RecordDialog
{
    Q_OBJECT
public:
    EventDialog(const core::Database &db, core::EventEditor &editor, QWidget *parent = nullptr);

    void setEvent(const core::Event &event);
    core::Event event() const;

protected:
    core::FieldErrors validate() const override;
    core::Result save() override;

private:
    void addOptionRow(const core::LodgingOption &option);

    core::EventEditor &m_editor;
    core::Event m_original;
    QLineEdit *m_title, *m_edition, *m_currency, *m_venueName, *m_venueWebsite, *m_contactName, *m_contactEmail,
        *m_contactPhone;
    VocabularyCombo *m_kind, *m_mode, *m_status;
    DateField *m_start, *m_end, *m_opens, *m_deadline;
    QSpinBox *m_transitStart, *m_transitEnd, *m_capacity;
    OrganisationPicker *m_organiser;
    QPlainTextEdit *m_topics, *m_feePolicy, *m_venueAddress, *m_notes;
    RowsEditor *m_options;
    QLineEdit *m_breakfast, *m_lunch, *m_dinner;
};

} // namespace convivium::ui
