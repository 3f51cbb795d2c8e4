#include "TeamDatabaseDialog.h"
#include "Icons.h"
#include "net/DatabasePasswordStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace convivium::ui {

namespace {

// Passwords typed while the keychain could not keep them (or the user chose
// not to), by keychain entry name: in memory until Convivium closes only.
QHash<QString, QString> &sessionPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

QLabel *noteLine(const QString &name, const QString &color, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    label->hide();
    return label;
}

} // namespace

TeamDatabaseDialog::TeamDatabaseDialog(QWidget *parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)), m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this)),
      m_keyNote(noteLine(QStringLiteral("keychainNote"), QStringLiteral("#9a6700"), this)),
      m_error(noteLine(QStringLiteral("error"), QStringLiteral("#c0392b"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("TeamDatabaseDialog"));
    setWindowTitle(tr("Connect to a Team Database"));
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setText(QStringLiteral("localhost"));
    m_host->setPlaceholderText(tr("server name or address, such as db.example.org"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_port->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);   // five digits, not the dialog's width
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("such as community"));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("your PostgreSQL user name"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setChecked(true);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setIcon(Icons::get(QStringLiteral("network-connect")));

    auto *intro = new QLabel(tr("A community that a team of organisers shares, on a PostgreSQL server. An empty "
                                "database receives a new community."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    auto *keeping = new QVBoxLayout;   // the note right under the box it is about
    keeping->setSpacing(2);
    keeping->addWidget(m_remember);
    keeping->addWidget(m_keyNote);
    form->addRow(QString(), keeping);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamDatabaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : {m_host, m_database, m_user}) {
        connect(field, &QLineEdit::textChanged, this, &TeamDatabaseDialog::updateButtons);
        connect(field, &QLineEdit::editingFinished, this, &TeamDatabaseDialog::fillPassword);
    }
    connect(m_port, &QSpinBox::editingFinished, this, &TeamDatabaseDialog::fillPassword);
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_filledFor.clear(); });
    updateButtons();
    // Asked at once, so the user learns before typing a password whether it can be kept.
    fillPassword();
}

TeamDatabaseDialog::~TeamDatabaseDialog()
{
    // Closing moves the focus out of a field, whose editingFinished would ask
    // the keychain on a dialog half destroyed (found by tst_Accessibility).
    for (QWidget *field : findChildren<QWidget *>())
        field->disconnect(this);
}

void TeamDatabaseDialog::setAddress(const core::ServerAddress &address)
{
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    if (!address.password.isEmpty()) {
        m_password->setText(address.password);
        m_filledFor.clear();
    } else {
        fillPassword();
    }
    (address.user.isEmpty() ? m_user : m_password)->setFocus();
}

core::ServerAddress TeamDatabaseDialog::address() const
{
    core::ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    a.password = m_password->text();
    return a;
}

core::Fallible<QString> TeamDatabaseDialog::knownPassword(const core::ServerAddress &address)
{
    if (const auto kept = sessionPasswords().constFind(core::DatabasePasswordStore::entryName(address));
        kept != sessionPasswords().constEnd())
        return kept.value();
    return core::DatabasePasswordStore::read(address);
}

void TeamDatabaseDialog::fillPassword()
{
    const core::ServerAddress a = address();
    const QString entry = core::DatabasePasswordStore::entryName(a);
    // Never overwrite what the user typed; refill what an earlier address filled in.
    if (!m_password->text().isEmpty() && (m_filledFor.isEmpty() || m_filledFor == entry))
        return;
    if (sessionPasswords().contains(entry)) {
        m_password->setText(sessionPasswords().value(entry));
        m_filledFor = entry;
        return;   // the keychain was asked when the dialog opened: its note stays as it is
    }
    const core::Fallible<QString> stored = core::DatabasePasswordStore::read(a);
    if (!stored) {
        showKeychainProblem(stored.message());
        return;
    }
    showKeychainProblem(QString());
    m_password->setText(stored.value());
    m_filledFor = stored.value().isEmpty() ? QString() : entry;
}

void TeamDatabaseDialog::showKeychainProblem(const QString &message)
{
    m_keyNote->setText(tr("The system keychain cannot be used: the password is kept only until Convivium closes, "
                          "never in a file."));
    m_keyNote->setToolTip(message);
    m_keyNote->setVisible(!message.isEmpty());
}

void TeamDatabaseDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void TeamDatabaseDialog::updateButtons()
{
    const bool complete = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
        && !m_user->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

void TeamDatabaseDialog::accept()
{
    const core::ServerAddress a = address();
    if (a.host.isEmpty() || a.database.isEmpty() || a.user.isEmpty())
        return;
    showError(QString());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_community = core::Community::openServer(a, core::Database::Mode::OpenExisting, &m_report);
    QApplication::restoreOverrideCursor();
    if (!m_community) {
        showError(m_report.message);
        return;   // stays open to correct the address or the password
    }
    keepPassword(a);
    QDialog::accept();
}

void TeamDatabaseDialog::keepPassword(const core::ServerAddress &address)
{
    const QString entry = core::DatabasePasswordStore::entryName(address);
    sessionPasswords().remove(entry);
    if (!m_remember->isChecked()) {
        core::DatabasePasswordStore::remove(address);   // not wanted any more; a keychain failure changes nothing
        if (!address.password.isEmpty())
            sessionPasswords().insert(entry, address.password);
        return;
    }
    const core::Result stored = core::DatabasePasswordStore::write(address, address.password);
    if (!stored && !address.password.isEmpty())
        sessionPasswords().insert(entry, address.password);
    showKeychainProblem(stored.message());
}

std::unique_ptr<core::Community> TeamDatabaseDialog::takeCommunity()
{
    return std::move(m_community);
}

} // namespace convivium::ui
