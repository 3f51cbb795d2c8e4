// Fuzzes GristTable's reading of Grist's answers, which come from a server
// the user typed the address of. An input is the body of …/columns, a line
// "---", then the body of …/records; without that line it is given to both.
// Records are also read against columns of every type Grist has, so that a
// records body alone reaches every way a cell is turned into text.
#include "net/GristTable.h"

#include <cstdint>
#include <cstdlib>

using namespace convivium::core;

namespace {

const QByteArray Separator = QByteArrayLiteral("\n---\n");

QList<GristColumn> everyType()
{
    QList<GristColumn> columns;
    const char *types[] = {"Any", "Text", "Numeric", "Int", "Bool", "Date", "DateTime:Europe/Paris",
                           "Choice", "ChoiceList", "Ref:Structures", "RefList:Ateliers", "Attachments"};
    for (const char *type : types) {
        const QString name = QString::fromLatin1(type).section(u':', 0, 0);
        columns << GristColumn{name, QString(), QString::fromLatin1(type)};
    }
    return columns;
}

void readRecords(const QByteArray &body, const QList<GristColumn> &columns)
{
    const Fallible<QList<GristRecord>> records = GristTable::parseRecords(body, columns);
    if (!records) {
        if (records.message().isEmpty())
            abort();   // a refusal always says why
        return;
    }
    GristTable table;
    table.columns = columns;
    table.records = records.value();
    const CsvDocument doc = table.toDocument();
    // One cell per column in every row, and one line per row for the importers' messages.
    if (doc.records.size() != table.records.size() || doc.header.size() != columns.size())
        abort();
    for (const CsvRecord &record : doc.records)
        if (record.fields.size() != columns.size())
            abort();
    table.rowIds();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<GristColumn> allTypes = everyType();
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf(Separator);
    const QByteArray columnsBody = split < 0 ? input : input.left(split);
    const QByteArray recordsBody = split < 0 ? input : input.mid(split + Separator.size());

    const Fallible<QList<GristColumn>> columns = GristTable::parseColumns(columnsBody);
    if (!columns && columns.message().isEmpty())
        abort();
    if (columns)
        readRecords(recordsBody, columns.value());
    readRecords(recordsBody, allTypes);
    return 0;
}
