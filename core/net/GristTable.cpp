#include "net/GristTable.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>
#include <optional>

namespace convivium::core {

namespace {

Result notATable(const QString &why)
{
    return Result::failure(GristTable::tr("The server's answer is not a Grist table: %1").arg(why));
}

// The JSON document of an answer, or why it is none.
Fallible<QJsonObject> jsonObject(const QByteArray &json)
{
    const QByteArray trimmed = json.trimmed();
    if (trimmed.isEmpty())
        return notATable(GristTable::tr("it is empty."));
    if (trimmed.startsWith('<'))   // a login page, a proxy's error page, a site's home page
        return notATable(GristTable::tr("it is a web page, not data."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    if (error.error != QJsonParseError::NoError)
        return notATable(GristTable::tr("it is not JSON (%1 at character %2).").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return notATable(GristTable::tr("it is not a JSON object."));
    return doc.object();
}

// Whole numbers without ".0" (Grist sends every number as a double);
// others with up to 15 significant digits, always with a point.
QString numberText(double d)
{
    if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9007199254740992.0)   // 2^53
        return QString::number(qint64(d));
    return QString::number(d, 'g', 15);
}

// Grist's seconds since 1970 as a UTC date-time; nothing for a number that
// no ISO 8601 date shows (Qt writes years before 1 or after 9999 as ""), so
// that the cell keeps the number rather than turning silently empty. Checked
// as a double: converting one beyond qint64's range is undefined behaviour.
std::optional<QDateTime> utcTime(double seconds)
{
    constexpr double First = -62135596800.0;   // 0001-01-01T00:00:00Z
    constexpr double End = 253402300800.0;     // 10000-01-01T00:00:00Z
    if (!(seconds >= First && seconds < End))
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(qint64(std::floor(seconds)), Qt::UTC);
}

QString dateText(double seconds)
{
    const std::optional<QDateTime> time = utcTime(seconds);
    return time ? time->date().toString(Qt::ISODate) : numberText(seconds);
}

QString dateTimeText(double seconds)
{
    const std::optional<QDateTime> time = utcTime(seconds);
    return time ? time->toString(Qt::ISODate) : numberText(seconds);
}

QString refText(const QJsonValue &id)
{
    const qint64 row = id.toInteger();
    return row > 0 ? QString::number(row) : QString();
}

// Grist's encoding of values that JSON has no type for: ["L", …] a list,
// ["d", s] a date, ["D", s, tz] a date-time, ["R", table, id] a reference,
// ["r", table, [ids]] references, ["E", name, …] a formula error,
// ["P"] pending, ["C"] censored (no access).
QString encodedText(const QJsonArray &cell, const QString &baseType)
{
    const QString code = cell.first().toString();
    QStringList items;
    if (code == u"L") {
        const QString itemType = baseType == u"RefList" ? QStringLiteral("Ref") : QStringLiteral("Any");
        for (qsizetype i = 1; i < cell.size(); ++i)
            if (const QString item = GristTable::cellText(cell.at(i), itemType); !item.isEmpty())
                items << item;
        return items.join(QStringLiteral(", "));
    }
    if (code == u"d")
        return dateText(cell.at(1).toDouble());
    if (code == u"D")
        return dateTimeText(cell.at(1).toDouble());
    if (code == u"R")
        return refText(cell.at(2));
    if (code == u"r") {
        for (const QJsonValue &id : cell.at(2).toArray())
            if (const QString item = refText(id); !item.isEmpty())
                items << item;
        return items.join(QStringLiteral(", "));
    }
    if (code == u"E")
        return u'#' + cell.at(1).toString();   // as Grist shows it: #TypeError
    if (code == u"P" || code == u"C")
        return QString();
    return QString::fromUtf8(QJsonDocument(cell).toJson(QJsonDocument::Compact));
}

} // namespace

QString GristTable::cellText(const QJsonValue &cell, const QString &type)
{
    const QString baseType = type.section(u':', 0, 0);
    switch (cell.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Bool:
        return cell.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::String:
        return cell.toString();   // also the text of a cell Grist could not read as its type
    case QJsonValue::Double:
        if (baseType == u"Date")
            return dateText(cell.toDouble());
        if (baseType == u"DateTime")
            return dateTimeText(cell.toDouble());
        if (baseType == u"Ref")
            return refText(cell);
        return numberText(cell.toDouble());
    case QJsonValue::Array: {
        const QJsonArray array = cell.toArray();
        if (!array.isEmpty() && array.first().isString())
            return encodedText(array, baseType);
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(cell.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

Fallible<QList<GristColumn>> GristTable::parseColumns(const QByteArray &json)
{
    const Fallible<QJsonObject> answer = jsonObject(json);
    if (!answer)
        return answer.result();
    const QJsonValue list = answer.value().value(QStringLiteral("columns"));
    if (!list.isArray())
        return notATable(tr("it has no list of columns."));
    QList<GristColumn> columns;
    QSet<QString> seen;
    int index = 0;
    for (const QJsonValue &item : list.toArray()) {
        ++index;
        const QJsonObject o = item.toObject();
        GristColumn column;
        column.id = o.value(QStringLiteral("id")).toString();
        if (column.id.isEmpty())
            return notATable(tr("column %1 has no id.").arg(index));
        const QJsonValue fields = o.value(QStringLiteral("fields"));
        if (!fields.isObject())
            return notATable(tr("column %1 has no fields.").arg(column.id));
        column.label = fields[QStringLiteral("label")].toString();
        column.type = fields[QStringLiteral("type")].toString(QStringLiteral("Any"));
        if (!seen.contains(column.id)) {
            seen.insert(column.id);
            columns << column;
        }
    }
    return columns;
}

Fallible<QList<GristRecord>> GristTable::parseRecords(const QByteArray &json, const QList<GristColumn> &columns)
{
    const Fallible<QJsonObject> answer = jsonObject(json);
    if (!answer)
        return answer.result();
    const QJsonValue list = answer.value().value(QStringLiteral("records"));
    if (!list.isArray())
        return notATable(tr("it has no list of records."));
    QList<GristRecord> records;
    records.reserve(list.toArray().size());
    int index = 0;
    for (const QJsonValue &item : list.toArray()) {
        ++index;
        const QJsonObject o = item.toObject();
        GristRecord record;
        record.id = o.value(QStringLiteral("id")).toInteger();
        if (record.id <= 0)
            return notATable(tr("record %1 has no row id.").arg(index));
        const QJsonValue fields = o.value(QStringLiteral("fields"));
        if (!fields.isObject())
            return notATable(tr("row %1 has no fields.").arg(record.id));
        const QJsonObject cells = fields.toObject();
        record.values.reserve(columns.size());
        for (const GristColumn &column : columns)   // a column added since: an empty cell
            record.values << cellText(cells.value(column.id), column.type);
        records << record;
    }
    return records;
}

Fallible<GristTable> GristTable::parse(const QByteArray &columnsJson, const QByteArray &recordsJson)
{
    Fallible<QList<GristColumn>> columns = parseColumns(columnsJson);
    if (!columns)
        return columns.result();
    Fallible<QList<GristRecord>> records = parseRecords(recordsJson, columns.value());
    if (!records)
        return records.result();
    GristTable table;
    table.columns = std::move(columns.value());
    table.records = std::move(records.value());
    return table;
}

int GristTable::columnIndex(const QString &id) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).id == id)
            return i;
    return -1;
}

QList<qint64> GristTable::rowIds() const
{
    QList<qint64> ids;
    ids.reserve(records.size());
    for (const GristRecord &r : records)
        ids << r.id;
    return ids;
}

CsvDocument GristTable::toDocument() const
{
    CsvDocument doc;
    for (const GristColumn &c : columns)
        doc.header << c.title();
    doc.records.reserve(records.size());
    for (const GristRecord &r : records)
        doc.records << CsvRecord{int(r.id), r.values};
    return doc;
}

} // namespace convivium::core
