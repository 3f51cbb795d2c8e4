#pragma once
#include "Result.h"
#include "reports/CsvReportWriter.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <functional>

class QAbstractItemModel;

namespace convivium::core {

class LazyListModel;

// A list as the user sees it (the rows the filter lets through, in the view's
// order, the chosen columns with their headers, texts as displayed) streamed
// into a CSV file, with the quoting and options of CsvReportWriter.
//
// Rows are written as they are read, so a list of 100,000 contributors never
// sits whole in memory; the file is a QSaveFile, so a failed or cancelled
// export leaves nothing behind and an older file intact.
class TableCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(TableCsvWriter)
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;   // false: cancel
    using RowVisitor = std::function<bool(const QStringList &cells)>;  // false: stop

    // What to write: headers, how many rows to expect, and how to read them.
    struct Source {
        QStringList headers;
        qint64 rowCount = 0;   // for the progress; the rows read decide the file
        std::function<Result(const RowVisitor &visit)> forEachRow;
    };

    // Any model (a proxy included), every row, DisplayRole of `columns` in that order.
    static Source fromModel(const QAbstractItemModel &model, const QList<int> &columns);
    // A lazy list: every row of its current query, not only the pages loaded.
    static Source fromList(const LazyListModel &model, const QList<int> &columns);

    // The number of data rows written. Cancelling is a failure that says so.
    static Fallible<qint64> write(const QString &path, const Source &source, const CsvOptions &options = {},
                                  const Progress &progress = {});
    static QByteArray toCsv(const Source &source, const CsvOptions &options = {});
};

} // namespace convivium::core
