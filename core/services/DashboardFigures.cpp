#include "services/DashboardFigures.h"
#include "domain/Vocabulary.h"
#include "repositories/EventRepository.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/PaymentRepository.h"
#include "repositories/RegistrationRepository.h"

#include <QMap>

namespace convivium::core {

DashboardFigures::DashboardFigures(const Database &db, qint64 eventId)
{
    auto loaded = EventRepository(db).load(eventId);
    if (!loaded)
        return;
    m_event = loaded.value();
    const QList<Registration> registrations = RegistrationRepository(db).staysForEvent(eventId);
    m_curve = curveOf(m_event, registrations);
    m_occupancy = EventFigures::occupancy(m_event, registrations);

    const OrganisationRepository organisations(db);
    const QList<FeeTotal> fees =
        EventFigures::feesByPayer(m_event, registrations, PaymentRepository(db).paidByRegistration(eventId));
    for (const FeeTotal &f : fees) {
        const QString name = f.payerId > 0 ? organisations.nameOf(f.payerId) : tr("Participants themselves");
        m_payers << PayerBalance{f.payerId, name, f.dueCents, f.paidCents};
    }
}

RegistrationCurve DashboardFigures::curveOf(const Event &event, const QList<Registration> &registrations)
{
    QMap<QDate, int> perDay;
    for (const Registration &r : registrations)
        if (r.counts() && r.submittedAt.isValid())
            ++perDay[r.submittedAt.toUTC().date()];
    RegistrationCurve curve;
    curve.deadline = event.registrationDeadline;
    int total = 0;
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        total += it.value();
        curve.points << CumulativePoint{it.key(), total};
    }
    return curve;
}

QList<KindSlice> DashboardFigures::organisationsByKind(const Database &db)
{
    QList<KindSlice> out;
    for (const KindCount &k : OrganisationRepository(db).countByKind())
        out << KindSlice{k.kind, Vocabulary::label(Vocabulary::OrganisationKind, k.kind), k.count};
    return out;
}

qint64 DashboardFigures::defaultEvent(const Database &db)
{
    const QList<EventChoice> events = EventRepository(db).choices();
    for (const EventChoice &e : events)
        if (e.registrations > 0)
            return e.id;
    return events.isEmpty() ? 0 : events.constFirst().id;
}

} // namespace convivium::core
