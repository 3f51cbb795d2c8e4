#include "import/ImportFilePage.h"
#include "UserPrompts.h"
#include "import/ImportSession.h"
#include "io/CsvReader.h"
#include "widgets/Pickers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace convivium::ui {

using core::TextDecoder;

namespace {

constexpr int PreviewLines = 20;
constexpr int Automatic = -1;
const QString FolderSetting = QStringLiteral("import/folder");

QString delimiterWord(QChar d)
{
    if (d == u';')
        return ImportFilePage::tr("semicolons");
    if (d == u'\t')
        return ImportFilePage::tr("tabs");
    if (d == u',')
        return ImportFilePage::tr("commas");
    return ImportFilePage::tr("“%1”").arg(d);
}

} // namespace

ImportFilePage::ImportFilePage(ImportSession &session, UserPrompts &prompts, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_prompts(prompts), m_path(new QLineEdit(this)),
      m_encoding(new QComboBox(this)), m_delimiter(new QComboBox(this)),
      m_header(new QCheckBox(tr("First line holds the column &names"), this)), m_message(new QLabel(this)),
      m_detected(new QLabel(this)), m_preview(new QTableWidget(this))
{
    setObjectName(QStringLiteral("filePage"));
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV file, as a spreadsheet saves it. Check in the preview that it reads right."));

    auto *form = new QFormLayout;
    if (session.kind() == ImportSession::Kind::Registrations) {
        m_event = new EventPicker(session.database(), this);
        m_event->setObjectName(QStringLiteral("event"));
        if (session.eventId() <= 0 || !m_event->setEventId(session.eventId()))
            session.setEventId(m_event->eventId());
        connect(m_event, &QComboBox::currentIndexChanged, this, [this] {
            m_session.setEventId(m_event->eventId());
            emit completeChanged();
        });
        m_event->setPlaceholderText(tr("No event yet: create one first"));
        form->addRow(tr("&Event:"), m_event);
    }

    m_path->setObjectName(QStringLiteral("path"));
    m_path->setPlaceholderText(tr("Path of a .csv file"));
    m_path->setClearButtonEnabled(true);
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browse"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);

    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(QString(), Automatic);
    m_encoding->addItem(TextDecoder::name(TextDecoder::Encoding::Utf8), int(TextDecoder::Encoding::Utf8));
    m_encoding->addItem(TextDecoder::name(TextDecoder::Encoding::Windows1252), int(TextDecoder::Encoding::Windows1252));
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->addItem(QString(), QString());
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    setAutomaticTexts(QString(), QString());
    m_header->setObjectName(QStringLiteral("header"));
    m_header->setChecked(true);
    auto *separatorLabel = new QLabel(tr("&Separator:"), this);
    separatorLabel->setBuddy(m_delimiter);
    auto *readRow = new QHBoxLayout;
    readRow->addWidget(m_encoding);
    readRow->addSpacing(12);
    readRow->addWidget(separatorLabel);
    readRow->addWidget(m_delimiter);
    readRow->addSpacing(12);
    readRow->addWidget(m_header);
    readRow->addStretch();
    auto *encodingLabel = new QLabel(tr("E&ncoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    form->addRow(encodingLabel, readRow);

    m_message->setObjectName(QStringLiteral("readMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->hide();
    m_detected->setObjectName(QStringLiteral("detected"));
    m_detected->setWordWrap(true);

    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("First lines of the file"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setAlternatingRowColors(true);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_detected);
    layout->addWidget(m_preview, 1);

    connect(browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (filePath() != m_readPath)
            reload();
    });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFilePage::reload);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportFilePage::reload);
    connect(m_header, &QCheckBox::toggled, this, &ImportFilePage::reload);
}

QString ImportFilePage::filePath() const
{
    return m_path->text().trimmed();
}

void ImportFilePage::browse()
{
    QString folder = QSettings().value(FolderSetting).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_prompts.importFileName(this, tr("Choose the file to import"), folder);
    if (!path.isEmpty())
        setFilePath(path);
}

bool ImportFilePage::setFilePath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    return reload();
}

void ImportFilePage::setAutomaticTexts(const QString &encoding, const QString &delimiter)
{
    m_encoding->setItemText(0, encoding.isEmpty() ? tr("Automatic") : tr("Automatic (%1)").arg(encoding));
    m_delimiter->setItemText(0, delimiter.isEmpty() ? tr("Automatic") : tr("Automatic (%1)").arg(delimiter));
}

bool ImportFilePage::reload()
{
    m_readPath = filePath();
    bool read = false;
    if (m_readPath.isEmpty()) {
        m_session.clearDocument();
        m_message->hide();
    } else {
        core::CsvReadOptions options;
        options.hasHeader = m_header->isChecked();
        if (const QString d = m_delimiter->currentData().toString(); !d.isEmpty())
            options.delimiter = d.at(0);
        if (const int e = m_encoding->currentData().toInt(); e != Automatic)
            options.encoding = TextDecoder::Encoding(e);
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const core::Fallible<core::CsvDocument> doc = core::CsvReader::readFile(QDir::fromNativeSeparators(m_readPath), options);
        QGuiApplication::restoreOverrideCursor();
        if (doc) {
            m_session.setDocument(doc.value());
            QSettings().setValue(FolderSetting, QFileInfo(m_readPath).absolutePath());
            read = true;
        } else {
            m_session.clearDocument();
        }
        m_message->setText(!doc                             ? doc.message()
                           : doc.value().records.isEmpty() ? tr("The file has no line to import below its header.")
                                                           : QString());
        m_message->setVisible(!m_message->text().isEmpty());
    }
    if (read) {
        const core::CsvDocument &doc = m_session.document();
        setAutomaticTexts(TextDecoder::name(doc.encoding), delimiterWord(doc.delimiter));
        m_detected->setText(tr("Read as %1, separated by %2: %3, %4.")
                                .arg(TextDecoder::name(doc.encoding), delimiterWord(doc.delimiter),
                                     tr("%n line(s) to import", nullptr, int(doc.records.size())),
                                     tr("%n column(s)", nullptr, int(m_session.columnTitles().size()))));
    } else {
        setAutomaticTexts(QString(), QString());
        m_detected->setText(m_readPath.isEmpty() ? tr("Choose a file: its first lines show here.") : QString());
    }
    m_detected->setVisible(!m_detected->text().isEmpty());
    showPreview();
    emit completeChanged();
    return read;
}

void ImportFilePage::showPreview()
{
    m_preview->clear();
    if (!m_session.hasDocument()) {
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        return;
    }
    const core::CsvDocument &doc = m_session.document();
    const QStringList titles = m_session.columnTitles();
    const int rows = int(qMin<qsizetype>(doc.records.size(), PreviewLines));
    m_preview->setColumnCount(int(titles.size()));
    m_preview->setRowCount(rows);
    m_preview->setHorizontalHeaderLabels(titles);
    QStringList lines;
    for (int r = 0; r < rows; ++r) {
        const core::CsvRecord &record = doc.records.at(r);
        lines << QString::number(record.line);
        for (int c = 0; c < record.fields.size() && c < titles.size(); ++c) {
            auto *item = new QTableWidgetItem(record.fields.at(c).simplified());
            item->setToolTip(record.fields.at(c));
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->setVerticalHeaderLabels(lines);   // the file's own line numbers
    m_preview->verticalHeader()->setVisible(true);
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < titles.size(); ++c)
        m_preview->setColumnWidth(c, qMin(m_preview->columnWidth(c), 220));
}

bool ImportFilePage::isComplete() const
{
    return m_session.hasDocument() && !m_session.document().records.isEmpty() && (!m_event || m_event->eventId() > 0);
}

bool ImportFilePage::validatePage()
{
    if (filePath() != m_readPath)   // typed, and Next pressed before leaving the field
        reload();
    return isComplete();
}

} // namespace convivium::ui
