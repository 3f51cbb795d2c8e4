#pragma once
#include "domain/Event.h"
#include "services/EventFigures.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace convivium::core {

class Database;

// How many registrations that count had come in by the end of a day.
struct CumulativePoint {
    QDate day;
    int total = 0;
};

struct RegistrationCurve {
    QList<CumulativePoint> points;   // one per submission day, in order; totals never decrease
    QDate deadline;                  // invalid when the event has none
    int total() const { return points.isEmpty() ? 0 : points.constLast().total; }
};

struct KindSlice {
    QString kind;                    // Vocabulary::OrganisationKind code
    QString label;                   // translated
    int count = 0;
};

// One payer of the event: an organisation, or the participants themselves (payerId 0).
struct PayerBalance {
    qint64 payerId = 0;
    QString name;
    qint64 dueCents = 0;
    qint64 paidCents = 0;
};

// The figures of the dashboard, without any widget: one event's
// registrations over time, occupancy and fees, and the community's
// organisations by kind.
class DashboardFigures
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFigures)
public:
    // Loads everything about one event (its registrations read once).
    DashboardFigures(const Database &db, qint64 eventId);

    const Event &event() const { return m_event; }
    bool isValid() const { return m_event.id > 0; }
    const RegistrationCurve &curve() const { return m_curve; }
    const Occupancy &occupancy() const { return m_occupancy; }
    const QList<PayerBalance> &payers() const { return m_payers; }

    static RegistrationCurve curveOf(const Event &event, const QList<Registration> &registrations);
    static QList<KindSlice> organisationsByKind(const Database &db);
    // The event to show first: the latest one with registrations, else the latest one (0: none).
    static qint64 defaultEvent(const Database &db);

private:
    Event m_event;
    RegistrationCurve m_curve;
    Occupancy m_occupancy;
    QList<PayerBalance> m_payers;
};

} // namespace convivium::core
