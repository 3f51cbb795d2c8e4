#pragma once
#include "Result.h"
#include "net/GristSource.h"

#include <QCoreApplication>

namespace convivium::core {

class Database;

// An event's Grist source, kept with the community (community_setting,
// "grist/event/<id>") so that whoever opens the file finds it. The API key
// is never stored here: see ApiKeyStore.
class GristSettings
{
    Q_DECLARE_TR_FUNCTIONS(GristSettings)
public:
    static QString settingName(qint64 eventId);
    // An empty source when none was saved for the event.
    static Fallible<GristSource> load(const Database &db, qint64 eventId);
    // Refuses an incomplete source, with the first problem's message.
    static Result save(const Database &db, qint64 eventId, const GristSource &source);
    static Result remove(const Database &db, qint64 eventId);
};

} // namespace convivium::core
