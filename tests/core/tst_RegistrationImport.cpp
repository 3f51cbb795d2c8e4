// RegistrationImport: pre-registrations to the demo's winter meeting 2026,
// as a French Excel export and as the online form's rows, imported into a
// real community file: people matched or created, stays, meals, lodging and
// diet read, full options sending people to the waiting list, bad lines
// refused with their line and column, a second import changing nothing, the
// form's row id following a person who changed their e-mail, cancel and undo
// leaving the database as it was.
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "commands/RecordChangeCommand.h"
#include "io/RegistrationImport.h"
#include "repositories/RegistrationRepository.h"

#include <QTest>
#include <QUndoStack>

using namespace convivium;
using core::CsvDocument;
using core::CsvReader;
using core::ImportMapping;
using core::ImportPlan;
using core::ImportRow;
using core::Meal;
using core::RegistrationImport;

namespace {

constexpr qint64 WinterMeeting = 1;   // the demo's "Rencontres communautaires d'hiver 2026"

const QString Header = QStringLiteral(
    "Horodatage;Prénom;Nom;Courriel;Structure;Arrivée;Premier repas;Départ;Dernier repas;Hébergement;Régime;Allergies;"
    "Covoiturage;Session d'accueil\r\n");

// Two newcomers and one person of the demo (already registered) who changes her stay.
const QString Form = Header + QStringLiteral(
    "02/02/2026 10:15;Camille;Dupré;camille.dupre@example.org;Rennes Métropole;30/03/2026;Dîner;03/04/2026;Déjeuner;"
    "Dortoir;Végétarien;;Oui, depuis Rennes;non\r\n"
    "03/02/2026 08:00;Noé;Garnier;noe.garnier@example.org;Structure Nouvelle;31/03/2026;déjeuner;02/04/2026;"
    "petit-déjeuner;ailleurs;;arachides;;oui\r\n"
    "04/02/2026 09:00;Hélène;Marchand;helene.marchand@example.org;;31/03/2026;;02/04/2026;;Tente;;;;\r\n");

QByteArray cp1252(const QString &text)
{
    QByteArray out;
    for (const QChar c : text)
        out += char(c.unicode() < 256 ? c.unicode() : '?');
    return out;
}

CsvDocument read(const QString &text)
{
    return test::must(CsvReader::read(cp1252(text)));
}

ImportPlan planFor(const core::Database &db, const CsvDocument &doc, const core::RegistrationSource &source = {})
{
    return RegistrationImport::plan(db, WinterMeeting, doc, ImportMapping::guess(doc.header, ImportMapping::Kind::Registrations),
                                    source);
}

core::Registration registrationOf(const core::Database &db, const QString &email)
{
    const qint64 id = test::scalar(db, QStringLiteral("SELECT r.id FROM registration r JOIN contributor_email e "
                                                      "ON e.contributor_id = r.contributor_id WHERE e.email = ? AND r.event_id = ?"),
                                   {email, WinterMeeting}).toLongLong();
    return test::must(core::RegistrationRepository(db).load(id));
}

} // namespace

class tst_RegistrationImport : public QObject
{
    Q_OBJECT
private slots:
    void guess_frenchFormHeaders();
    void frenchExcelFile_createsAndUpdates_thenChangesNothing();
    void formRows_followTheRowIdWhenTheEmailChanges();
    void fullOption_goesOnTheWaitingList();
    void badLines_data();
    void badLines();
    void cancel_andUndo_leaveTheDatabaseAsItWas();
    void words_data();
    void words();
};

void tst_RegistrationImport::guess_frenchFormHeaders()
{
    const CsvDocument doc = read(Form);
    const ImportMapping m = ImportMapping::guess(doc.header, ImportMapping::Kind::Registrations);
    QCOMPARE(m.field(0), QStringLiteral("submitted_at"));
    QCOMPARE(m.field(3), QStringLiteral("email"));
    QCOMPARE(m.field(5), QStringLiteral("arrival"));
    QCOMPARE(m.field(6), QStringLiteral("first_meal"));
    QCOMPARE(m.field(7), QStringLiteral("departure"));
    QCOMPARE(m.field(9), QStringLiteral("lodging"));
    QCOMPARE(m.field(10), QStringLiteral("diet"));
    QCOMPARE(m.field(12), QStringLiteral("car_sharing"));
    QCOMPARE(m.field(13), QStringLiteral("onboarding"));
}

void tst_RegistrationImport::frenchExcelFile_createsAndUpdates_thenChangesNothing()
{
    test::TestCommunity community(true);
    const core::Database &db = community.db();
    const int people = test::countRows(db, QStringLiteral("contributor"));
    const int registrations = test::countRows(db, QStringLiteral("registration"));

    const ImportPlan plan = planFor(db, read(Form));
    QVERIFY2(plan.canApply(), qPrintable(plan.issues.value(0).message));
    QCOMPARE(plan.count(ImportRow::Action::Create), 2);
    QCOMPARE(plan.count(ImportRow::Action::Update), 1);
    QCOMPARE(plan.newOrganisations, QStringList{QStringLiteral("Structure Nouvelle")});
    const ImportRow &heleneRow = plan.rows.at(2);
    QVERIFY(heleneRow.changes.contains(QStringLiteral("Arrival")));
    QVERIFY(heleneRow.changes.contains(QStringLiteral("Lodging")));
    QCOMPARE(test::countRows(db, QStringLiteral("registration")), registrations);   // the dry run wrote nothing

    QVERIFY(RegistrationImport::apply(db, plan));
    QCOMPARE(test::countRows(db, QStringLiteral("contributor")), people + 2);
    QCOMPARE(test::countRows(db, QStringLiteral("registration")), registrations + 2);

    const core::Registration camille = registrationOf(db, QStringLiteral("camille.dupre@example.org"));
    QCOMPARE(camille.arrival, QDate(2026, 3, 30));
    QCOMPARE(camille.firstMeal, Meal::Dinner);
    QCOMPARE(camille.departure, QDate(2026, 4, 3));
    QCOMPARE(camille.lastMeal, Meal::Lunch);
    QCOMPARE(camille.diet, QStringLiteral("Végétarien"));
    QCOMPARE(camille.carSharing, QStringLiteral("Oui, depuis Rennes"));
    QCOMPARE(camille.onboarding, false);
    QCOMPARE(camille.source, QStringLiteral("import"));
    QCOMPARE(camille.submittedAt.toLocalTime(), QDateTime(QDate(2026, 2, 2), QTime(10, 15)));
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT name FROM lodging_option WHERE id = ?"), {camille.lodgingOptionId}).toString(),
             QStringLiteral("Dortoir"));

    const core::Registration noe = registrationOf(db, QStringLiteral("noe.garnier@example.org"));
    QCOMPARE(noe.firstMeal, Meal::Lunch);
    QCOMPARE(noe.lastMeal, Meal::Breakfast);
    QCOMPARE(noe.allergies, QStringLiteral("arachides"));
    QCOMPARE(noe.onboarding, true);
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT kind FROM lodging_option WHERE id = ?"), {noe.lodgingOptionId}).toString(),
             QStringLiteral("elsewhere"));
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT o.name FROM contributor c JOIN organisation o ON o.id = "
                                             "c.current_organisation_id WHERE c.id = ?"), {noe.contributorId}).toString(),
             QStringLiteral("Structure Nouvelle"));

    const core::Registration helene = registrationOf(db, QStringLiteral("helene.marchand@example.org"));
    QCOMPARE(helene.arrival, QDate(2026, 3, 31));
    QCOMPARE(helene.departure, QDate(2026, 4, 2));

    // The same file again: nothing to do.
    const QStringList after = test::dumpAll(db);
    const ImportPlan again = planFor(db, read(Form));
    QCOMPARE(again.count(ImportRow::Action::Skip), 3);
    QVERIFY(RegistrationImport::apply(db, again));
    QCOMPARE(test::dumpAll(db), after);
}

void tst_RegistrationImport::formRows_followTheRowIdWhenTheEmailChanges()
{
    test::TestCommunity community(true);
    const core::Database &db = community.db();
    CsvDocument doc = read(Form);
    doc.records[0].line = 12;   // the form's row ids
    doc.records[1].line = 13;
    doc.records.removeLast();
    const core::RegistrationSource form{QStringLiteral("form"), true};
    QVERIFY(RegistrationImport::apply(db, planFor(db, doc, form)));
    const core::Registration first = registrationOf(db, QStringLiteral("camille.dupre@example.org"));
    QCOMPARE(first.source, QStringLiteral("form"));
    QCOMPARE(first.sourceRef, QStringLiteral("12"));

    // Camille corrects her address and her departure in the form.
    doc.records[0].fields[3] = QStringLiteral("c.dupre@example.org");
    doc.records[0].fields[7] = QStringLiteral("02/04/2026");
    const int registrations = test::countRows(db, QStringLiteral("registration"));
    const ImportPlan plan = planFor(db, doc, form);
    QCOMPARE(plan.count(ImportRow::Action::Update), 1);
    QCOMPARE(plan.count(ImportRow::Action::Skip), 1);
    QVERIFY(RegistrationImport::apply(db, plan));
    QCOMPARE(test::countRows(db, QStringLiteral("registration")), registrations);
    const core::Registration edited = registrationOf(db, QStringLiteral("c.dupre@example.org"));
    QCOMPARE(edited.id, first.id);
    QCOMPARE(edited.departure, QDate(2026, 4, 2));
}

void tst_RegistrationImport::fullOption_goesOnTheWaitingList()
{
    test::TestCommunity community(true);
    const core::Database &db = community.db();
    // Seven people ask for the six tents on the same nights.
    QString text = Header;
    for (int i = 0; i < 7; ++i)
        text += QStringLiteral("01/03/2026 10:0%1;P%1;Campeur;campeur%1@example.org;;31/03/2026;;02/04/2026;;Tente;;;;\r\n").arg(i);
    const int tentsTaken = test::scalar(db, QStringLiteral("SELECT count(*) FROM registration r JOIN lodging_option o ON "
                                                           "o.id = r.lodging_option_id WHERE o.name = 'Tente' AND r.status IN "
                                                           "('confirmed', 'pre_registered')")).toInt();
    const ImportPlan plan = planFor(db, read(text));
    QVERIFY(plan.canApply());
    const int waiting = 7 - (6 - tentsTaken);
    QCOMPARE(plan.warnings.size(), waiting);
    QVERIFY(plan.warnings.first().message.contains(QStringLiteral("waiting list")));
    QVERIFY(RegistrationImport::apply(db, plan));
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM registration r JOIN contributor c ON c.id = r.contributor_id "
                                             "WHERE c.family_name = 'Campeur' AND r.status = 'waitlisted' AND r.waitlist_rank > 0"))
                 .toInt(),
             waiting);
}

void tst_RegistrationImport::badLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("impossible date") << "x;A;B;a@example.org;;31/02/2026;;03/04/2026;;Dortoir;;;;" << "Arrivée" << "not a day";
    QTest::newRow("not a date") << "x;A;B;a@example.org;;demain;;03/04/2026;;Dortoir;;;;" << "Arrivée" << "not a date";
    QTest::newRow("unknown lodging") << ";A;B;a@example.org;;30/03/2026;;03/04/2026;;Palace;;;;" << "Hébergement" << "Chambre solo";
    QTest::newRow("ambiguous lodging") << ";A;B;a@example.org;;30/03/2026;;03/04/2026;;Chambre partagée;;;;" << "Hébergement" << "not a lodging option";
    QTest::newRow("departure first") << ";A;B;a@example.org;;02/04/2026;;31/03/2026;;Dortoir;;;;" << "Départ" << "before the arrival";
    QTest::newRow("not a meal") << ";A;B;a@example.org;;30/03/2026;goûter;03/04/2026;;Dortoir;;;;" << "Premier repas" << "not a meal";
    QTest::newRow("yes or no") << ";A;B;a@example.org;;30/03/2026;;03/04/2026;;Dortoir;;;;peut-être" << "Session d'accueil" << "neither yes nor no";
    QTest::newRow("bad e-mail") << ";A;B;a-example.org;;30/03/2026;;03/04/2026;;Dortoir;;;;" << "Courriel" << "not an e-mail";
    QTest::newRow("field count") << ";A;B;a@example.org;;30/03/2026" << "" << "6 fields where the header has 14";
}

void tst_RegistrationImport::badLines()
{
    QFETCH(QString, line);
    QFETCH(QString, column);
    QFETCH(QString, message);
    test::TestCommunity community(true);
    const QStringList before = test::dumpAll(community.db());
    // A good line first: it is not imported either.
    const QString good = QStringLiteral(";Bon;Élève;bon@example.org;;30/03/2026;;03/04/2026;;Dortoir;;;;\r\n");
    const ImportPlan plan = planFor(community.db(), read(Header + good + line + QStringLiteral("\r\n")));
    QVERIFY(!plan.canApply());
    QCOMPARE(plan.issues.first().line, 3);
    QCOMPARE(plan.issues.first().column, column);
    QVERIFY2(plan.issues.first().message.contains(message), qPrintable(plan.issues.first().message));
    const core::Result applied = RegistrationImport::apply(community.db(), plan).result();
    QVERIFY(!applied);
    QVERIFY2(applied.message().contains(QStringLiteral("nothing was imported")), qPrintable(applied.message()));
    QCOMPARE(test::dumpAll(community.db()), before);
}

void tst_RegistrationImport::cancel_andUndo_leaveTheDatabaseAsItWas()
{
    test::TestCommunity community(true);
    const core::Database &db = community.db();
    const QStringList before = test::dumpAll(db);
    const ImportPlan plan = planFor(db, read(Form));
    const auto cancelled = RegistrationImport::apply(db, plan, [](int done, int) { return done < 2; });
    QVERIFY(!cancelled);
    QVERIFY(cancelled.message().contains(QStringLiteral("cancelled")));
    QCOMPARE(test::dumpAll(db), before);

    // As the import window applies it: one undoable step.
    QUndoStack stack;
    QVERIFY(core::RecordChangeCommand::push(
        &stack, core::RecordChangeCommand::perform(db, nullptr, QStringLiteral("Import"), RegistrationImport::scope(plan),
                                                   [&] { return RegistrationImport::apply(db, plan); })));
    const QStringList imported = test::dumpAll(db);
    QVERIFY(imported != before);
    stack.undo();
    QCOMPARE(test::dumpAll(db), before);
    stack.redo();
    QCOMPARE(test::dumpAll(db), imported);
}

void tst_RegistrationImport::words_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("meal");   // -1: not a meal
    QTest::newRow("Dîner") << "Dîner" << int(Meal::Dinner);
    QTest::newRow("dinner") << "dinner" << int(Meal::Dinner);
    QTest::newRow("Petit-déjeuner") << "Petit-déjeuner" << int(Meal::Breakfast);
    QTest::newRow("DÉJEUNER") << "DÉJEUNER" << int(Meal::Lunch);
    QTest::newRow("Lunch") << "Lunch" << int(Meal::Lunch);
    QTest::newRow("goûter") << "goûter" << -1;
}

void tst_RegistrationImport::words()
{
    QFETCH(QString, text);
    QFETCH(int, meal);
    Meal parsed = Meal::Lunch;
    QCOMPARE(RegistrationImport::parseMeal(text, parsed), meal >= 0);
    if (meal >= 0)
        QCOMPARE(int(parsed), meal);
    QCOMPARE(RegistrationImport::parseYesNo(QStringLiteral("Oui")).value(), true);
    QCOMPARE(RegistrationImport::parseYesNo(QStringLiteral("no")).value(), false);
    QVERIFY(!RegistrationImport::parseYesNo(QStringLiteral("bof")));
    QCOMPARE(RegistrationImport::parseDateTime(QStringLiteral("2026-03-02T09:15:00Z")).value(),
             QDateTime(QDate(2026, 3, 2), QTime(9, 15), Qt::UTC));
    QCOMPARE(RegistrationImport::parseDateTime(QStringLiteral("02/03/2026 09:15")).value(),
             QDateTime(QDate(2026, 3, 2), QTime(9, 15), Qt::LocalTime).toUTC());
    QVERIFY(!RegistrationImport::parseDateTime(QStringLiteral("02/03/2026 25:15")));
}

QTEST_GUILESS_MAIN(tst_RegistrationImport)
#include "tst_RegistrationImport.moc"
