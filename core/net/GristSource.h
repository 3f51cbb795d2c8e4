#pragma once
#include "Result.h"
#include "services/Validation.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace convivium::core {

// Where an event's pre-registrations live in Grist: the site's address
// (https://docs.getgrist.com, or a self-hosted team site such as
// https://grist.example.org/o/team), the document id and the table id.
// The API key is not part of it: it stays in the system keychain (ApiKeyStore).
struct GristSource {
    Q_DECLARE_TR_FUNCTIONS(GristSource)
public:
    QUrl server;
    QString document;
    QString table;

    bool isEmpty() const { return server.isEmpty() && document.isEmpty() && table.isEmpty(); }
    bool operator==(const GristSource &o) const
    {
        return server == o.server && document == o.document && table == o.table;
    }

    // The server with its path prefix kept (/o/team) and trailing slashes,
    // query, fragment and user info removed.
    QUrl site() const;
    // {site}/api/docs/{document}/tables/{table}/columns and …/records, ids percent-encoded.
    QUrl columnsUrl() const;
    QUrl recordsUrl() const;

    // What is missing or wrong, field by field ("server", "document", "table").
    FieldErrors problems() const;
    Result validate() const;

    QByteArray toJson() const;
    static Fallible<GristSource> fromJson(const QByteArray &json);

private:
    QUrl tableUrl(const QString &endpoint) const;
};

} // namespace convivium::core
