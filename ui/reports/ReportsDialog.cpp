#include "reports/ReportsDialog.h"
#include "reports/ReportDates.h"
#include "Community.h"
#include "UserPrompts.h"
#include "domain/Vocabulary.h"
#include "reports/CsvReportWriter.h"
#include "reports/HtmlReportWriter.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportTemplates.h"
#include "repositories/EventRepository.h"
#include "repositories/ListQuery.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace convivium::ui {

namespace {
const QString kParticipants = QStringLiteral("participants");
constexpr int KeyRole = Qt::UserRole;
}

ReportsDialog::ReportsDialog(core::Community &community, UserPrompts &prompts, QWidget *parent)
    : QDialog(parent), m_community(community), m_db(community.database()), m_prompts(prompts)
{
    setWindowTitle(tr("Reports"));
    setObjectName(QStringLiteral("ReportsDialog"));

    m_reports = new QListWidget;
    m_reports->setAccessibleName(tr("Reports"));
    m_reports->setObjectName(QStringLiteral("reports"));
    for (const core::ReportInfo &info : core::ReportCatalog::reports()) {
        auto *item = new QListWidgetItem(core::ReportCatalog::title(info.name), m_reports);
        item->setData(KeyRole, info.name);
    }

    m_templates = new QComboBox;
    m_templates->setObjectName(QStringLiteral("templates"));
    auto *saveTemplate = new QPushButton(tr("Save as…"));
    m_deleteTemplate = new QPushButton(tr("Delete"));
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_templates, 1);
    templateRow->addWidget(saveTemplate);
    templateRow->addWidget(m_deleteTemplate);

    m_events = new QComboBox;
    m_events->setObjectName(QStringLiteral("events"));
    m_orientation = new QComboBox;
    m_orientation->setObjectName(QStringLiteral("orientation"));
    m_orientation->addItem(tr("As the report prefers"), -1);
    m_orientation->addItem(tr("Portrait"), int(core::ReportTable::Orientation::Portrait));
    m_orientation->addItem(tr("Landscape"), int(core::ReportTable::Orientation::Landscape));
    m_public = new QCheckBox(tr("For publication (consenting only)"));

    auto *statusBox = new QGroupBox(tr("Registration statuses"));
    auto *statusLayout = new QGridLayout(statusBox);
    const core::ReportOptions defaults;
    int i = 0;
    for (const core::Term &term : core::Vocabulary::terms(core::Vocabulary::RegistrationStatus)) {
        auto *box = new QCheckBox(term.label);
        box->setChecked(defaults.statuses.contains(term.code));
        m_statuses.insert(term.code, box);
        statusLayout->addWidget(box, i / 3, i % 3);
        ++i;
    }

    auto *columnBox = new QGroupBox(tr("Columns"));
    m_columns = new QListWidget;
    m_columns->setObjectName(QStringLiteral("columns"));
    m_columns->setAccessibleName(tr("Columns, in the order printed"));
    m_up = new QPushButton(tr("Up"));
    m_down = new QPushButton(tr("Down"));
    auto *moveButtons = new QVBoxLayout;
    moveButtons->addWidget(m_up);
    moveButtons->addWidget(m_down);
    moveButtons->addStretch();
    auto *columnLayout = new QHBoxLayout(columnBox);
    columnLayout->addWidget(m_columns, 1);
    columnLayout->addLayout(moveButtons);
    resetColumns(core::ReportCatalog::defaultParticipantColumns());

    m_sort = new QComboBox;
    m_sort->setObjectName(QStringLiteral("sort"));
    m_descending = new QCheckBox(tr("&Descending"));
    auto *sortRow = new QHBoxLayout;
    sortRow->addWidget(m_sort, 1);
    sortRow->addWidget(m_descending);
    m_group = new QComboBox;
    m_group->setObjectName(QStringLiteral("group"));

    auto *form = new QFormLayout;
    // Rows holding a layout need their label's buddy set by hand, or the "&" shows.
    auto *templateLabel = new QLabel(tr("&Template:"));
    templateLabel->setBuddy(m_templates);
    auto *sortLabel = new QLabel(tr("&Sort by:"));
    sortLabel->setBuddy(m_sort);
    form->addRow(templateLabel, templateRow);
    form->addRow(tr("&Event:"), m_events);
    form->addRow(sortLabel, sortRow);
    form->addRow(tr("&Group by:"), m_group);
    form->addRow(tr("&Orientation:"), m_orientation);
    form->addRow(QString(), m_public);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(statusBox);
    right->addWidget(columnBox, 1);

    auto *body = new QHBoxLayout;
    body->addWidget(m_reports);
    body->addLayout(right, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *previewButton = buttons->addButton(tr("Preview…"), QDialogButtonBox::ActionRole);
    auto *printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    auto *pdfButton = buttons->addButton(tr("Export PDF…"), QDialogButtonBox::ActionRole);
    auto *csvButton = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    auto *htmlButton = buttons->addButton(tr("Export HTML…"), QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(previewButton, &QPushButton::clicked, this, &ReportsDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &ReportsDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, &ReportsDialog::exportPdf);
    connect(csvButton, &QPushButton::clicked, this, &ReportsDialog::exportCsv);
    connect(htmlButton, &QPushButton::clicked, this, &ReportsDialog::exportHtml);
    connect(saveTemplate, &QPushButton::clicked, this, &ReportsDialog::saveTemplateAs);
    connect(m_deleteTemplate, &QPushButton::clicked, this, &ReportsDialog::deleteTemplate);
    connect(m_templates, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyTemplate(m_templates->itemText(index));
        updateEnabled();
    });
    connect(m_reports, &QListWidget::currentRowChanged, this, [this] {
        refillArrangement();
        updateEnabled();
    });
    connect(m_columns, &QListWidget::itemChanged, this, &ReportsDialog::refillArrangement);
    connect(m_public, &QCheckBox::toggled, this, &ReportsDialog::refillArrangement);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &ReportsDialog::updateEnabled);
    connect(m_columns, &QListWidget::currentRowChanged, this, &ReportsDialog::updateEnabled);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentColumn(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentColumn(+1); });

    loadEvents();
    reloadTemplates(QString());
    m_reports->setCurrentRow(0);
    updateEnabled();
    resize(820, 560);
}

void ReportsDialog::loadEvents()
{
    core::ListQuery query(m_db, core::EventRepository::listDefinition());
    query.setSort(2, false);   // the latest events first
    for (const core::ListRow &row : query.fetch(0, query.count())) {
        const QString title = row.values.value(0).toString();
        const QDate start = QDate::fromString(row.values.value(2).toString(), Qt::ISODate);
        m_events->addItem(start.isValid() ? tr("%1 (%2)").arg(title, core::ReportDates::date(start, QLocale()))
                                          : title,
                          row.id);
    }
}

void ReportsDialog::reloadTemplates(const QString &select)
{
    m_templates->clear();
    m_templates->addItem(tr("(none)"));
    m_templates->addItems(core::ReportTemplates(m_db).names());
    const int index = select.isEmpty() ? 0 : m_templates->findText(select);
    m_templates->setCurrentIndex(qMax(0, index));
}

void ReportsDialog::resetColumns(const QStringList &checkedInOrder)
{
    m_columns->clear();
    QStringList order = checkedInOrder;
    for (const QString &key : core::ReportCatalog::participantColumns())
        if (!order.contains(key))
            order << key;
    for (const QString &key : order) {
        if (!core::ReportCatalog::participantColumns().contains(key))
            continue;   // a template from a newer version
        auto *item = new QListWidgetItem(core::ReportCatalog::columnLabel(key), m_columns);
        item->setData(KeyRole, key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checkedInOrder.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
}

void ReportsDialog::refillArrangement()
{
    const core::ReportInfo *info = core::ReportCatalog::find(currentReport());
    QStringList sortable = info ? info->sortable : QStringList();
    QStringList groupable = info ? info->groupable : QStringList();
    if (currentReport() == kParticipants) {
        // Only what the list will show: the ticked columns, in their order.
        QStringList shown = checkedColumns();
        if (m_public->isChecked())
            shown.removeIf([](const QString &key) {
                return core::ReportCatalog::personalParticipantColumns().contains(key);
            });
        sortable = shown;
        groupable.removeIf([&shown](const QString &key) { return !shown.contains(key); });
    }
    auto refill = [](QComboBox *combo, const QString &none, const QStringList &keys) {
        const QString kept = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(none, QString());
        for (const QString &key : keys)
            combo->addItem(core::ReportCatalog::columnLabel(key), key);
        combo->setCurrentIndex(qMax(0, combo->findData(kept)));
        combo->setEnabled(!keys.isEmpty());
    };
    refill(m_sort, tr("The report's own order"), sortable);
    refill(m_group, tr("No grouping"), groupable);
    updateEnabled();
}

bool ReportsDialog::setSort(const QString &key, bool descending)
{
    const int index = m_sort->findData(key);
    if (index < 0)
        return false;
    m_sort->setCurrentIndex(index);
    m_descending->setChecked(descending);
    return true;
}

bool ReportsDialog::setGroup(const QString &key)
{
    const int index = m_group->findData(key);
    if (index < 0)
        return false;
    m_group->setCurrentIndex(index);
    return true;
}

void ReportsDialog::updateEnabled()
{
    m_descending->setEnabled(m_sort->currentIndex() > 0);
    const core::ReportInfo *info = core::ReportCatalog::find(currentReport());
    const bool needsEvent = info && info->needsEvent;
    m_events->setEnabled(needsEvent);
    for (QCheckBox *box : std::as_const(m_statuses))
        box->setEnabled(needsEvent);
    const bool participants = currentReport() == kParticipants;
    m_columns->setEnabled(participants);
    const int row = m_columns->currentRow();
    m_up->setEnabled(participants && row > 0);
    m_down->setEnabled(participants && row >= 0 && row < m_columns->count() - 1);
    m_deleteTemplate->setEnabled(m_templates->currentIndex() > 0);
}

QString ReportsDialog::currentReport() const
{
    const QListWidgetItem *item = m_reports->currentItem();
    return item ? item->data(KeyRole).toString() : QString();
}

bool ReportsDialog::selectReport(const QString &name)
{
    for (int i = 0; i < m_reports->count(); ++i)
        if (m_reports->item(i)->data(KeyRole).toString() == name) {
            m_reports->setCurrentRow(i);
            return true;
        }
    return false;
}

qint64 ReportsDialog::currentEventId() const
{
    return m_events->currentIndex() >= 0 ? m_events->currentData().toLongLong() : 0;
}

bool ReportsDialog::selectEvent(qint64 eventId)
{
    const int index = m_events->findData(eventId);
    if (index < 0)
        return false;
    m_events->setCurrentIndex(index);
    return true;
}

QStringList ReportsDialog::checkedColumns() const
{
    QStringList out;
    for (int i = 0; i < m_columns->count(); ++i)
        if (m_columns->item(i)->checkState() == Qt::Checked)
            out << m_columns->item(i)->data(KeyRole).toString();
    return out;
}

bool ReportsDialog::setColumnChecked(const QString &key, bool checked)
{
    for (int i = 0; i < m_columns->count(); ++i)
        if (m_columns->item(i)->data(KeyRole).toString() == key) {
            m_columns->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    return false;
}

bool ReportsDialog::moveColumn(const QString &key, int delta)
{
    for (int i = 0; i < m_columns->count(); ++i)
        if (m_columns->item(i)->data(KeyRole).toString() == key) {
            m_columns->setCurrentRow(i);
            const int before = m_columns->currentRow();
            moveCurrentColumn(delta);
            return m_columns->currentRow() != before;
        }
    return false;
}

void ReportsDialog::moveCurrentColumn(int delta)
{
    const int row = m_columns->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_columns->count())
        return;
    QListWidgetItem *item = m_columns->takeItem(row);
    m_columns->insertItem(target, item);
    m_columns->setCurrentRow(target);
    updateEnabled();
}

QStringList ReportsDialog::templateNames() const
{
    QStringList out;
    for (int i = 1; i < m_templates->count(); ++i)
        out << m_templates->itemText(i);
    return out;
}

QString ReportsDialog::currentTemplate() const
{
    return m_templates->currentIndex() > 0 ? m_templates->currentText() : QString();
}

core::ReportOptions ReportsDialog::options() const
{
    core::ReportOptions o;
    const core::ReportInfo *info = core::ReportCatalog::find(currentReport());
    if (info && info->needsEvent)
        o.eventId = currentEventId();
    o.statuses.clear();
    for (const core::Term &term : core::Vocabulary::terms(core::Vocabulary::RegistrationStatus))
        if (m_statuses.value(term.code)->isChecked())
            o.statuses << term.code;
    if (currentReport() == kParticipants)
        o.columns = checkedColumns();
    o.publicList = m_public->isChecked();
    o.arrangement.sortBy = m_sort->currentData().toString();
    o.arrangement.descending = !o.arrangement.sortBy.isEmpty() && m_descending->isChecked();
    o.arrangement.groupBy = m_group->currentData().toString();
    const int orientation = m_orientation->currentData().toInt();
    if (orientation >= 0)
        o.orientation = core::ReportTable::Orientation(orientation);
    return o;
}

core::Fallible<core::ReportTable> ReportsDialog::buildTable() const
{
    const QString report = currentReport();
    if (report.isEmpty())
        return core::Result::failure(tr("Choose a report."));
    const core::ReportOptions o = options();
    const core::ReportInfo *info = core::ReportCatalog::find(report);
    if (info && info->needsEvent && o.eventId <= 0)
        return core::Result::failure(tr("Choose the event of the report."));
    if (info && info->needsEvent && o.statuses.isEmpty())
        return core::Result::failure(tr("Tick at least one registration status."));
    if (report == kParticipants && o.columns.isEmpty())
        return core::Result::failure(tr("Tick at least one column."));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    core::Fallible<core::ReportTable> table = core::ReportCatalog::build(m_db, report, o);
    QApplication::restoreOverrideCursor();
    return table;
}

void ReportsDialog::showError(const QString &message)
{
    m_prompts.warn(this, tr("Reports"), message);
}

void ReportsDialog::preview()
{
    if (const core::Fallible<core::ReportTable> check = buildTable(); !check) {
        showError(check.message());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Preview: %1").arg(core::ReportCatalog::title(currentReport())));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *device) {
        // Built again on each request: the data may have changed meanwhile.
        const core::Fallible<core::ReportTable> table = buildTable();
        if (!table)
            return;
        core::PdfReportWriter::setUpPage(device, table.value());
        core::PdfReportWriter().paint(device, table.value());
    });
    m_prompts.exec(&dialog);
}

void ReportsDialog::print()
{
    const core::Fallible<core::ReportTable> table = buildTable();
    if (!table) {
        showError(table.message());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    core::PdfReportWriter::setUpPage(&printer, table.value());
    QPrintDialog dialog(&printer, this);
    if (m_prompts.exec(&dialog) != QDialog::Accepted)
        return;
    core::PdfReportWriter writer;
    writer.paint(&printer, table.value());
}

bool ReportsDialog::exportReport(Format format)
{
    const core::Fallible<core::ReportTable> table = buildTable();
    if (!table) {
        showError(table.message());
        return false;
    }
    QString suffix, filter, title;
    switch (format) {
    case Format::Pdf:
        suffix = QStringLiteral("pdf");
        filter = tr("PDF documents (*.pdf)");
        title = tr("Export PDF");
        break;
    case Format::Csv:
        suffix = QStringLiteral("csv");
        filter = tr("CSV files (*.csv)");
        title = tr("Export CSV");
        break;
    case Format::Html:
        suffix = QStringLiteral("html");
        filter = tr("Web pages (*.html *.htm)");
        title = tr("Export HTML");
        break;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(currentReport() + u'.' + suffix);
    const QString path = m_prompts.exportFileName(this, title, suggested, filter);
    if (path.isEmpty())
        return false;

    core::Result written;
    switch (format) {
    case Format::Pdf: {
        core::PdfReportWriter writer;
        QProgressDialog progress(tr("Writing the PDF…"), tr("Cancel"), 0, 0, this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(500);
        writer.setProgress([&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
        written = writer.writePdf(path, table.value());
        progress.reset();
        if (writer.wasCancelled())
            return false;
        break;
    }
    case Format::Csv:
        written = core::CsvReportWriter::write(path, table.value());
        break;
    case Format::Html:
        written = core::HtmlReportWriter::write(path, table.value());
        break;
    }
    if (!written) {
        showError(written.message());
        return false;
    }
    return true;
}

void ReportsDialog::saveTemplateAs()
{
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Save report template"));
    dialog.setLabelText(tr("Template name:"));
    dialog.setTextValue(currentTemplate());
    if (m_prompts.exec(&dialog) != QDialog::Accepted)
        return;
    const QString name = dialog.textValue().trimmed();
    if (name.isEmpty())
        return;
    if (templateNames().contains(name)
        && !m_prompts.confirm(this, tr("Save report template"),
                              tr("A template called “%1” exists already. Replace it?").arg(name), tr("Replace")))
        return;
    if (const core::Result saved = saveTemplate(name); !saved)
        showError(saved.message());
}

core::Result ReportsDialog::saveTemplate(const QString &name)
{
    core::ReportTemplate t;
    t.report = currentReport();
    t.options = options();
    const core::Result saved = core::ReportTemplates(m_db).save(name, t);
    if (saved)
        reloadTemplates(name.trimmed());
    updateEnabled();
    return saved;
}

void ReportsDialog::deleteTemplate()
{
    const QString name = currentTemplate();
    if (name.isEmpty())
        return;
    if (!m_prompts.confirm(this, tr("Delete report template"),
                           tr("Delete the report template “%1”?").arg(name), tr("Delete")))
        return;
    if (const core::Result removed = core::ReportTemplates(m_db).remove(name); !removed)
        showError(removed.message());
    reloadTemplates(QString());
    updateEnabled();
}

bool ReportsDialog::applyTemplate(const QString &name)
{
    const core::Fallible<core::ReportTemplate> loaded = core::ReportTemplates(m_db).load(name);
    if (!loaded) {
        showError(loaded.message());
        return false;
    }
    const core::ReportTemplate &t = loaded.value();
    selectReport(t.report);
    if (t.options.eventId > 0 && !selectEvent(t.options.eventId))
        showError(tr("The event of the template “%1” no longer exists: choose another.").arg(name));
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
        it.value()->setChecked(t.options.statuses.contains(it.key()));
    m_public->setChecked(t.options.publicList);
    m_orientation->setCurrentIndex(t.options.orientation ? m_orientation->findData(int(*t.options.orientation)) : 0);
    resetColumns(t.options.columns.isEmpty() ? core::ReportCatalog::defaultParticipantColumns() : t.options.columns);
    refillArrangement();
    if (!t.options.arrangement.sortBy.isEmpty() && !setSort(t.options.arrangement.sortBy, t.options.arrangement.descending))
        showError(tr("The template “%1” sorts by a column this report no longer has.").arg(name));
    setGroup(t.options.arrangement.groupBy);
    if (t.options.arrangement.groupBy.isEmpty())
        m_group->setCurrentIndex(0);
    if (t.options.arrangement.sortBy.isEmpty())
        m_sort->setCurrentIndex(0);
    m_templates->setCurrentIndex(qMax(0, m_templates->findText(name)));
    updateEnabled();
    return true;
}

} // namespace convivium::ui
