#include "CommunityGenerator.h"
#include "db/BulkInsert.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/SearchKey.h"
#include "repositories/ContributorRepository.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSet>

namespace convivium::bench {

using core::BulkInsert;
using core::Result;

namespace {

const char *const kGiven[] = {"Hélène", "Loïc", "Maëlle", "José", "Ana", "Lucía", "Giulia", "Marco", "Claire", "Yann",
                              "Camille", "Noé", "Inès", "Jules", "Zoé", "Hugo", "Léa", "Tom", "Emma", "Louis",
                              "Chloé", "Malo", "Rose", "Gaël", "Anaïs", "Paul", "Nina", "Eliott", "Sofía", "Mateo"};
const char *const kFamily[] = {"Martin", "Bernard", "Le Gall", "Kerhervé", "Durand", "Quispe", "Rossi", "Moreau",
                               "Fournier", "Girard", "Lefèvre", "Mercier", "Blanc", "Guérin", "Muller", "Henry",
                               "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont",
                               "Lopez", "Fontaine", "Chevalier", "Robin", "Masson", "Sánchez", "Ferrari", "Colombo"};
const char *const kOrgPrefix[] = {"Région", "Département", "Communauté d'agglomération", "Parc naturel régional",
                                  "Parc national", "Office de tourisme", "GIP", "Syndicat mixte", "Université",
                                  "Fédération"};
const char *const kPlaces[] = {"Bretagne", "Occitanie", "Auvergne", "Alsace", "Vercors", "Écrins", "Mercantour",
                               "Pyrénées", "Ariège", "Gironde", "Isère", "Savoie", "Morbihan", "Finistère", "Drôme",
                               "Cévennes", "Jura", "Vosges", "Landes", "Corrèze"};
const char *const kKinds[] = {"region", "departement", "agglomeration", "regional_park", "national_park",
                              "tourism_office", "gip", "association", "research", "federation"};
const char *const kStatuses[] = {"pre_registered", "confirmed", "confirmed", "confirmed", "attended", "cancelled",
                                 "waitlisted"};

template <typename T, size_t N>
QString pick(const T (&list)[N], QRandomGenerator &rng)
{
    return QString::fromUtf8(list[rng.bounded(quint32(N))]);
}

QString stamp() { return QStringLiteral("2026-01-01T00:00:00.000Z"); }
QString day(const QDate &d) { return d.toString(Qt::ISODate); }

QString asciiOf(const QString &s)
{
    return core::SearchKey::fold(s).remove(u' ').remove(u'\'');
}

} // namespace

Result CommunityGenerator::write(const core::Database &db, const CommunitySize &size, quint32 seed)
{
    QRandomGenerator rng(seed);
    core::Transaction tx(db);

    BulkInsert orgs(db, QStringLiteral("organisation"),
                    {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("country"),
                     QStringLiteral("city"), QStringLiteral("public_consent"), QStringLiteral("search_key"),
                     QStringLiteral("created_at"), QStringLiteral("updated_at")});
    QStringList orgNames;
    for (int i = 1; i <= size.organisations; ++i) {
        const int k = int(rng.bounded(10u));
        const QString place = pick(kPlaces, rng);
        const QString name = QStringLiteral("%1 %2 %3").arg(QString::fromUtf8(kOrgPrefix[k]), place).arg(i);
        orgNames << name;
        if (!orgs.add({i, name, QString::fromLatin1(kKinds[k]), QStringLiteral("FR"), place, int(rng.bounded(2u)),
                       core::SearchKey::of({name, place, QStringLiteral("FR")}), stamp(), stamp()}))
            return Result::failure(orgs.error());
    }

    BulkInsert people(db, QStringLiteral("contributor"),
                      {QStringLiteral("id"), QStringLiteral("given_name"), QStringLiteral("family_name"),
                       QStringLiteral("email"), QStringLiteral("languages"), QStringLiteral("first_seen"),
                       QStringLiteral("created_at"), QStringLiteral("updated_at")});
    BulkInsert emails(db, QStringLiteral("contributor_email"),
                      {QStringLiteral("contributor_id"), QStringLiteral("email"), QStringLiteral("normalized"),
                       QStringLiteral("position")});
    BulkInsert affiliations(db, QStringLiteral("affiliation"),
                            {QStringLiteral("contributor_id"), QStringLiteral("organisation_id"), QStringLiteral("title"),
                             QStringLiteral("from_date"), QStringLiteral("to_date")});
    const QDate origin(2012, 1, 1);
    for (int i = 1; i <= size.contributors; ++i) {
        const QString given = pick(kGiven, rng);
        const QString family = pick(kFamily, rng);
        const QString email = QStringLiteral("%1.%2.%3@example.org").arg(asciiOf(given), asciiOf(family)).arg(i);
        const QDate seen = origin.addDays(rng.bounded(5000u));
        if (!people.add({i, given, family, email, rng.bounded(3u) ? QStringLiteral("fr") : QStringLiteral("fr,en"),
                         day(seen), stamp(), stamp()})
            || !emails.add({i, email, email, 0}))
            return Result::failure(people.error() + emails.error());
        const int org = 1 + int(rng.bounded(quint32(size.organisations)));
        if (rng.bounded(5u) == 0) {   // a past affiliation, then the current one
            const int previous = 1 + int(rng.bounded(quint32(size.organisations)));
            if (!affiliations.add({i, previous, QStringLiteral("Chargé·e de mission"), day(seen), day(seen.addDays(700))}))
                return Result::failure(affiliations.error());
        }
        if (!affiliations.add({i, org, QStringLiteral("Géomaticien·ne"), day(seen.addDays(701)), QVariant(QMetaType(QMetaType::QString))}))
            return Result::failure(affiliations.error());
    }

    BulkInsert groups(db, QStringLiteral("work_group"),
                      {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("cadence"),
                       QStringLiteral("channel"), QStringLiteral("search_key"), QStringLiteral("created_at"),
                       QStringLiteral("updated_at")});
    BulkInsert members(db, QStringLiteral("group_membership"),
                       {QStringLiteral("group_id"), QStringLiteral("contributor_id"), QStringLiteral("role"),
                        QStringLiteral("from_date")});
    for (int g = 1; g <= size.groups; ++g) {
        const QString name = QStringLiteral("Groupe de travail %1 %2").arg(pick(kPlaces, rng)).arg(g);
        if (!groups.add({g, name, g % 10 ? QStringLiteral("working_group") : QStringLiteral("governance_body"),
                         QStringLiteral("biweekly"), QStringLiteral("#gt-%1").arg(g), core::SearchKey::of({name}),
                         stamp(), stamp()}))
            return Result::failure(groups.error());
        QSet<int> chosen;
        for (int m = 0; m < 10; ++m) {
            const int who = 1 + int(rng.bounded(quint32(size.contributors)));
            if (chosen.contains(who))
                continue;
            chosen.insert(who);
            if (!members.add({g, who, m == 0 ? QStringLiteral("lead") : QStringLiteral("member"), QStringLiteral("2024-01-01")}))
                return Result::failure(members.error());
        }
    }

    BulkInsert events(db, QStringLiteral("event"),
                      {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("start_date"),
                       QStringLiteral("end_date"), QStringLiteral("capacity"), QStringLiteral("status"),
                       QStringLiteral("search_key"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    BulkInsert options(db, QStringLiteral("lodging_option"),
                       {QStringLiteral("id"), QStringLiteral("event_id"), QStringLiteral("name"), QStringLiteral("kind"),
                        QStringLiteral("beds_per_unit"), QStringLiteral("units"), QStringLiteral("price_cents"),
                        QStringLiteral("supplement_cents"), QStringLiteral("meals_included")});
    for (int e = 1; e <= size.events; ++e) {
        const QDate start = QDate(2016, 3, 1).addDays(e * 12);
        const QString title = QStringLiteral("Rencontre %1 %2").arg(pick(kPlaces, rng)).arg(e);
        if (!events.add({e, QStringLiteral("sprint"), title, day(start), day(start.addDays(4)), 120,
                         QStringLiteral("held"), core::SearchKey::of({title}), stamp(), stamp()})
            || !options.add({e * 2 - 1, e, QStringLiteral("Chambre partagée"), QStringLiteral("shared_room"), 2, size.sharedRooms, 6200, 0, 1})
            || !options.add({e * 2, e, QStringLiteral("Chambre solo"), QStringLiteral("solo_room"), 1, size.soloRooms, 6200, 1500, 1}))
            return Result::failure(events.error() + options.error());
    }

    BulkInsert registrations(db, QStringLiteral("registration"),
                             {QStringLiteral("event_id"), QStringLiteral("contributor_id"), QStringLiteral("status"),
                              QStringLiteral("submitted_at"), QStringLiteral("arrival_date"),
                              QStringLiteral("departure_date"), QStringLiteral("lodging_option_id"),
                              QStringLiteral("created_at"), QStringLiteral("updated_at")});
    const int perEvent = qMax(1, size.registrations / qMax(1, size.events));
    for (int e = 1; e <= size.events; ++e) {
        const QDate start = QDate(2016, 3, 1).addDays(e * 12);
        QSet<int> chosen;
        while (chosen.size() < perEvent) {
            const int who = 1 + int(rng.bounded(quint32(size.contributors)));
            if (chosen.contains(who))
                continue;
            chosen.insert(who);
            const int arrival = int(rng.bounded(2u));
            const QString status = size.allConfirmed ? QStringLiteral("confirmed") : pick(kStatuses, rng);
            if (!registrations.add({e, who, status, stamp(), day(start.addDays(arrival)),
                                    day(start.addDays(4 - int(rng.bounded(2u)))), e * 2 - int(rng.bounded(2u)),
                                    stamp(), stamp()}))
                return Result::failure(registrations.error());
        }
    }

    // The search keys and current organisations come from the application's own code.
    if (Result r = core::ContributorRepository(db).refreshDerived(); !r)
        return r;
    return tx.commit();
}

} // namespace convivium::bench
