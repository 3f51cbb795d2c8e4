#include "services/CommunityEditor.h"
#include "commands/RecordChangeCommand.h"
#include "db/RowStore.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/FundedDevelopmentRepository.h"
#include "repositories/GroupRepository.h"
#include "repositories/OrganisationRepository.h"
#include "services/ContributorMerger.h"
#include "services/EditConflict.h"
#include "services/Validation.h"

#include <QUndoStack>

namespace convivium::core {

namespace {

const QString kOrganisation = QStringLiteral("organisation");
const QString kContributor = QStringLiteral("contributor");
const QString kGroup = QStringLiteral("work_group");
const QString kDevelopment = QStringLiteral("funded_development");

template <typename Repo, typename Record>
Fallible<qint64> save(const Database &db, QUndoStack *stack, ChangeNotifier *notifier, const QString &table,
                      const Record &record, const QString &createText, const QString &editText,
                      const std::function<Result(qint64)> &afterwards = {})
{
    qint64 id = record.id;
    const bool creating = id == 0;
    QList<RecordRef> scope;
    if (!creating)
        scope << RecordRef{table, id};
    auto cmd = RecordChangeCommand::perform(db, notifier, creating ? createText : editText, scope,
                                            [&]() -> Fallible<QList<RecordRef>> {
        Repo repo(db);
        if (creating) {
            auto inserted = repo.insert(record);
            if (!inserted)
                return inserted.result();
            id = inserted.value();
        } else if (Result r = repo.update(record); !r) {
            return r;
        }
        if (afterwards)
            if (Result r = afterwards(id); !r)
                return r;
        return QList<RecordRef>{RecordRef{table, id}};
    });
    if (Result r = RecordChangeCommand::push(stack, cmd); !r)
        return EditConflict::explain(r, db, table, record.id, [&db, &record](int currentVersion) {
            Record over = record;
            over.version = currentVersion;
            return Repo(db).update(over);
        }, EditConflict::undoableWriter(db, stack, notifier, editText, saveAgainWith<Repo>(db)));
    return id;
}

} // namespace

Fallible<qint64> CommunityEditor::saveOrganisation(const Organisation &org)
{
    OrganisationRepository repo(m_db);
    if (const FieldErrors errors = Validation::organisation(org, repo); !errors.isEmpty())
        return Result::failure(Validation::firstMessage(errors));
    const Database &db = m_db;
    return save<OrganisationRepository>(m_db, m_undo, m_notifier, kOrganisation, org,
                                        tr("Create organisation “%1”").arg(org.name.trimmed()),
                                        tr("Edit organisation “%1”").arg(org.name.trimmed()),
                                        [&db](qint64 id) { return ContributorRepository(db).refreshForOrganisation(id); });
}

Fallible<qint64> CommunityEditor::saveContributor(const Contributor &c)
{
    ContributorRepository repo(m_db);
    if (const FieldErrors errors = Validation::contributor(c, repo); !errors.isEmpty())
        return Result::failure(Validation::firstMessage(errors));
    return save<ContributorRepository>(m_db, m_undo, m_notifier, kContributor, c,
                                       tr("Create contributor “%1”").arg(c.displayName()),
                                       tr("Edit contributor “%1”").arg(c.displayName()));
}

Fallible<qint64> CommunityEditor::saveGroup(const Group &g)
{
    if (const FieldErrors errors = Validation::group(g); !errors.isEmpty())
        return Result::failure(Validation::firstMessage(errors));
    return save<GroupRepository>(m_db, m_undo, m_notifier, kGroup, g,
                                 tr("Create group “%1”").arg(g.name.trimmed()),
                                 tr("Edit group “%1”").arg(g.name.trimmed()));
}

Fallible<qint64> CommunityEditor::saveDevelopment(const FundedDevelopment &d)
{
    if (const FieldErrors errors = Validation::development(d); !errors.isEmpty())
        return Result::failure(Validation::firstMessage(errors));
    return save<FundedDevelopmentRepository>(m_db, m_undo, m_notifier, kDevelopment, d,
                                             tr("Create funded development “%1”").arg(d.title.trimmed()),
                                             tr("Edit funded development “%1”").arg(d.title.trimmed()));
}

QString CommunityEditor::recordName(const QString &table, qint64 id) const
{
    if (table == kOrganisation)
        return OrganisationRepository(m_db).nameOf(id);
    if (table == kContributor)
        return ContributorRepository(m_db).nameOf(id);
    if (table == kGroup) {
        auto g = GroupRepository(m_db).load(id);
        return g ? g.value().name : QString();
    }
    if (table == kDevelopment) {
        auto d = FundedDevelopmentRepository(m_db).load(id);
        return d ? d.value().title : QString();
    }
    if (table == u"event") {
        auto e = EventRepository(m_db).load(id);
        return e ? e.value().title : QString();
    }
    return QString();
}

Result CommunityEditor::remove(const QString &table, qint64 id)
{
    const QString name = recordName(table, id);
    const Database &db = m_db;
    auto cmd = RecordChangeCommand::perform(m_db, m_notifier, tr("Delete “%1”").arg(name), {RecordRef{table, id}},
                                            [&]() -> Fallible<QList<RecordRef>> {
        Result r;
        if (table == kOrganisation) {
            // Its people may have another open affiliation: it becomes their current one.
            const QList<qint64> people = ContributorRepository(db).affiliatedTo(id);
            r = OrganisationRepository(db).remove(id);
            if (r && !people.isEmpty())
                r = ContributorRepository(db).refreshDerived(people);
        }
        else if (table == kContributor)
            r = ContributorRepository(db).remove(id);
        else if (table == kGroup)
            r = GroupRepository(db).remove(id);
        else if (table == kDevelopment)
            r = FundedDevelopmentRepository(db).remove(id);
        else if (table == u"event")
            r = EventRepository(db).remove(id);
        else
            r = Result::failure(tr("This kind of record cannot be deleted here."));
        if (!r)
            return r;
        return QList<RecordRef>{};
    });
    return RecordChangeCommand::push(m_undo, cmd);
}

Result CommunityEditor::mergeContributors(qint64 keepId, qint64 removeId)
{
    ContributorRepository repo(m_db);
    const QString text = tr("Merge “%1” into “%2”").arg(repo.nameOf(removeId), repo.nameOf(keepId));
    const Database &db = m_db;
    auto cmd = RecordChangeCommand::perform(m_db, m_notifier, text,
                                            {RecordRef{kContributor, keepId}, RecordRef{kContributor, removeId}},
                                            [&]() -> Fallible<QList<RecordRef>> {
        if (Result r = ContributorMerger(db).merge(keepId, removeId); !r)
            return r;
        return QList<RecordRef>{RecordRef{kContributor, keepId}};
    });
    return RecordChangeCommand::push(m_undo, cmd);
}

QStringList CommunityEditor::deletionImpact(const QString &table, qint64 id) const
{
    const RowStore store(m_db);
    const RowSet rows = store.cascade(table, id);
    const RowSet touched = store.footprint(table, id);
    QStringList lines;
    auto count = [&](const QString &t) { return rows.count(t) - (t == table ? 1 : 0); };
    auto add = [&](const QString &t, const char *text) {
        if (const int n = count(t); n > 0)
            lines << tr(text, nullptr, n);
    };
    add(QStringLiteral("affiliation"), QT_TR_N_NOOP("%n affiliation(s)"));
    add(QStringLiteral("contributor_email"), QT_TR_N_NOOP("%n e-mail address(es)"));
    add(QStringLiteral("group_membership"), QT_TR_N_NOOP("%n group membership(s)"));
    add(QStringLiteral("meeting"), QT_TR_N_NOOP("%n meeting(s)"));
    add(QStringLiteral("meeting_attendee"), QT_TR_N_NOOP("%n meeting attendance(s)"));
    add(QStringLiteral("registration"), QT_TR_N_NOOP("%n registration(s)"));
    add(QStringLiteral("payment"), QT_TR_N_NOOP("%n payment(s)"));
    add(QStringLiteral("organisation_relation"), QT_TR_N_NOOP("%n relation(s) between organisations"));
    add(QStringLiteral("organisation_membership"), QT_TR_N_NOOP("%n membership year(s)"));
    add(QStringLiteral("funding_share"), QT_TR_N_NOOP("%n funding share(s)"));
    add(QStringLiteral("lodging_option"), QT_TR_N_NOOP("%n lodging option(s)"));
    add(QStringLiteral("room"), QT_TR_N_NOOP("%n room(s)"));
    QStringList detached;
    auto addDetached = [&](const QString &t, const char *text) {
        if (const int n = touched.count(t) - rows.count(t); n > 0)
            detached << tr(text, nullptr, n);
    };
    if (table == kOrganisation) {
        addDetached(QStringLiteral("contributor"), QT_TR_N_NOOP("%n contributor(s) lose their current organisation"));
        addDetached(QStringLiteral("organisation"), QT_TR_N_NOOP("%n child organisation(s) lose their parent"));
        addDetached(QStringLiteral("work_group"), QT_TR_N_NOOP("%n group(s) lose their organisation"));
        addDetached(QStringLiteral("funded_development"), QT_TR_N_NOOP("%n funded development(s) lose their provider"));
        addDetached(QStringLiteral("event"), QT_TR_N_NOOP("%n event(s) lose their organiser"));
    }
    QStringList out;
    if (!lines.isEmpty())
        out << tr("Also deleted: %1.").arg(lines.join(QStringLiteral(", ")));
    if (!detached.isEmpty())
        out << tr("Kept but changed: %1.").arg(detached.join(QStringLiteral(", ")));
    return out;
}

} // namespace convivium::core
