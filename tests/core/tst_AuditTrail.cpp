// AuditTrail: every edit leaves who, what and when in the record's history,
// undo and redo included, on SQLite and on PostgreSQL (postgres/tst_AuditTrail).
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "commands/AuditTrail.h"
#include "repositories/ContributorRepository.h"
#include "repositories/OrganisationRepository.h"

#include <QTest>

using namespace convivium;
using core::AuditEntry;
using core::AuditTrail;

namespace {

QVariant after(const AuditEntry &e, const QString &column)
{
    for (const auto &[name, values] : e.changes)
        if (name == column)
            return values.second;
    return QVariant();
}

QVariant before(const AuditEntry &e, const QString &column)
{
    for (const auto &[name, values] : e.changes)
        if (name == column)
            return values.first;
    return QVariant();
}

} // namespace

class tst_AuditTrail : public QObject
{
    Q_OBJECT
private slots:
    void createEditUndoRedoDelete_eachLeavesAnEntry();
    void unchangedSave_leavesNoEntry();
};

void tst_AuditTrail::createEditUndoRedoDelete_eachLeavesAnEntry()
{
    test::TestCommunity tc;
    core::Community &community = tc.community();
    core::Organisation org;
    org.name = QStringLiteral("Région Bretagne");
    org.city = QStringLiteral("Rennes");
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    const qint64 id = test::must(community.editor().saveOrganisation(org));

    QList<AuditEntry> history = AuditTrail::history(tc.db(), QStringLiteral("organisation"), id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().kind, QStringLiteral("created"));
    QCOMPARE(after(history.first(), QStringLiteral("city")).toString(), QStringLiteral("Rennes"));
    QCOMPARE(history.first().author, tc.db().author());
    QVERIFY(!history.first().author.isEmpty());
    QVERIFY(history.first().at >= start && history.first().at <= QDateTime::currentDateTimeUtc());
    QVERIFY(history.first().action.contains(QStringLiteral("Région Bretagne")));

    core::Organisation edited = test::must(core::OrganisationRepository(tc.db()).load(id));
    edited.city = QStringLiteral("Brest");
    test::must(community.editor().saveOrganisation(edited));
    history = AuditTrail::history(tc.db(), QStringLiteral("organisation"), id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.first().kind, QStringLiteral("changed"));   // newest first
    QCOMPARE(before(history.first(), QStringLiteral("city")).toString(), QStringLiteral("Rennes"));
    QCOMPARE(after(history.first(), QStringLiteral("city")).toString(), QStringLiteral("Brest"));
    QCOMPARE(history.first().changes.size(), 1);   // bookkeeping (updated_at, version) left out

    community.undoStack()->undo();
    history = AuditTrail::history(tc.db(), QStringLiteral("organisation"), id);
    QCOMPARE(history.size(), 3);
    QVERIFY2(history.first().action.startsWith(QStringLiteral("Undo: ")), qPrintable(history.first().action));
    QCOMPARE(after(history.first(), QStringLiteral("city")).toString(), QStringLiteral("Rennes"));
    community.undoStack()->redo();
    history = AuditTrail::history(tc.db(), QStringLiteral("organisation"), id);
    QCOMPARE(history.size(), 4);
    QVERIFY(history.first().action.startsWith(QStringLiteral("Redo: ")));

    QVERIFY(community.editor().remove(QStringLiteral("organisation"), id));
    history = AuditTrail::history(tc.db(), QStringLiteral("organisation"), id);
    QCOMPARE(history.size(), 5);
    QCOMPARE(history.first().kind, QStringLiteral("deleted"));
    QCOMPARE(before(history.first(), QStringLiteral("name")).toString(), QStringLiteral("Région Bretagne"));
}

void tst_AuditTrail::unchangedSave_leavesNoEntry()
{
    test::TestCommunity tc;
    core::Organisation org;
    org.name = QStringLiteral("Makina Corpus");
    const qint64 id = test::must(tc.community().editor().saveOrganisation(org));
    const core::Organisation same = test::must(core::OrganisationRepository(tc.db()).load(id));
    test::must(tc.community().editor().saveOrganisation(same));
    QCOMPARE(AuditTrail::history(tc.db(), QStringLiteral("organisation"), id).size(), 1);
}

QTEST_GUILESS_MAIN(tst_AuditTrail)
#include "tst_AuditTrail.moc"
