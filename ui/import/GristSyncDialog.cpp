#include "import/GristSyncDialog.h"
#include "Community.h"
#include "Icons.h"
#include "UserPrompts.h"
#include "import/GristSourcePage.h"
#include "import/ImportPages.h"
#include "repositories/EventRepository.h"

namespace convivium::ui {

GristSyncDialog::GristSyncDialog(core::Community &community, qint64 eventId, QWidget *parent)
    : QWizard(parent), m_session(community, ImportSession::Kind::Registrations)
{
    setObjectName(QStringLiteral("GristSyncDialog"));
    const core::Fallible<core::Event> event = core::EventRepository(community.database()).load(eventId);
    setWindowTitle(event ? tr("Sync with the online form — %1").arg(event.value().title)
                         : tr("Sync with the online form"));
    setWindowIcon(Icons::get(QStringLiteral("cloud-download")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // As convivium-cli grist-sync: form rows keep their row id, the mapping is the event form's.
    m_session.setEventId(eventId);
    m_session.setSource(core::RegistrationSource{QStringLiteral("form"), true}, QStringLiteral("grist/%1").arg(eventId));
    m_source = new GristSourcePage(m_session, this);
    m_mapping = new ImportMappingPage(m_session, this);
    m_plan = new ImportPlanPage(m_session, this);
    m_done = new ImportDonePage(this);
    setPage(SourcePage, m_source);
    setPage(MappingPage, m_mapping);
    setPage(PlanPage, m_plan);
    setPage(DonePage, m_done);
    connect(m_plan, &ImportPlanPage::imported, this, [this](const QString &message) {
        m_imported = true;
        m_done->setMessage(message);
    });
    resize(920, 640);
}

bool GristSyncDialog::run(core::Community &community, UserPrompts &prompts, qint64 eventId, QWidget *parent)
{
    GristSyncDialog dialog(community, eventId, parent);
    prompts.exec(&dialog);
    return dialog.imported();
}

} // namespace convivium::ui
