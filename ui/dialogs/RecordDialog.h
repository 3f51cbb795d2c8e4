#pragma once
#include "Result.h"
#include "services/Validation.h"
#include "widgets/FormMessages.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace convivium::core {
class Database;
class EditConflict;
}

namespace convivium::ui {

class ConflictDialog;

// What every record form shares: tabs, inline messages, OK enabled only
// while the record is valid, and a banner when saving itself fails (a
// locked database, say), in which case the form stays open with the input.
class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    RecordDialog(const core::Database &db, QWidget *parent);

    QPushButton *okButton() const;
    qint64 savedId() const { return m_savedId; }   // the record saved, once accepted
    FormMessages *messages() const { return m_messages; }
    QString bannerText() const;

signals:
    // The user asked to open another record from a message (e.g. the owner of an e-mail).
    void openRecordRequested(const QString &table, qint64 id);
    // A save was refused over someone else's: the dialog is about to ask which values to keep.
    void conflictShown(ConflictDialog *dialog);

public slots:
    void revalidate();
    void accept() override;

protected:
    // Recomputes what the form shows besides messages (a summary, say) before validation.
    virtual void updateDerived() {}
    virtual core::FieldErrors validate() const = 0;
    virtual core::Result save() = 0;
    QTabWidget *tabs() const { return m_tabs; }
    void watchChanges(QWidget *form);   // revalidate on any edit inside

    const core::Database &m_db;
    qint64 m_savedId = 0;

private:
    // Someone else saved the record first: the user compares and chooses.
    core::Result settle(const core::EditConflict &conflict);
    QTabWidget *m_tabs;
    QLabel *m_banner;
    QDialogButtonBox *m_buttons;
    FormMessages *m_messages;
};

} // namespace convivium::ui
