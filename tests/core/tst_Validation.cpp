// Validation: each bad input is reported on its field with the message the
// form shows; a good record passes. Every bad row starts from a good record
// and changes one thing, so exactly one error is expected.
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "repositories/ContributorRepository.h"
#include "repositories/OrganisationRepository.h"
#include "services/Validation.h"

#include <QTest>
#include <functional>

using namespace convivium;
using core::Contributor;
using core::FieldErrors;
using core::FundedDevelopment;
using core::Group;
using core::Organisation;
using core::Validation;

namespace {

// Records already in the database that a row can point at.
struct Existing {
    qint64 a = 0;          // organisation A, parent of B
    qint64 b = 0;
    qint64 owner = 0;      // the contributor who uses taken@example.org
    qint64 org = 0;        // an organisation for affiliations
};

using OrganisationEdit = std::function<void(Organisation &, const Existing &)>;
using ContributorEdit = std::function<void(Contributor &, const Existing &)>;
using GroupEdit = std::function<void(Group &)>;
using DevelopmentEdit = std::function<void(FundedDevelopment &)>;

struct Fixture {
    test::TestCommunity tc;
    Existing ids;
    Fixture()
    {
        core::OrganisationRepository organisations(tc.db());
        Organisation a;
        a.name = QStringLiteral("Région Occitanie");
        ids.a = test::must(organisations.insert(a));
        Organisation b;
        b.name = QStringLiteral("Parc national des Cévennes");
        b.parentId = ids.a;
        ids.b = test::must(organisations.insert(b));
        ids.org = ids.b;
        Contributor owner;
        owner.givenName = QStringLiteral("Jeanne");
        owner.familyName = QStringLiteral("Barret");
        owner.emails = {QStringLiteral("taken@example.org")};
        ids.owner = test::must(core::ContributorRepository(tc.db()).insert(owner));
    }
};

Organisation goodOrganisation()
{
    Organisation o;
    o.name = QStringLiteral("Département de la Lozère");
    o.country = QStringLiteral("FR");
    o.website = QStringLiteral("https://lozere.fr");
    o.platformUrl = QStringLiteral("http://sig.lozere.fr/geonetwork");
    o.memberships = {{0, 2025, 50000, QStringLiteral("paid")}};
    return o;
}

Contributor goodContributor(const Existing &ids)
{
    Contributor c;
    c.givenName = QStringLiteral("Loïc");
    c.familyName = QStringLiteral("Le Gall");
    c.emails = {QStringLiteral("loic@example.org"), QStringLiteral("l.legall@example.net")};
    c.affiliations = {{0, ids.org, QStringLiteral("Géomaticien"), QDate(2020, 1, 1), QDate(2020, 1, 1)}};
    c.codeOfConductAcceptedOn = QDate::currentDate();
    return c;
}

Group goodGroup()
{
    Group g;
    g.name = QStringLiteral("Geotrek steering committee");
    g.kind = QStringLiteral("governance_body");
    g.repository = QStringLiteral("https://github.com/GeotrekCE/Geotrek-admin");
    g.seats = 0;
    g.memberships = {{0, 1, QStringLiteral("chair"), QDate(2025, 1, 1), QDate(2025, 1, 1)}};
    g.meetings = {{0, QDate(2026, 1, 12), {}, {}}};
    return g;
}

FundedDevelopment goodDevelopment()
{
    FundedDevelopment d;
    d.title = QStringLiteral("Import GTFS");
    d.budgetCents = 0;
    d.shares = {{1, 0, 0}, {2, 100, 100}};
    return d;
}

void compareSingleError(const FieldErrors &errors, const QString &field, const QString &message, int row)
{
    QStringList all;
    for (const core::FieldError &e : errors)
        all << e.field + QStringLiteral(": ") + e.message;
    QVERIFY2(errors.size() == 1, qPrintable(all.join(u" / ")));
    QCOMPARE(errors[0].field, field);
    QCOMPARE(errors[0].message, message);
    QCOMPARE(errors[0].row, row);
    QCOMPARE(Validation::firstMessage(errors), message);
}

} // namespace

Q_DECLARE_METATYPE(OrganisationEdit)
Q_DECLARE_METATYPE(ContributorEdit)
Q_DECLARE_METATYPE(GroupEdit)
Q_DECLARE_METATYPE(DevelopmentEdit)

class tst_Validation : public QObject
{
    Q_OBJECT

private slots:
    void goodRecords_haveNoError();
    void isEmail_data();
    void isEmail();
    void organisation_reportsTheFaultyField_data();
    void organisation_reportsTheFaultyField();
    void contributor_reportsTheFaultyField_data();
    void contributor_reportsTheFaultyField();
    void contributor_keepingTheirOwnAddress_isNoConflict();
    void group_reportsTheFaultyField_data();
    void group_reportsTheFaultyField();
    void development_reportsTheFaultyField_data();
    void development_reportsTheFaultyField();
};

void tst_Validation::goodRecords_haveNoError()
{
    Fixture f;
    const FieldErrors o = Validation::organisation(goodOrganisation(), core::OrganisationRepository(f.tc.db()));
    QVERIFY2(o.isEmpty(), qPrintable(Validation::firstMessage(o)));
    const FieldErrors c = Validation::contributor(goodContributor(f.ids), core::ContributorRepository(f.tc.db()));
    QVERIFY2(c.isEmpty(), qPrintable(Validation::firstMessage(c)));
    QVERIFY(Validation::group(goodGroup()).isEmpty());
    QVERIFY(Validation::development(goodDevelopment()).isEmpty());
    QCOMPARE(Validation::firstMessage({}), QString());
}

void tst_Validation::isEmail_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "jean@example.org" << true;
    QTest::newRow("subdomain and plus") << "j.dupont+geo@mail.example.fr" << true;
    QTest::newRow("surrounding spaces") << "  jean@example.org " << true;
    QTest::newRow("no domain") << "jean@" << false;
    QTest::newRow("space inside") << "a b@c.fr" << false;
    QTest::newRow("no dot in domain") << "x@y" << false;
    QTest::newRow("two at signs") << "a@b@c.fr" << false;
    QTest::newRow("one-letter top level") << "a@b.c" << false;
    QTest::newRow("display name form") << "Jean <jean@example.org>" << false;
    QTest::newRow("empty") << "" << false;
}

void tst_Validation::isEmail()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(Validation::isEmail(text), valid);
}

void tst_Validation::organisation_reportsTheFaultyField_data()
{
    QTest::addColumn<OrganisationEdit>("edit");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("row");
    auto add = [](const char *tag, OrganisationEdit edit, const char *field, const QString &message, int row = -1) {
        QTest::newRow(tag) << edit << QString::fromLatin1(field) << message << row;
    };
    add("empty name", [](Organisation &o, const Existing &) { o.name.clear(); },
        "name", QStringLiteral("The name is required."));
    add("blank name", [](Organisation &o, const Existing &) { o.name = QStringLiteral("  \t"); },
        "name", QStringLiteral("The name is required."));
    add("three-letter country", [](Organisation &o, const Existing &) { o.country = QStringLiteral("FRA"); },
        "country", QStringLiteral("Use the two-letter country code, such as FR or BO."));
    add("country with a digit", [](Organisation &o, const Existing &) { o.country = QStringLiteral("F1"); },
        "country", QStringLiteral("Use the two-letter country code, such as FR or BO."));
    add("website without scheme", [](Organisation &o, const Existing &) { o.website = QStringLiteral("www.lozere.fr"); },
        "website", QStringLiteral("The website must be a full address starting with https://."));
    add("website with ftp", [](Organisation &o, const Existing &) { o.website = QStringLiteral("ftp://lozere.fr"); },
        "website", QStringLiteral("The website must be a full address starting with https://."));
    add("platform without scheme", [](Organisation &o, const Existing &) { o.platformUrl = QStringLiteral("geo.lozere.fr"); },
        "platformUrl", QStringLiteral("The platform address must start with https://."));
    add("own parent", [](Organisation &o, const Existing &e) { o.id = e.a; o.parentId = e.a; },
        "parent", QStringLiteral("An organisation cannot be its own parent."));
    add("own ancestor (A parent of B, B made A's parent)",
        [](Organisation &o, const Existing &e) { o.id = e.a; o.parentId = e.b; },
        "parent", QStringLiteral("Parc national des Cévennes is already part of this organisation; it cannot also be its parent."));
    add("relation without organisation",
        [](Organisation &o, const Existing &) { o.relations = {{0, 0, QStringLiteral("member_of")}}; },
        "relations", QStringLiteral("Choose the related organisation."), 0);
    add("related to itself",
        [](Organisation &o, const Existing &e) { o.id = e.a; o.relations = {{0, e.a, QStringLiteral("partner_of")}}; },
        "relations", QStringLiteral("An organisation cannot be related to itself."), 0);
    add("same relation twice", [](Organisation &o, const Existing &e) {
            o.relations = {{0, e.b, QStringLiteral("member_of")}, {0, e.b, QStringLiteral("member_of")}};
        }, "relations", QStringLiteral("This relation is listed twice."), 1);
    add("implausible membership year", [](Organisation &o, const Existing &) { o.memberships[0].year = 1789; },
        "memberships", QStringLiteral("The membership year 1789 is not plausible."), 0);
    add("membership year twice", [](Organisation &o, const Existing &) {
            o.memberships << core::OrganisationMembership{0, 2025, 0, QStringLiteral("waived")};
        }, "memberships", QStringLiteral("The year 2025 is listed twice."), 1);
    add("negative fee", [](Organisation &o, const Existing &) { o.memberships[0].feeCents = -1; },
        "memberships", QStringLiteral("A membership fee cannot be negative."), 0);
}

void tst_Validation::organisation_reportsTheFaultyField()
{
    QFETCH(OrganisationEdit, edit);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QFETCH(int, row);
    Fixture f;
    Organisation o = goodOrganisation();
    edit(o, f.ids);
    compareSingleError(Validation::organisation(o, core::OrganisationRepository(f.tc.db())), field, message, row);
}

void tst_Validation::contributor_reportsTheFaultyField_data()
{
    QTest::addColumn<ContributorEdit>("edit");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("conflict");   // conflictId must name the owner of the address
    // E-mail errors carry no row: the field ("email" or "otherEmails") says which address.
    auto add = [](const char *tag, ContributorEdit edit, const char *field, const QString &message, int row = -1,
                  bool conflict = false) {
        QTest::newRow(tag) << edit << QString::fromLatin1(field) << message << row << conflict;
    };
    add("empty family name", [](Contributor &c, const Existing &) { c.familyName = QStringLiteral(" "); },
        "familyName", QStringLiteral("The family name is required."));
    for (const char *bad : {"jean@", "a b@c.fr", "x@y"})
        add(bad, [bad](Contributor &c, const Existing &) { c.emails[0] = QString::fromLatin1(bad); },
            "email", QStringLiteral("\"%1\" is not a valid e-mail address.").arg(QString::fromLatin1(bad)));
    add("malformed second address", [](Contributor &c, const Existing &) { c.emails[1] = QStringLiteral("l.legall@"); },
        "otherEmails", QStringLiteral("\"l.legall@\" is not a valid e-mail address."));
    add("same address twice, other case", [](Contributor &c, const Existing &) { c.emails[1] = QStringLiteral("LOIC@example.org"); },
        "otherEmails", QStringLiteral("LOIC@example.org is listed twice."));
    add("address used by another contributor", [](Contributor &c, const Existing &) { c.emails[1] = QStringLiteral("Taken@Example.org"); },
        "otherEmails", QStringLiteral("Taken@Example.org is already used by Jeanne Barret."), -1, true);
    add("affiliation ending before it starts", [](Contributor &c, const Existing &) {
            c.affiliations[0].from = QDate(2024, 5, 2);
            c.affiliations[0].to = QDate(2024, 5, 1);
        }, "affiliations", QStringLiteral("The affiliation ends before it starts."), 0);
    add("affiliation without organisation",
        [](Contributor &c, const Existing &) { c.affiliations << core::Affiliation{0, 0, {}, {}, {}}; },
        "affiliations", QStringLiteral("Choose the organisation of this affiliation."), 1);
    add("code of conduct accepted tomorrow",
        [](Contributor &c, const Existing &) { c.codeOfConductAcceptedOn = QDate::currentDate().addDays(1); },
        "codeOfConduct", QStringLiteral("The code of conduct cannot be accepted in the future."));
}

void tst_Validation::contributor_reportsTheFaultyField()
{
    QFETCH(ContributorEdit, edit);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QFETCH(int, row);
    QFETCH(bool, conflict);
    Fixture f;
    Contributor c = goodContributor(f.ids);
    edit(c, f.ids);
    const FieldErrors errors = Validation::contributor(c, core::ContributorRepository(f.tc.db()));
    compareSingleError(errors, field, message, row);
    QCOMPARE(errors[0].conflictId, conflict ? f.ids.owner : 0);
}

void tst_Validation::contributor_keepingTheirOwnAddress_isNoConflict()
{
    Fixture f;
    core::ContributorRepository repo(f.tc.db());
    Contributor owner = test::must(repo.load(f.ids.owner));
    owner.emails = {QStringLiteral("TAKEN@example.org")};
    QVERIFY(Validation::contributor(owner, repo).isEmpty());
    owner.id = 0;   // the same person typed again as a new record
    const FieldErrors errors = Validation::contributor(owner, repo);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].conflictId, f.ids.owner);
}

void tst_Validation::group_reportsTheFaultyField_data()
{
    QTest::addColumn<GroupEdit>("edit");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("row");
    auto add = [](const char *tag, GroupEdit edit, const char *field, const QString &message, int row = -1) {
        QTest::newRow(tag) << edit << QString::fromLatin1(field) << message << row;
    };
    add("empty name", [](Group &g) { g.name.clear(); }, "name", QStringLiteral("The name is required."));
    add("repository without scheme", [](Group &g) { g.repository = QStringLiteral("github.com/GeotrekCE"); },
        "repository", QStringLiteral("The repository must be a full address starting with https://."));
    add("negative seats", [](Group &g) { g.seats = -1; },
        "seats", QStringLiteral("The number of seats cannot be negative."));
    add("member not chosen", [](Group &g) { g.memberships[0].contributorId = 0; },
        "memberships", QStringLiteral("Choose the member."), 0);
    add("membership ending before it starts", [](Group &g) { g.memberships[0].to = QDate(2024, 12, 31); },
        "memberships", QStringLiteral("The membership ends before it starts."), 0);
    add("meeting without date", [](Group &g) { g.meetings << core::Meeting{}; },
        "meetings", QStringLiteral("A meeting needs a date."), 1);
}

void tst_Validation::group_reportsTheFaultyField()
{
    QFETCH(GroupEdit, edit);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QFETCH(int, row);
    Group g = goodGroup();
    edit(g);
    compareSingleError(Validation::group(g), field, message, row);
}

void tst_Validation::development_reportsTheFaultyField_data()
{
    QTest::addColumn<DevelopmentEdit>("edit");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("row");
    auto add = [](const char *tag, DevelopmentEdit edit, const char *field, const QString &message, int row = -1) {
        QTest::newRow(tag) << edit << QString::fromLatin1(field) << message << row;
    };
    add("empty title", [](FundedDevelopment &d) { d.title = QStringLiteral("  "); },
        "title", QStringLiteral("The title is required."));
    add("negative budget", [](FundedDevelopment &d) { d.budgetCents = -100; },
        "budget", QStringLiteral("The budget cannot be negative."));
    add("duplicate funder", [](FundedDevelopment &d) { d.shares << core::FundingShare{1, 50, 0}; },
        "shares", QStringLiteral("This organisation is listed twice."), 2);
    add("funder not chosen", [](FundedDevelopment &d) { d.shares[1].organisationId = 0; },
        "shares", QStringLiteral("Choose the funding organisation."), 1);
    add("negative payment", [](FundedDevelopment &d) { d.shares[0].paidCents = -1; },
        "shares", QStringLiteral("Amounts cannot be negative."), 0);
}

void tst_Validation::development_reportsTheFaultyField()
{
    QFETCH(DevelopmentEdit, edit);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QFETCH(int, row);
    FundedDevelopment d = goodDevelopment();
    edit(d);
    compareSingleError(Validation::development(d), field, message, row);
}

QTEST_GUILESS_MAIN(tst_Validation)
#include "tst_Validation.moc"
