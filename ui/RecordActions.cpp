#include "RecordActions.h"
#include "Community.h"
#include "UserPrompts.h"
#include "dialogs/ContributorDialog.h"
#include "dialogs/EventDialog.h"
#include "dialogs/FundedDevelopmentDialog.h"
#include "dialogs/GroupDialog.h"
#include "dialogs/MergeContributorsDialog.h"
#include "dialogs/OrganisationDialog.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/FundedDevelopmentRepository.h"
#include "repositories/GroupRepository.h"
#include "repositories/OrganisationRepository.h"

#include <memory>

namespace convivium::ui {

RecordActions::RecordActions(core::Community &community, UserPrompts &prompts, QWidget *parent)
    : QObject(parent), m_community(community), m_prompts(prompts), m_parent(parent)
{
}

bool RecordActions::canCreate(const QString &table)
{
    return table == u"organisation" || table == u"contributor" || table == u"work_group"
        || table == u"funded_development" || table == u"event";
}

RecordDialog *RecordActions::makeDialog(const QString &table, qint64 id)
{
    const core::Database &db = m_community.database();
    core::CommunityEditor &editor = m_community.editor();
    RecordDialog *dialog = nullptr;
    if (table == u"organisation") {
        auto *d = new OrganisationDialog(db, editor, m_parent);
        if (id > 0) {
            auto loaded = core::OrganisationRepository(db).load(id);
            if (!loaded) { delete d; return nullptr; }
            d->setOrganisation(loaded.value());
        }
        dialog = d;
    } else if (table == u"contributor") {
        auto *d = new ContributorDialog(db, editor, m_parent);
        if (id > 0) {
            auto loaded = core::ContributorRepository(db).load(id);
            if (!loaded) { delete d; return nullptr; }
            d->setContributor(loaded.value());
        }
        dialog = d;
    } else if (table == u"work_group") {
        auto *d = new GroupDialog(db, editor, m_parent);
        if (id > 0) {
            auto loaded = core::GroupRepository(db).load(id);
            if (!loaded) { delete d; return nullptr; }
            d->setGroup(loaded.value());
        }
        dialog = d;
    } else if (table == u"funded_development") {
        auto *d = new FundedDevelopmentDialog(db, editor, m_parent);
        if (id > 0) {
            auto loaded = core::FundedDevelopmentRepository(db).load(id);
            if (!loaded) { delete d; return nullptr; }
            d->setDevelopment(loaded.value());
        }
        dialog = d;
    }
    if (table == u"event") {
        auto *d = new EventDialog(db, m_community.events(), m_parent);
        if (id > 0) {
            auto loaded = core::EventRepository(db).load(id);
            if (!loaded) { delete d; return nullptr; }
            d->setEvent(loaded.value());
        }
        dialog = d;
    }
    if (dialog)
        connect(dialog, &RecordDialog::openRecordRequested, this, &RecordActions::openRecordRequested, Qt::QueuedConnection);
    return dialog;
}

qint64 RecordActions::create(const QString &table)
{
    std::unique_ptr<RecordDialog> dialog(makeDialog(table, 0));
    if (!dialog || m_prompts.exec(dialog.get()) != QDialog::Accepted)
        return 0;
    if (auto *d = qobject_cast<OrganisationDialog *>(dialog.get()))
        return d->savedId();
    if (auto *d = qobject_cast<ContributorDialog *>(dialog.get()))
        return d->savedId();
    if (auto *d = qobject_cast<GroupDialog *>(dialog.get()))
        return d->savedId();
    if (auto *d = qobject_cast<FundedDevelopmentDialog *>(dialog.get()))
        return d->savedId();
    if (auto *d = qobject_cast<EventDialog *>(dialog.get()))
        return d->savedId();
    return 0;
}

bool RecordActions::edit(const QString &table, qint64 id)
{
    if (id <= 0)
        return false;
    std::unique_ptr<RecordDialog> dialog(makeDialog(table, id));
    if (!dialog) {
        m_prompts.warn(m_parent, tr("Edit"), tr("This record no longer exists."));
        return false;
    }
    return m_prompts.exec(dialog.get()) == QDialog::Accepted;
}

bool RecordActions::remove(const QString &table, qint64 id)
{
    if (id <= 0)
        return false;
    core::CommunityEditor &editor = m_community.editor();
    const QString name = editor.recordName(table, id);
    QString text = tr("Delete “%1”?").arg(name);
    const QStringList impact = editor.deletionImpact(table, id);
    if (!impact.isEmpty())
        text += u'\n' + impact.join(u'\n');
    text += u'\n' + tr("You can undo this with Edit ▸ Undo.");
    if (!m_prompts.confirm(m_parent, tr("Delete"), text, tr("&Delete")))
        return false;
    if (const core::Result r = editor.remove(table, id); !r) {
        m_prompts.warn(m_parent, tr("Delete"), r.message());
        return false;
    }
    return true;
}

bool RecordActions::mergeInto(qint64 keepId)
{
    if (keepId <= 0)
        return false;
    MergeContributorsDialog dialog(m_community.database(), keepId, m_parent);
    if (m_prompts.exec(&dialog) != QDialog::Accepted)
        return false;
    if (const core::Result r = m_community.editor().mergeContributors(keepId, dialog.duplicateId()); !r) {
        m_prompts.warn(m_parent, tr("Merge contributors"), r.message());
        return false;
    }
    return true;
}

} // namespace convivium::ui
