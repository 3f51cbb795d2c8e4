#include "FiguresBench.h"
#include "Measures.h"
#include "repositories/EventRepository.h"
#include "repositories/ListQuery.h"
#include "repositories/PaymentRepository.h"
#include "repositories/RegistrationRepository.h"
#include "services/EventFigures.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>

namespace convivium::bench {

void runFiguresBench(const core::Database &db, Measures &measures)
{
    core::ListQuery events(db, core::EventRepository::listDefinition());
    QList<qint64> ids;
    for (const core::ListRow &row : events.fetch(0, 100000))
        ids << row.id;
    double best = 1e9;
    int registrations = 0;
    qint64 checksum = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        registrations = 0;
        checksum = 0;
        for (qint64 id : ids) {
            core::Event event = core::EventRepository(db).load(id).value();
            event.id = id;
            const QList<core::Registration> all = core::RegistrationRepository(db).staysForEvent(id);
            registrations += int(all.size());
            const core::Occupancy occupancy = core::EventFigures::occupancy(event, all);
            const QList<core::MealCount> meals = core::EventFigures::meals(all);
            const core::FeeTotal fees = core::EventFigures::feeTotal(
                core::EventFigures::feesByPayer(event, all, core::PaymentRepository(db).paidByRegistration(id)));
            checksum += occupancy.nights.size() + meals.size() + fees.dueCents;
        }
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    measures.add(QStringLiteral("event_figures_registrations"), registrations, QStringLiteral("registrations"), 0);
    measures.add(QStringLiteral("event_figures_all_events"), best, QStringLiteral("ms"));
    // The same on every engine, or one of them computes a wrong figure.
    std::fprintf(stderr, "  event figures checksum: %lld\n", checksum);
}

} // namespace convivium::bench
