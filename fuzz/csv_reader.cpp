// Fuzzes CsvReader::read, the first thing an imported file meets: with the
// options guessed, then with options taken from the input's last byte, so
// that a forced encoding, delimiter or headerless read is fuzzed as well.
#include "io/CsvReader.h"

#include <cstdint>
#include <cstdlib>

using namespace convivium::core;

namespace {

CsvReadOptions optionsFrom(uint8_t byte)
{
    CsvReadOptions options;
    const QChar delimiters[] = {QChar(), QChar(u';'), QChar(u','), QChar(u'\t')};
    options.delimiter = delimiters[byte & 3];
    options.hasHeader = (byte & 4) == 0;
    switch ((byte >> 3) & 3) {
    case 1: options.encoding = TextDecoder::Encoding::Utf8; break;
    case 2: options.encoding = TextDecoder::Encoding::Utf8WithBom; break;
    case 3: options.encoding = TextDecoder::Encoding::Windows1252; break;
    default: break;
    }
    return options;
}

// What the importers rely on: records in file order, each starting on a line
// of its own, no blank record, a header when one was asked for.
void check(const Fallible<CsvDocument> &read, const CsvReadOptions &options)
{
    if (!read) {
        if (read.message().isEmpty())
            abort();   // a refusal always says why
        return;
    }
    const CsvDocument &doc = read.value();
    if (options.hasHeader && doc.header.isEmpty())
        abort();
    int previous = 0;
    for (const CsvRecord &record : doc.records) {
        if (record.line <= previous || record.fields.isEmpty())
            abort();
        if (record.fields.size() == 1 && record.fields.first().isEmpty())
            abort();
        previous = record.line;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    check(CsvReader::read(bytes), CsvReadOptions());
    if (size > 0) {
        const CsvReadOptions options = optionsFrom(data[size - 1]);
        check(CsvReader::read(bytes, options), options);
    }
    return 0;
}
