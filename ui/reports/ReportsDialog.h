#pragma once
#include "Result.h"
#include "reports/ReportCatalog.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QListWidget;
class QPushButton;

namespace convivium::core {
class Community;
class Database;
}

namespace convivium::ui {

class UserPrompts;

// The reports window: pick a report, its event and choices, then preview,
// print or export it (PDF, CSV, HTML). Choices can be saved as named
// templates kept with the community. Questions and errors go through
// UserPrompts, so tests script them.
class ReportsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Format { Pdf, Csv, Html };

    ReportsDialog(core::Community &community, UserPrompts &prompts, QWidget *parent = nullptr);

    // What is chosen, for tests and templates.
    QString currentReport() const;
    bool selectReport(const QString &name);
    qint64 currentEventId() const;
    bool selectEvent(qint64 eventId);
    core::ReportOptions options() const;
    // The participant columns, in the listed order, ticked ones only.
    QStringList checkedColumns() const;
    bool setColumnChecked(const QString &key, bool checked);
    bool moveColumn(const QString &key, int delta);   // -1 up, +1 down
    // Sort and grouping choices: column keys, empty for the report's own.
    bool setSort(const QString &key, bool descending = false);
    bool setGroup(const QString &key);
    QStringList templateNames() const;
    QString currentTemplate() const;

    QListWidget *reportList() const { return m_reports; }
    QComboBox *eventCombo() const { return m_events; }
    QComboBox *orientationCombo() const { return m_orientation; }
    QComboBox *templateCombo() const { return m_templates; }
    QCheckBox *publicCheck() const { return m_public; }
    QCheckBox *statusCheck(const QString &code) const { return m_statuses.value(code); }
    QListWidget *columnList() const { return m_columns; }
    QComboBox *sortCombo() const { return m_sort; }
    QCheckBox *descendingCheck() const { return m_descending; }
    QComboBox *groupCombo() const { return m_group; }

    // Asks for a file name, builds the report and writes it; false when
    // cancelled or failed (the user was told why).
    bool exportReport(Format format);

public slots:
    void preview();
    void print();
    void exportPdf() { exportReport(Format::Pdf); }
    void exportCsv() { exportReport(Format::Csv); }
    void exportHtml() { exportReport(Format::Html); }
    void saveTemplateAs();                       // asks for a name
    core::Result saveTemplate(const QString &name);
    void deleteTemplate();
    bool applyTemplate(const QString &name);

private:
    void updateEnabled();
    void loadEvents();
    void reloadTemplates(const QString &select);
    void resetColumns(const QStringList &checkedInOrder);
    void refillArrangement();   // the sort and group choices of the current report and columns
    void moveCurrentColumn(int delta);
    core::Fallible<core::ReportTable> buildTable() const;
    void showError(const QString &message);

    core::Community &m_community;
    const core::Database &m_db;
    UserPrompts &m_prompts;
    QListWidget *m_reports;
    QComboBox *m_events;
    QHash<QString, QCheckBox *> m_statuses;
    QComboBox *m_orientation;
    QCheckBox *m_public;
    QListWidget *m_columns;
    QPushButton *m_up;
    QPushButton *m_down;
    QComboBox *m_sort;
    QCheckBox *m_descending;
    QComboBox *m_group;
    QComboBox *m_templates;
    QPushButton *m_deleteTemplate;
};

} // namespace convivium::ui
