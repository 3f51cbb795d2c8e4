#pragma once
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTextBrowser;

namespace convivium::core {
class Database;
}

namespace convivium::ui {

class ContributorPicker;

// Picks the duplicate to fold into the contributor kept, and shows what the
// kept record will hold before anything changes.
class MergeContributorsDialog : public QDialog
{
    Q_OBJECT
public:
    MergeContributorsDialog(const core::Database &db, qint64 keepId, QWidget *parent = nullptr);
    qint64 keepId() const { return m_keepId; }
    qint64 duplicateId() const;
    ContributorPicker *duplicatePicker() const { return m_duplicate; }

private:
    void updatePreview();
    const core::Database &m_db;
    qint64 m_keepId;
    ContributorPicker *m_duplicate;
    QTextBrowser *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace convivium::ui
