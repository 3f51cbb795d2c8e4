// The registrations of the demo's winter meeting 2026 (30 March – 3 April at
// the Vallon d'Aïga). The participants are the demo's invented contributors;
// stays, options, diets and payers vary the way a real sprint's do.
#include "services/DemoRegistrations.h"
#include "db/Transaction.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/PaymentRepository.h"
#include "repositories/RegistrationRepository.h"
#include "repositories/RoomRepository.h"
#include "services/FeeCalculator.h"
#include "services/RoomPlanner.h"
#include "services/StayCalculator.h"

#include <iterator>
#include <tuple>

namespace convivium::core {

namespace {

// One participant: option by the start of its name, stay by day offsets from
// 30 March, meals, status, diet, payer by the start of its name.
struct Entry {
    const char *option;     // "Chambre partagée 2", "Chambre partagée 3", "Chambre solo", "Dortoir", "Tente", "" (elsewhere)
    int arriveDay;          // days after 30/03/2026 (-1: the day before)
    const char *firstMeal;
    int departDay;
    const char *lastMeal;
    const char *status;
    const char *diet;
    const char *allergies;
    const char *payer;      // "" : the participant
    int submittedDay;       // days after 08/01/2026
    bool paid;
    bool onboarding;
};

const Entry kEntries[] = {
    {"Chambre partagée 2", 0, "dinner", 4, "lunch", "confirmed", "", "", "Région Bretagne", 2, true, false},
    {"Chambre partagée 2", 0, "dinner", 4, "lunch", "confirmed", "végétarien", "", "Région Bretagne", 2, true, false},
    {"Chambre partagée 2", 0, "dinner", 4, "lunch", "confirmed", "", "", "GIP Aménagement", 5, true, false},
    {"Chambre partagée 2", 0, "dinner", 4, "lunch", "confirmed", "", "arachides", "GIP Aménagement", 5, false, false},
    {"Chambre partagée 2", 1, "lunch", 4, "lunch", "pre_registered", "", "", "", 12, false, true},
    {"Chambre partagée 2", 0, "dinner", 3, "breakfast", "confirmed", "sans gluten", "", "Rennes Métropole", 14, true, false},
    {"Chambre partagée 2", -1, "dinner", 4, "lunch", "confirmed", "", "", "", 15, false, false},
    {"Chambre partagée 2", 0, "dinner", 4, "lunch", "pre_registered", "Végétarien", "", "", 20, false, true},
    {"Chambre partagée 2", 0, "dinner", 4, "lunch", "confirmed", "", "", "Centre Régional", 22, true, false},
    {"Chambre partagée 2", 0, "dinner", 4, "lunch", "confirmed", "", "fruits à coque", "Centre Régional", 22, true, false},
    {"Chambre partagée 3", 0, "dinner", 4, "lunch", "confirmed", "", "", "", 3, true, false},
    {"Chambre partagée 3", 0, "dinner", 4, "lunch", "confirmed", "végétalien", "", "", 4, false, false},
    {"Chambre partagée 3", 0, "dinner", 4, "lunch", "confirmed", "", "", "", 4, true, false},
    {"Chambre partagée 3", 1, "breakfast", 4, "lunch", "pre_registered", "sans porc", "", "", 25, false, false},
    {"Chambre partagée 3", 0, "dinner", 2, "lunch", "confirmed", "", "", "Vienne", 30, true, false},
    {"Chambre partagée 3", 0, "dinner", 4, "lunch", "cancelled", "", "", "", 31, false, false},
    {"Chambre solo", 0, "dinner", 4, "lunch", "confirmed", "", "", "Institut national", 6, true, false},
    {"Chambre solo", 0, "dinner", 4, "lunch", "confirmed", "", "lactose", "", 7, true, false},
    {"Chambre solo", 0, "dinner", 4, "lunch", "confirmed", "halal", "", "", 9, false, false},
    {"Chambre solo", 1, "dinner", 4, "lunch", "pre_registered", "", "", "", 18, false, false},
    {"Chambre solo", 0, "dinner", 4, "lunch", "confirmed", "", "", "Makina", 19, true, false},
    {"Chambre solo", 0, "dinner", 4, "lunch", "pre_registered", "végétarien", "", "", 26, false, false},
    {"Chambre solo", 0, "dinner", 4, "lunch", "waitlisted", "", "", "", 40, false, false},
    {"Chambre solo", 1, "dinner", 4, "lunch", "waitlisted", "", "", "", 44, false, true},
    {"Dortoir", 0, "dinner", 4, "lunch", "confirmed", "", "", "", 10, true, false},
    {"Dortoir", 0, "dinner", 4, "lunch", "confirmed", "végétarien", "", "", 11, false, false},
    {"Dortoir", 0, "dinner", 4, "lunch", "pre_registered", "", "", "", 33, false, true},
    {"Dortoir", 2, "dinner", 4, "lunch", "pre_registered", "", "", "", 68, false, false},
    {"Tente", 0, "dinner", 4, "lunch", "confirmed", "végétalien", "", "", 8, false, false},
    {"Tente", 0, "dinner", 4, "breakfast", "confirmed", "", "", "", 13, true, false},
    {"", 0, "lunch", 4, "lunch", "confirmed", "", "", "Parc national des Écrins", 16, true, false},
    {"", 1, "lunch", 3, "dinner", "pre_registered", "sans gluten", "", "", 35, false, false},
    {"", 2, "lunch", 2, "lunch", "pre_registered", "", "", "", 50, false, true},
    {"", 0, "dinner", 4, "lunch", "pre_registered", "", "", "", 70, false, false},
    {"Chambre partagée 2", 0, "dinner", 4, "lunch", "cancelled", "", "", "", 28, false, false},
    {"Chambre partagée 3", 0, "dinner", 4, "lunch", "waitlisted", "", "", "", 46, false, false},
};

qint64 optionId(const Event &event, const char *prefix)
{
    const QString p = QString::fromUtf8(prefix);
    for (const LodgingOption &o : event.lodgingOptions)
        if (p.isEmpty() ? o.kind == u"elsewhere" : o.name.startsWith(p))
            return o.id;
    return 0;
}

qint64 organisationId(const QList<NamedRef> &organisations, const char *prefix)
{
    const QString p = QString::fromUtf8(prefix);
    if (p.isEmpty())
        return 0;
    for (const NamedRef &o : organisations)
        if (o.name.startsWith(p))
            return o.id;
    return 0;
}

} // namespace

Result DemoRegistrations::write(const Database &db)
{
    auto eventId = EventRepository(db).findByTitle(QStringLiteral("Rencontres communautaires d'hiver 2026"));
    if (!eventId)
        return eventId.result();
    auto loaded = EventRepository(db).load(eventId.value());
    if (!loaded)
        return loaded.result();
    Event event = loaded.value();
    event.id = eventId.value();

    Transaction tx(db);
    const QList<NamedRef> people = ContributorRepository(db).search(QString(), 1000);
    const QList<NamedRef> organisations = OrganisationRepository(db).names();
    if (people.size() < int(std::size(kEntries)))
        return Result::failure(tr("The demo needs %1 contributors.").arg(std::size(kEntries)));
    RegistrationRepository registrations(db);
    PaymentRepository payments(db);
    const QDate start(2026, 3, 30);
    QList<qint64> ids;
    int waitRank = 0;
    for (int i = 0; i < int(std::size(kEntries)); ++i) {
        const Entry &e = kEntries[i];
        Registration r;
        r.eventId = event.id;
        r.contributorId = people.at((i * 7) % people.size()).id;   // spread over the alphabet
        r.status = QString::fromLatin1(e.status);
        r.source = i % 3 ? QStringLiteral("form") : QStringLiteral("manual");
        r.sourceRef = r.source == u"form" ? QString::number(100 + i) : QString();
        r.submittedAt = QDateTime(QDate(2026, 1, 8).addDays(e.submittedDay), QTime(9 + i % 9, (i * 13) % 60), Qt::UTC);
        r.late = r.submittedAt.date() > event.registrationDeadline;
        r.arrival = start.addDays(e.arriveDay);
        r.firstMeal = StayCalculator::mealFromCode(QString::fromLatin1(e.firstMeal), Meal::Dinner);
        r.departure = start.addDays(e.departDay);
        r.lastMeal = StayCalculator::mealFromCode(QString::fromLatin1(e.lastMeal), Meal::Lunch);
        r.lodgingOptionId = optionId(event, e.option);
        r.diet = QString::fromUtf8(e.diet);
        r.allergies = QString::fromUtf8(e.allergies);
        r.onboarding = e.onboarding;
        r.payerOrganisationId = organisationId(organisations, e.payer);
        r.publicConsent = i % 4 != 3;
        if (r.status == u"waitlisted")
            r.waitlistRank = ++waitRank;
        if (i % 5 == 0)
            r.carSharing = QStringLiteral("Covoiturage possible depuis Toulouse (3 places)");
        if (i % 6 == 1)
            r.travel = QStringLiteral("Train jusqu'à Tarascon-sur-Ariège");
        auto id = registrations.insert(r);
        if (!id)
            return id.result();
        ids << id.value();
        if (e.paid) {
            Payment p;
            p.registrationId = id.value();
            p.paidOn = QDate(2026, 3, 1).addDays(i % 20);
            p.amountCents = FeeCalculator::due(r, event);
            p.method = r.payerOrganisationId ? QStringLiteral("purchase_order") : QStringLiteral("transfer");
            p.payerOrganisationId = r.payerOrganisationId;
            if (p.amountCents > 0)
                if (auto paid = payments.insert(p); !paid)
                    return paid.result();
        }
    }
    // Roommates: two mutual pairs, one wish for a trio, one refusal.
    auto prefer = [&](int who, int other, bool wish) -> Result {
        auto r = registrations.load(ids.at(who));
        if (!r)
            return r.result();
        r.value().preferences << RoommatePreference{ids.at(other), wish};
        (wish ? r.value().roommateWishes : r.value().roommateRefusals) = QStringLiteral("Voir la préférence enregistrée");
        return registrations.update(r.value());
    };
    for (const auto &p : {std::tuple{0, 1, true}, std::tuple{1, 0, true}, std::tuple{2, 3, true}, std::tuple{3, 2, true},
                          std::tuple{10, 11, true}, std::tuple{11, 12, true}, std::tuple{12, 10, true},
                          std::tuple{5, 6, false}})
        if (Result r = prefer(std::get<0>(p), std::get<1>(p), std::get<2>(p)); !r)
            return r;

    // Rooms from the options, and a first allocation kept for the rooms of two only.
    RoomRepository rooms(db);
    for (const Room &room : RoomPlanner::roomsToCreate(event, rooms.forEvent(event.id)))
        if (auto made = rooms.insert(room); !made)
            return made.result();
    const qint64 pairs = optionId(event, "Chambre partagée 2");
    QList<StoredAssignment> kept;
    for (const StoredAssignment &a : RoomPlanner::toStored(RoomPlanner::plan(db, event.id)))
        for (const Registration &r : registrations.forEvent(event.id))
            if (r.id == a.registrationId && r.lodgingOptionId == pairs)
                kept << a;
    if (Result r = rooms.replaceUnlocked(event.id, kept); !r)
        return r;
    return tx.commit();
}

} // namespace convivium::core
