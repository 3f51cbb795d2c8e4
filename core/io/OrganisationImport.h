#pragma once
#include "Result.h"
#include "commands/RecordChangeCommand.h"
#include "io/ImportPlan.h"

#include <QCoreApplication>

namespace convivium::core {

class Database;

// Member structures from a CSV file: matched to those already there by name
// or acronym (ignoring case and accents), created or completed; the kind is
// read from its code or label, the country from its code or its English or
// French name. Dry run first, then one transaction, like ContributorImport.
class OrganisationImport
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationImport)
public:
    static ImportPlan plan(const Database &db, const CsvDocument &doc, const ImportMapping &mapping);
    static Fallible<QList<RecordRef>> apply(const Database &db, const ImportPlan &plan, const ImportProgress &progress = {});
    static QList<RecordRef> scope(const ImportPlan &plan);
};

} // namespace convivium::core
