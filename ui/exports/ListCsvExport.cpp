#include "exports/ListCsvExport.h"
#include "UserPrompts.h"
#include "exports/ExportPaths.h"

#include <QHeaderView>
#include <QLocale>

namespace convivium::ui {

QList<int> ListCsvExport::shownColumns(const QHeaderView &header)
{
    QList<int> columns;
    for (int visual = 0; visual < header.count(); ++visual) {
        const int logical = header.logicalIndex(visual);
        if (logical >= 0 && !header.isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

ListCsvExport::Dialect ListCsvExport::defaultDialect()
{
    return QLocale().decimalPoint() == u',' ? FrenchSpreadsheet : Comma;
}

core::CsvOptions ListCsvExport::options(Dialect dialect)
{
    return dialect == FrenchSpreadsheet ? core::CsvOptions::forFrenchSpreadsheet() : core::CsvOptions();
}

qint64 ListCsvExport::run(QWidget *parent, UserPrompts &prompts, const core::TableCsvWriter::Source &source,
                          const QString &name, QString *writtenPath)
{
    const QString title = tr("Export this list as CSV");
    if (source.headers.isEmpty()) {
        prompts.warn(parent, title, tr("Every column of the list is hidden: show at least one to export it."));
        return -1;
    }
    // In Dialect order.
    const QStringList filters{tr("CSV for a spreadsheet in French: semicolons, UTF-8 with BOM (*.csv)"),
                              tr("CSV with commas, UTF-8 (*.csv)")};
    int dialect = defaultDialect();
    const QString path = prompts.exportFileName(parent, title, ExportPaths::suggest(name, QStringLiteral("csv")),
                                                filters, &dialect);
    if (path.isEmpty())
        return -1;

    std::unique_ptr<ProgressReport> progress = prompts.progress(parent, tr("Writing the list…"));
    bool cancelled = false;
    const core::Fallible<qint64> written = core::TableCsvWriter::write(
        path, source, options(Dialect(qBound(0, dialect, 1))), [&](qint64 done, qint64 total) {
            cancelled = !progress->update(done, total);
            return !cancelled;
        });
    progress.reset();   // closed before any message
    if (!written) {
        if (!cancelled)
            prompts.warn(parent, title, written.message());
        return -1;
    }
    ExportPaths::remember(path);
    if (writtenPath)
        *writtenPath = path;
    return written.value();
}

} // namespace convivium::ui
