#pragma once
#include "Community.h"
#include "db/ServerAddress.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace convivium::ui {

// File ▸ Connect to a Team Database: where the team's PostgreSQL database is
// (host, port, database, user) and the password, kept in the system keychain
// when the user asks (the default). Connect opens the community; a failure
// is shown in the dialog, which stays open to correct it. Without a keychain
// the dialog says so and the password is kept until Convivium closes, never
// in a file.
class TeamDatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeamDatabaseDialog(QWidget *parent = nullptr);
    ~TeamDatabaseDialog() override;

    // Fills the fields, and the password from this session or the keychain.
    void setAddress(const core::ServerAddress &address);
    core::ServerAddress address() const;   // with the password typed
    void showError(const QString &message);

    // After Connect succeeded: the open community (once), and where it is.
    std::unique_ptr<core::Community> takeCommunity();
    core::Database::OpenReport report() const { return m_report; }

    // The password known for an address: typed earlier in this session when
    // the keychain could not keep it, else the keychain's (empty: none).
    static core::Fallible<QString> knownPassword(const core::ServerAddress &address);

public slots:
    void accept() override;   // connects; closes only on success

private:
    void fillPassword();
    void keepPassword(const core::ServerAddress &address);
    void showKeychainProblem(const QString &message);
    void updateButtons();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_keyNote;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QString m_filledFor;   // the entry whose password the field holds, untouched by the user
    std::unique_ptr<core::Community> m_community;
    core::Database::OpenReport m_report;
};

} // namespace convivium::ui
