// Privacy (issue 7): everything held about one contributor, as JSON, for a
// subject-access request; and erasure: every personal field goes, the
// anonymous counts stay, and after it the e-mail is nowhere in the file's
// bytes. On SQLite and on PostgreSQL (postgres/tst_PersonalData).
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "commands/AuditTrail.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/RegistrationRepository.h"
#include "services/EventFigures.h"
#include "services/PersonalData.h"
#include "services/RetentionPolicy.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUndoStack>

using namespace convivium;

namespace {

// Someone of the demo's winter meeting, with a distinctive address and history.
struct Registered {
    qint64 contributor = 0;
    qint64 registration = 0;
    qint64 event = 0;
};

Registered registeredPerson(test::TestCommunity &tc)
{
    Registered r;
    r.registration = test::scalar(tc.db(), QStringLiteral("SELECT min(id) FROM registration")).toLongLong();
    core::Registration reg = test::must(core::RegistrationRepository(tc.db()).load(r.registration));
    r.contributor = reg.contributorId;
    r.event = reg.eventId;
    core::Contributor c = test::must(core::ContributorRepository(tc.db()).load(r.contributor));
    c.emails = {QStringLiteral("zoe.first-7781@example.org")};
    c.phone = QStringLiteral("06 12 34 56 78");
    test::must(tc.community().editor().saveContributor(c));
    c = test::must(core::ContributorRepository(tc.db()).load(r.contributor));
    c.emails = {QStringLiteral("zoe.second-7781@example.org")};   // the first lives on in the history
    test::must(tc.community().editor().saveContributor(c));
    reg = test::must(core::RegistrationRepository(tc.db()).load(r.registration));
    reg.allergies = QStringLiteral("hazelnuts");
    reg.notes = QStringLiteral("Arrives by the 18:04 train");
    test::must(tc.community().events().saveRegistration(reg, core::EventEditor::WhenFull::Overbook));
    return r;
}

// Nights and meals of the event, as its pages count them.
QString counts(const core::Database &db, qint64 eventId)
{
    const core::Event event = test::must(core::EventRepository(db).load(eventId));
    const QList<core::Registration> regs = core::RegistrationRepository(db).forEvent(eventId);
    const core::Occupancy occupancy = core::EventFigures::occupancy(event, regs);
    QStringList out;
    for (int n = 0; n < occupancy.nights.size(); ++n)
        out << QString::number(occupancy.total(n));
    for (const core::MealCount &m : core::EventFigures::meals(regs))
        out << QString::number(m.total);
    return out.join(u',');
}

QByteArray fileBytes(const QString &path)
{
    QByteArray all;
    for (const char *suffix : {"", "-wal", "-journal"}) {
        QFile f(path + QString::fromLatin1(suffix));
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

class tst_PersonalData : public QObject
{
    Q_OBJECT
private slots:
    void subjectAccess_holdsTheRecordsAndTheHistory();
    void erase_removesPersonalFields_keepsTheCounts();
    void erase_leavesNoTraceInTheFileBytes();
    void missingContributor_isSaid();
    void retention_previewsThenPurgesPastDetails_undoably();
    void retention_setting_isKeptAndChecked();
};

void tst_PersonalData::subjectAccess_holdsTheRecordsAndTheHistory()
{
    test::TestCommunity tc(true);
    const Registered who = registeredPerson(tc);
    const QJsonObject root = QJsonDocument::fromJson(test::must(core::PersonalData::subjectAccess(tc.db(), who.contributor))).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("convivium-subject-access"));
    const QJsonObject records = root.value(QStringLiteral("records")).toObject();
    const QJsonObject person = records.value(QStringLiteral("contributor")).toArray().first().toObject();
    QCOMPARE(person.value(QStringLiteral("id")).toInteger(), who.contributor);
    QCOMPARE(person.value(QStringLiteral("phone")).toString(), QStringLiteral("06 12 34 56 78"));
    QCOMPARE(records.value(QStringLiteral("contributor_email")).toArray().first().toObject().value(QStringLiteral("email")).toString(),
             QStringLiteral("zoe.second-7781@example.org"));
    const QJsonObject registration = records.value(QStringLiteral("registration")).toArray().first().toObject();
    QCOMPARE(registration.value(QStringLiteral("allergies")).toString(), QStringLiteral("hazelnuts"));
    QCOMPARE(registration.value(QStringLiteral("event_id_name")).toString(),
             test::must(core::EventRepository(tc.db()).load(who.event)).title);
    // The history says the earlier address too: it is data held about them.
    const QByteArray history = QJsonDocument(root.value(QStringLiteral("history")).toArray()).toJson();
    QVERIFY(history.contains("zoe.first-7781@example.org"));

    const QString path = tc.folder() + QStringLiteral("/access.json");
    QVERIFY(core::PersonalData::writeSubjectAccess(tc.db(), who.contributor, path));
    QVERIFY(QJsonDocument::fromJson(test::readFile(path)).isObject());
}

void tst_PersonalData::erase_removesPersonalFields_keepsTheCounts()
{
    test::TestCommunity tc(true);
    const Registered who = registeredPerson(tc);
    const QString before = counts(tc.db(), who.event);
    const int people = test::countRows(tc.db(), QStringLiteral("contributor"));

    QVERIFY(core::PersonalData::erase(tc.db(), who.contributor));
    QCOMPARE(counts(tc.db(), who.event), before);
    QCOMPARE(test::countRows(tc.db(), QStringLiteral("contributor")), people);
    const core::Contributor c = test::must(core::ContributorRepository(tc.db()).load(who.contributor));
    QVERIFY(c.givenName.isEmpty());
    QCOMPARE(c.familyName, QStringLiteral("Erased contributor #%1").arg(who.contributor));
    QVERIFY(c.emails.isEmpty());
    QVERIFY(c.phone.isEmpty());
    QVERIFY(c.consents.isEmpty());
    const core::Registration r = test::must(core::RegistrationRepository(tc.db()).load(who.registration));
    QVERIFY(r.allergies.isEmpty());
    QVERIFY(r.notes.isEmpty());
    QCOMPARE(r.eventId, who.event);
    const QList<core::AuditEntry> history = core::AuditTrail::history(tc.db(), QStringLiteral("contributor"), who.contributor);
    QCOMPARE(history.size(), 1);
    QVERIFY(history.first().changes.isEmpty());
    QVERIFY(history.first().action.contains(QStringLiteral("Erase")));
    QCOMPARE(test::scalar(tc.db(), QStringLiteral("SELECT count(*) FROM audit_entry WHERE changes LIKE '%7781%'")).toInt(), 0);
}

void tst_PersonalData::erase_leavesNoTraceInTheFileBytes()
{
    if (test::TestCommunity::onPostgres())
        QSKIP("The bytes of a server's files are not the test's to read; the erasure itself is tested above.");
    test::TestCommunity tc(true);
    const Registered who = registeredPerson(tc);
    QVERIFY(tc.db().connection().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).isActive());
    QVERIFY(fileBytes(tc.path()).contains("zoe.second-7781@example.org"));   // the test can see it
    QVERIFY(fileBytes(tc.path()).contains("zoe.first-7781@example.org"));

    QVERIFY(core::PersonalData::erase(tc.db(), who.contributor));
    const QByteArray bytes = fileBytes(tc.path());
    QVERIFY(!bytes.contains("zoe.second-7781"));
    QVERIFY(!bytes.contains("zoe.first-7781"));
    QVERIFY(!bytes.contains("06 12 34 56 78"));
    QVERIFY(!bytes.contains("hazelnuts"));
    QCOMPARE(test::scalar(tc.db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void tst_PersonalData::missingContributor_isSaid()
{
    test::TestCommunity tc;
    QCOMPARE(core::PersonalData::erase(tc.db(), 4242).message(), QStringLiteral("This contributor no longer exists."));
    QCOMPARE(core::PersonalData::subjectAccess(tc.db(), 4242).message(), QStringLiteral("This contributor no longer exists."));
}

void tst_PersonalData::retention_previewsThenPurgesPastDetails_undoably()
{
    test::TestCommunity tc(true);
    const Registered who = registeredPerson(tc);
    const QDate end = test::must(core::EventRepository(tc.db()).load(who.event)).end;
    const QDate today = end.addYears(3);
    QVERIFY(core::RetentionPolicy::preview(tc.db(), 5, today).isEmpty());   // not old enough yet
    const QList<core::ExpiredRegistration> expired = core::RetentionPolicy::preview(tc.db(), 2, today);
    const auto it = std::find_if(expired.cbegin(), expired.cend(),
                                 [&](const core::ExpiredRegistration &e) { return e.registrationId == who.registration; });
    QVERIFY(it != expired.cend());
    QVERIFY(it->details.contains(QStringLiteral("allergies")));
    QVERIFY(it->details.contains(QStringLiteral("notes")));
    QCOMPARE(it->eventEnd, end);

    const QStringList before = test::dumpAll(tc.db());
    const QString figures = counts(tc.db(), who.event);
    QVERIFY(core::RetentionPolicy::purge(tc.db(), tc.community().undoStack(), tc.community().notifier(), expired));
    QVERIFY(core::RetentionPolicy::preview(tc.db(), 2, today).isEmpty());
    const core::Registration r = test::must(core::RegistrationRepository(tc.db()).load(who.registration));
    QVERIFY(r.allergies.isEmpty());
    QVERIFY(r.notes.isEmpty());
    QCOMPARE(counts(tc.db(), who.event), figures);
    tc.community().undoStack()->undo();
    QCOMPARE(test::dumpAll(tc.db()), before);
}

void tst_PersonalData::retention_setting_isKeptAndChecked()
{
    test::TestCommunity tc;
    QCOMPARE(core::RetentionPolicy::years(tc.db()), 0);
    QVERIFY(core::RetentionPolicy::setYears(tc.db(), 3));
    QCOMPARE(core::RetentionPolicy::years(tc.db()), 3);
    QVERIFY(!core::RetentionPolicy::setYears(tc.db(), -1));
    QCOMPARE(core::RetentionPolicy::years(tc.db()), 3);
}

QTEST_GUILESS_MAIN(tst_PersonalData)
#include "tst_PersonalData.moc"
