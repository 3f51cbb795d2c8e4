#include "io/RegistrationImport.h"
#include "db/Transaction.h"
#include "domain/SearchKey.h"
#include "domain/Vocabulary.h"
#include "io/ContributorImport.h"
#include "io/PersonMatcher.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/RegistrationRepository.h"
#include "services/RegistrationRules.h"

#include <QLocale>
#include <QRegularExpression>
#include <functional>

namespace convivium::core {

namespace {

const QString kRegistration = QStringLiteral("registration");

QString folded(const QString &text)
{
    QString t = SearchKey::fold(text);
    for (QChar &c : t)
        if (!c.isLetterOrNumber())
            c = u' ';
    return t.simplified();
}

// The lodging option a cell names: its name, or its kind's label, in any case
// and accents; "ailleurs", "none"… mean lodging elsewhere (0). -1: unknown.
qint64 lodgingFrom(const QString &text, const Event &event)
{
    const QString t = folded(text);
    static const QStringList elsewhere{QStringLiteral("ailleurs"), QStringLiteral("elsewhere"), QStringLiteral("aucun"),
                                       QStringLiteral("none"), QStringLiteral("non"), QStringLiteral("no"),
                                       QStringLiteral("je me loge ailleurs"), QStringLiteral("pas d hebergement"),
                                       QStringLiteral("sans hebergement"), QStringLiteral("other"), QStringLiteral("autre")};
    for (const LodgingOption &o : event.lodgingOptions)
        if (folded(o.name) == t)
            return o.id;
    if (t.isEmpty() || elsewhere.contains(t)) {
        for (const LodgingOption &o : event.lodgingOptions)
            if (o.kind == u"elsewhere")
                return o.id;
        return 0;
    }
    qint64 found = -1;
    for (const LodgingOption &o : event.lodgingOptions) {
        const QString kind = folded(Vocabulary::label(Vocabulary::LodgingKind, o.kind));
        if (kind == t || folded(o.kind) == t || t.contains(folded(o.name)) || folded(o.name).contains(t)) {
            if (found >= 0 && found != o.id)
                return -1;   // two options fit: ask for the exact name
            found = o.id;
        }
    }
    return found;
}

QString mealLabel(Meal meal)
{
    static const char *codes[] = {"breakfast", "lunch", "dinner"};
    return Vocabulary::label(Vocabulary::Meal, QString::fromLatin1(codes[int(meal)]));
}

// The fields the file sets, each with its label, to list what an update changes.
QStringList differences(const Registration &a, const Registration &b)
{
    QStringList out;
    auto differ = [&out](bool changed, const char *field) {
        if (changed)
            out << ImportMapping::fieldLabel(QString::fromLatin1(field));
    };
    differ(a.arrival != b.arrival, "arrival");
    differ(a.firstMeal != b.firstMeal, "first_meal");
    differ(a.departure != b.departure, "departure");
    differ(a.lastMeal != b.lastMeal, "last_meal");
    differ(a.lodgingOptionId != b.lodgingOptionId, "lodging");
    differ(a.roommateWishes != b.roommateWishes, "roommates");
    differ(a.diet != b.diet, "diet");
    differ(a.allergies != b.allergies, "allergies");
    differ(a.accessibility != b.accessibility, "accessibility");
    differ(a.onboarding != b.onboarding, "onboarding");
    differ(a.topics != b.topics, "topics");
    differ(a.travel != b.travel, "travel");
    differ(a.carSharing != b.carSharing, "car_sharing");
    differ(a.publicConsent != b.publicConsent, "public_consent");
    differ(a.notes != b.notes, "notes");
    return out;
}

// Sets the fields the line gives on the registration; what cannot be read
// goes to `issue` (field, message). `isNew`: the submission time is kept from
// the first import only.
void readRegistration(const ImportLine &line, const Event &event, bool isNew, Registration &r,
                      const std::function<void(const char *, const QString &)> &issue)
{
    for (const auto &[field, date] : {std::pair{"arrival", &r.arrival}, std::pair{"departure", &r.departure}}) {
        if (!line.has(field) || line[field].isEmpty())
            continue;
        const Fallible<QDate> d = ContributorImport::parseDate(line[field]);
        if (!d)
            issue(field, d.message());
        else
            *date = d.value();
    }
    for (const auto &[field, meal] : {std::pair{"first_meal", &r.firstMeal}, std::pair{"last_meal", &r.lastMeal}})
        if (line.has(field) && !line[field].isEmpty() && !RegistrationImport::parseMeal(line[field], *meal))
            issue(field, RegistrationImport::tr("\"%1\" is not a meal: write breakfast, lunch or dinner (petit-déjeuner, déjeuner, dîner).")
                             .arg(line[field]));
    if (line.has("lodging")) {
        const qint64 option = lodgingFrom(line["lodging"], event);
        if (option < 0) {
            QStringList names;
            for (const LodgingOption &o : event.lodgingOptions)
                names << o.name;
            issue("lodging", RegistrationImport::tr("\"%1\" is not a lodging option of this event: write one of %2, or \"elsewhere\".")
                                 .arg(line["lodging"], names.join(QStringLiteral(", "))));
        } else {
            r.lodgingOptionId = option;
        }
    }
    for (const auto &[field, text] : {std::pair{"roommates", &r.roommateWishes}, std::pair{"diet", &r.diet},
                                      std::pair{"allergies", &r.allergies}, std::pair{"accessibility", &r.accessibility},
                                      std::pair{"topics", &r.topics}, std::pair{"travel", &r.travel},
                                      std::pair{"car_sharing", &r.carSharing}, std::pair{"notes", &r.notes}})
        if (line.has(field))
            *text = line[field];
    for (const auto &[field, flag] : {std::pair{"onboarding", &r.onboarding}, std::pair{"public_consent", &r.publicConsent}}) {
        if (!line.has(field))
            continue;
        const Fallible<bool> yes = RegistrationImport::parseYesNo(line[field]);
        if (!yes)
            issue(field, yes.message());
        else
            *flag = yes.value();
    }
    if (line.has("submitted_at") && isNew) {
        const Fallible<QDateTime> when = RegistrationImport::parseDateTime(line["submitted_at"]);
        if (!when)
            issue("submitted_at", when.message());
        else
            r.submittedAt = when.value();
    }
}

} // namespace

bool RegistrationImport::parseMeal(const QString &text, Meal &meal)
{
    const QString t = folded(text);
    if (t.contains(QLatin1String("petit")) || t.contains(QLatin1String("breakfast")) || t == u"matin")
        meal = Meal::Breakfast;
    else if (t.contains(QLatin1String("dejeuner")) || t.contains(QLatin1String("lunch")) || t == u"midi")
        meal = Meal::Lunch;
    else if (t.contains(QLatin1String("diner")) || t.contains(QLatin1String("dinner")) || t.contains(QLatin1String("souper"))
             || t == u"soir" || t == u"supper")
        meal = Meal::Dinner;
    else
        return false;
    return true;
}

Fallible<bool> RegistrationImport::parseYesNo(const QString &text)
{
    const QString t = folded(text);
    static const QStringList yes{QStringLiteral("oui"), QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("o"),
                                 QStringLiteral("x"), QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("vrai"),
                                 QStringLiteral("d accord"), QStringLiteral("ok")};
    static const QStringList no{QString(), QStringLiteral("non"), QStringLiteral("no"), QStringLiteral("n"),
                                QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("faux")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return Result::failure(tr("\"%1\" is neither yes nor no.").arg(text.trimmed()));
}

Fallible<QDateTime> RegistrationImport::parseDateTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDateTime();
    QDateTime when = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!when.isValid()) {
        // "02/03/2026 09:15[:30]", written where the organisers are.
        static const QRegularExpression french(QStringLiteral("^(\\S+)\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
        const QRegularExpressionMatch m = french.match(t);
        const Fallible<QDate> day = ContributorImport::parseDate(m.hasMatch() ? m.captured(1) : t);
        if (!day)
            return Result::failure(tr("\"%1\" is not a date and time: write it as 02/03/2026 09:15 or 2026-03-02T09:15.").arg(t));
        const QTime time = m.hasMatch() ? QTime(m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt())
                                        : QTime(12, 0);
        if (!time.isValid())
            return Result::failure(tr("\"%1\" is not a time of the day.").arg(t));
        when = QDateTime(day.value(), time, Qt::LocalTime);
    }
    return when.toUTC();
}

ImportPlan RegistrationImport::plan(const Database &db, qint64 eventId, const CsvDocument &doc,
                                    const ImportMapping &mapping, const RegistrationSource &source)
{
    ImportPlan plan;
    const Fallible<Event> loaded = EventRepository(db).load(eventId);
    if (!loaded) {
        plan.issues << ImportIssue{0, QString(), loaded.message()};
        return plan;
    }
    const Event &event = loaded.value();
    if (!PersonMatcher::mapsSomeone(mapping)) {
        plan.issues << ImportIssue{0, QString(), tr("No column gives the names or the e-mail addresses: map at least one of them.")};
        return plan;
    }
    const RegistrationRepository repository(db);
    QList<Registration> all = repository.forEvent(eventId);   // grows with the lines planned
    QHash<QString, qint64> bySource;                          // source row id → registration
    QHash<qint64, qint64> byContributor;                      // contributor → registration
    QHash<qint64, qsizetype> position;                        // registration already there → its place in `all`
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Registration &r = all.at(i);
        if (r.source == source.kind && !r.sourceRef.isEmpty())
            bySource.insert(r.sourceRef, r.id);
        byContributor.insert(r.contributorId, r.id);
        position.insert(r.id, i);
    }

    PersonMatcher people(db, ImportMapping::Kind::Registrations);
    for (const CsvRecord &record : doc.records) {
        const ImportLine line{record, mapping, doc.header};
        const int at = record.line;
        if (const QString problem = ContributorImport::fieldCountProblem(doc, record); !problem.isEmpty()) {
            plan.issues << ImportIssue{at, QString(), problem};
            continue;
        }
        const QString sourceRef = source.rowIdsFromLines ? QString::number(at) : QString();
        const qint64 knownRegistration = sourceRef.isEmpty() ? 0 : bySource.value(sourceRef);
        ImportRow row;
        row.line = at;
        const qint64 knownPerson = knownRegistration > 0 ? all.at(position.value(knownRegistration)).contributorId : 0;
        if (!people.resolve(line, row, plan, knownPerson))
            continue;
        row.personChanges = row.action != ImportRow::Action::Skip;
        const QStringList personChanges = row.action == ImportRow::Action::Update ? row.changes : QStringList();
        const qsizetype before = plan.issues.size();
        auto issue = [&](const char *field, const QString &message) {
            plan.issues << ImportIssue{at, line.headerOf(field), message};
        };

        // The registration as it stands, or a new one.
        row.existingId = knownRegistration > 0 ? knownRegistration : byContributor.value(row.contributor.id);
        Registration r;
        if (row.existingId > 0) {
            r = all.at(position.value(row.existingId));
        } else {
            r.eventId = eventId;
            r.source = source.kind;
            r.sourceRef = sourceRef.isEmpty() ? QString::number(at) : sourceRef;
            r.arrival = event.start;
            r.departure = event.end;
        }
        const Registration was = r;
        r.contributorId = row.contributor.id;
        if (!sourceRef.isEmpty()) {
            r.source = source.kind;
            r.sourceRef = sourceRef;
        }
        readRegistration(line, event, row.existingId == 0, r, issue);
        if (!r.submittedAt.isValid())
            r.submittedAt = QDateTime::currentDateTimeUtc();
        if (plan.issues.size() > before)
            continue;

        // The rules of the registration form, with the lines planned so far counted.
        Registration probe = r;
        if (probe.contributorId <= 0)
            probe.contributorId = 1;   // someone new: not a duplicate
        if (probe.id == 0)
            probe.id = -at;            // planned lines count apart from each other
        const RegistrationCheck check = RegistrationRules::check(probe, event, all, 0);
        for (const FieldError &e : check.errors)
            plan.issues << ImportIssue{at, line.headerOf(e.field.toLatin1().constData()), e.message};
        if (!check.errors.isEmpty())
            continue;
        r.late = row.existingId > 0 ? r.late : check.late;
        if (r.counts() && check.needsWaitlist() && (row.existingId == 0 || !was.counts() || was.arrival != r.arrival
                                                    || was.departure != r.departure || was.lodgingOptionId != r.lodgingOptionId)) {
            r.status = QStringLiteral("waitlisted");
            plan.warnings << ImportIssue{at, QString(), check.eventFull
                                          ? tr("The event is full: this person goes on the waiting list.")
                                          : tr("The lodging chosen is full on %1: this person goes on the waiting list.")
                                                .arg(QLocale().toString(check.fullNights.first(), QLocale::ShortFormat))};
        }
        for (const QString &w : check.warnings)
            plan.warnings << ImportIssue{at, QString(), w};

        QStringList changes = personChanges;
        if (row.existingId > 0) {
            changes << differences(was, r);
            if (was.status != r.status)
                changes << tr("Status");
            if (was.sourceRef != r.sourceRef)
                changes << tr("Form row");
            row.action = changes.isEmpty() ? ImportRow::Action::Skip : ImportRow::Action::Update;
            all[position.value(row.existingId)] = r;
        } else {
            row.action = ImportRow::Action::Create;
            r.id = -at;
            all << r;
            r.id = 0;
        }
        row.changes = changes;
        row.registration = r;
        if (row.contributor.id > 0)
            byContributor.insert(row.contributor.id, row.existingId > 0 ? row.existingId : -at);
        plan.rows << std::move(row);
    }
    return plan;
}

QList<RecordRef> RegistrationImport::scope(const ImportPlan &plan)
{
    QList<RecordRef> out;
    for (const ImportRow &row : plan.rows) {
        if (row.action != ImportRow::Action::Update)
            continue;
        out << RecordRef{kRegistration, row.existingId};
        if (row.personChanges && row.contributor.id > 0)
            out << RecordRef{QStringLiteral("contributor"), row.contributor.id};
    }
    return out;
}

Fallible<QList<RecordRef>> RegistrationImport::apply(const Database &db, const ImportPlan &plan, const ImportProgress &progress)
{
    if (!plan.canApply())
        return plan.refusal();
    Transaction tx(db);
    QList<RecordRef> created;
    const Fallible<QHash<QString, qint64>> orgIds = ContributorImport::createOrganisations(db, plan, created);
    if (!orgIds)
        return orgIds.result();
    const ContributorRepository contributors(db);
    const RegistrationRepository registrations(db);
    const int total = int(plan.rows.size());
    for (int i = 0; i < total; ++i) {
        const ImportRow &row = plan.rows.at(i);
        if (progress && !progress(i, total))
            return ImportPlan::cancelled();
        if (row.action == ImportRow::Action::Skip)
            continue;
        Registration r = row.registration;
        const Contributor person = ContributorImport::withAffiliation(row, orgIds.value());
        if (person.id == 0) {
            const Fallible<qint64> id = contributors.insert(person);
            if (!id)
                return ImportPlan::failedLine(row.line, id.message());
            r.contributorId = id.value();
            created << RecordRef{QStringLiteral("contributor"), id.value()};
        } else if (row.personChanges) {
            if (const Result u = contributors.update(person); !u)
                return ImportPlan::failedLine(row.line, u.message());
        }
        if (r.status == u"waitlisted" && r.waitlistRank <= 0)
            r.waitlistRank = registrations.nextWaitlistRank(r.eventId);
        if (row.existingId > 0) {
            if (const Result u = registrations.update(r); !u)
                return ImportPlan::failedLine(row.line, u.message());
        } else {
            const Fallible<qint64> id = registrations.insert(r);
            if (!id)
                return ImportPlan::failedLine(row.line, id.message());
            created << RecordRef{kRegistration, id.value()};
        }
    }
    if (progress && !progress(total, total))
        return ImportPlan::cancelled();
    if (Result r = tx.commit(); !r)
        return r;
    // Updated records are "kept" too: their rows as the import leaves them
    // (e-mail rows written again under new ids) belong to undo's after picture.
    created << scope(plan);
    return created;
}

} // namespace convivium::core
