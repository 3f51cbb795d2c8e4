#pragma once
#include "Result.h"
#include "net/GristSource.h"
#include "net/GristTable.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace convivium::core {

// Reads one Grist table through Grist's REST API: first the columns
// (GET …/tables/{table}/columns), then the rows (GET …/records), with
// "Authorization: Bearer <key>" when a key is given (public documents need
// none). Every failure ends in finished() with a translated message that
// says what to check (server address, document id, API key…); nothing is
// written anywhere, so the caller decides what to do with a table.
//
// A server that answers 429 (too many requests) is asked again after the
// delay it gives in Retry-After, a few times at most.
class GristClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 30000;
    static constexpr int DefaultMaxRetries = 3;
    static constexpr int DefaultMaxRetryWaitMs = 60000;

    // Uses `network` when given (the application's, with its proxy and
    // cache settings), else one of its own.
    explicit GristClient(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~GristClient() override;

    // How long the server may stay silent during a transfer.
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }
    // 429 answers: how many times to ask again, and the longest wait
    // accepted (a longer Retry-After is shortened to it).
    void setMaxRetries(int retries) { m_maxRetries = retries; }
    void setMaxRetryWait(int ms) { m_maxRetryWaitMs = ms; }

    // Starts reading the table; finished() follows, never within this call.
    // A fetch still running is abandoned without a finished() signal.
    void fetch(const GristSource &source, const QString &apiKey);
    // Stops the fetch under way; finished() follows at once with a failure
    // saying it was cancelled.
    void cancel();
    bool isBusy() const { return m_step != Step::Idle; }

    // For the command line: fetch() in a local event loop. Needs a
    // QCoreApplication. The key may come from ApiKeyStore::keyForCommandLine().
    static Fallible<GristTable> fetchBlocking(const GristSource &source, const QString &apiKey,
                                              int timeoutMs = DefaultTimeoutMs);

signals:
    // Bytes of the rows received so far; total is -1 while unknown.
    void progress(qint64 received, qint64 total);
    void finished(const convivium::core::Fallible<convivium::core::GristTable> &table);

private:
    enum class Step { Idle, Columns, Records };

    void send();
    void onReplyFinished();
    void retryLater(const QNetworkReply &reply);
    QString failureMessage(QNetworkReply &reply, const QByteArray &body) const;
    void finish(const Fallible<GristTable> &outcome);
    void dropReply();

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    GristSource m_source;
    QString m_apiKey;
    Step m_step = Step::Idle;
    QList<GristColumn> m_columns;
    int m_retries = 0;
    quint64 m_generation = 0;   // tells a stale queued failure from the current fetch
    int m_timeoutMs = DefaultTimeoutMs;
    int m_maxRetries = DefaultMaxRetries;
    int m_maxRetryWaitMs = DefaultMaxRetryWaitMs;
};

} // namespace convivium::core
