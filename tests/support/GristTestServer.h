#pragma once
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace convivium::test {

// A small HTTP/1.1 server on 127.0.0.1 (a free port) that answers as Grist's
// REST API does for one document and one table:
//   GET {prefix}/api/docs/{doc}/tables/{table}/columns  → the columns JSON
//   GET {prefix}/api/docs/{doc}/tables/{table}/records  → the records JSON
// It checks "Authorization: Bearer <key>" (401 otherwise), answers 404 for
// any other document, table or path, and can be told to fail in the ways a
// real server or network does. Every request is recorded for assertions.
class GristTestServer : public QObject
{
    Q_OBJECT
public:
    enum class Failure {
        None,
        Status,            // the status given to setFailure, with {"error": "…"}
        TooManyRequests,   // 429 with Retry-After (see setRetryAfter)
        Hang,              // reads the request, never answers
        NotJson,           // 200 with an HTML page
        WrongShape,        // 200 with JSON that is not a Grist table
        Close,             // closes the connection without a byte
    };
    struct Request {
        QByteArray method;
        QByteArray path;            // as sent, percent-encoded
        QByteArray authorization;   // the header's value, empty when absent
    };

    explicit GristTestServer(QObject *parent = nullptr);
    ~GristTestServer() override;

    // http://127.0.0.1:<port> followed by the prefix the server expects.
    QUrl url() const;
    quint16 port() const { return m_server.serverPort(); }

    void setPathPrefix(const QByteArray &prefix) { m_prefix = prefix; }   // such as "/o/team"
    void setApiKey(const QByteArray &key) { m_apiKey = key; }             // empty: no key checked
    void setTable(const QString &document, const QString &table, const QByteArray &columnsJson,
                  const QByteArray &recordsJson);
    // The next `times` requests (-1: all) fail this way; later ones succeed.
    void setFailure(Failure failure, int times = -1, int status = 0);
    void setRetryAfter(const QByteArray &value) { m_retryAfter = value; }

    QList<Request> requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QByteArray &body,
                const QByteArray &contentType = QByteArrayLiteral("application/json; charset=utf-8"),
                const QByteArray &extraHeaders = QByteArray());
    void route(QTcpSocket *socket, const Request &request);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_pending;   // bytes received, until the end of the headers
    QByteArray m_prefix;
    QByteArray m_apiKey;
    QString m_document, m_table;
    QByteArray m_columns, m_records;
    Failure m_failure = Failure::None;
    int m_failuresLeft = 0;
    int m_status = 0;
    QByteArray m_retryAfter = QByteArrayLiteral("1");
    QList<Request> m_requests;
};

} // namespace convivium::test
