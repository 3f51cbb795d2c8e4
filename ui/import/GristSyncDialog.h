#pragma once
#include "import/ImportSession.h"

#include <QWizard>

namespace convivium::core {
class Community;
}

namespace convivium::ui {

class GristSourcePage;
class ImportDonePage;
class ImportMappingPage;
class ImportPlanPage;
class UserPrompts;

// Brings an event's online pre-registrations in from Grist: the form's table
// is fetched, then mapped, checked and applied with the same pages as
// ImportWizard. Rows keep their Grist row id, so a second sync updates the
// registrations instead of adding them again; the mapping is remembered for
// this event's form ("grist/<event>"), as convivium-cli grist-sync reads it.
class GristSyncDialog : public QWizard
{
    Q_OBJECT
public:
    enum Page { SourcePage, MappingPage, PlanPage, DonePage };

    GristSyncDialog(core::Community &community, qint64 eventId, QWidget *parent = nullptr);

    // Opens the dialog through prompts; true when something was imported.
    static bool run(core::Community &community, UserPrompts &prompts, qint64 eventId, QWidget *parent);

    ImportSession &session() { return m_session; }
    GristSourcePage *sourcePage() const { return m_source; }
    ImportMappingPage *mappingPage() const { return m_mapping; }
    ImportPlanPage *planPage() const { return m_plan; }
    ImportDonePage *donePage() const { return m_done; }
    bool imported() const { return m_imported; }

private:
    ImportSession m_session;
    GristSourcePage *m_source;
    ImportMappingPage *m_mapping;
    ImportPlanPage *m_plan;
    ImportDonePage *m_done;
    bool m_imported = false;
};

} // namespace convivium::ui
