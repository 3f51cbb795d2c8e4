#include "import/ImportSession.h"
#include "Community.h"
#include "io/ContributorImport.h"
#include "io/OrganisationImport.h"
#include "io/PersonMatcher.h"

namespace convivium::ui {

using core::ImportPlan;
using core::ImportRow;

ImportSession::ImportSession(core::Community &community, Kind kind) : m_community(community), m_kind(kind)
{
}

const core::Database &ImportSession::database() const
{
    return m_community.database();
}

void ImportSession::setEventId(qint64 eventId)
{
    m_eventId = eventId;
}

void ImportSession::setSource(const core::RegistrationSource &source, const QString &mappingSource)
{
    m_source = source;
    m_mappingSource = mappingSource;
}

void ImportSession::setDocument(const core::CsvDocument &document)
{
    const QStringList before = m_hasDocument ? columnTitles() : QStringList();
    m_document = document;
    m_hasDocument = true;
    const QStringList titles = columnTitles();
    if (titles != before)
        m_mapping = core::ImportMapping::remembered(database(), m_kind, titles, m_mappingSource);
    m_plan = ImportPlan();
    m_skipped.clear();
}

void ImportSession::clearDocument()
{
    m_document = core::CsvDocument();
    m_hasDocument = false;
    m_plan = ImportPlan();
    m_skipped.clear();
}

QStringList ImportSession::columnTitles() const
{
    if (!m_document.header.isEmpty())
        return m_document.header;
    qsizetype columns = 0;
    for (const core::CsvRecord &r : m_document.records)
        columns = qMax(columns, r.fields.size());
    QStringList titles;
    for (int c = 1; c <= columns; ++c)
        titles << tr("Column %1").arg(c);
    return titles;
}

const ImportPlan &ImportSession::replan()
{
    m_skipped.clear();
    switch (m_kind) {
    case Kind::Contributors:
        m_plan = core::ContributorImport::plan(database(), m_document, m_mapping);
        break;
    case Kind::Organisations:
        m_plan = core::OrganisationImport::plan(database(), m_document, m_mapping);
        break;
    case Kind::Registrations:
        m_plan = core::RegistrationImport::plan(database(), m_eventId, m_document, m_mapping, m_source);
        break;
    }
    return m_plan;
}

bool ImportSession::canSkip(int row) const
{
    return row >= 0 && row < m_plan.rows.size() && m_plan.rows.at(row).action != ImportRow::Action::Skip;
}

void ImportSession::setSkipped(int row, bool skipped)
{
    if (!canSkip(row))
        return;
    if (skipped)
        m_skipped.insert(row);
    else
        m_skipped.remove(row);
}

ImportPlan ImportSession::planToApply() const
{
    ImportPlan plan = m_plan;
    for (int row : m_skipped)
        plan.rows[row].action = ImportRow::Action::Skip;
    plan.newOrganisations = newOrganisations();
    return plan;
}

int ImportSession::count(ImportRow::Action action) const
{
    int skipped = 0;
    for (int row : m_skipped)
        skipped += m_plan.rows.at(row).action == action ? 1 : 0;
    return m_plan.count(action) - skipped;   // a line the user skips is not counted as unchanged
}

QStringList ImportSession::newOrganisations() const
{
    if (m_plan.newOrganisations.isEmpty() || m_skipped.isEmpty())
        return m_plan.newOrganisations;
    QSet<QString> named;   // organisations still named by a line that is written
    for (int i = 0; i < m_plan.rows.size(); ++i) {
        const ImportRow &row = m_plan.rows.at(i);
        if (row.action != ImportRow::Action::Skip && !m_skipped.contains(i) && !row.organisation.isEmpty())
            named.insert(core::PersonMatcher::organisationKey(row.organisation));
    }
    QStringList out = m_plan.newOrganisations;
    out.removeIf([&named](const QString &name) { return !named.contains(core::PersonMatcher::organisationKey(name)); });
    return out;
}

int ImportSession::changeCount() const
{
    return count(ImportRow::Action::Create) + count(ImportRow::Action::Update);
}

QString ImportSession::newRecords(int n) const
{
    switch (m_kind) {
    case Kind::Organisations:
        return tr("%n new organisation(s)", nullptr, n);
    case Kind::Registrations:
        return tr("%n new registration(s)", nullptr, n);
    case Kind::Contributors:
        break;
    }
    return tr("%n new contributor(s)", nullptr, n);
}

QString ImportSession::undoText(int n) const
{
    switch (m_kind) {
    case Kind::Organisations:
        return tr("Import %n organisation(s)", nullptr, n);
    case Kind::Registrations:
        return m_source.kind == u"form" ? tr("Import %n registration(s) from the online form", nullptr, n)
                                        : tr("Import %n registration(s)", nullptr, n);
    case Kind::Contributors:
        break;
    }
    return tr("Import %n contributor(s)", nullptr, n);
}

QString ImportSession::summary() const
{
    QString text = tr("%1, %2 updated, %3 unchanged")
                       .arg(newRecords(count(ImportRow::Action::Create)))
                       .arg(count(ImportRow::Action::Update))
                       .arg(m_plan.count(ImportRow::Action::Skip));
    if (!m_skipped.isEmpty())
        text = tr("%1; %n skipped by you", nullptr, skippedCount()).arg(text);
    return text + u'.';
}

core::Fallible<QString> ImportSession::apply(const core::ImportProgress &progress)
{
    const ImportPlan plan = planToApply();
    if (!plan.canApply())
        return core::Result::failure(tr("%n line(s) cannot be imported: nothing was imported.", nullptr,
                                        plan.faultyLines()));
    const int count = changeCount();
    const core::Database &db = database();
    std::function<core::Fallible<QList<core::RecordRef>>()> write;
    QList<core::RecordRef> scope;
    switch (m_kind) {
    case Kind::Contributors:
        scope = core::ContributorImport::scope(plan);
        write = [&] { return core::ContributorImport::apply(db, plan, progress); };
        break;
    case Kind::Organisations:
        scope = core::OrganisationImport::scope(plan);
        write = [&] { return core::OrganisationImport::apply(db, plan, progress); };
        break;
    case Kind::Registrations:
        scope = core::RegistrationImport::scope(plan);
        write = [&] { return core::RegistrationImport::apply(db, plan, progress); };
        break;
    }
    const QString done = summary();
    const core::Result pushed = core::RecordChangeCommand::push(
        m_community.undoStack(),
        core::RecordChangeCommand::perform(db, m_community.notifier(), undoText(count), scope, write));
    if (!pushed)
        return pushed;
    // Kept for the next file with these columns; the import stands even if this fails.
    const core::Result remembered = m_mapping.remember(db, m_kind, columnTitles(), m_mappingSource);
    QString message = tr("Imported: %1").arg(done);
    if (!remembered)
        message += u'\n' + tr("The column choices could not be remembered: %1").arg(remembered.message());
    m_plan = ImportPlan();
    m_skipped.clear();
    return message;
}

} // namespace convivium::ui
