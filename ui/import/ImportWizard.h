#pragma once
#include "import/ImportSession.h"

#include <QWizard>

namespace convivium::core {
class Community;
}

namespace convivium::ui {

class ImportDonePage;
class ImportFilePage;
class ImportMappingPage;
class ImportPlanPage;
class UserPrompts;

// Imports contributors, organisations or registrations from a CSV file in
// four steps: the file, the columns, the dry run (where lines can be left
// out) and the result. The import is one step of the community's undo
// history; a cancelled one writes nothing.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page { FilePage, MappingPage, PlanPage, DonePage };

    // eventId: for registrations, the event chosen at first (0: the latest).
    ImportWizard(core::Community &community, UserPrompts &prompts, ImportSession::Kind kind, qint64 eventId = 0,
                 QWidget *parent = nullptr);

    // Opens the wizard through prompts; true when something was imported.
    static bool run(core::Community &community, UserPrompts &prompts, ImportSession::Kind kind, qint64 eventId,
                    QWidget *parent);

    ImportSession &session() { return m_session; }
    ImportFilePage *filePage() const { return m_file; }
    ImportMappingPage *mappingPage() const { return m_mapping; }
    ImportPlanPage *planPage() const { return m_plan; }
    ImportDonePage *donePage() const { return m_done; }
    bool imported() const { return m_imported; }

private:
    ImportSession m_session;
    ImportFilePage *m_file;
    ImportMappingPage *m_mapping;
    ImportPlanPage *m_plan;
    ImportDonePage *m_done;
    bool m_imported = false;
};

} // namespace convivium::ui
