#include "io/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace convivium::core {

namespace {

constexpr qint64 LargestFile = 512LL * 1024 * 1024;

// Field counts of the first lines for one delimiter, quotes respected.
QList<int> countsWith(const QString &text, QChar delimiter, int lines)
{
    QList<int> counts;
    int fields = 1;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && counts.size() < lines; ++i) {
        const QChar c = text.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == delimiter)
            ++fields;
        else if (!quoted && c == u'\n') {
            counts << fields;
            fields = 1;
        }
    }
    if (counts.size() < lines && fields > 1)
        counts << fields;
    return counts;
}

} // namespace

QChar CsvReader::guessDelimiter(const QString &text)
{
    QChar best = u',';
    int bestScore = 0;
    for (const QChar candidate : {QChar(u';'), QChar(u','), QChar(u'\t')}) {
        const QList<int> counts = countsWith(text, candidate, 20);
        if (counts.isEmpty() || counts.first() < 2)
            continue;
        // Lines agreeing with the first one, weighted by how many fields they make.
        const int agreeing = int(std::count(counts.cbegin(), counts.cend(), counts.first()));
        const int score = agreeing * 100 + counts.first();
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

Fallible<CsvDocument> CsvReader::read(const QByteArray &bytes, const Options &options)
{
    if (bytes.trimmed().isEmpty() || bytes == QByteArrayLiteral("\xEF\xBB\xBF"))
        return Result::failure(tr("The file is empty."));
    if (TextDecoder::looksBinary(bytes))
        return Result::failure(tr("This is not a CSV file: it holds binary data (a spreadsheet saved as .xlsx or .ods? "
                                  "Save it as CSV first)."));
    CsvDocument doc;
    doc.encoding = TextDecoder::detect(bytes);
    if (options.encoding && !(*options.encoding == TextDecoder::Encoding::Utf8
                              && doc.encoding == TextDecoder::Encoding::Utf8WithBom))   // the mark is never text
        doc.encoding = *options.encoding;
    const QString text = TextDecoder::decode(bytes, doc.encoding);
    doc.delimiter = options.delimiter.isNull() ? guessDelimiter(text) : options.delimiter;

    const QChar d = doc.delimiter;
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    // Whether the field so far is only spaces, where a quote opens a quoted
    // field. Kept as a flag: trimming the field at each quote made a line of
    // stray quotes take quadratic time (seconds for 1 MB).
    bool blank = true;
    bool quoted = false, wasQuoted = false;
    int line = 1, quoteLine = 0;
    record.line = 1;
    auto endField = [&] {
        record.fields << (wasQuoted ? field : field.trimmed());
        field.clear();
        blank = true;
        wasQuoted = false;
    };
    auto endRecord = [&](int nextLine) {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank)
            records << record;
        record = CsvRecord();
        record.line = nextLine;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
                continue;   // a line break inside a cell: kept as one \n
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && blank && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            quoteLine = line;
            field.clear();
        } else if (c == d) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRecord(line);
        } else {
            field += c;   // a quote inside an unquoted field is kept as written
            blank = blank && c.isSpace();
        }
    }
    if (quoted)
        return Result::failure(tr("Line %1: a quoted field starts here and is never closed.").arg(quoteLine));
    if (!field.isEmpty() || !record.fields.isEmpty())
        endRecord(line + 1);

    if (options.hasHeader && !records.isEmpty()) {
        doc.header = records.takeFirst().fields;
        if (doc.header.size() > 0 && doc.header.first().startsWith(QChar(0xFEFF)))
            doc.header.first().remove(0, 1);   // a second byte-order mark, as some exports add
    }
    doc.records = std::move(records);
    if (options.hasHeader && doc.header.isEmpty())
        return Result::failure(tr("The file is empty."));
    return doc;
}

Fallible<CsvDocument> CsvReader::readFile(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return Result::failure(tr("The file %1 does not exist.").arg(shown));
    if (info.isDir())
        return Result::failure(tr("%1 is a folder, not a CSV file.").arg(shown));
    if (info.size() > LargestFile)
        return Result::failure(tr("%1 is too large to be a CSV file of people (over 512 MB).").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(tr("Cannot read %1: %2").arg(shown, file.errorString()));
    Fallible<CsvDocument> doc = read(file.readAll(), options);
    if (!doc)
        return Result::failure(tr("%1: %2").arg(info.fileName(), doc.message()));
    return doc;
}

} // namespace convivium::core
