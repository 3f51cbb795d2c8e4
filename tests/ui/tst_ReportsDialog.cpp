// The reports window on the demo community: the participant list of the
// winter meeting exported as CSV and PDF through scripted file names, columns
// left out and reordered, templates saved and restored, and a failed export
// reported with the writer's message.
#include "Icons.h"
#include "ScriptedPrompts.h"
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "Translations.h"
#include "reports/CsvReportWriter.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportTemplates.h"
#include "reports/ReportsDialog.h"
#include "repositories/EventRepository.h"
#include "repositories/SettingsRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace convivium;
using ui::ReportsDialog;

namespace {

const QString kEvent = QStringLiteral("Rencontres communautaires d'hiver 2026");
const QString kHeader = QStringLiteral("Name,Organisation,Arrival,Departure,Lodging,Diet,Status");

QStringList csvLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class tst_ReportsDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void settings_upsertRemoveAndPrefix();
    void participantCsv_headerRowsAndColumns();
    void template_savedAndRestored();
    void template_deleted();
    void pdfExport_hasPages();
    void exportIntoMissingFolder_warnsAndWritesNothing();
    void reportWithoutEvent_disablesEventChoice();
    void sortAndGroup_followTheReportAndItsColumns();
    void template_keepsSortAndGroup();
    void preview_paintsEveryPage();
    void print_goesToThePrinterChosen();

private:
    ReportsDialog *openDialog();
    std::unique_ptr<test::TestCommunity> m_demo;
    std::unique_ptr<ReportsDialog> m_dialog;
    test::ScriptedPrompts m_prompts;
    QTemporaryDir m_dir;
    qint64 m_eventId = 0;
};

ReportsDialog *tst_ReportsDialog::openDialog()
{
    m_dialog = std::make_unique<ReportsDialog>(m_demo->community(), m_prompts);
    return m_dialog.get();
}

void tst_ReportsDialog::init()
{
    m_dialog.reset();
    if (!m_demo) {
        m_demo = std::make_unique<test::TestCommunity>(true);
        m_eventId = test::must(core::EventRepository(m_demo->db()).findByTitle(kEvent));
    }
    for (const QString &name : core::ReportTemplates(m_demo->db()).names())
        QVERIFY(core::ReportTemplates(m_demo->db()).remove(name));
    m_prompts = test::ScriptedPrompts();
}

void tst_ReportsDialog::settings_upsertRemoveAndPrefix()
{
    const core::SettingsRepository settings(m_demo->db());
    QVERIFY(!settings.value(QStringLiteral("test/a")));
    QVERIFY(settings.setValue(QStringLiteral("test/a"), QStringLiteral("1")));
    QVERIFY(settings.setValue(QStringLiteral("test/a"), QStringLiteral("Zoé")));   // replaced, not doubled
    QVERIFY(settings.setValue(QStringLiteral("test%/b"), QStringLiteral("2")));
    QCOMPARE(settings.value(QStringLiteral("test/a")).value_or(QString()), QStringLiteral("Zoé"));
    QCOMPARE(settings.names(QStringLiteral("test/")), QStringList{QStringLiteral("test/a")});
    QVERIFY(settings.remove(QStringLiteral("test/a")));
    QVERIFY(settings.remove(QStringLiteral("test%/b")));
    QVERIFY(!settings.value(QStringLiteral("test/a")));
    QVERIFY(settings.names(QStringLiteral("test")).isEmpty());
}

void tst_ReportsDialog::participantCsv_headerRowsAndColumns()
{
    ReportsDialog *d = openDialog();
    QVERIFY(d->selectReport(QStringLiteral("participants")));
    QVERIFY(d->selectEvent(m_eventId));
    QVERIFY(d->eventCombo()->isEnabled());
    QVERIFY(d->columnList()->isEnabled());

    const QString csv = m_dir.filePath(QStringLiteral("participants.csv"));
    m_prompts.fileNames << csv;
    QVERIFY(d->exportReport(ReportsDialog::Format::Csv));
    QVERIFY2(m_prompts.warnings.isEmpty(), qPrintable(m_prompts.warnings.join(u'\n')));
    QVERIFY(m_prompts.exportSuggestions.value(0).endsWith(QStringLiteral("participants.csv")));
    QStringList lines = csvLines(csv);
    QCOMPARE(lines.value(0), kHeader);
    QCOMPARE(lines.size(), 1 + 31);
    QVERIFY(lines.contains(QStringLiteral(
        "Amélie Chevalier,Parc national des Écrins,2026-03-30,2026-04-03,Chambre partagée 2 lits,végétarien,Confirmed")));

    // Diet unticked, status moved before lodging.
    QVERIFY(d->setColumnChecked(QStringLiteral("diet"), false));
    QVERIFY(d->moveColumn(QStringLiteral("status"), -1));   // past the unticked diet
    QVERIFY(d->moveColumn(QStringLiteral("status"), -1));   // before lodging
    m_prompts.fileNames << csv;   // an existing file is replaced
    QVERIFY(d->exportReport(ReportsDialog::Format::Csv));
    lines = csvLines(csv);
    QCOMPARE(lines.value(0), QStringLiteral("Name,Organisation,Arrival,Departure,Status,Lodging"));
    QCOMPARE(lines.size(), 1 + 31);
    QVERIFY(!lines.value(0).contains(QStringLiteral("Diet")));

    // A cancelled file dialog writes nothing and says nothing.
    QVERIFY(!d->exportReport(ReportsDialog::Format::Csv));
    QVERIFY(m_prompts.warnings.isEmpty());
}

void tst_ReportsDialog::template_savedAndRestored()
{
    ReportsDialog *d = openDialog();
    QVERIFY(d->selectReport(QStringLiteral("participants")));
    QVERIFY(d->selectEvent(m_eventId));
    QVERIFY(d->setColumnChecked(QStringLiteral("diet"), false));
    QVERIFY(d->setColumnChecked(QStringLiteral("allergies"), true));
    QVERIFY(d->moveColumn(QStringLiteral("name"), +1));
    d->statusCheck(QStringLiteral("attended"))->setChecked(true);
    d->orientationCombo()->setCurrentIndex(d->orientationCombo()->findData(int(core::ReportTable::Orientation::Landscape)));
    d->publicCheck()->setChecked(true);
    const QStringList columns = d->checkedColumns();
    QCOMPARE(columns.value(0), QStringLiteral("organisation"));
    QVERIFY(columns.contains(QStringLiteral("allergies")) && !columns.contains(QStringLiteral("diet")));

    // "Save as…": the name dialog goes through UserPrompts::exec.
    m_prompts.dialogDriver = [](QWidget *w) {
        auto *input = qobject_cast<QInputDialog *>(w);
        if (!input)
            return int(QDialog::Rejected);
        input->setTextValue(QStringLiteral("Kitchen FR"));
        return int(QDialog::Accepted);
    };
    d->saveTemplateAs();
    QVERIFY2(m_prompts.warnings.isEmpty(), qPrintable(m_prompts.warnings.join(u'\n')));
    QCOMPARE(d->templateNames(), QStringList{QStringLiteral("Kitchen FR")});
    QCOMPARE(d->currentTemplate(), QStringLiteral("Kitchen FR"));

    // A fresh dialog lists it and, once chosen, restores every choice.
    d = openDialog();
    QCOMPARE(d->templateNames(), QStringList{QStringLiteral("Kitchen FR")});
    QCOMPARE(d->currentReport(), QStringLiteral("participants"));   // the first report, by default
    QVERIFY(d->selectReport(QStringLiteral("kitchen")));
    QVERIFY(!d->publicCheck()->isChecked());
    const int index = d->templateCombo()->findText(QStringLiteral("Kitchen FR"));
    QVERIFY(index > 0);
    d->templateCombo()->setCurrentIndex(index);
    emit d->templateCombo()->activated(index);   // as when the user picks it
    QVERIFY2(m_prompts.warnings.isEmpty(), qPrintable(m_prompts.warnings.join(u'\n')));
    QCOMPARE(d->currentReport(), QStringLiteral("participants"));
    QCOMPARE(d->currentEventId(), m_eventId);
    QCOMPARE(d->checkedColumns(), columns);
    QVERIFY(d->publicCheck()->isChecked());
    QVERIFY(d->statusCheck(QStringLiteral("attended"))->isChecked());
    QVERIFY(d->statusCheck(QStringLiteral("confirmed"))->isChecked());
    QVERIFY(!d->statusCheck(QStringLiteral("waitlisted"))->isChecked());
    QCOMPARE(d->orientationCombo()->currentData().toInt(), int(core::ReportTable::Orientation::Landscape));
    const core::ReportOptions o = d->options();
    QCOMPARE(o.columns, columns);
    QVERIFY(o.orientation && *o.orientation == core::ReportTable::Orientation::Landscape);

    // Saving again under the same name asks before replacing.
    m_prompts.confirmations << false;
    d->saveTemplateAs();
    QCOMPARE(m_prompts.confirmTexts.size(), 1);
    QCOMPARE(core::ReportTemplates(m_demo->db()).names(), QStringList{QStringLiteral("Kitchen FR")});
}

void tst_ReportsDialog::template_deleted()
{
    ReportsDialog *d = openDialog();
    QVERIFY(d->saveTemplate(QStringLiteral("Kitchen FR")));
    QVERIFY(d->saveTemplate(QStringLiteral("Badges")));
    QCOMPARE(d->templateNames(), (QStringList{QStringLiteral("Badges"), QStringLiteral("Kitchen FR")}));
    QCOMPARE(d->currentTemplate(), QStringLiteral("Badges"));
    m_prompts.confirmations << false;
    d->deleteTemplate();
    QCOMPARE(d->templateNames().size(), 2);
    m_prompts.confirmations << true;
    d->deleteTemplate();
    QCOMPARE(d->templateNames(), QStringList{QStringLiteral("Kitchen FR")});
    QVERIFY(!core::SettingsRepository(m_demo->db()).value(core::ReportTemplates::settingName(QStringLiteral("Badges"))));
}

void tst_ReportsDialog::pdfExport_hasPages()
{
    ReportsDialog *d = openDialog();
    QVERIFY(d->selectReport(QStringLiteral("participants")));
    QVERIFY(d->selectEvent(m_eventId));
    const QString pdf = m_dir.filePath(QStringLiteral("participants.pdf"));
    m_prompts.fileNames << pdf;
    QVERIFY(d->exportReport(ReportsDialog::Format::Pdf));
    QVERIFY2(m_prompts.warnings.isEmpty(), qPrintable(m_prompts.warnings.join(u'\n')));
    QVERIFY(QFileInfo(pdf).size() > 0);
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("pdfinfo (poppler-utils) is not installed");
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished(60000));
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const QRegularExpressionMatch m = pages.match(QString::fromUtf8(info.readAllStandardOutput()));
    QVERIFY(m.hasMatch());
    QVERIFY(m.captured(1).toInt() >= 1);
}

void tst_ReportsDialog::exportIntoMissingFolder_warnsAndWritesNothing()
{
    ReportsDialog *d = openDialog();
    QVERIFY(d->selectReport(QStringLiteral("participants")));
    QVERIFY(d->selectEvent(m_eventId));
    const QString path = m_dir.filePath(QStringLiteral("missing/folder/participants.csv"));
    m_prompts.fileNames << path;
    QVERIFY(!d->exportReport(ReportsDialog::Format::Csv));
    QCOMPARE(m_prompts.warnings.size(), 1);
    // The writer's own message, as it would say it.
    const core::Result expected = core::CsvReportWriter::write(path, core::ReportTable());
    QVERIFY(!expected.ok());
    QVERIFY(!m_prompts.warnings.first().isEmpty());
    QCOMPARE(m_prompts.warnings.first(), expected.message());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("missing"))));

    m_prompts.fileNames << m_dir.filePath(QStringLiteral("missing/participants.pdf"));
    QVERIFY(!d->exportReport(ReportsDialog::Format::Pdf));
    QCOMPARE(m_prompts.warnings.size(), 2);
    QVERIFY(!m_prompts.warnings.last().isEmpty());
}

void tst_ReportsDialog::reportWithoutEvent_disablesEventChoice()
{
    ReportsDialog *d = openDialog();
    QVERIFY(d->selectReport(QStringLiteral("directory")));
    QVERIFY(!d->eventCombo()->isEnabled());
    QVERIFY(!d->columnList()->isEnabled());
    QCOMPARE(d->options().eventId, qint64(0));
    const QString html = m_dir.filePath(QStringLiteral("directory.html"));
    m_prompts.fileNames << html;
    QVERIFY(d->exportReport(ReportsDialog::Format::Html));
    QVERIFY2(m_prompts.warnings.isEmpty(), qPrintable(m_prompts.warnings.join(u'\n')));
    QVERIFY(test::readFile(html).contains("<table"));

    // The participant list with every column unticked is refused before building.
    QVERIFY(d->selectReport(QStringLiteral("participants")));
    for (const QString &key : core::ReportCatalog::participantColumns())
        d->setColumnChecked(key, false);
    m_prompts.fileNames << m_dir.filePath(QStringLiteral("none.csv"));
    QVERIFY(!d->exportReport(ReportsDialog::Format::Csv));
    QCOMPARE(m_prompts.warnings, QStringList{QStringLiteral("Tick at least one column.")});
    QCOMPARE(m_prompts.fileNames.size(), 1);   // not even asked
}

void tst_ReportsDialog::sortAndGroup_followTheReportAndItsColumns()
{
    ReportsDialog *d = openDialog();
    QVERIFY(d->selectReport(QStringLiteral("participants")));
    QVERIFY(d->selectEvent(m_eventId));
    auto keys = [](QComboBox *combo) {
        QStringList out;
        for (int i = 1; i < combo->count(); ++i)
            out << combo->itemData(i).toString();
        return out;
    };
    // Sorting offers the ticked columns; grouping the ticked ones that make groups.
    QCOMPARE(keys(d->sortCombo()), core::ReportCatalog::defaultParticipantColumns());
    QCOMPARE(keys(d->groupCombo()), (QStringList{QStringLiteral("organisation"), QStringLiteral("arrival"),
                                                 QStringLiteral("departure"), QStringLiteral("lodging"),
                                                 QStringLiteral("diet"), QStringLiteral("status")}));
    QVERIFY(!d->descendingCheck()->isEnabled());
    QVERIFY(d->setGroup(QStringLiteral("diet")));
    QVERIFY(d->setColumnChecked(QStringLiteral("diet"), false));   // the grouping goes with the column
    QVERIFY(!keys(d->sortCombo()).contains(QStringLiteral("diet")));
    QCOMPARE(d->groupCombo()->currentIndex(), 0);
    d->publicCheck()->setChecked(true);   // personal columns are not offered for publication
    QVERIFY(!keys(d->groupCombo()).contains(QStringLiteral("status")));
    d->publicCheck()->setChecked(false);

    QVERIFY(d->setSort(QStringLiteral("name"), true));
    QVERIFY(d->descendingCheck()->isEnabled());
    QVERIFY(d->setGroup(QStringLiteral("lodging")));
    const QString csv = m_dir.filePath(QStringLiteral("grouped.csv"));
    m_prompts.fileNames << csv;
    QVERIFY(d->exportReport(ReportsDialog::Format::Csv));
    QVERIFY2(m_prompts.warnings.isEmpty(), qPrintable(m_prompts.warnings.join(u'\n')));
    const QStringList lines = csvLines(csv);
    QCOMPARE(lines.value(0), QStringLiteral("Lodging,Name,Organisation,Arrival,Departure,Status"));
    QCOMPARE(lines.size(), 1 + 31);
    // Inside the first lodging option, names run from Z to A.
    const QString firstOption = lines.value(1).section(u',', 0, 0);
    QStringList names;
    for (const QString &line : lines.mid(1))
        if (line.section(u',', 0, 0) == firstOption)
            names << line.section(u',', 1, 1);
    QVERIFY(names.size() > 1);
    QStringList expected = names;
    std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) > 0;
    });
    QCOMPARE(names, expected);

    // Reports with their own fixed order offer nothing.
    QVERIFY(d->selectReport(QStringLiteral("kitchen")));
    QVERIFY(!d->sortCombo()->isEnabled());
    QVERIFY(!d->groupCombo()->isEnabled());
    QVERIFY(d->options().arrangement.sortBy.isEmpty());
    QVERIFY(d->selectReport(QStringLiteral("directory")));
    QVERIFY(d->sortCombo()->isEnabled());
    QVERIFY(!d->groupCombo()->isEnabled());
}

void tst_ReportsDialog::template_keepsSortAndGroup()
{
    ReportsDialog *d = openDialog();
    QVERIFY(d->selectReport(QStringLiteral("participants")));
    QVERIFY(d->setSort(QStringLiteral("arrival"), true));
    QVERIFY(d->setGroup(QStringLiteral("organisation")));
    QVERIFY(d->saveTemplate(QStringLiteral("Par structure")));

    d = openDialog();
    QCOMPARE(d->sortCombo()->currentIndex(), 0);
    QVERIFY(d->applyTemplate(QStringLiteral("Par structure")));
    QVERIFY2(m_prompts.warnings.isEmpty(), qPrintable(m_prompts.warnings.join(u'\n')));
    const core::ReportOptions o = d->options();
    QCOMPARE(o.arrangement.sortBy, QStringLiteral("arrival"));
    QVERIFY(o.arrangement.descending);
    QCOMPARE(o.arrangement.groupBy, QStringLiteral("organisation"));
    QCOMPARE(d->groupCombo()->currentText(), QStringLiteral("Organisation"));
}

void tst_ReportsDialog::preview_paintsEveryPage()
{
    ReportsDialog *d = openDialog();
    QVERIFY(d->selectReport(QStringLiteral("fee-statements")));
    QVERIFY(d->selectEvent(m_eventId));
    int pages = -1;
    QString title;
    m_prompts.dialogDriver = [&](QWidget *w) {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(w);
        if (!preview)
            return int(QDialog::Rejected);
        title = preview->windowTitle();
        auto *widget = preview->findChild<QPrintPreviewWidget *>();
        if (widget) {
            widget->updatePreview();   // what showing the dialog does
            pages = widget->pageCount();
        }
        return int(QDialog::Rejected);
    };
    d->preview();
    QVERIFY2(m_prompts.warnings.isEmpty(), qPrintable(m_prompts.warnings.join(u'\n')));
    QCOMPARE(title, QStringLiteral("Preview: Fee statements"));
    QCOMPARE(pages, 31);   // one statement a counted participant

    // A report that cannot be built says why instead of opening an empty preview.
    d->statusCheck(QStringLiteral("pre_registered"))->setChecked(false);
    d->statusCheck(QStringLiteral("confirmed"))->setChecked(false);
    title.clear();
    d->preview();
    QVERIFY(title.isEmpty());
    QCOMPARE(m_prompts.warnings, QStringList{QStringLiteral("Tick at least one registration status.")});
}

void tst_ReportsDialog::print_goesToThePrinterChosen()
{
    ReportsDialog *d = openDialog();
    QVERIFY(d->selectReport(QStringLiteral("sign-in")));
    QVERIFY(d->selectEvent(m_eventId));
    const QString pdf = m_dir.filePath(QStringLiteral("printed.pdf"));
    bool landscape = true;
    m_prompts.dialogDriver = [&](QWidget *w) {
        auto *dialog = qobject_cast<QPrintDialog *>(w);
        if (!dialog)
            return int(QDialog::Rejected);
        // The user picks "Print to file": the page set up by the report stays.
        landscape = dialog->printer()->pageLayout().orientation() == QPageLayout::Landscape;
        dialog->printer()->setOutputFormat(QPrinter::PdfFormat);
        dialog->printer()->setOutputFileName(pdf);
        return int(QDialog::Accepted);
    };
    d->print();
    QVERIFY2(m_prompts.warnings.isEmpty(), qPrintable(m_prompts.warnings.join(u'\n')));
    QVERIFY(!landscape);
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished(30000));
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const QRegularExpressionMatch m = pages.match(QString::fromUtf8(info.readAllStandardOutput()));
    QVERIFY2(m.hasMatch() && m.captured(1).toInt() >= 5, "one sign-in sheet a day at least");

    // Cancelling the printer dialog prints nothing.
    QFile::remove(pdf);
    m_prompts.dialogDriver = [](QWidget *) { return int(QDialog::Rejected); };
    d->print();
    QVERIFY(!QFileInfo::exists(pdf));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    core::Translations::install(QStringLiteral("en_GB"));
    ui::Icons::setUp();
    tst_ReportsDialog t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_ReportsDialog.moc"
