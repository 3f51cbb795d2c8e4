#pragma once
#include "Result.h"
#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QJsonValue;

namespace convivium::core {

// A column as Grist describes it: its id (colId, as in formulas), the
// label people see and its type ("Text", "Date", "DateTime:Europe/Paris",
// "Ref:Structures", "ChoiceList", …).
struct GristColumn {
    QString id;
    QString label;
    QString type;
    QString title() const { return label.isEmpty() ? id : label; }
};

// One row: Grist's row id and its cells as text, in the order of the columns.
struct GristRecord {
    qint64 id = 0;
    QStringList values;
};

// A Grist table read through the REST API, cells turned into the text an
// importer reads: dates as 2026-03-30, date-times as UTC ISO 8601
// (2026-03-30T08:15:00Z), lists as "a, b", references as the row id they
// point to, integers without ".0", booleans as true/false, empty cells "".
class GristTable
{
    Q_DECLARE_TR_FUNCTIONS(GristTable)
public:
    QList<GristColumn> columns;
    QList<GristRecord> records;

    // The answers of …/columns and …/records; failures say what is wrong
    // with the shape ("The server's answer is not a Grist table: …").
    static Fallible<QList<GristColumn>> parseColumns(const QByteArray &json);
    static Fallible<QList<GristRecord>> parseRecords(const QByteArray &json, const QList<GristColumn> &columns);
    static Fallible<GristTable> parse(const QByteArray &columnsJson, const QByteArray &recordsJson);

    // One cell as text, read according to the column's type.
    static QString cellText(const QJsonValue &cell, const QString &type);

    int columnIndex(const QString &id) const;   // -1 when absent
    QList<qint64> rowIds() const;
    // For the importers: header = column titles, one record per row with the
    // Grist row id as its line, so that messages point at the row in Grist.
    CsvDocument toDocument() const;
};

} // namespace convivium::core
