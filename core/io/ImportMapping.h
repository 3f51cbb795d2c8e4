#pragma once
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace convivium::core {

class Database;

// Which column of a file feeds which field of a record ("Courriel" → email),
// guessed from French or English headers, corrected by the user, remembered
// per kind of import, and written as JSON ({"Courriel": "email"}) for the
// command line's --mapping.
class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)
public:
    enum class Kind { Contributors, Organisations, Registrations };

    static QStringList fields(Kind kind);                 // field keys, in form order
    static QString fieldLabel(const QString &field);      // translated
    static QString guessField(const QString &header, Kind kind);   // empty: no idea

    ImportMapping() = default;
    static ImportMapping guess(const QStringList &header, Kind kind);

    void set(int column, const QString &field);           // empty field: the column is ignored
    QString field(int column) const { return m_fields.value(column); }
    int column(const QString &field) const;               // -1: not mapped
    bool isMapped(const QString &field) const { return column(field) >= 0; }

    // By header text, so a saved mapping applies to the next file with the same headers.
    QByteArray toJson(const QStringList &header) const;
    // The mapping for this header as the community last confirmed it for this
    // kind (and source, e.g. an event's form), else guessed; remember() keeps
    // the user's choices, ignored columns included, in community_setting.
    static ImportMapping remembered(const Database &db, Kind kind, const QStringList &header,
                                    const QString &source = QString());
    Result remember(const Database &db, Kind kind, const QStringList &header, const QString &source = QString()) const;
    static Fallible<ImportMapping> fromJson(const QByteArray &json, const QStringList &header, Kind kind);

private:
    QHash<int, QString> m_fields;
    QHash<QString, int> m_columns;   // the reverse, read for every cell of an import
};

} // namespace convivium::core
