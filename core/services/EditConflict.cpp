#include "services/EditConflict.h"
#include "commands/AuditTrail.h"
#include "commands/RecordChangeCommand.h"
#include "db/Database.h"
#include "db/RowStore.h"
#include "db/Transaction.h"
#include "domain/Vocabulary.h"
#include "reports/ReportDates.h"
#include "services/RecordNames.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUndoStack>

namespace convivium::core {

namespace {

// Bookkeeping, and columns the repositories derive from others (the first
// e-mail, the current organisation): saving again recomputes them.
bool derived(const QString &table, const QString &column)
{
    static const QStringList everywhere{QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("created_at"),
                                        QStringLiteral("updated_at"), QStringLiteral("search_key"),
                                        QStringLiteral("position"), QStringLiteral("normalized")};
    if (everywhere.contains(column))
        return true;
    return table == u"contributor" && (column == u"email" || column == u"current_organisation_id");
}

QString columnLabel(const QString &table, const QString &column)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("EditConflict", "Name")},
        {QStringLiteral("acronym"), QT_TRANSLATE_NOOP("EditConflict", "Acronym")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("EditConflict", "Kind")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("EditConflict", "Country")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("EditConflict", "City")},
        {QStringLiteral("website"), QT_TRANSLATE_NOOP("EditConflict", "Website")},
        {QStringLiteral("platform_name"), QT_TRANSLATE_NOOP("EditConflict", "Code platform")},
        {QStringLiteral("platform_url"), QT_TRANSLATE_NOOP("EditConflict", "Code platform address")},
        {QStringLiteral("parent_id"), QT_TRANSLATE_NOOP("EditConflict", "Parent organisation")},
        {QStringLiteral("roles"), QT_TRANSLATE_NOOP("EditConflict", "Roles")},
        {QStringLiteral("public_consent"), QT_TRANSLATE_NOOP("EditConflict", "May be named in public")},
        {QStringLiteral("public_consent_on"), QT_TRANSLATE_NOOP("EditConflict", "Public consent given on")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("EditConflict", "Notes")},
        {QStringLiteral("given_name"), QT_TRANSLATE_NOOP("EditConflict", "Given name")},
        {QStringLiteral("family_name"), QT_TRANSLATE_NOOP("EditConflict", "Family name")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("EditConflict", "Phone")},
        {QStringLiteral("languages"), QT_TRANSLATE_NOOP("EditConflict", "Languages")},
        {QStringLiteral("first_seen"), QT_TRANSLATE_NOOP("EditConflict", "First contact")},
        {QStringLiteral("coc_accepted_on"), QT_TRANSLATE_NOOP("EditConflict", "Code of conduct accepted on")},
        {QStringLiteral("organisation_id"), QT_TRANSLATE_NOOP("EditConflict", "Organisation")},
        {QStringLiteral("mission"), QT_TRANSLATE_NOOP("EditConflict", "Mission")},
        {QStringLiteral("cadence"), QT_TRANSLATE_NOOP("EditConflict", "Cadence")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("EditConflict", "Channel")},
        {QStringLiteral("repository"), QT_TRANSLATE_NOOP("EditConflict", "Repository")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("EditConflict", "Status")},
        {QStringLiteral("seats"), QT_TRANSLATE_NOOP("EditConflict", "Seats")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("EditConflict", "Title")},
        {QStringLiteral("edition"), QT_TRANSLATE_NOOP("EditConflict", "Edition")},
        {QStringLiteral("start_date"), QT_TRANSLATE_NOOP("EditConflict", "Start")},
        {QStringLiteral("end_date"), QT_TRANSLATE_NOOP("EditConflict", "End")},
        {QStringLiteral("transit_days_start"), QT_TRANSLATE_NOOP("EditConflict", "Travel days before")},
        {QStringLiteral("transit_days_end"), QT_TRANSLATE_NOOP("EditConflict", "Travel days after")},
        {QStringLiteral("venue_id"), QT_TRANSLATE_NOOP("EditConflict", "Venue")},
        {QStringLiteral("mode"), QT_TRANSLATE_NOOP("EditConflict", "Format")},
        {QStringLiteral("registration_opens"), QT_TRANSLATE_NOOP("EditConflict", "Registration opens")},
        {QStringLiteral("registration_deadline"), QT_TRANSLATE_NOOP("EditConflict", "Registration deadline")},
        {QStringLiteral("capacity"), QT_TRANSLATE_NOOP("EditConflict", "Capacity")},
        {QStringLiteral("fee_policy"), QT_TRANSLATE_NOOP("EditConflict", "Fee policy")},
        {QStringLiteral("topics"), QT_TRANSLATE_NOOP("EditConflict", "Topics")},
        {QStringLiteral("currency"), QT_TRANSLATE_NOOP("EditConflict", "Currency")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("EditConflict", "Description")},
        {QStringLiteral("provider_id"), QT_TRANSLATE_NOOP("EditConflict", "Provider")},
        {QStringLiteral("contract_type"), QT_TRANSLATE_NOOP("EditConflict", "Contract")},
        {QStringLiteral("budget_cents"), QT_TRANSLATE_NOOP("EditConflict", "Budget")},
        {QStringLiteral("started_on"), QT_TRANSLATE_NOOP("EditConflict", "Started on")},
        {QStringLiteral("delivered_on"), QT_TRANSLATE_NOOP("EditConflict", "Delivered on")},
        {QStringLiteral("event_id"), QT_TRANSLATE_NOOP("EditConflict", "Event")},
        {QStringLiteral("contributor_id"), QT_TRANSLATE_NOOP("EditConflict", "Contributor")},
        {QStringLiteral("submitted_at"), QT_TRANSLATE_NOOP("EditConflict", "Submitted")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("EditConflict", "Source")},
        {QStringLiteral("source_ref"), QT_TRANSLATE_NOOP("EditConflict", "Source reference")},
        {QStringLiteral("late"), QT_TRANSLATE_NOOP("EditConflict", "Late")},
        {QStringLiteral("waitlist_rank"), QT_TRANSLATE_NOOP("EditConflict", "Waiting list rank")},
        {QStringLiteral("arrival_date"), QT_TRANSLATE_NOOP("EditConflict", "Arrival")},
        {QStringLiteral("first_meal"), QT_TRANSLATE_NOOP("EditConflict", "First meal")},
        {QStringLiteral("departure_date"), QT_TRANSLATE_NOOP("EditConflict", "Departure")},
        {QStringLiteral("last_meal"), QT_TRANSLATE_NOOP("EditConflict", "Last meal")},
        {QStringLiteral("lodging_option_id"), QT_TRANSLATE_NOOP("EditConflict", "Lodging")},
        {QStringLiteral("roommate_wishes"), QT_TRANSLATE_NOOP("EditConflict", "Roommate wishes")},
        {QStringLiteral("roommate_refusals"), QT_TRANSLATE_NOOP("EditConflict", "Roommates refused")},
        {QStringLiteral("diet"), QT_TRANSLATE_NOOP("EditConflict", "Diet")},
        {QStringLiteral("allergies"), QT_TRANSLATE_NOOP("EditConflict", "Allergies")},
        {QStringLiteral("accessibility"), QT_TRANSLATE_NOOP("EditConflict", "Accessibility")},
        {QStringLiteral("onboarding"), QT_TRANSLATE_NOOP("EditConflict", "Onboarding")},
        {QStringLiteral("travel"), QT_TRANSLATE_NOOP("EditConflict", "Travel")},
        {QStringLiteral("car_sharing"), QT_TRANSLATE_NOOP("EditConflict", "Car sharing")},
        {QStringLiteral("payer_organisation_id"), QT_TRANSLATE_NOOP("EditConflict", "Paid by")},
    };
    // Lists: the record's rows in a child table, compared as a whole.
    static const QHash<QString, const char *> lists{
        {QStringLiteral("contributor_email"), QT_TRANSLATE_NOOP("EditConflict", "E-mail addresses")},
        {QStringLiteral("contributor_handle"), QT_TRANSLATE_NOOP("EditConflict", "Accounts")},
        {QStringLiteral("affiliation"), QT_TRANSLATE_NOOP("EditConflict", "Affiliations")},
        {QStringLiteral("contributor_contribution"), QT_TRANSLATE_NOOP("EditConflict", "Contributions")},
        {QStringLiteral("consent"), QT_TRANSLATE_NOOP("EditConflict", "Consents")},
        {QStringLiteral("organisation_relation"), QT_TRANSLATE_NOOP("EditConflict", "Relations")},
        {QStringLiteral("organisation_membership"), QT_TRANSLATE_NOOP("EditConflict", "Memberships")},
        {QStringLiteral("group_membership"), QT_TRANSLATE_NOOP("EditConflict", "Members")},
        {QStringLiteral("lodging_option"), QT_TRANSLATE_NOOP("EditConflict", "Lodging options")},
        {QStringLiteral("meal_price"), QT_TRANSLATE_NOOP("EditConflict", "Meal prices")},
        {QStringLiteral("funding_share"), QT_TRANSLATE_NOOP("EditConflict", "Funding shares")},
        {QStringLiteral("roommate_preference"), QT_TRANSLATE_NOOP("EditConflict", "Roommate preferences")},
    };
    const char *text = column.isEmpty() ? lists.value(table) : labels.value(column);
    return text ? EditConflict::tr(text) : (column.isEmpty() ? table : column);
}

std::optional<Vocabulary::List> vocabularyOf(const QString &table, const QString &column)
{
    static const QHash<QString, Vocabulary::List> lists{
        {QStringLiteral("organisation.kind"), Vocabulary::OrganisationKind},
        {QStringLiteral("organisation.roles"), Vocabulary::OrganisationRole},
        {QStringLiteral("organisation_relation.kind"), Vocabulary::RelationKind},
        {QStringLiteral("organisation_membership.status"), Vocabulary::MembershipStatus},
        {QStringLiteral("contributor_contribution.kind"), Vocabulary::ContributionKind},
        {QStringLiteral("consent.kind"), Vocabulary::ConsentKind},
        {QStringLiteral("contributor_handle.kind"), Vocabulary::HandleKind},
        {QStringLiteral("work_group.kind"), Vocabulary::GroupKind},
        {QStringLiteral("work_group.cadence"), Vocabulary::Cadence},
        {QStringLiteral("work_group.status"), Vocabulary::GroupStatus},
        {QStringLiteral("group_membership.role"), Vocabulary::MemberRole},
        {QStringLiteral("event.kind"), Vocabulary::EventKind},
        {QStringLiteral("event.mode"), Vocabulary::EventMode},
        {QStringLiteral("event.status"), Vocabulary::EventStatus},
        {QStringLiteral("funded_development.contract_type"), Vocabulary::ContractType},
        {QStringLiteral("funded_development.status"), Vocabulary::DevelopmentStatus},
        {QStringLiteral("lodging_option.kind"), Vocabulary::LodgingKind},
        {QStringLiteral("registration.status"), Vocabulary::RegistrationStatus},
        {QStringLiteral("registration.first_meal"), Vocabulary::Meal},
        {QStringLiteral("registration.last_meal"), Vocabulary::Meal},
        {QStringLiteral("meal_price.meal"), Vocabulary::Meal},
    };
    const auto it = lists.constFind(table + u'.' + column);
    return it == lists.cend() ? std::nullopt : std::optional<Vocabulary::List>(*it);
}

bool isFlag(const QString &column)
{
    static const QStringList flags{QStringLiteral("public_consent"), QStringLiteral("granted"), QStringLiteral("late"),
                                   QStringLiteral("onboarding"), QStringLiteral("meals_included"), QStringLiteral("locked")};
    return flags.contains(column);
}

// A stored value in the words the forms use.
QString display(const Database &db, const QString &table, const QString &column, const QVariant &value)
{
    const QString text = value.toString();
    if (value.isNull() || text.isEmpty())
        return EditConflict::tr("(empty)");
    if (isFlag(column))
        return value.toInt() ? EditConflict::tr("yes") : EditConflict::tr("no");
    if (column.endsWith(u"_cents"))
        return QLocale().toString(value.toLongLong() / 100.0, 'f', 2);
    if (const auto list = vocabularyOf(table, column)) {
        QStringList labels;
        for (const QString &code : text.split(u',', Qt::SkipEmptyParts))
            labels << Vocabulary::label(*list, code);
        return labels.join(QStringLiteral(", "));
    }
    if (const QString parent = RecordNames::referencedTable(table, column); !parent.isEmpty()) {
        const QString name = RecordNames::of(db, parent, value.toLongLong());
        return name.isEmpty() ? text : name;
    }
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (isoDate.match(text).hasMatch())
        return QLocale().toString(QDate::fromString(text, Qt::ISODate), QLocale::ShortFormat);
    return text;
}

bool same(const QVariant &a, const QVariant &b)
{
    // NULL and '' read the same to a person; the engines return ints as ints or texts.
    return a.toString() == b.toString();
}

// A child row in words, leaving out its id, bookkeeping and the link to the record.
QString rowText(const Database &db, const QString &table, const QVariantMap &row, const QString &recordTable)
{
    QStringList parts;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (derived(table, it.key()) || RecordNames::referencedTable(table, it.key()) == recordTable)
            continue;
        if (it.value().isNull() || it.value().toString().isEmpty())
            continue;
        parts << display(db, table, it.key(), it.value());
    }
    return parts.join(QStringLiteral(" · "));
}

QStringList rowTexts(const Database &db, const QString &table, const RowSet::Rows &rows, const QString &recordTable)
{
    QStringList out;
    for (const QVariantMap &row : rows)
        out << rowText(db, table, row, recordTable);
    out.sort(Qt::CaseInsensitive);
    return out;
}

} // namespace

Fallible<std::shared_ptr<EditConflict>> EditConflict::find(const Database &db, const QString &table, qint64 id,
                                                           const SaveOver &saveOver)
{
    auto conflict = std::make_shared<EditConflict>();
    conflict->m_table = table;
    conflict->m_id = id;
    const RowStore store(db);
    {
        Transaction tx(db);   // never committed: the user's save is only looked at
        conflict->m_theirs = store.footprint(table, id);
        if (!conflict->m_theirs.contains(table, id))
            return Result::failure(tr("Someone else deleted this record after you opened it."));
        conflict->m_theirVersion = conflict->m_theirs.rows(table).value(id).value(QStringLiteral("version")).toInt();
        if (Result r = saveOver(conflict->m_theirVersion); !r)
            return r;
        conflict->m_mine = store.footprint(table, id);
    }
    const QList<AuditEntry> history = AuditTrail::history(db, table, id);
    if (!history.isEmpty()) {
        conflict->m_author = history.first().author;
        conflict->m_savedAt = history.first().at;
    }
    conflict->compare(db);
    return conflict;
}

Result EditConflict::explain(const Result &refusal, const Database &db, const QString &table, qint64 id,
                             const SaveOver &saveOver, Writer writer)
{
    if (!refusal.isConflict() || id == 0)
        return refusal;
    auto found = find(db, table, id, saveOver);
    if (!found)
        return found.result();
    found.value()->setWriter(std::move(writer));
    return Result::conflict(found.value()->explanation(), found.value());
}

void EditConflict::compare(const Database &db)
{
    const QVariantMap theirs = m_theirs.rows(m_table).value(m_id);
    const QVariantMap mine = m_mine.rows(m_table).value(m_id);
    for (auto it = theirs.cbegin(); it != theirs.cend(); ++it) {
        if (derived(m_table, it.key()) || same(it.value(), mine.value(it.key())))
            continue;
        m_fields << ConflictField{columnLabel(m_table, it.key()), display(db, m_table, it.key(), mine.value(it.key())),
                                  display(db, m_table, it.key(), it.value()), m_table, it.key()};
    }
    QStringList tables = m_theirs.tableNames();
    for (const QString &t : m_mine.tableNames())
        if (!tables.contains(t))
            tables << t;
    for (const QString &t : std::as_const(tables)) {
        if (t == m_table)
            continue;
        const QStringList a = rowTexts(db, t, m_mine.rows(t), m_table);
        const QStringList b = rowTexts(db, t, m_theirs.rows(t), m_table);
        if (a == b)
            continue;
        const QString none = tr("(none)");
        m_fields << ConflictField{columnLabel(t, QString()), a.isEmpty() ? none : a.join(u'\n'),
                                  b.isEmpty() ? none : b.join(u'\n'), t, QString()};
    }
}

QString EditConflict::explanation() const
{
    if (m_author.isEmpty() || !m_savedAt.isValid())
        return tr("Someone else saved this record after you opened it. For each difference, choose the value to keep.");
    return tr("%1 saved this record on %2, after you opened it. For each difference, choose the value to keep.")
        .arg(m_author, ReportDates::dateTime(m_savedAt, QLocale()));
}

RowSet EditConflict::blend(const QList<bool> &keepMine) const
{
    QVariantMap record = m_theirs.rows(m_table).value(m_id);
    QStringList mineTables;
    for (int i = 0; i < m_fields.size() && i < keepMine.size(); ++i) {
        if (!keepMine.at(i))
            continue;
        const ConflictField &f = m_fields.at(i);
        if (f.column.isEmpty())
            mineTables << f.table;
        else
            record.insert(f.column, m_mine.rows(m_table).value(m_id).value(f.column));
    }
    RowSet out;
    QStringList tables = m_theirs.tableNames();
    for (const QString &t : m_mine.tableNames())
        if (!tables.contains(t))
            tables << t;
    for (const QString &t : std::as_const(tables)) {
        const RowSet::Rows rows = mineTables.contains(t) ? m_mine.rows(t) : m_theirs.rows(t);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            out.insert(t, it.key(), t == m_table && it.key() == m_id ? record : it.value());
    }
    return out;
}

Fallible<qint64> EditConflict::resolve(const QList<bool> &keepMine) const
{
    if (!m_writer)
        return Result::failure(tr("This conflict cannot be settled here."));
    return m_writer(*this, blend(keepMine));
}

EditConflict::Writer EditConflict::undoableWriter(const Database &db, QUndoStack *stack, ChangeNotifier *notifier,
                                                  const QString &text, const std::function<Result(qint64)> &saveAgain)
{
    const Database *database = &db;
    return [database, stack, notifier, text, saveAgain](const EditConflict &conflict, const RowSet &blend) -> Fallible<qint64> {
        const QString table = conflict.table();
        const qint64 id = conflict.id();
        auto cmd = RecordChangeCommand::perform(*database, notifier, text, {RecordRef{table, id}},
                                                [&]() -> Fallible<QList<RecordRef>> {
            const RowStore store(*database);
            const RowSet now = store.reread(conflict.theirs());
            if (now.rows(table).value(id).value(QStringLiteral("version")).toInt() != conflict.theirVersion())
                return Result::conflict(tr("Someone saved this record again while you were choosing. Nothing was saved; "
                                           "save again to compare with the latest version."));
            if (Result r = store.apply(now, blend); !r)
                return r;
            // Search keys and other derived columns follow the values chosen.
            if (Result r = saveAgain(id); !r)
                return r;
            return QList<RecordRef>{RecordRef{table, id}};
        });
        if (Result r = RecordChangeCommand::push(stack, cmd); !r)
            return r;
        return id;
    };
}

} // namespace convivium::core
