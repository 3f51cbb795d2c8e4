#include "commands/RemoteChanges.h"
#include "commands/AuditTrail.h"
#include "commands/ChangeNotifier.h"
#include "db/Database.h"
#include "db/SchemaGraph.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <utility>

namespace convivium::core {

namespace {

const QString kChannel = QStringLiteral("convivium_changes");

// The payload lists the tables; an empty one could not tell, so all may have changed.
QStringList tablesOf(const QString &payload)
{
    const QStringList tables = payload.split(u',', Qt::SkipEmptyParts);
    return tables.isEmpty() ? SchemaGraph::tables() : tables;
}

} // namespace

RemoteChanges::RemoteChanges(const Database &db, ChangeNotifier *notifier, QObject *parent)
    : QObject(parent), m_db(db), m_notifier(notifier)
{
    connect(&m_timer, &QTimer::timeout, this, &RemoteChanges::poll);
}

RemoteChanges::~RemoteChanges()
{
    if (m_driver)
        m_driver->unsubscribeFromNotification(kChannel);
}

Result RemoteChanges::start()
{
    if (m_db.engine() == Database::Engine::PostgreSQL) {
        QSqlDriver *driver = m_db.connection().driver();
        if (driver == m_driver)   // listening already
            return Result::success();
        if (!driver->hasFeature(QSqlDriver::EventNotifications) || !driver->subscribeToNotification(kChannel))
            return Result::failure(tr("Changes saved by the other organisers will show only when the community is "
                                      "opened again: %1").arg(driver->lastError().text()));
        m_driver = driver;
        connect(driver, &QSqlDriver::notification, this, &RemoteChanges::heard);
        // Should the thread's connection be closed (it reopens when next used),
        // listen on the new one, and read everything again: a change may have
        // come in between.
        connect(driver, &QObject::destroyed, this, [this] {
            QTimer::singleShot(0, this, [this] {
                if (!m_driver && start()) {
                    m_heard = SchemaGraph::tables();
                    handOn();
                }
            });
        });
        return Result::success();
    }
    // The version first: a commit landing between the two reads is then
    // handed on twice rather than missed.
    m_dataVersion = dataVersion();
    if (m_dataVersion < 0)
        return Result::failure(tr("Changes saved by another Convivium on this file will show only when it is "
                                  "opened again."));
    m_lastAuditId = AuditTrail::latestId(m_db);
    m_timer.start(PollInterval);
    return Result::success();
}

Result RemoteChanges::announce(const Database &db, const QStringList &tables)
{
    if (db.engine() != Database::Engine::PostgreSQL)
        return Result::success();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(kChannel);
    q.addBindValue(tables.join(u','));
    if (!q.exec())
        return Result::failure(tr("Could not tell the other organisers about the change, so nothing was saved: %1")
                                   .arg(q.lastError().text()));
    return Result::success();
}

void RemoteChanges::heard(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (name != kChannel || source == QSqlDriver::SelfSource)
        return;
    for (const QString &table : tablesOf(payload.toString()))
        if (!m_heard.contains(table))
            m_heard << table;
    handOn();
}

void RemoteChanges::poll()
{
    if (Transaction::isOpen(m_db))   // an import's progress dialog: look again once it is saved
        return;
    const qint64 version = dataVersion();
    if (version < 0 || version == m_dataVersion)
        return;
    m_dataVersion = version;
    QStringList tables = AuditTrail::tablesSince(m_db, &m_lastAuditId);
    if (tables.isEmpty())
        tables = SchemaGraph::tables();
    for (const QString &table : std::as_const(tables))
        if (!m_heard.contains(table))
            m_heard << table;
    handOn();
}

void RemoteChanges::handOn()
{
    if (m_heard.isEmpty())
        return;
    // A progress dialog may run the event loop in the middle of an edit here:
    // the lists would read its unsaved rows, so wait until it is over.
    if (Transaction::isOpen(m_db)) {
        QTimer::singleShot(PollInterval, this, &RemoteChanges::handOn);
        return;
    }
    const QStringList tables = std::exchange(m_heard, {});
    m_notifier->notify(tables);
}

qint64 RemoteChanges::dataVersion() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace convivium::core
