#include "exports/SessionBackups.h"
#include "Community.h"
#include "UserPrompts.h"
#include "db/AutoBackups.h"

#include <QDir>
#include <QWidget>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace convivium::ui {

SessionBackups::SessionBackups(UserPrompts &prompts, QWidget *parent) : QObject(parent), m_prompts(&prompts), m_parent(parent)
{
}

SessionBackups::~SessionBackups()
{
    m_opening.waitForFinished();
}

int SessionBackups::keep()
{
    return QSettings().value(QStringLiteral("autoBackups/keep"), 10).toInt();
}

QString SessionBackups::folder() const
{
    return m_community ? core::AutoBackups::folderFor(m_community->database().path()) : QString();
}

void SessionBackups::opened(core::Community *community)
{
    m_opening.waitForFinished();
    m_community = community;
    m_closed = false;
    if (!community || community->database().engine() != core::Database::Engine::SQLite || keep() <= 0)
        return;
    const core::Database *db = &community->database();
    const QString where = folder();
    const int count = keep();
    // A copy of a large file takes a second or two: the window opens meanwhile,
    // reading through its own connection (the worker thread has another).
    m_opening = QtConcurrent::run([db, where, count] {
        const core::Fallible<QString> taken = core::AutoBackups(where, count).take(*db, true);
        db->closeThreadConnection();
        return taken ? QString() : taken.message();
    });
}

void SessionBackups::closing()
{
    m_opening.waitForFinished();
    if (!m_community || m_closed || m_community->database().engine() != core::Database::Engine::SQLite || keep() <= 0)
        return;
    m_closed = true;   // once, though the window may close and then open another file
    if (const auto taken = core::AutoBackups(folder(), keep()).take(m_community->database(), false); !taken)
        emit reported(taken.message());
}

bool SessionBackups::restore()
{
    const QString title = tr("Restore an automatic backup");
    if (!m_community || m_community->database().engine() != core::Database::Engine::SQLite) {
        m_prompts->warn(m_parent, title, tr("Automatic backups are taken of community files; a team database is backed up "
                                           "on its server."));
        return false;
    }
    m_opening.waitForFinished();
    const QList<core::AutoBackups::Copy> copies = core::AutoBackups(folder()).copies();
    if (copies.isEmpty()) {
        m_prompts->warn(m_parent, title, tr("There is no automatic backup of this community yet."));
        return false;
    }
    QStringList items;
    for (const core::AutoBackups::Copy &c : copies)
        items << (c.atOpen ? tr("%1, when it was opened (%2)") : tr("%1, when it was closed (%2)"))
                     .arg(QLocale().toString(c.takenAt, QLocale::ShortFormat), QLocale().formattedDataSize(c.bytes));
    const int chosen = m_prompts->choose(m_parent, title, tr("Copy of %1 taken on:").arg(m_community->database().displayName()),
                                        items, 0);
    if (chosen < 0)
        return false;
    const QString target = m_prompts->saveFileName(m_parent, tr("The new community to restore into"),
                                                  QFileInfo(m_community->database().path()).absolutePath());
    if (target.isEmpty())
        return false;
    if (const core::Result r = core::AutoBackups::restore(copies.at(chosen).path, target); !r) {
        m_prompts->warn(m_parent, title, r.message());
        return false;
    }
    emit reported(tr("Restored the copy of %1 into %2.").arg(items.at(chosen), QDir::toNativeSeparators(target)));
    if (m_prompts->confirm(m_parent, title, tr("Open the restored community %1 now?").arg(QDir::toNativeSeparators(target)),
                          tr("&Open")))
        emit openRequested(target);
    return true;
}

} // namespace convivium::ui
