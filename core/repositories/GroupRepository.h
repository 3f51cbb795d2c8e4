#pragma once
#include "Result.h"
#include "domain/Group.h"
#include "repositories/ListQuery.h"
#include "repositories/OrganisationRepository.h"

#include <QCoreApplication>

namespace convivium::core {

class Database;

class GroupRepository
{
    Q_DECLARE_TR_FUNCTIONS(GroupRepository)
public:
    explicit GroupRepository(const Database &db) : m_db(db) {}

    Fallible<Group> load(qint64 id) const;
    Fallible<qint64> insert(const Group &g) const;
    Result update(const Group &g) const;
    Result remove(qint64 id) const;

    QList<RelatedItem> members(qint64 id) const;    // detail = role label
    QList<RelatedItem> meetings(qint64 id) const;   // name = notes, from = date, detail = attendee count
    QList<NamedRef> names() const;                  // every group, by name (reports)

    static ListDefinition listDefinition();

private:
    Result writeChildren(const Group &g, qint64 id) const;
    const Database &m_db;
};

} // namespace convivium::core
