#include "db/ServerAddress.h"

#include <QUrl>

namespace convivium::core {

bool ServerAddress::isServerUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

Fallible<ServerAddress> ServerAddress::fromUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!isServerUrl(text) || !url.isValid() || url.host().isEmpty())
        return Result::failure(tr("\"%1\" is not a database address: write it as postgresql://user@host:5432/database.")
                                   .arg(text));
    ServerAddress a;
    a.host = url.host();
    a.port = url.port(5432);
    a.database = url.path().mid(1);
    a.user = url.userName();
    a.password = url.password();
    if (a.database.isEmpty() || a.database.contains(u'/'))
        return Result::failure(tr("The address %1 does not name a database: add it after the port, as in "
                                  "postgresql://user@host:5432/community.").arg(text));
    if (a.user.isEmpty())
        return Result::failure(tr("The address %1 does not name a user: write it as postgresql://user@host/database.")
                                   .arg(text));
    return a;
}

QString ServerAddress::toUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + database);
    return url.toString();
}

} // namespace convivium::core
