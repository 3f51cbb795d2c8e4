#pragma once
#include "Result.h"
#include "io/TextDecoder.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace convivium::core {

struct CsvReadOptions {
    QChar delimiter;             // null: guess
    bool hasHeader = true;
    // Unset: guess. The import wizard lets the user say it when a file is
    // valid UTF-8 by chance but was written otherwise, or the other way round.
    std::optional<TextDecoder::Encoding> encoding;
};

// One record of a CSV file and the line it starts on (1-based, as a text
// editor counts), for messages such as "line 12, column Arrivée: …".
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

struct CsvDocument {
    TextDecoder::Encoding encoding = TextDecoder::Encoding::Utf8;
    QChar delimiter = u',';
    QStringList header;          // empty when the file has no header row
    QList<CsvRecord> records;    // blank lines left out
};

// Reads CSV as spreadsheets write it (RFC 4180: quoted fields may hold the
// delimiter, line breaks and doubled quotes), guessing the encoding and the
// delimiter (comma, semicolon or tab) unless told. Refuses, with a message,
// an empty file, a binary file and a quote never closed; records with a
// wrong number of fields are kept for the importer to report row by row.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    using Options = CsvReadOptions;
    static Fallible<CsvDocument> read(const QByteArray &bytes, const Options &options);
    static Fallible<CsvDocument> read(const QByteArray &bytes) { return read(bytes, Options()); }
    static Fallible<CsvDocument> readFile(const QString &path, const Options &options = Options());
    // The delimiter that splits the first lines into the same number of
    // fields (more than one), comma when nothing tells.
    static QChar guessDelimiter(const QString &text);
};

} // namespace convivium::core
