#pragma once
#include "Result.h"
#include "domain/Contributor.h"
#include "domain/FundedDevelopment.h"
#include "domain/Group.h"
#include "domain/Organisation.h"

#include <QCoreApplication>

class QUndoStack;

namespace convivium::core {

class Database;
class ChangeNotifier;

// Every change a user makes to the member structures goes through here:
// checked against the rules, written in one transaction, and pushed on the
// undo stack as one command.
class CommunityEditor
{
    Q_DECLARE_TR_FUNCTIONS(CommunityEditor)
public:
    CommunityEditor(const Database &db, QUndoStack *undo, ChangeNotifier *notifier)
        : m_db(db), m_undo(undo), m_notifier(notifier) {}

    Fallible<qint64> saveOrganisation(const Organisation &org);
    Fallible<qint64> saveContributor(const Contributor &c);
    Fallible<qint64> saveGroup(const Group &g);
    Fallible<qint64> saveDevelopment(const FundedDevelopment &d);
    Result remove(const QString &table, qint64 id);
    Result mergeContributors(qint64 keepId, qint64 removeId);

    // What else a deletion removes or changes, in words, for the confirmation.
    QStringList deletionImpact(const QString &table, qint64 id) const;
    QString recordName(const QString &table, qint64 id) const;

private:
    const Database &m_db;
    QUndoStack *m_undo;
    ChangeNotifier *m_notifier;
};

} // namespace convivium::core
