#pragma once
#include "Result.h"
#include "commands/RecordChangeCommand.h"
#include "io/ImportPlan.h"

#include <QCoreApplication>

namespace convivium::core {

class Database;

// Where the lines come from, kept on each registration.
struct RegistrationSource {
    QString kind = QStringLiteral("import");   // import (a file), form (the online form)
    bool rowIdsFromLines = false;               // form: each record's line is its row id
};

// Registrations to one event from a CSV file or the online form's table: who
// (matched like ContributorImport, created when new), their stay, lodging,
// meals, diet and needs. A registration already there is found by its source
// row (the form's row id) or by its contributor, and updated with what the
// file says; importing the same rows again changes nothing. When the event
// or an option is full, the line goes on the waiting list, with a warning.
class RegistrationImport
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationImport)
public:
    static ImportPlan plan(const Database &db, qint64 eventId, const CsvDocument &doc, const ImportMapping &mapping,
                           const RegistrationSource &source = RegistrationSource());
    static Fallible<QList<RecordRef>> apply(const Database &db, const ImportPlan &plan, const ImportProgress &progress = {});
    static QList<RecordRef> scope(const ImportPlan &plan);

    // "dîner", "Dinner", "soir" → Meal::Dinner; false when the word means no meal.
    static bool parseMeal(const QString &text, Meal &meal);
    // "oui", "Yes", "x", "1" → true; "non", "", "0" → false; otherwise a failure.
    static Fallible<bool> parseYesNo(const QString &text);
    // "2026-03-02T09:15:00Z", "02/03/2026 09:15", "02/03/2026"; empty: a null date-time.
    static Fallible<QDateTime> parseDateTime(const QString &text);
};

} // namespace convivium::core
