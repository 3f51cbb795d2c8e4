// Two organisers editing the same record (issue 6): a save over a newer
// version is refused, the user sees both values and chooses, and nothing is
// overwritten silently, undo included. Two connections on the same file or
// server database, on SQLite and on PostgreSQL (postgres/tst_EditConflict).
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "commands/ChangeNotifier.h"
#include "repositories/ContributorRepository.h"
#include "repositories/RegistrationRepository.h"
#include "services/EditConflict.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace convivium;

namespace {

std::unique_ptr<core::Community> secondConnection(const test::TestCommunity &tc)
{
    core::Database::OpenReport report;
    auto other = core::Community::open(tc.path(), core::Database::Mode::OpenExisting, &report);
    if (!other)
        qFatal("cannot open a second connection: %s", qPrintable(report.message));
    return other;
}

core::Contributor load(const core::Community &c, qint64 id)
{
    return test::must(core::ContributorRepository(c.database()).load(id));
}

const core::ConflictField *field(const core::EditConflict &conflict, const QString &label)
{
    for (const core::ConflictField &f : conflict.fields())
        if (f.label == label)
            return &f;
    return nullptr;
}

QList<bool> keepMine(const core::EditConflict &conflict, const QStringList &labels)
{
    QList<bool> choices;
    for (const core::ConflictField &f : conflict.fields())
        choices << labels.contains(f.label);
    return choices;
}

} // namespace

class tst_EditConflict : public QObject
{
    Q_OBJECT
private slots:
    void saveOverNewerVersion_isRefusedWithBothValues();
    void resolve_writesTheChosenValues_asOneUndoableEdit();
    void lists_areComparedAsAWhole();
    void resolveAfterAnotherSave_isRefusedAgain();
    void undoOverSomeoneElsesSave_isRefusedAndDropped();
    void deletedMeanwhile_saysSo();
    void registration_conflictsToo();
    void unreadRecord_isNotChecked();

private:
    qint64 createHelene(core::Community &c)
    {
        core::Contributor h;
        h.givenName = QStringLiteral("Hélène");
        h.familyName = QStringLiteral("Marchand");
        h.emails = {QStringLiteral("helene@example.org")};
        h.phone = QStringLiteral("02 98 00 00 01");
        return test::must(c.editor().saveContributor(h));
    }
};

void tst_EditConflict::saveOverNewerVersion_isRefusedWithBothValues()
{
    test::TestCommunity tc;
    const qint64 id = createHelene(tc.community());
    auto other = secondConnection(tc);

    core::Contributor mine = load(tc.community(), id);        // A opens the form…
    core::Contributor theirs = load(*other, id);               // …and so does B, who saves first
    theirs.phone = QStringLiteral("02 98 00 00 02");
    theirs.notes = QStringLiteral("Prefers the train");
    test::must(other->editor().saveContributor(theirs));
    const QStringList afterTheirs = test::dumpAll(tc.db());

    mine.familyName = QStringLiteral("Marchand-Le Goff");
    mine.phone = QStringLiteral("02 98 00 00 03");
    const core::Fallible<qint64> saved = tc.community().editor().saveContributor(mine);
    QVERIFY(!saved);
    QVERIFY(saved.result().isConflict());
    QCOMPARE(test::dumpAll(tc.db()), afterTheirs);   // nothing overwritten
    QCOMPARE(tc.community().undoStack()->count(), 1); // only the creation

    const auto conflict = saved.result().conflictDetails();
    QVERIFY(conflict);
    QVERIFY(saved.message().contains(tc.db().author()));
    QCOMPARE(conflict->fields().size(), 3);
    const core::ConflictField *phone = field(*conflict, QStringLiteral("Phone"));
    QVERIFY(phone);
    QCOMPARE(phone->mine, QStringLiteral("02 98 00 00 03"));
    QCOMPARE(phone->theirs, QStringLiteral("02 98 00 00 02"));
    const core::ConflictField *family = field(*conflict, QStringLiteral("Family name"));
    QVERIFY(family);
    QCOMPARE(family->mine, QStringLiteral("Marchand-Le Goff"));
    QCOMPARE(family->theirs, QStringLiteral("Marchand"));
    const core::ConflictField *notes = field(*conflict, QStringLiteral("Notes"));
    QVERIFY(notes);
    QCOMPARE(notes->mine, QStringLiteral("(empty)"));
    QCOMPARE(notes->theirs, QStringLiteral("Prefers the train"));
}

void tst_EditConflict::resolve_writesTheChosenValues_asOneUndoableEdit()
{
    test::TestCommunity tc;
    const qint64 id = createHelene(tc.community());
    auto other = secondConnection(tc);
    core::Contributor mine = load(tc.community(), id);
    core::Contributor theirs = load(*other, id);
    theirs.phone = QStringLiteral("02 98 00 00 02");
    theirs.notes = QStringLiteral("Prefers the train");
    test::must(other->editor().saveContributor(theirs));
    const QStringList afterTheirs = test::dumpAll(tc.db());
    mine.familyName = QStringLiteral("Marchand-Le Goff");
    mine.phone = QStringLiteral("02 98 00 00 03");
    const auto conflict = tc.community().editor().saveContributor(mine).result().conflictDetails();
    QVERIFY(conflict);

    // Keep my name and phone, take their notes.
    QCOMPARE(test::must(conflict->resolve(keepMine(*conflict, {QStringLiteral("Family name"), QStringLiteral("Phone")}))), id);
    const core::Contributor now = load(*other, id);
    QCOMPARE(now.familyName, QStringLiteral("Marchand-Le Goff"));
    QCOMPARE(now.phone, QStringLiteral("02 98 00 00 03"));
    QCOMPARE(now.notes, QStringLiteral("Prefers the train"));
    QVERIFY(now.version > theirs.version);
    // The search key follows the chosen name: the list finds her under it.
    const QList<core::NamedRef> found = core::ContributorRepository(tc.db()).search(QStringLiteral("le goff"), 5);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().id, id);

    QCOMPARE(tc.community().undoStack()->count(), 2);
    tc.community().undoStack()->undo();
    QCOMPARE(test::dumpAll(tc.db()), afterTheirs);
}

void tst_EditConflict::lists_areComparedAsAWhole()
{
    test::TestCommunity tc;
    const qint64 id = createHelene(tc.community());
    auto other = secondConnection(tc);
    core::Contributor mine = load(tc.community(), id);
    core::Contributor theirs = load(*other, id);
    theirs.emails << QStringLiteral("h.marchand@region.example");
    test::must(other->editor().saveContributor(theirs));
    mine.notes = QStringLiteral("Met at the winter meeting");
    const auto conflict = tc.community().editor().saveContributor(mine).result().conflictDetails();
    QVERIFY(conflict);
    QCOMPARE(conflict->fields().size(), 2);
    const core::ConflictField *emails = field(*conflict, QStringLiteral("E-mail addresses"));
    QVERIFY(emails);
    QCOMPARE(emails->mine, QStringLiteral("helene@example.org"));
    QCOMPARE(emails->theirs, QStringLiteral("h.marchand@region.example\nhelene@example.org"));

    // Their addresses, my notes.
    test::must(conflict->resolve(keepMine(*conflict, {QStringLiteral("Notes")})));
    const core::Contributor now = load(tc.community(), id);
    QCOMPARE(now.emails, QStringList({QStringLiteral("helene@example.org"), QStringLiteral("h.marchand@region.example")}));
    QCOMPARE(now.notes, QStringLiteral("Met at the winter meeting"));
    QCOMPARE(core::ContributorRepository(tc.db()).findByEmail(QStringLiteral("H.Marchand@region.example")), id);
}

void tst_EditConflict::resolveAfterAnotherSave_isRefusedAgain()
{
    test::TestCommunity tc;
    const qint64 id = createHelene(tc.community());
    auto other = secondConnection(tc);
    core::Contributor mine = load(tc.community(), id);
    core::Contributor theirs = load(*other, id);
    theirs.phone = QStringLiteral("02 98 00 00 02");
    test::must(other->editor().saveContributor(theirs));
    mine.phone = QStringLiteral("02 98 00 00 03");
    const auto conflict = tc.community().editor().saveContributor(mine).result().conflictDetails();
    QVERIFY(conflict);

    theirs = load(*other, id);                  // B saves again while A is choosing
    theirs.notes = QStringLiteral("Second thoughts");
    test::must(other->editor().saveContributor(theirs));
    const QStringList afterSecond = test::dumpAll(tc.db());
    const core::Fallible<qint64> resolved = conflict->resolve(keepMine(*conflict, {QStringLiteral("Phone")}));
    QVERIFY(!resolved);
    QVERIFY(resolved.result().isConflict());
    QVERIFY(resolved.message().contains(QStringLiteral("again")));
    QCOMPARE(test::dumpAll(tc.db()), afterSecond);
    QCOMPARE(tc.community().undoStack()->count(), 1);
}

void tst_EditConflict::undoOverSomeoneElsesSave_isRefusedAndDropped()
{
    test::TestCommunity tc;
    const qint64 id = createHelene(tc.community());
    auto other = secondConnection(tc);
    core::Contributor mine = load(tc.community(), id);
    mine.notes = QStringLiteral("Mine");
    test::must(tc.community().editor().saveContributor(mine));     // A's edit, on A's stack
    core::Contributor theirs = load(*other, id);
    theirs.phone = QStringLiteral("02 98 00 00 09");
    test::must(other->editor().saveContributor(theirs));           // B builds on it
    const QStringList afterTheirs = test::dumpAll(tc.db());

    QSignalSpy failures(tc.community().notifier(), &core::ChangeNotifier::failed);
    QUndoStack *stack = tc.community().undoStack();
    QCOMPARE(stack->count(), 2);
    stack->undo();                                                 // would wipe B's phone
    QCOMPARE(failures.size(), 1);
    QVERIFY(failures.first().first().toString().contains(QStringLiteral("Nothing was changed")));
    QCOMPARE(test::dumpAll(tc.db()), afterTheirs);
    QCOMPARE(stack->count(), 1);                                   // the stale edit left the stack
    QCOMPARE(load(tc.community(), id).phone, QStringLiteral("02 98 00 00 09"));
}

void tst_EditConflict::deletedMeanwhile_saysSo()
{
    test::TestCommunity tc;
    const qint64 id = createHelene(tc.community());
    auto other = secondConnection(tc);
    core::Contributor mine = load(tc.community(), id);
    QVERIFY(other->editor().remove(QStringLiteral("contributor"), id));
    mine.phone = QStringLiteral("02 98 00 00 03");
    const core::Fallible<qint64> saved = tc.community().editor().saveContributor(mine);
    QVERIFY(!saved);
    QVERIFY(!saved.result().isConflict());
    QCOMPARE(saved.message(), QStringLiteral("This contributor no longer exists."));
    QCOMPARE(test::countRows(tc.db(), QStringLiteral("contributor")), 0);
}

void tst_EditConflict::registration_conflictsToo()
{
    test::TestCommunity tc(true);
    auto other = secondConnection(tc);
    const qint64 registrationId = test::scalar(tc.db(), QStringLiteral("SELECT min(id) FROM registration")).toLongLong();
    core::Registration mine = test::must(core::RegistrationRepository(tc.db()).load(registrationId));
    core::Registration theirs = test::must(core::RegistrationRepository(other->database()).load(registrationId));
    theirs.diet = QStringLiteral("vegetarian");
    test::must(other->events().saveRegistration(theirs, core::EventEditor::WhenFull::Overbook));
    mine.allergies = QStringLiteral("hazelnuts");
    const core::Fallible<qint64> saved = tc.community().events().saveRegistration(mine, core::EventEditor::WhenFull::Overbook);
    QVERIFY(saved.result().isConflict());
    const auto conflict = saved.result().conflictDetails();
    QVERIFY(conflict);
    QVERIFY(field(*conflict, QStringLiteral("Diet")));
    QVERIFY(field(*conflict, QStringLiteral("Allergies")));
    test::must(conflict->resolve(keepMine(*conflict, {QStringLiteral("Allergies")})));
    const core::Registration now = test::must(core::RegistrationRepository(other->database()).load(registrationId));
    QCOMPARE(now.diet, QStringLiteral("vegetarian"));
    QCOMPARE(now.allergies, QStringLiteral("hazelnuts"));
}

void tst_EditConflict::unreadRecord_isNotChecked()
{
    // A record built from scratch with an id (an import's update) carries no
    // version: it is written, as before versions existed.
    test::TestCommunity tc;
    const qint64 id = createHelene(tc.community());
    core::Contributor fresh = load(tc.community(), id);
    fresh.version = 0;
    fresh.phone = QStringLiteral("02 98 00 00 07");
    QVERIFY(core::ContributorRepository(tc.db()).update(fresh));
    QCOMPARE(load(tc.community(), id).phone, QStringLiteral("02 98 00 00 07"));
}

QTEST_GUILESS_MAIN(tst_EditConflict)
#include "tst_EditConflict.moc"
