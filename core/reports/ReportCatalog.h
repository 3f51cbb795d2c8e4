#pragma once
#include "Result.h"
#include "reports/ReportArrangement.h"
#include "reports/ReportTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace convivium::core {

class Database;

// What a report is built from, beyond its name.
struct ReportOptions {
    qint64 eventId = 0;                 // for the reports that need an event
    // Registration statuses listed (docs/domain.md, Status: only these two count).
    QStringList statuses{QStringLiteral("pre_registered"), QStringLiteral("confirmed")};
    QStringList columns;                // participants: column keys, in order; empty: the default set
    // A list meant for publication: leaves out whoever has not consented
    // (registration publicConsent for participants, the public_lists consent
    // for contributors and rosters) and personal columns (diet, allergies, payer).
    bool publicList = false;
    std::optional<ReportTable::Orientation> orientation;   // unset: the report's own
    ReportArrangementChoice arrangement;   // sort and grouping; empty: the report's own order
    QLocale locale;                     // dates, money and numbers
    QDateTime generatedAt;              // null: now (tests fix it)
};

struct ReportInfo {
    QString name;                       // stable: command line, file names, tests
    const char *title = "";             // untranslated, context "ReportCatalog"
    bool needsEvent = true;
    QStringList sortable;    // column keys the user may sort by (inside the report's own sections)
    QStringList groupable;   // column keys the user may group a flat list by
};

// Every report Convivium prints, and the builders that make their tables.
class ReportCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ReportCatalog)
public:
    static const QList<ReportInfo> &reports();
    static QStringList names();
    static const ReportInfo *find(const QString &name);   // nullptr: unknown
    static QString title(const QString &name);            // translated
    // The participant list's columns: every key, and those shown by default.
    static QStringList participantColumns();
    static QStringList defaultParticipantColumns();
    // Columns a public list leaves out (personal details).
    static QStringList personalParticipantColumns();
    // What a column key is called in the Reports window (translated).
    static QString columnLabel(const QString &key);

    static Fallible<ReportTable> build(const Database &db, const QString &name, const ReportOptions &options);
};

} // namespace convivium::core
