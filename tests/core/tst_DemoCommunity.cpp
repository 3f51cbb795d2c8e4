// DemoCommunity: the demonstration database holds what the seed documents
// describe, and no real person and no deliverable e-mail address.
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "domain/SearchKey.h"
#include "repositories/EventRepository.h"
#include "services/DemoCommunity.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace convivium;

namespace {

QList<QVariantList> rows(const core::Database &db, const QString &sql, int columns)
{
    QList<QVariantList> out;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        qFatal("cannot run %s", qPrintable(sql));
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < columns; ++i)
            row << q.value(i);
        out << row;
    }
    return out;
}

// Groups of an organisation whose name contains `community`, as (name, kind, cadence).
QList<QVariantList> groupsOf(const core::Database &db, const QString &community)
{
    QList<QVariantList> out;
    const QString sql = QStringLiteral("SELECT g.name, g.kind, g.cadence, o.name FROM work_group g "
                                       "JOIN organisation o ON o.id = g.organisation_id");
    for (const QVariantList &r : rows(db, sql, 4))
        if (r[3].toString().contains(community, Qt::CaseInsensitive))
            out << r.mid(0, 3);
    return out;
}

bool hasGroup(const QList<QVariantList> &groups, const QString &nameContains, const QString &kind,
              const QString &cadence = {})
{
    for (const QVariantList &g : groups)
        if (g[0].toString().contains(nameContains, Qt::CaseInsensitive) && g[1].toString() == kind
            && (cadence.isEmpty() || g[2].toString() == cadence))
            return true;
    return false;
}

} // namespace

class tst_DemoCommunity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_tc.reset(); }
    void holdsACommunityOfRealisticSize();
    void holdsTheWinterMeeting2026AsAnnounced();
    void holdsTheWorkingGroupsAndGovernanceBodiesOfTheSeeds();
    void namesNoRealPersonOfTheSeeds_data();
    void namesNoRealPersonOfTheSeeds();
    void usesOnlyReservedExampleDomainsForEmail();
    void cannotBeWrittenTwice();
    void eventsAtTheSamePlaceShareOneVenue();

private:
    std::unique_ptr<test::TestCommunity> m_tc;
};

void tst_DemoCommunity::initTestCase()
{
    m_tc = std::make_unique<test::TestCommunity>();
    const core::Result r = core::DemoCommunity::write(m_tc->db());
    QVERIFY2(r, qPrintable(r.message()));
}

void tst_DemoCommunity::holdsACommunityOfRealisticSize()
{
    const core::Database &db = m_tc->db();
    QVERIFY2(test::countRows(db, QStringLiteral("organisation")) >= 25,
             qPrintable(QString::number(test::countRows(db, QStringLiteral("organisation")))));
    const int contributors = test::countRows(db, QStringLiteral("contributor"));
    QVERIFY2(contributors >= 35 && contributors <= 50, qPrintable(QString::number(contributors)));
    QVERIFY(test::countRows(db, QStringLiteral("affiliation")) >= contributors);
    // The derived columns are filled, so the lists can be searched from the start.
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM contributor WHERE search_key = ''")).toInt(), 0);
}

void tst_DemoCommunity::holdsTheWinterMeeting2026AsAnnounced()
{
    const core::Database &db = m_tc->db();
    const QVariant id = test::scalar(db, QStringLiteral("SELECT id FROM event WHERE title LIKE '%2026%' "
                                                        "AND start_date = '2026-03-30'"));
    QVERIFY2(id.isValid(), "no event titled with 2026 that starts on 30 March 2026");
    const core::Event e = test::must(core::EventRepository(db).load(id.toLongLong()));
    QCOMPARE(e.end, QDate(2026, 4, 3));
    QCOMPARE(e.registrationDeadline, QDate(2026, 3, 15));
    QCOMPARE(e.venue.name, QStringLiteral("Vallon d'Aïga"));
    QCOMPARE(e.currency, QStringLiteral("EUR"));

    bool solo = false, elsewhere = false;
    for (const core::LodgingOption &o : e.lodgingOptions) {
        if (o.kind == u"solo_room") {
            solo = true;
            QCOMPARE(o.supplementCents, qint64(1500));
            QVERIFY(o.mealsIncluded);
        }
        if (o.kind == u"elsewhere") {
            elsewhere = true;
            QVERIFY2(!o.mealsIncluded, "lodging elsewhere must not include the venue's meals");
        }
    }
    QVERIFY2(solo, "no solo room option");
    QVERIFY2(elsewhere, "no option for lodging elsewhere");
    QStringList meals;
    for (const core::MealPrice &m : e.mealPrices) {
        QVERIFY2(m.priceCents > 0, qPrintable(m.meal));
        meals << m.meal;
    }
    meals.sort();
    QCOMPARE(meals, (QStringList{QStringLiteral("breakfast"), QStringLiteral("dinner"), QStringLiteral("lunch")}));
}

void tst_DemoCommunity::holdsTheWorkingGroupsAndGovernanceBodiesOfTheSeeds()
{
    const core::Database &db = m_tc->db();
    const QList<QVariantList> isc = groupsOf(db, QStringLiteral("InnerSource"));
    QVERIFY2(hasGroup(isc, QStringLiteral("Learning Path"), QStringLiteral("working_group"), QStringLiteral("weekly")),
             "InnerSource Commons has no weekly Learning Path working group");
    QVERIFY2(hasGroup(isc, QStringLiteral("Marketing"), QStringLiteral("working_group"), QStringLiteral("biweekly")),
             "InnerSource Commons has no Marketing working group meeting every two weeks");
    QVERIFY2(hasGroup(groupsOf(db, QStringLiteral("geOrchestra")), QStringLiteral("PSC"), QStringLiteral("governance_body")),
             "geOrchestra has no PSC governance body");
    const QList<QVariantList> geotrek = groupsOf(db, QStringLiteral("Geotrek"));
    bool steering = false;
    for (const QString &name : {QStringLiteral("pilotage"), QStringLiteral("steering")})
        steering = steering || hasGroup(geotrek, name, QStringLiteral("governance_body"));
    QVERIFY2(steering, "Geotrek has no steering committee governance body");
    // Bodies have members with roles, not only a name.
    QVERIFY(test::scalar(db, QStringLiteral("SELECT count(*) FROM group_membership m JOIN work_group g ON g.id = m.group_id "
                                            "WHERE g.kind = 'governance_body' AND m.role = 'chair'")).toInt() >= 2);
}

void tst_DemoCommunity::namesNoRealPersonOfTheSeeds_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("family");
    QTest::newRow("Célia Prat") << QStringLiteral("Célia") << QStringLiteral("Prat");
    QTest::newRow("Bastien Potiron") << QStringLiteral("Bastien") << QStringLiteral("Potiron");
    QTest::newRow("Camille Monchicourt") << QStringLiteral("Camille") << QStringLiteral("Monchicourt");
}

void tst_DemoCommunity::namesNoRealPersonOfTheSeeds()
{
    QFETCH(QString, given);
    QFETCH(QString, family);
    const QString familyKey = core::SearchKey::fold(family);
    const QString fullKey = core::SearchKey::fold(given + u' ' + family);
    // An address part equal to the family name (celia.prat@, prat@, c-prat@) gives the person away.
    const QRegularExpression inAddress(QStringLiteral("(^|[._+-])%1([._+-]|@)").arg(familyKey));
    const QList<QVariantList> people =
        rows(m_tc->db(), QStringLiteral("SELECT c.given_name, c.family_name, e.email FROM contributor c "
                                        "LEFT JOIN contributor_email e ON e.contributor_id = c.id"), 3);
    QVERIFY(!people.isEmpty());
    for (const QVariantList &p : people) {
        const QString name = core::SearchKey::fold(p[0].toString() + u' ' + p[1].toString());
        QVERIFY2(!name.contains(fullKey), qPrintable(name));
        QVERIFY2(core::SearchKey::fold(p[1].toString()) != familyKey, qPrintable(name));
        const QString email = p[2].toString().toLower();
        QVERIFY2(!inAddress.match(email).hasMatch(), qPrintable(email));
        QVERIFY2(!(email.contains(core::SearchKey::fold(given)) && email.contains(familyKey)), qPrintable(email));
    }
    QSqlQuery notes(m_tc->db().connection());
    QVERIFY(notes.exec(QStringLiteral("SELECT notes FROM contributor")));
    while (notes.next())
        QVERIFY2(!core::SearchKey::fold(notes.value(0).toString()).contains(fullKey), qPrintable(notes.value(0).toString()));
}

void tst_DemoCommunity::usesOnlyReservedExampleDomainsForEmail()
{
    // RFC 2606 and RFC 6761 reserve these for examples; no mail sent from the demo can reach anyone.
    const QRegularExpression reserved(
        QStringLiteral("@([a-z0-9-]+\\.)*(example\\.(com|net|org)|example)$"), QRegularExpression::CaseInsensitiveOption);
    QStringList bad;
    const QList<QVariantList> addresses = rows(
        m_tc->db(), QStringLiteral("SELECT email FROM contributor_email UNION ALL SELECT email FROM contributor "
                                   "UNION ALL SELECT contact_email FROM venue WHERE contact_email <> ''"), 1);
    QVERIFY(addresses.size() >= 35);
    for (const QVariantList &a : addresses)
        if (!reserved.match(a[0].toString().trimmed()).hasMatch())
            bad << a[0].toString();
    bad.removeDuplicates();
    QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 address(es) outside the reserved example domains: %2")
                                           .arg(bad.size()).arg(bad.mid(0, 5).join(u", "))));
}

void tst_DemoCommunity::cannotBeWrittenTwice()
{
    const QStringList before = test::dumpAll(m_tc->db());
    const core::Result again = core::DemoCommunity::write(m_tc->db());
    QVERIFY(!again);
    QVERIFY(!again.message().isEmpty());
    QCOMPARE(test::dumpAll(m_tc->db()), before);   // one transaction: nothing half-written
}

QTEST_GUILESS_MAIN(tst_DemoCommunity)
void tst_DemoCommunity::eventsAtTheSamePlaceShareOneVenue()
{
    const QVariant venues = test::scalar(m_tc->db(), QStringLiteral("SELECT count(*) FROM venue WHERE name LIKE ?"),
                                         {QStringLiteral("Vallon d%")});
    const QVariant events = test::scalar(m_tc->db(), QStringLiteral("SELECT count(*) FROM event e JOIN venue v ON v.id = "
                                                                     "e.venue_id WHERE v.name LIKE ?"),
                                         {QStringLiteral("Vallon d%")});
    QCOMPARE(venues.toInt(), 1);
    QVERIFY(events.toInt() >= 2);
}

#include "tst_DemoCommunity.moc"
