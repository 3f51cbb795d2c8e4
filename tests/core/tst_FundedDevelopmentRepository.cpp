// FundedDevelopmentRepository: co-financed developments and the share of
// each funder come back as saved, in whole cents.
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "repositories/FundedDevelopmentRepository.h"
#include "repositories/OrganisationRepository.h"

#include <QTest>

using namespace convivium;
using core::FundedDevelopment;
using core::FundedDevelopmentRepository;
using core::FundingShare;

namespace {

qint64 organisation(const core::Database &db, const QString &name)
{
    core::Organisation o;
    o.name = name;
    return test::must(core::OrganisationRepository(db).insert(o));
}

struct Fixture {
    test::TestCommunity tc;
    qint64 provider = 0, ecrins = 0, cevennes = 0, mercantour = 0;
    Fixture()
        : provider(organisation(tc.db(), QStringLiteral("Makina Corpus"))),
          ecrins(organisation(tc.db(), QStringLiteral("Parc national des Écrins"))),
          cevennes(organisation(tc.db(), QStringLiteral("Parc national des Cévennes"))),
          mercantour(organisation(tc.db(), QStringLiteral("Parc national du Mercantour")))
    {
    }
    const core::Database &db() const { return tc.db(); }
};

FundedDevelopment sensitiveAreas(const Fixture &f)
{
    FundedDevelopment d;
    d.title = QStringLiteral("Zones de sensibilité");
    d.description = QStringLiteral("Module des zones sensibles pour Geotrek-rando.");
    d.providerId = f.provider;
    d.contractType = QStringLiteral("competitive_procurement");
    d.budgetCents = 4800000;
    d.currency = QStringLiteral("EUR");
    d.status = QStringLiteral("in_progress");
    d.startedOn = QDate(2025, 9, 1);
    d.deliveredOn = QDate(2026, 3, 31);
    d.notes = QStringLiteral("Groupement de commandes.");
    d.shares = {{f.ecrins, 2400000, 1200000}, {f.cevennes, 1600000, 0}, {f.mercantour, 800000, 800000}};
    return d;
}

} // namespace

class tst_FundedDevelopmentRepository : public QObject
{
    Q_OBJECT

private slots:
    void insertThenLoad_roundTripsEveryFieldAndShare();
    void update_replacesTheShares();
    void insert_withTheSameFunderTwice_failsAndWritesNothing();
    void remove_deletesTheDevelopmentAndItsShares();
    void deletingOrganisations_dropsTheirShareAndClearsTheProvider();
    void forOrganisation_listsFundingAndProviding();
};

void tst_FundedDevelopmentRepository::insertThenLoad_roundTripsEveryFieldAndShare()
{
    Fixture f;
    FundedDevelopmentRepository repo(f.db());
    const FundedDevelopment d = sensitiveAreas(f);
    auto id = repo.insert(d);
    QVERIFY2(id, qPrintable(id.message()));

    auto loaded = repo.load(id.value());
    QVERIFY2(loaded, qPrintable(loaded.message()));
    const FundedDevelopment &l = loaded.value();
    QCOMPARE(l.id, id.value());
    QCOMPARE(l.title, d.title);
    QCOMPARE(l.description, d.description);
    QCOMPARE(l.providerId, f.provider);
    QCOMPARE(l.contractType, d.contractType);
    QCOMPARE(l.budgetCents, qint64(4800000));
    QCOMPARE(l.currency, d.currency);
    QCOMPARE(l.status, d.status);
    QCOMPARE(l.startedOn, d.startedOn);
    QCOMPARE(l.deliveredOn, d.deliveredOn);
    QCOMPARE(l.notes, d.notes);
    QCOMPARE(l.version, 1);
    QCOMPARE(l.shares.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(l.shares[i].organisationId, d.shares[i].organisationId);
        QCOMPARE(l.shares[i].pledgedCents, d.shares[i].pledgedCents);
        QCOMPARE(l.shares[i].paidCents, d.shares[i].paidCents);
    }
    QCOMPARE(l.pledgedCents(), qint64(4800000));
    QCOMPARE(l.paidCents(), qint64(2000000));

    FundedDevelopment bare;
    bare.title = QStringLiteral("Idée");
    const FundedDevelopment b = test::must(repo.load(test::must(repo.insert(bare))));
    QCOMPARE(b.providerId, qint64(0));
    QVERIFY(!b.startedOn.isValid());
    QVERIFY(!b.deliveredOn.isValid());
    QVERIFY(b.shares.isEmpty());
}

void tst_FundedDevelopmentRepository::update_replacesTheShares()
{
    Fixture f;
    FundedDevelopmentRepository repo(f.db());
    const qint64 id = test::must(repo.insert(sensitiveAreas(f)));
    FundedDevelopment edited = test::must(repo.load(id));
    edited.status = QStringLiteral("delivered");
    edited.shares = {{f.cevennes, 1600000, 1600000}};
    const core::Result r = repo.update(edited);
    QVERIFY2(r, qPrintable(r.message()));

    const FundedDevelopment l = test::must(repo.load(id));
    QCOMPARE(l.version, 2);
    QCOMPARE(l.status, QStringLiteral("delivered"));
    QCOMPARE(l.shares.size(), 1);
    QCOMPARE(l.shares[0].organisationId, f.cevennes);
    QCOMPARE(l.shares[0].paidCents, qint64(1600000));
    QCOMPARE(test::countRows(f.db(), QStringLiteral("funding_share")), 1);
}

void tst_FundedDevelopmentRepository::insert_withTheSameFunderTwice_failsAndWritesNothing()
{
    Fixture f;
    FundedDevelopmentRepository repo(f.db());
    const QStringList before = test::dumpAll(f.db());
    FundedDevelopment d = sensitiveAreas(f);
    d.shares << FundingShare{f.ecrins, 100, 0};
    auto id = repo.insert(d);
    QVERIFY(!id);
    QCOMPARE(id.message(), QStringLiteral("An organisation is listed twice among the funders."));
    QCOMPARE(test::dumpAll(f.db()), before);
}

void tst_FundedDevelopmentRepository::remove_deletesTheDevelopmentAndItsShares()
{
    Fixture f;
    FundedDevelopmentRepository repo(f.db());
    const qint64 id = test::must(repo.insert(sensitiveAreas(f)));
    FundedDevelopment other;
    other.title = QStringLiteral("Itinérance");
    other.shares = {{f.ecrins, 100, 0}};
    const qint64 otherId = test::must(repo.insert(other));

    QVERIFY(repo.remove(id));
    auto gone = repo.load(id);
    QVERIFY(!gone);
    QCOMPARE(gone.message(), QStringLiteral("This funded development no longer exists."));
    QCOMPARE(test::countRows(f.db(), QStringLiteral("funding_share")), 1);
    QCOMPARE(test::must(repo.load(otherId)).shares.size(), 1);
    QCOMPARE(test::countRows(f.db(), QStringLiteral("organisation")), 4);
}

void tst_FundedDevelopmentRepository::deletingOrganisations_dropsTheirShareAndClearsTheProvider()
{
    Fixture f;
    FundedDevelopmentRepository repo(f.db());
    const qint64 id = test::must(repo.insert(sensitiveAreas(f)));
    core::OrganisationRepository organisations(f.db());
    QVERIFY(organisations.remove(f.cevennes));
    QVERIFY(organisations.remove(f.provider));

    const FundedDevelopment l = test::must(repo.load(id));
    QCOMPARE(l.providerId, qint64(0));
    QCOMPARE(l.shares.size(), 2);
    QCOMPARE(l.shares[0].organisationId, f.ecrins);
    QCOMPARE(l.shares[1].organisationId, f.mercantour);
    QCOMPARE(l.budgetCents, qint64(4800000));
}

void tst_FundedDevelopmentRepository::forOrganisation_listsFundingAndProviding()
{
    Fixture f;
    FundedDevelopmentRepository repo(f.db());
    const qint64 id = test::must(repo.insert(sensitiveAreas(f)));

    const QList<core::FundingLink> asFunder = repo.forOrganisation(f.ecrins);
    QCOMPARE(asFunder.size(), 1);
    QCOMPARE(asFunder[0].developmentId, id);
    QVERIFY(!asFunder[0].asProvider);
    QCOMPARE(asFunder[0].pledgedCents, qint64(2400000));
    QCOMPARE(asFunder[0].paidCents, qint64(1200000));
    QCOMPARE(asFunder[0].budgetCents, qint64(4800000));

    const QList<core::FundingLink> asProvider = repo.forOrganisation(f.provider);
    QCOMPARE(asProvider.size(), 1);
    QVERIFY(asProvider[0].asProvider);
    QCOMPARE(asProvider[0].title, QStringLiteral("Zones de sensibilité"));
    QVERIFY(repo.forOrganisation(organisation(f.db(), QStringLiteral("Absent"))).isEmpty());
}

QTEST_GUILESS_MAIN(tst_FundedDevelopmentRepository)
#include "tst_FundedDevelopmentRepository.moc"
