#pragma once
#include "services/RetentionPolicy.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace convivium::core {
class Community;
}

namespace convivium::ui {

// File ▸ Data Retention: how many years after an event the personal details
// of its registrations are kept, the registrations past that period with what
// they still hold, and Purge Now, one undoable edit. The period is saved
// with the community when the dialog is closed with Save.
class RetentionDialog : public QDialog
{
    Q_OBJECT
public:
    RetentionDialog(core::Community &community, QWidget *parent = nullptr);

    QSpinBox *yearsField() const { return m_years; }
    QPushButton *purgeButton() const { return m_purge; }
    QTreeWidget *preview() const { return m_preview; }
    QString message() const { return m_message; }   // what was done, for the status bar
    void setToday(const QDate &today);               // tests: the date the period counts from

    void accept() override;

private:
    void refresh();
    void purge();

    core::Community &m_community;
    QSpinBox *m_years;
    QTreeWidget *m_preview;
    QLabel *m_summary;
    QPushButton *m_purge;
    QList<core::ExpiredRegistration> m_expired;
    QDate m_today = QDate::currentDate();
    QString m_message;
};

} // namespace convivium::ui
