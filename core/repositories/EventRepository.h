#pragma once
#include "Result.h"
#include "domain/Event.h"
#include "repositories/ListQuery.h"

#include <QCoreApplication>

namespace convivium::core {

class Database;

// An event as a chooser lists it, with how many registrations it has.
struct EventChoice {
    qint64 id = 0;
    QString title;
    QDate start;
    int registrations = 0;
};

class EventRepository
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)
public:
    explicit EventRepository(const Database &db) : m_db(db) {}

    Fallible<Event> load(qint64 id) const;
    Fallible<qint64> insert(const Event &e) const;
    // Lodging options keep their ids (registrations and rooms point at them):
    // listed ones are updated, new ones added, missing ones removed.
    Result update(const Event &e) const;
    Fallible<qint64> findByTitle(const QString &title) const;
    Result remove(qint64 id) const;
    int registrationCount(qint64 id) const;
    QList<EventChoice> choices() const;   // every event, latest start first

    static ListDefinition listDefinition();

private:
    Fallible<QVariant> venueFor(const Venue &venue) const;
    Result writeOptions(const Event &e, qint64 id) const;
    const Database &m_db;
};

} // namespace convivium::core
