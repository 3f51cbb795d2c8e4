#include "import/GristSourcePage.h"
#include "Icons.h"
#include "import/ImportSession.h"
#include "net/ApiKeyStore.h"
#include "net/GristClient.h"
#include "net/GristSettings.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <limits>

namespace convivium::ui {

namespace {

// Keys typed while the keychain cannot be used, by keychain entry name: in
// memory until Convivium closes, never written anywhere.
QHash<QString, QString> &sessionKeys()
{
    static QHash<QString, QString> keys;
    return keys;
}

QLabel *messageLine(const QString &name, QWidget *parent, bool error)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (error)
        label->setStyleSheet(QStringLiteral("color: #c0392b;"));
    label->hide();
    return label;
}

} // namespace

GristSourcePage::GristSourcePage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_client(new core::GristClient(nullptr, this)),
      m_server(new QLineEdit(this)), m_document(new QLineEdit(this)), m_table(new QLineEdit(this)),
      m_key(new QLineEdit(this)), m_keyNote(messageLine(QStringLiteral("keyNote"), this, false)),
      m_fetch(new QPushButton(Icons::get(QStringLiteral("cloud-download")), tr("&Fetch"), this)),
      m_cancel(new QPushButton(Icons::get(QStringLiteral("process-stop")), tr("Cancel"), this)),
      m_progress(new QProgressBar(this)), m_status(messageLine(QStringLiteral("status"), this, false)),
      m_error(messageLine(QStringLiteral("error"), this, true))
{
    setObjectName(QStringLiteral("gristPage"));
    setTitle(tr("Read the online form"));
    setSubTitle(tr("The pre-registrations are read from a Grist table. Nothing is written before the last step."));

    m_server->setObjectName(QStringLiteral("server"));
    m_server->setPlaceholderText(QStringLiteral("https://docs.getgrist.com"));
    m_document->setObjectName(QStringLiteral("document"));
    m_document->setPlaceholderText(tr("as in the document's address, after /doc/"));
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setPlaceholderText(tr("such as Inscriptions"));
    m_key->setObjectName(QStringLiteral("apiKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("from Grist: Profile settings ▸ API; empty for a public document"));
    m_keyNote->setStyleSheet(QStringLiteral("color: #9a6700;"));
    m_fetch->setObjectName(QStringLiteral("fetch"));
    m_cancel->setObjectName(QStringLiteral("cancelFetch"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(false);
    QSizePolicy keepPlace = m_progress->sizePolicy();   // the buttons keep their size while it is hidden
    keepPlace.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keepPlace);
    m_progress->hide();
    m_keyNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *about = new QLabel(tr("Each row of the table becomes a registration to this event, and its person a "
                                "contributor when new. A row already imported is updated, not added again: it "
                                "keeps its row id, even when the person changes their e-mail address. Rows "
                                "deleted in Grist are left as they are here."),
                             this);
    about->setObjectName(QStringLiteral("about"));
    about->setWordWrap(true);
    about->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Document id:"), m_document);
    form->addRow(tr("&Table id:"), m_table);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(QString(), m_keyNote);
    auto *fetchRow = new QHBoxLayout;
    fetchRow->addWidget(m_fetch);
    fetchRow->addWidget(m_cancel);
    fetchRow->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addLayout(fetchRow);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(about);

    for (QLineEdit *field : {m_server, m_document, m_table, m_key})
        connect(field, &QLineEdit::textEdited, this, &GristSourcePage::forgetTable);
    connect(m_fetch, &QPushButton::clicked, this, &GristSourcePage::fetch);
    connect(m_cancel, &QPushButton::clicked, this, &GristSourcePage::cancel);
    connect(m_client, &core::GristClient::progress, this, &GristSourcePage::onProgress);
    connect(m_client, &core::GristClient::finished, this, &GristSourcePage::onFinished);
    updateButtons();
}

void GristSourcePage::initializePage()
{
    if (m_loaded)
        return;
    m_loaded = true;
    const core::Fallible<core::GristSource> saved = core::GristSettings::load(m_session.database(), m_session.eventId());
    if (!saved) {
        showError(saved.message());
    } else {
        m_server->setText(saved.value().server.toDisplayString());
        m_document->setText(saved.value().document);
        m_table->setText(saved.value().table);
    }
    // Read even without a source, so the user learns before typing a key whether it can be kept.
    const core::GristSource s = source();
    if (const QString kept = sessionKeys().value(core::ApiKeyStore::entryName(s)); !kept.isEmpty()) {
        m_key->setText(kept);   // typed earlier in this run: the keychain could not keep it
        showKeychainProblem(tr("The keychain refused the key earlier in this session."));
        return;
    }
    const core::Fallible<QString> key = core::ApiKeyStore::read(s);
    if (!key)
        showKeychainProblem(key.message());
    else if (!s.isEmpty())
        m_key->setText(key.value());
}

core::GristSource GristSourcePage::source() const
{
    core::GristSource s;
    const QString server = m_server->text().trimmed();
    s.server = server.isEmpty() ? QUrl() : QUrl::fromUserInput(server);
    s.document = m_document->text().trimmed();
    s.table = m_table->text().trimmed();
    return s;
}

bool GristSourcePage::isFetching() const
{
    return m_client->isBusy();
}

void GristSourcePage::fetch()
{
    m_error->hide();
    m_status->hide();
    forgetTable();
    const core::GristSource s = source();
    if (const core::Result valid = s.validate(); !valid) {
        showError(valid.message());
        return;
    }
    m_fetching = s;
    m_fetchingKey = m_key->text().trimmed();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_status->setText(tr("Reading the table from Grist…"));
    m_status->show();
    m_client->fetch(s, m_fetchingKey);
    updateButtons();
}

void GristSourcePage::cancel()
{
    m_client->cancel();   // finished() follows with the client's "cancelled" message
}

void GristSourcePage::onProgress(qint64 received, qint64 total)
{
    if (total > 0 && total <= std::numeric_limits<int>::max()) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(received));
    }
}

void GristSourcePage::onFinished(const core::Fallible<core::GristTable> &table)
{
    m_progress->hide();
    m_status->hide();
    if (!table) {
        showError(table.message());   // nothing kept: neither the source nor the key
        updateButtons();
        return;
    }
    m_session.setDocument(table.value().toDocument());
    // The source answered: keep it with the event, and the key in the keychain.
    if (const core::Result saved = core::GristSettings::save(m_session.database(), m_session.eventId(), m_fetching); !saved)
        showError(saved.message());
    keepKey(m_fetching, m_fetchingKey);
    const int rows = int(table.value().records.size());
    m_status->setText(rows == 0 ? tr("The table has no rows yet: nothing to import.")
                                : tr("Read %1 and %2 from Grist.")
                                      .arg(tr("%n row(s)", nullptr, rows),
                                           tr("%n column(s)", nullptr, int(table.value().columns.size()))));
    m_status->show();
    updateButtons();
    emit completeChanged();
}

void GristSourcePage::keepKey(const core::GristSource &source, const QString &key)
{
    const QString entry = core::ApiKeyStore::entryName(source);
    const core::Result stored = core::ApiKeyStore::write(source, key);
    if (stored)
        sessionKeys().remove(entry);
    else if (!key.isEmpty())
        sessionKeys().insert(entry, key);
    showKeychainProblem(stored.message());
}

void GristSourcePage::showKeychainProblem(const QString &message)
{
    m_keyNote->setText(tr("The system keychain cannot be used: the key is kept only until Convivium closes, "
                          "never in a file."));
    m_keyNote->setToolTip(message);
    m_keyNote->setVisible(!message.isEmpty());
}

void GristSourcePage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void GristSourcePage::forgetTable()
{
    // Another source or key: the table read no longer matches what is typed.
    if (m_session.hasDocument() && !isFetching()) {
        m_session.clearDocument();
        m_status->hide();
        emit completeChanged();
    }
}

void GristSourcePage::updateButtons()
{
    const bool busy = isFetching();
    m_fetch->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_server->setReadOnly(busy);
    m_document->setReadOnly(busy);
    m_table->setReadOnly(busy);
    m_key->setReadOnly(busy);
    emit completeChanged();
}

bool GristSourcePage::isComplete() const
{
    return !isFetching() && m_session.hasDocument() && !m_session.document().records.isEmpty();
}

} // namespace convivium::ui
