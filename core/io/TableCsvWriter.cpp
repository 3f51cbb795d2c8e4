#include "io/TableCsvWriter.h"
#include "models/LazyListModel.h"
#include "reports/ReportFile.h"

#include <QAbstractItemModel>
#include <QBuffer>
#include <QDir>
#include <QPointer>
#include <QSaveFile>

namespace convivium::core {

TableCsvWriter::Source TableCsvWriter::fromModel(const QAbstractItemModel &model, const QList<int> &columns)
{
    Source source;
    for (int column : columns)
        source.headers << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    source.rowCount = model.rowCount();
    // A model may go while a modal progress lets events through: stop rather than crash.
    const QPointer<const QAbstractItemModel> guarded(&model);
    source.forEachRow = [guarded, columns](const RowVisitor &visit) {
        QStringList cells;
        for (int row = 0; guarded && row < guarded->rowCount(); ++row) {
            cells.clear();
            for (int column : columns)
                cells << guarded->index(row, column).data(Qt::DisplayRole).toString();
            if (!visit(cells))
                break;
        }
        if (!guarded)
            return Result::failure(tr("The list was closed during the export."));
        return Result::success();
    };
    return source;
}

TableCsvWriter::Source TableCsvWriter::fromList(const LazyListModel &model, const QList<int> &columns)
{
    Source source;
    for (int column : columns)
        source.headers << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    source.rowCount = model.countMatching();
    const LazyListModel *list = &model;
    source.forEachRow = [list, columns](const RowVisitor &visit) {
        QStringList cells;
        return list->forEachRow([&](const ListRow &row) {
            cells.clear();
            for (int column : columns)
                cells << list->displayText(row, column);
            return visit(cells);
        });
    };
    return source;
}

namespace {

// Lines go out in chunks: one write per row would cost more than the quoting.
class CsvStream
{
public:
    CsvStream(QIODevice &device, const CsvOptions &options) : m_device(device), m_delimiter(options.delimiter)
    {
        if (options.byteOrderMark)
            m_ok = m_device.write("\xEF\xBB\xBF", 3) == 3;
    }
    bool line(const QStringList &fields)
    {
        for (int i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_text += m_delimiter;
            m_text += CsvReportWriter::field(fields.at(i), m_delimiter);
        }
        m_text += QStringLiteral("\r\n");
        return m_text.size() < 64 * 1024 || flush();
    }
    bool flush()
    {
        const QByteArray bytes = m_text.toUtf8();
        m_text.clear();
        m_ok = m_ok && m_device.write(bytes) == bytes.size();
        return m_ok;
    }

private:
    QIODevice &m_device;
    QChar m_delimiter;
    QString m_text;
    bool m_ok = true;
};

struct Outcome {
    qint64 rows = 0;
    bool cancelled = false;
    bool writeFailed = false;
    Result read;
};

Outcome writeRows(QIODevice &device, const TableCsvWriter::Source &source, const CsvOptions &options,
                  const TableCsvWriter::Progress &progress)
{
    Outcome out;
    CsvStream csv(device, options);
    if (progress && !progress(0, source.rowCount)) {
        out.cancelled = true;
        return out;
    }
    if (!csv.line(source.headers)) {
        out.writeFailed = true;
        return out;
    }
    if (source.forEachRow)
        out.read = source.forEachRow([&](const QStringList &cells) {
            if (!csv.line(cells)) {
                out.writeFailed = true;
                return false;
            }
            ++out.rows;
            // Every few hundred rows: enough for a progress bar, too rarely to slow the export.
            if (progress && out.rows % 256 == 0 && !progress(out.rows, qMax(source.rowCount, out.rows))) {
                out.cancelled = true;
                return false;
            }
            return true;
        });
    if (!out.cancelled && !out.writeFailed && !csv.flush())
        out.writeFailed = true;
    if (progress && !out.cancelled && !out.writeFailed && out.read)
        progress(out.rows, out.rows);
    return out;
}

} // namespace

QByteArray TableCsvWriter::toCsv(const Source &source, const CsvOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeRows(buffer, source, options, {});
    return buffer.data();
}

Fallible<qint64> TableCsvWriter::write(const QString &path, const Source &source, const CsvOptions &options,
                                       const Progress &progress)
{
    QSaveFile file(path);
    if (Result opened = ReportFile::open(file); !opened)
        return opened;
    const Outcome out = writeRows(file, source, options, progress);
    if (out.cancelled || out.writeFailed || !out.read) {
        const QString why = file.errorString();
        file.cancelWriting();
        if (out.cancelled)
            return Result::failure(tr("Cancelled: nothing was written."));
        if (!out.read)
            return out.read;
        return Result::failure(tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), why));
    }
    if (Result committed = ReportFile::commit(file); !committed)
        return committed;
    return out.rows;
}

} // namespace convivium::core
