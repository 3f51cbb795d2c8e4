#pragma once
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace convivium::ui {

class EventPicker;
class ImportSession;
class UserPrompts;

// The first step of ImportWizard: the CSV file (typed, or chosen through
// UserPrompts so tests can script it), how it is read (encoding, separator,
// header line: guessed, and the user may say otherwise) and a preview of its
// first lines. Registrations also choose their event here. A file the reader
// refuses shows the reader's message and goes no further.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    ImportFilePage(ImportSession &session, UserPrompts &prompts, QWidget *parent = nullptr);

    // Reads the file with the options chosen; false (and the message shown) when it cannot be read.
    bool setFilePath(const QString &path);
    QString filePath() const;
    bool reload();
    void browse();

    EventPicker *eventPicker() const { return m_event; }   // null unless registrations
    QLineEdit *pathField() const { return m_path; }
    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QCheckBox *headerCheck() const { return m_header; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *detectedLabel() const { return m_detected; }
    QTableWidget *preview() const { return m_preview; }

    bool isComplete() const override;
    bool validatePage() override;

private:
    void showPreview();
    void setAutomaticTexts(const QString &encoding, const QString &delimiter);

    ImportSession &m_session;
    UserPrompts &m_prompts;
    EventPicker *m_event = nullptr;
    QLineEdit *m_path;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QCheckBox *m_header;
    QLabel *m_message;
    QLabel *m_detected;
    QTableWidget *m_preview;
    QString m_readPath;   // the file read last, so an unchanged path is not read again
};

} // namespace convivium::ui
