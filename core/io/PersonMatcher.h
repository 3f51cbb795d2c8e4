#pragma once
#include "io/ImportPlan.h"

#include <QCoreApplication>
#include <QHash>

namespace convivium::core {

class Database;

// Finds who a line of an imported file is about: reads the person's fields,
// matches them to a contributor already there (normalised e-mail first, then
// given and family name within the same organisation) and merges what the
// line adds. Shared by the contributor and registration imports, it also
// keeps the file's own duplicates apart.
class PersonMatcher
{
    Q_DECLARE_TR_FUNCTIONS(PersonMatcher)
public:
    PersonMatcher(const Database &db, ImportMapping::Kind kind);

    // True when the mapping names someone (a name or an e-mail column).
    static bool mapsSomeone(const ImportMapping &mapping);
    static QString organisationKey(const QString &name);

    // Fills the row's person (contributor, existingId, organisation, title,
    // changes) from the line. `knownId`: the person is already known (the
    // form's row was imported before), whatever their e-mail now says. On a
    // wrong line, adds issues to the plan and returns false.
    bool resolve(const ImportLine &line, ImportRow &row, ImportPlan &plan, qint64 knownId = 0);

private:
    Contributor read(const ImportLine &line, ImportPlan &plan) const;

    const Database &m_db;
    ImportMapping::Kind m_kind;
    QHash<QString, qint64> m_owners;          // normalised e-mail → contributor
    QHash<QString, qint64> m_names;           // name key → contributor
    QHash<QString, qint64> m_organisations;   // folded name or acronym → organisation
    QHash<QString, int> m_emailLines;         // e-mail → first line using it in this file
    QHash<qint64, int> m_matchedLines;        // contributor → the line already about them
    QHash<QString, QString> m_newOrganisations;
};

} // namespace convivium::core
