#pragma once
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;

namespace convivium::core {
class Community;
class RegistrationTableModel;
}

namespace convivium::ui {

class RegistrationFilter;
class UserPrompts;

// The registrations of an event: filters by status, option, organisation and
// newcomers; new, edit, delete; status changes for the whole selection; and,
// when places free up, the offer to the oldest waiting registration that fits.
class RegistrationsPage : public QWidget
{
    Q_OBJECT
public:
    RegistrationsPage(core::Community &community, qint64 eventId, UserPrompts &prompts, QWidget *parent = nullptr);

    core::RegistrationTableModel *model() const { return m_model; }
    RegistrationFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QList<qint64> selectedIds() const;

public slots:
    void newRegistration();
    void editCurrent();
    void deleteSelected();
    void setSelectedStatus(const QString &status);
    void offerFreedPlaces();
    // The list as shown (filters, sort, columns) into a CSV file; false when nothing was written.
    bool exportCsv();

signals:
    void reported(const QString &message);   // for the status bar

private:
    void fillFilterChoices();
    void updateCount();

    core::Community &m_community;
    qint64 m_eventId;
    UserPrompts &m_prompts;
    core::RegistrationTableModel *m_model;
    RegistrationFilter *m_filter;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_status, *m_option, *m_organisation;
    QCheckBox *m_newcomers;
    QLabel *m_count;
    QPushButton *m_statusButton;
};

} // namespace convivium::ui
