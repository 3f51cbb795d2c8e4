#pragma once
#include "Result.h"
#include "net/GristSource.h"
#include "net/GristTable.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace convivium::core {
class GristClient;
}

namespace convivium::ui {

class ImportSession;

// The first step of GristSyncDialog: where the event's online form lives in
// Grist (server, document, table: as saved with the event) and the API key
// (from the system keychain), then Fetch with a progress bar and Cancel.
// Only a fetch that succeeds saves the source with the event and the key in
// the keychain; without a keychain the key stays in memory until Convivium
// closes, never in a file.
class GristSourcePage : public QWizardPage
{
    Q_OBJECT
public:
    GristSourcePage(ImportSession &session, QWidget *parent = nullptr);

    core::GristSource source() const;
    QLineEdit *serverField() const { return m_server; }
    QLineEdit *documentField() const { return m_document; }
    QLineEdit *tableField() const { return m_table; }
    QLineEdit *keyField() const { return m_key; }
    QLabel *keyNote() const { return m_keyNote; }
    QPushButton *fetchButton() const { return m_fetch; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *errorLabel() const { return m_error; }
    bool isFetching() const;

    void initializePage() override;
    bool isComplete() const override;

public slots:
    void fetch();
    void cancel();

private:
    void onFinished(const core::Fallible<core::GristTable> &table);
    void onProgress(qint64 received, qint64 total);
    void forgetTable();
    void keepKey(const core::GristSource &source, const QString &key);
    void showKeychainProblem(const QString &message);
    void showError(const QString &message);
    void updateButtons();

    ImportSession &m_session;
    core::GristClient *m_client;
    QLineEdit *m_server;
    QLineEdit *m_document;
    QLineEdit *m_table;
    QLineEdit *m_key;
    QLabel *m_keyNote;
    QPushButton *m_fetch;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_error;
    core::GristSource m_fetching;   // the source of the fetch under way
    QString m_fetchingKey;
    bool m_loaded = false;
};

} // namespace convivium::ui
