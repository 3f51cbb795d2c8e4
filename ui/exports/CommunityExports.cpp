#include "exports/CommunityExports.h"
#include "reports/ReportDates.h"
#include "Community.h"
#include "UserPrompts.h"
#include "exports/ExportPaths.h"
#include "io/AnnouncementWriter.h"
#include "io/BackupFile.h"
#include "io/CalendarWriter.h"
#include "io/VCardWriter.h"
#include "repositories/EventRepository.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QWidget>

namespace convivium::ui {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Adapts a progress shown to the user to the core's callbacks, remembering a cancel.
struct Cancellable {
    std::unique_ptr<ProgressReport> report;
    bool cancelled = false;
    bool operator()(qint64 done, qint64 total)
    {
        cancelled = !report->update(done, total);
        return !cancelled;
    }
};

} // namespace

CommunityExports::CommunityExports(UserPrompts &prompts, QWidget *parent) : QObject(parent), m_prompts(prompts) {}

QWidget *CommunityExports::parentWidget() const
{
    return qobject_cast<QWidget *>(parent());
}

QString CommunityExports::folder() const
{
    // A team database has no folder: its exports go to the documents folder.
    return m_community && m_community->database().engine() == core::Database::Engine::SQLite
        ? QFileInfo(m_community->database().path()).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

bool CommunityExports::exportCalendar()
{
    if (!m_community)
        return false;
    const QString title = tr("Export the calendar");
    const core::Fallible<QList<core::Event>> events = core::CalendarWriter::events(m_community->database());
    if (!events) {
        m_prompts.warn(parentWidget(), title, events.message());
        return false;
    }
    if (events.value().isEmpty()) {
        m_prompts.warn(parentWidget(), title, tr("The community has no event yet: there is nothing to put in a calendar."));
        return false;
    }
    const QString path = m_prompts.exportFileName(parentWidget(), title,
                                                  ExportPaths::suggest(tr("Events"), QStringLiteral("ics")),
                                                  tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return false;
    if (const core::Result written = core::CalendarWriter::write(path, events.value()); !written) {
        m_prompts.warn(parentWidget(), title, written.message());
        return false;
    }
    ExportPaths::remember(path);
    emit reported(tr("Wrote %n event(s) into %1.", nullptr, int(events.value().size())).arg(shown(path)));
    return true;
}

bool CommunityExports::exportContactCards()
{
    if (!m_community)
        return false;
    const QString title = tr("Export contact cards");
    // Cards leave the application: only people who agreed to be contacted go.
    const QList<core::ContactCard> cards = core::VCardWriter::consentingCards(m_community->database());
    if (cards.isEmpty()) {
        m_prompts.warn(parentWidget(), title,
                       tr("No contributor has agreed to be contacted by e-mail: there is no card to export."));
        return false;
    }
    const QString path = m_prompts.exportFileName(parentWidget(), title,
                                                  ExportPaths::suggest(tr("Contacts"), QStringLiteral("vcf")),
                                                  tr("vCard contact cards (*.vcf)"));
    if (path.isEmpty())
        return false;
    if (const core::Result written = core::VCardWriter::write(path, cards); !written) {
        m_prompts.warn(parentWidget(), title, written.message());
        return false;
    }
    ExportPaths::remember(path);
    emit reported(tr("Wrote %n contact card(s) into %1: only the contributors who agreed to be contacted by e-mail.",
                     nullptr, int(cards.size()))
                      .arg(shown(path)));
    return true;
}

bool CommunityExports::exportAnnouncement(qint64 eventId)
{
    if (!m_community)
        return false;
    const QString title = tr("Write the announcement");
    const core::Fallible<core::Event> event = core::EventRepository(m_community->database()).load(eventId);
    if (!event) {
        m_prompts.warn(parentWidget(), title, event.message());
        return false;
    }
    const QString path = m_prompts.exportFileName(parentWidget(), title,
                                                  ExportPaths::suggest(event.value().title, QStringLiteral("md")),
                                                  tr("Markdown posts (*.md)"));
    if (path.isEmpty())
        return false;
    if (const core::Result written = core::AnnouncementWriter::write(path, event.value()); !written) {
        m_prompts.warn(parentWidget(), title, written.message());
        return false;
    }
    ExportPaths::remember(path);
    emit reported(tr("Wrote the announcement of %1 into %2.").arg(event.value().title, shown(path)));
    return true;
}

bool CommunityExports::chooseAndExportAnnouncement(qint64 preselectedEventId)
{
    if (!m_community)
        return false;
    const QString title = tr("Write the announcement");
    const core::Fallible<QList<core::Event>> events = core::CalendarWriter::events(m_community->database());
    if (!events) {
        m_prompts.warn(parentWidget(), title, events.message());
        return false;
    }
    if (events.value().isEmpty()) {
        m_prompts.warn(parentWidget(), title, tr("The community has no event yet: there is nothing to announce."));
        return false;
    }
    QStringList items;
    int current = int(events.value().size()) - 1;   // by start date: the latest last
    for (const core::Event &e : events.value()) {
        if (e.id == preselectedEventId)
            current = int(items.size());
        items << (e.start.isValid() ? tr("%1 (%2)").arg(e.title, core::ReportDates::date(e.start, QLocale()))
                                    : e.title);
    }
    const int chosen = m_prompts.choose(parentWidget(), title, tr("The event to announce:"), items, current);
    if (chosen < 0 || chosen >= events.value().size())
        return false;
    return exportAnnouncement(events.value().at(chosen).id);
}

bool CommunityExports::backUp()
{
    if (!m_community)
        return false;
    const QString title = tr("Back up the community");
    const core::Database &db = m_community->database();
    const QString name = tr("%1 - backup %2").arg(db.displayName(), QDate::currentDate().toString(Qt::ISODate));
    const QString path = m_prompts.exportFileName(parentWidget(), title, ExportPaths::suggest(name, QStringLiteral("json")),
                                                  tr("Convivium backups (*.json)"));
    if (path.isEmpty())
        return false;
    Cancellable progress{m_prompts.progress(parentWidget(), tr("Backing up the community…"))};
    const core::Result written
        = core::BackupFile::write(db, path, [&progress](int done, int total) { return progress(done, total); });
    progress.report.reset();
    if (!written) {
        if (!progress.cancelled)
            m_prompts.warn(parentWidget(), title, written.message());
        return false;
    }
    ExportPaths::remember(path);
    emit reported(tr("Wrote the backup of %1 into %2.").arg(db.displayName(), shown(path)));
    return true;
}

bool CommunityExports::restore()
{
    const QString title = tr("Restore from a backup");
    const QString backup = m_prompts.openFileName(parentWidget(), title, folder(), tr("Convivium backups (*.json)"));
    if (backup.isEmpty())
        return false;
    const QString target = m_prompts.saveFileName(parentWidget(), tr("The new community to restore into"), folder());
    if (target.isEmpty())
        return false;
    // Replacing the open file under its own connection would lose what is written next.
    if (m_community && m_community->database().engine() == core::Database::Engine::SQLite
        && QFileInfo(target).absoluteFilePath() == QFileInfo(m_community->database().path()).absoluteFilePath()) {
        m_prompts.warn(parentWidget(), title,
                       tr("%1 is the community open now: restore into a new file.").arg(shown(target)));
        return false;
    }
    if (const core::Result free = core::BackupFile::checkTarget(target); !free) {
        m_prompts.warn(parentWidget(), title, free.message());
        return false;
    }
    Cancellable progress{m_prompts.progress(parentWidget(), tr("Restoring the backup…"))};
    const core::Fallible<qint64> restored = core::BackupFile::restore(
        backup, target, [&progress](int done, int total) { return progress(done, total); });
    progress.report.reset();
    if (!restored) {
        if (!progress.cancelled)
            m_prompts.warn(parentWidget(), title, restored.message());
        return false;
    }
    emit reported(tr("Restored %1 into %2.").arg(shown(backup), shown(target)));
    if (m_prompts.confirm(parentWidget(), title,
                          tr("Restored %n record(s) into %1. Open this community now?", nullptr, int(restored.value()))
                              .arg(shown(target)),
                          tr("&Open")))
        emit openRequested(target);
    return true;
}

} // namespace convivium::ui
