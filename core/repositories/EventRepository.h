#pragma once
#include "Result.h"
#include "domain/Event.h"
#include "repositories/ListQuery.h"

#include <QCoreApplication>

namespace convivium::core {

class Database;

class EventRepository
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)
public:
    explicit EventRepository(const Database &db) : m_db(db) {}

    Fallible<Event> load(qint64 id) const;
    Fallible<qint64> insert(const Event &e) const;
    Result remove(qint64 id) const;
    int registrationCount(qint64 id) const;

    static ListDefinition listDefinition();

private:
    const Database &m_db;
};

} // namespace convivium::core
