#include "import/ImportWizard.h"
#include "Icons.h"
#include "UserPrompts.h"
#include "import/ImportFilePage.h"
#include "import/ImportPages.h"

namespace convivium::ui {

ImportWizard::ImportWizard(core::Community &community, UserPrompts &prompts, ImportSession::Kind kind, qint64 eventId,
                           QWidget *parent)
    : QWizard(parent), m_session(community, kind)
{
    setObjectName(QStringLiteral("ImportWizard"));
    switch (kind) {
    case ImportSession::Kind::Contributors:
        setWindowTitle(tr("Import contributors"));
        break;
    case ImportSession::Kind::Organisations:
        setWindowTitle(tr("Import organisations"));
        break;
    case ImportSession::Kind::Registrations:
        setWindowTitle(tr("Import registrations"));
        break;
    }
    setWindowIcon(Icons::get(QStringLiteral("document-import")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_session.setEventId(eventId);
    m_file = new ImportFilePage(m_session, prompts, this);
    m_mapping = new ImportMappingPage(m_session, this);
    m_plan = new ImportPlanPage(m_session, this);
    m_done = new ImportDonePage(this);
    setPage(FilePage, m_file);
    setPage(MappingPage, m_mapping);
    setPage(PlanPage, m_plan);
    setPage(DonePage, m_done);
    connect(m_plan, &ImportPlanPage::imported, this, [this](const QString &message) {
        m_imported = true;
        m_done->setMessage(message);
    });
    resize(920, 640);
}

bool ImportWizard::run(core::Community &community, UserPrompts &prompts, ImportSession::Kind kind, qint64 eventId,
                       QWidget *parent)
{
    ImportWizard wizard(community, prompts, kind, eventId, parent);
    prompts.exec(&wizard);
    return wizard.imported();
}

} // namespace convivium::ui
