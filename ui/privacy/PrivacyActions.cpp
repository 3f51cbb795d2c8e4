#include "privacy/PrivacyActions.h"
#include "Community.h"
#include "UserPrompts.h"
#include "exports/ExportPaths.h"
#include "privacy/RetentionDialog.h"
#include "repositories/ContributorRepository.h"
#include "services/PersonalData.h"

#include <QApplication>
#include <QUndoStack>

namespace convivium::ui {

PrivacyActions::PrivacyActions(core::Community &community, UserPrompts &prompts, QWidget *parent)
    : QObject(parent), m_community(community), m_prompts(prompts), m_parent(parent)
{
}

bool PrivacyActions::exportPersonalData(qint64 contributorId)
{
    const QString title = tr("Export personal data");
    const QString name = core::ContributorRepository(m_community.database()).nameOf(contributorId);
    const QString path = m_prompts.exportFileName(m_parent, title,
                                                  ExportPaths::suggest(tr("Personal data of %1").arg(name), QStringLiteral("json")),
                                                  tr("JSON files (*.json)"));
    if (path.isEmpty())
        return false;
    if (const core::Result r = core::PersonalData::writeSubjectAccess(m_community.database(), contributorId, path); !r) {
        m_prompts.warn(m_parent, title, r.message());
        return false;
    }
    ExportPaths::remember(path);
    emit reported(tr("Wrote everything held about %1 into %2.").arg(name, path));
    return true;
}

bool PrivacyActions::erase(qint64 contributorId)
{
    const QString title = tr("Erase personal data");
    const QString name = core::ContributorRepository(m_community.database()).nameOf(contributorId);
    QString text = tr("Erase the personal data of %1?").arg(name) + u'\n';
    for (const QString &line : core::PersonalData::erasureSummary(m_community.database(), contributorId))
        text += u'\n' + QStringLiteral("• ") + line;
    text += QStringLiteral("\n\n") + tr("This cannot be undone, and clears Edit ▸ Undo: its steps may hold the same data.");
    if (!m_prompts.confirm(m_parent, title, text, tr("&Erase")))
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);   // the file is compacted after
    const core::Result r = core::PersonalData::erase(m_community.database(), contributorId);
    QApplication::restoreOverrideCursor();
    // Even when only the compaction failed, the data is erased: the undo steps must go.
    m_community.undoStack()->clear();
    m_community.notifier()->notify({QStringLiteral("contributor"), QStringLiteral("contributor_email"),
                                    QStringLiteral("registration"), QStringLiteral("affiliation")});
    if (!r) {
        m_prompts.warn(m_parent, title, r.message());
        return false;
    }
    emit reported(tr("Erased the personal data of %1.").arg(name));
    return true;
}

bool PrivacyActions::reviewRetention()
{
    RetentionDialog dialog(m_community, m_parent);
    const bool accepted = m_prompts.exec(&dialog) == QDialog::Accepted;
    if (!dialog.message().isEmpty())
        emit reported(dialog.message());
    return accepted;
}

} // namespace convivium::ui
