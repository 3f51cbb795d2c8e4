#pragma once
#include "Result.h"
#include "domain/Organisation.h"
#include "repositories/ListQuery.h"

#include <QCoreApplication>
#include <QHash>

namespace convivium::core {

class Database;

struct NamedRef {
    qint64 id = 0;
    QString name;
};

// One line of an organisation's detail: a related record and how it relates.
struct RelatedItem {
    qint64 id = 0;
    QString name;
    QString detail;
    QDate from;
    QDate to;
};

// How many organisations are of one kind (Vocabulary::OrganisationKind code).
struct KindCount {
    QString kind;
    int count = 0;
};

class OrganisationRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationRepository)
public:
    explicit OrganisationRepository(const Database &db) : m_db(db) {}

    Fallible<Organisation> load(qint64 id) const;
    Fallible<qint64> insert(const Organisation &org) const;
    Result update(const Organisation &org) const;
    Result remove(qint64 id) const;

    QList<NamedRef> names() const;                    // every organisation, by name
    // Folded name and acronym → id, to find organisations named in imported files.
    QHash<QString, qint64> lookupKeys() const;
    QString nameOf(qint64 id) const;
    QList<qint64> ancestors(qint64 id) const;         // parent, grand-parent, …
    QList<RelatedItem> children(qint64 id) const;
    QList<RelatedItem> relations(qint64 id) const;    // both directions, detail = kind label
    QList<RelatedItem> contributors(qint64 id) const; // through affiliations, detail = title
    QList<KindCount> countByKind() const;             // most numerous kind first

    static ListDefinition listDefinition();

private:
    Result writeChildren(const Organisation &org, qint64 id) const;
    const Database &m_db;
};

} // namespace convivium::core
