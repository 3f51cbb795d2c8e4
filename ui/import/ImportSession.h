#pragma once
#include "Result.h"
#include "io/ImportPlan.h"
#include "io/RegistrationImport.h"

#include <QCoreApplication>
#include <QSet>

namespace convivium::core {
class Community;
class Database;
}

namespace convivium::ui {

// One import under way, whatever its kind and wherever its lines come from
// (a CSV file, the event's online form): the document read, the mapping the
// user confirms, the dry run with the lines the user chose to skip, and the
// apply as one undoable step. The pages of ImportWizard and GristSyncDialog
// share one session, so both dialogs import the same way.
class ImportSession
{
    Q_DECLARE_TR_FUNCTIONS(ImportSession)
public:
    using Kind = core::ImportMapping::Kind;

    ImportSession(core::Community &community, Kind kind);

    Kind kind() const { return m_kind; }
    core::Community &community() { return m_community; }
    const core::Database &database() const;

    // Registrations only: the event, and where the lines come from (the form's
    // rows keep their row id; their mapping is remembered apart, "grist/<event>").
    void setEventId(qint64 eventId);
    qint64 eventId() const { return m_eventId; }
    void setSource(const core::RegistrationSource &source, const QString &mappingSource);
    QString mappingSource() const { return m_mappingSource; }
    bool fromForm() const { return m_source.rowIdsFromLines; }   // lines are the form's row ids

    // A new document; the mapping becomes the remembered one when its columns
    // differ from the last document's, so going back keeps the user's choices.
    void setDocument(const core::CsvDocument &document);
    void clearDocument();
    bool hasDocument() const { return m_hasDocument; }
    const core::CsvDocument &document() const { return m_document; }
    // The header, or "Column 1", "Column 2"… when the file has none.
    QStringList columnTitles() const;

    const core::ImportMapping &mapping() const { return m_mapping; }
    void setMapping(const core::ImportMapping &mapping) { m_mapping = mapping; }

    // The dry run with the current mapping and event; the skips are reset.
    const core::ImportPlan &replan();
    const core::ImportPlan &plan() const { return m_plan; }
    // Only a planned create or update can be skipped.
    bool canSkip(int row) const;
    void setSkipped(int row, bool skipped);
    bool isSkipped(int row) const { return m_skipped.contains(row); }
    int skippedCount() const { return int(m_skipped.size()); }
    // The plan as it will be applied: skipped lines turned into skips, and only
    // the new organisations that a line still imported names.
    core::ImportPlan planToApply() const;
    // What planToApply() will hold, without copying the plan at each click.
    int count(core::ImportRow::Action action) const;
    QStringList newOrganisations() const;
    int changeCount() const;   // creates and updates still to do
    bool canApply() const { return m_plan.canApply() && changeCount() > 0; }

    // "12 new contributors, 3 updated, 40 unchanged; 2 skipped by you."
    QString summary() const;
    // Writes the plan on the community's undo stack as one step ("Import 12
    // contributors") and remembers the mapping. On failure or cancel (progress
    // returning false) nothing is written; the message says so.
    core::Fallible<QString> apply(const core::ImportProgress &progress = {});

private:
    QString newRecords(int n) const;
    QString undoText(int n) const;

    core::Community &m_community;
    Kind m_kind;
    qint64 m_eventId = 0;
    core::RegistrationSource m_source;
    QString m_mappingSource;
    core::CsvDocument m_document;
    bool m_hasDocument = false;
    core::ImportMapping m_mapping;
    core::ImportPlan m_plan;
    QSet<int> m_skipped;
};

} // namespace convivium::ui
