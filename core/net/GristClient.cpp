#include "net/GristClient.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <optional>

namespace convivium::core {

namespace {

// The text of Grist's {"error": "…"} answers, empty when there is none.
QString serverError(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QString text = doc.object().value(QStringLiteral("error")).toString().simplified();
    return text.left(300);
}

QString withServerText(const QString &message, const QString &said)
{
    return said.isEmpty() ? message : GristClient::tr("%1 The server said: “%2”").arg(message, said);
}

} // namespace

GristClient::GristClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network ? network : new QNetworkAccessManager(this))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &GristClient::send);
}

GristClient::~GristClient()
{
    dropReply();
}

void GristClient::fetch(const GristSource &source, const QString &apiKey)
{
    dropReply();
    m_retryTimer.stop();
    ++m_generation;
    m_source = source;
    m_apiKey = apiKey.trimmed();
    m_columns.clear();
    m_retries = 0;
    m_step = Step::Columns;
    if (const Result valid = source.validate(); !valid) {
        // Reported from the event loop, as a network failure would be.
        QTimer::singleShot(0, this, [this, generation = m_generation, valid] {
            if (generation == m_generation && isBusy())
                finish(valid);
        });
        return;
    }
    send();
}

void GristClient::cancel()
{
    if (!isBusy())
        return;
    dropReply();
    finish(Result::failure(tr("The download from Grist was cancelled.")));
}

void GristClient::send()
{
    QNetworkRequest request(m_step == Step::Columns ? m_source.columnsUrl() : m_source.recordsUrl());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Convivium/" CONVIVIUM_VERSION));
    if (!m_apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    request.setTransferTimeout(m_timeoutMs);
    // The key must not follow a redirect to another site: such an answer fails, telling where it pointed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &GristClient::onReplyFinished);
    if (m_step == Step::Records)
        connect(m_reply, &QNetworkReply::downloadProgress, this, &GristClient::progress);
}

void GristClient::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (status == 429 && m_retries < m_maxRetries) {
        retryLater(*reply);
        return;
    }
    if (reply->error() != QNetworkReply::NoError || status < 200 || status > 299) {
        finish(Result::failure(failureMessage(*reply, body)));
        return;
    }
    auto wrongShape = [this](const Result &parsed) {
        return Result::failure(tr("%1 Check the server address: it is the address of the Grist site, such as "
                                  "https://docs.getgrist.com or https://grist.example.org/o/team (now %2).")
                                   .arg(parsed.message(), m_source.site().toDisplayString()));
    };
    if (m_step == Step::Columns) {
        Fallible<QList<GristColumn>> columns = GristTable::parseColumns(body);
        if (!columns) {
            finish(wrongShape(columns.result()));
            return;
        }
        m_columns = std::move(columns.value());
        m_step = Step::Records;
        send();
        return;
    }
    Fallible<QList<GristRecord>> records = GristTable::parseRecords(body, m_columns);
    if (!records) {
        finish(wrongShape(records.result()));
        return;
    }
    GristTable table;
    table.columns = m_columns;
    table.records = std::move(records.value());
    finish(table);
}

void GristClient::retryLater(const QNetworkReply &reply)
{
    // Retry-After holds seconds or an HTTP date; without it, wait 1, 2, 4… seconds.
    const QByteArray value = reply.rawHeader("Retry-After").trimmed();
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    qint64 waitMs = 1000LL << qMin(m_retries, 10);
    if (isNumber && seconds >= 0) {
        waitMs = seconds * 1000;
    } else if (const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
               when.isValid()) {
        waitMs = QDateTime::currentDateTimeUtc().msecsTo(when);
    }
    ++m_retries;
    m_retryTimer.start(int(qBound(qint64(0), waitMs, qint64(m_maxRetryWaitMs))));
}

QString GristClient::failureMessage(QNetworkReply &reply, const QByteArray &body) const
{
    const QString site = m_source.site().toDisplayString();
    const QString said = serverError(body);
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 401 && m_apiKey.isEmpty())
        return withServerText(tr("This Grist document is not public: enter an API key (in Grist: Profile "
                                 "settings → API)."), said);
    if (status == 401)
        return withServerText(tr("The Grist server refused the API key: check the key (in Grist: Profile settings "
                                 "→ API); it may have been replaced by a new one."), said);
    if (status == 403)
        return withServerText(tr("The API key gives no access to the document “%1”: check the document id, and "
                                 "that the key's account may open this document.").arg(m_source.document), said);
    if (status == 404)
        return withServerText(tr("Not found: %1. Check the document id, the table id and the server address "
                                 "(a team site's address ends with /o/team).").arg(reply.url().toDisplayString()),
                              said);
    if (status == 429)
        return withServerText(tr("The Grist server %1 is receiving too many requests and refused this one "
                                 "%n time(s): wait a few minutes, then try again.", nullptr, m_retries + 1)
                                  .arg(site), said);
    if (status >= 500)
        return withServerText(tr("The Grist server %1 had an error (HTTP %2): try again later; if it goes on, "
                                 "tell the server's administrator.").arg(site).arg(status), said);
    if (status >= 300)
        return withServerText(tr("The Grist server %1 refused the request (HTTP %2): check the server address, "
                                 "the document id and the table id.").arg(site).arg(status), said);

    const int seconds = qMax(1, (m_timeoutMs + 999) / 1000);
    switch (reply.error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("The server %1 refused the connection: check the server address (and its port), and that "
                  "Grist is running there.").arg(site);
    case QNetworkReply::HostNotFoundError:
        return tr("The server %1 cannot be found: check the server address and the network connection.")
            .arg(reply.url().host());
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:   // what the transfer timeout reports; cancel() never gets here
        return tr("The server %1 did not answer within %n second(s): check the server address and the network "
                  "connection, then try again.", nullptr, seconds).arg(site);
    case QNetworkReply::RemoteHostClosedError:
        return tr("The server %1 closed the connection without answering: check the server address "
                  "(https:// or http://), then try again.").arg(site);
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
        if (reply.url().scheme() == u"https")
            return tr("No secure connection could be made with %1 (%2): check the server address (https:// "
                      "or http://) and, for a self-hosted server, its certificate.").arg(site, reply.errorString());
        break;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return tr("The server %1 sends the request on to another address (%2): enter that address as the "
                  "server address.")
            .arg(site, reply.attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl().toDisplayString());
    default:
        break;
    }
    return tr("The Grist server %1 cannot be reached (%2): check the server address and the network connection.")
        .arg(site, reply.errorString());
}

void GristClient::finish(const Fallible<GristTable> &outcome)
{
    m_step = Step::Idle;
    m_retryTimer.stop();
    m_columns.clear();
    m_apiKey.clear();
    emit finished(outcome);
}

void GristClient::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

Fallible<GristTable> GristClient::fetchBlocking(const GristSource &source, const QString &apiKey, int timeoutMs)
{
    GristClient client;
    client.setTimeout(timeoutMs);
    std::optional<Fallible<GristTable>> outcome;
    QEventLoop loop;
    connect(&client, &GristClient::finished, &loop, [&](const Fallible<GristTable> &table) {
        outcome = table;
        loop.quit();
    });
    client.fetch(source, apiKey);
    if (!outcome)
        loop.exec();
    return *outcome;
}

} // namespace convivium::core
