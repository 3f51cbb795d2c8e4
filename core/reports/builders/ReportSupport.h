#pragma once
#include "Result.h"
#include "domain/Event.h"
#include "domain/Registration.h"
#include "repositories/RegistrationRepository.h"
#include "reports/ReportCatalog.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace convivium::core {

class Database;

// What the event reports share: the event, its registrations with names, and formatting.
class ReportSupport
{
    Q_DECLARE_TR_FUNCTIONS(ReportSupport)
public:
    struct EventData {
        Event event;
        QList<RegistrationRow> rows;    // the selected statuses, sorted by name
    };
    static Fallible<EventData> loadEvent(const Database &db, const ReportOptions &options);
    // Title, subtitle (the event), generated-at line and orientation.
    static void setUp(ReportTable &table, const QString &title, const QString &subtitle,
                      const ReportOptions &options, ReportTable::Orientation orientation);
    static QString eventSubtitle(const Event &event, const QLocale &locale);
    static QString money(qint64 cents, const Event &event, const QLocale &locale);
    static QString date(const QDate &day, const QLocale &locale);
    static QString day(const QDate &day, const QLocale &locale);   // weekday and date, for headings
    static QString lodging(const Event &event, qint64 optionId);   // option name, or "Elsewhere"
    // Sorting key of a name: folded, family name not known here, so as written.
    static void sortByName(QList<RegistrationRow> &rows);
    static bool lessByName(const QString &a, const QString &b);
};

} // namespace convivium::core
