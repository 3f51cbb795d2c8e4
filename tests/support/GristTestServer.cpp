#include "GristTestServer.h"

#include <QTcpSocket>

namespace convivium::test {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray errorJson(const QByteArray &text)
{
    return "{\"error\":\"" + text + "\"}";
}

} // namespace

GristTestServer::GristTestServer(QObject *parent) : QObject(parent)
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("GristTestServer cannot listen on 127.0.0.1: %s", qPrintable(m_server.errorString()));
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_pending.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

GristTestServer::~GristTestServer()
{
    // The sockets (children of m_server) outlive this object's other members: silence them first.
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>()) {
        socket->disconnect(this);
        socket->abort();
    }
}

QUrl GristTestServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(QString::fromLatin1(m_prefix)));
}

void GristTestServer::setTable(const QString &document, const QString &table, const QByteArray &columnsJson,
                               const QByteArray &recordsJson)
{
    m_document = document;
    m_table = table;
    m_columns = columnsJson;
    m_records = recordsJson;
}

void GristTestServer::setFailure(Failure failure, int times, int status)
{
    m_failure = failure;
    m_failuresLeft = times;
    m_status = status;
}

void GristTestServer::serve(QTcpSocket *socket)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;   // answered already, closing
    QByteArray &received = m_pending[socket];
    received += socket->readAll();
    if (!received.isEmpty() && (received.at(0) < 'A' || received.at(0) > 'Z')) {
        answer(socket, 400, errorJson("not HTTP"));   // such as a TLS handshake
        return;
    }
    const qsizetype end = received.indexOf("\r\n\r\n");
    if (end < 0)
        return;   // the headers are not all there yet
    const QList<QByteArray> lines = received.left(end).split('\n');
    m_pending.remove(socket);

    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3) {
        answer(socket, 400, errorJson("bad request line"));
        return;
    }
    Request request{requestLine.at(0), requestLine.at(1), QByteArray()};
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "authorization")
            request.authorization = line.mid(colon + 1).trimmed();
    }
    m_requests << request;

    if (m_failure == Failure::None || m_failuresLeft == 0) {
        route(socket, request);
        return;
    }
    if (m_failuresLeft > 0)
        --m_failuresLeft;
    switch (m_failure) {
    case Failure::None:
        break;
    case Failure::Status:
        answer(socket, m_status, errorJson(m_status == 403 ? QByteArray("No view access") : reason(m_status)));
        break;
    case Failure::TooManyRequests:
        answer(socket, 429, errorJson("Too many requests"), "application/json; charset=utf-8",
               "Retry-After: " + m_retryAfter + "\r\n");
        break;
    case Failure::Hang:
        break;
    case Failure::NotJson:
        answer(socket, 200, "<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Sign in</body></html>",
               "text/html; charset=utf-8");
        break;
    case Failure::WrongShape:
        answer(socket, 200, "{\"tables\":[{\"id\":\"Inscriptions\"}]}");
        break;
    case Failure::Close:
        socket->disconnectFromHost();
        break;
    }
}

void GristTestServer::route(QTcpSocket *socket, const Request &request)
{
    QByteArray path = request.path;
    if (const qsizetype query = path.indexOf('?'); query >= 0)
        path.truncate(query);
    const QByteArray api = m_prefix + "/api/docs/";
    // …/{doc}/tables/{table}/{columns|records}
    const QList<QByteArray> parts = path.startsWith(api) ? path.mid(api.size()).split('/') : QList<QByteArray>();
    if (request.method != "GET" || parts.size() != 4 || parts.at(1) != "tables") {
        answer(socket, 404, errorJson("not found"));
        return;
    }
    if (!m_apiKey.isEmpty() && request.authorization != "Bearer " + m_apiKey) {
        answer(socket, 401, errorJson("invalid API key"));
        return;
    }
    const QString document = QUrl::fromPercentEncoding(parts.at(0));
    const QString table = QUrl::fromPercentEncoding(parts.at(2));
    if (document != m_document) {
        answer(socket, 404, errorJson("document not found"));
        return;
    }
    if (table != m_table) {
        answer(socket, 404, errorJson("Table not found \\\"" + table.toUtf8() + "\\\""));
        return;
    }
    if (parts.at(3) == "columns")
        answer(socket, 200, m_columns);
    else if (parts.at(3) == "records")
        answer(socket, 200, m_records);
    else
        answer(socket, 404, errorJson("not found"));
}

void GristTestServer::answer(QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &contentType,
                             const QByteArray &extraHeaders)
{
    m_pending.remove(socket);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n"
                  "Content-Type: " + contentType + "\r\n"
                  "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
                  "Connection: close\r\n" + extraHeaders + "\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace convivium::test
