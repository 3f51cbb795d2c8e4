#include "net/GristSource.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace convivium::core {

QUrl GristSource::site() const
{
    QUrl url = server.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path, QUrl::TolerantMode);
    return url;
}

QUrl GristSource::tableUrl(const QString &endpoint) const
{
    // Ids are percent-encoded by hand: a slash in an id must stay inside its segment.
    auto segment = [](const QString &id) { return QString::fromLatin1(QUrl::toPercentEncoding(id.trimmed())); };
    QUrl url = site();
    url.setPath(url.path(QUrl::FullyEncoded) + QStringLiteral("/api/docs/") + segment(document)
                    + QStringLiteral("/tables/") + segment(table) + u'/' + endpoint,
                QUrl::TolerantMode);
    return url;
}

QUrl GristSource::columnsUrl() const
{
    return tableUrl(QStringLiteral("columns"));
}

QUrl GristSource::recordsUrl() const
{
    return tableUrl(QStringLiteral("records"));
}

FieldErrors GristSource::problems() const
{
    FieldErrors errors;
    const QString scheme = server.scheme().toLower();
    if (server.isEmpty())
        errors << FieldError{QStringLiteral("server"),
                             tr("Enter the address of the Grist site, such as https://docs.getgrist.com "
                                "or https://grist.example.org/o/team.")};
    else if (!server.isValid() || (scheme != u"https" && scheme != u"http") || server.host().isEmpty())
        errors << FieldError{QStringLiteral("server"),
                             tr("“%1” is not a web address: the Grist site's address starts with https:// "
                                "(or http://), such as https://docs.getgrist.com.")
                                 .arg(server.toDisplayString())};
    if (document.trimmed().isEmpty())
        errors << FieldError{QStringLiteral("document"),
                             tr("Enter the document id: Grist shows it under Settings → API → Document ID.")};
    if (table.trimmed().isEmpty())
        errors << FieldError{QStringLiteral("table"),
                             tr("Enter the table id: the table's name as Grist shows it in Raw data, "
                                "such as Inscriptions.")};
    return errors;
}

Result GristSource::validate() const
{
    const FieldErrors errors = problems();
    return errors.isEmpty() ? Result::success() : Result::failure(Validation::firstMessage(errors));
}

QByteArray GristSource::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("server"), site().toString(QUrl::FullyEncoded));
    o.insert(QStringLiteral("document"), document.trimmed());
    o.insert(QStringLiteral("table"), table.trimmed());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Fallible<GristSource> GristSource::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Result::failure(tr("The Grist settings cannot be read: %1").arg(error.errorString()));
    const QJsonObject o = doc.object();
    GristSource source;
    source.server = QUrl(o.value(QStringLiteral("server")).toString(), QUrl::StrictMode);
    source.document = o.value(QStringLiteral("document")).toString();
    source.table = o.value(QStringLiteral("table")).toString();
    return source;
}

} // namespace convivium::core
