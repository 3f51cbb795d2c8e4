// VCardWriter: only people who agreed to be contacted, in cards an address
// book reads (CRLF, folded at 75 octets without splitting a character,
// escaped text, the primary address preferred), and nothing private.
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "io/VCardWriter.h"
#include "repositories/ContributorRepository.h"
#include "repositories/OrganisationRepository.h"

#include <QSet>
#include <QTest>

using namespace convivium;
using core::ContactCard;
using core::VCardWriter;

namespace {

// The logical lines of a vCard file: folding undone (RFC 6350 §3.2).
QStringList unfolded(const QByteArray &vcf)
{
    return QString::fromUtf8(QByteArray(vcf).replace("\r\n ", "")).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

// One card as property → values, e.g. "EMAIL;PREF=1" → {"a@b.org"}.
using Card = QMultiMap<QString, QString>;

QList<Card> cards(const QByteArray &vcf)
{
    QList<Card> out;
    for (const QString &line : unfolded(vcf)) {
        const qsizetype colon = line.indexOf(u':');
        const QString name = line.left(colon), value = line.mid(colon + 1);
        if (name == u"BEGIN")
            out << Card();
        else if (!out.isEmpty() && name != u"END")
            out.last().insert(name, value);
    }
    return out;
}

const Card *cardOf(const QList<Card> &list, const QString &fullName)
{
    for (const Card &c : list)
        if (c.value(QStringLiteral("FN")) == fullName)
            return &c;
    return nullptr;
}

ContactCard sample()
{
    ContactCard c;
    c.id = 7;
    c.givenName = QStringLiteral("Anne-Sophie");
    c.familyName = QStringLiteral("Dupont, de la Tour; Jr\\");
    c.emails = {QStringLiteral("anne-sophie@example.org"), QStringLiteral("asd@example.net")};
    c.phone = QStringLiteral("+33 5 61 00 00 00");
    c.languages = {QStringLiteral("fr"), QStringLiteral("oc")};
    c.organisation = QStringLiteral("Parc naturel régional des Pyrénées ariégeoises");
    c.title = QStringLiteral("Chargée de mission système d'information géographique et données ouvertes, "
                             "référente écologie");
    c.createdAt = QDateTime(QDate(2025, 4, 1), QTime(8, 30), Qt::UTC);
    c.updatedAt = QDateTime(QDate(2026, 1, 8), QTime(15, 0, 5), Qt::UTC);
    return c;
}

} // namespace

class tst_VCardWriter : public QObject
{
    Q_OBJECT

private slots:
    void demo_onlyContributorsWhoAgreedToBeContacted();
    void card_fieldsAnAddressBookNeeds_nothingPrivate();
    void escape_data();
    void escape();
    void lines_areCrlfAndFoldedAt75OctetsOnCharacterBoundaries();
    void uid_isStableAndDiffersBetweenCommunities();
    void endedAffiliation_isNotTheOrganisation();
};

void tst_VCardWriter::demo_onlyContributorsWhoAgreedToBeContacted()
{
    test::TestCommunity tc(true);
    const QByteArray vcf = VCardWriter::toVCards(VCardWriter::consentingCards(tc.db()));
    const QList<Card> list = cards(vcf);
    const int consenting = test::scalar(tc.db(), QStringLiteral("SELECT count(*) FROM consent WHERE kind = 'contact_email' "
                                                                "AND granted = 1")).toInt();
    QVERIFY(consenting > 0);
    QCOMPARE(list.size(), consenting);
    QVERIFY(list.size() < test::countRows(tc.db(), QStringLiteral("contributor")));

    // Whoever refused, or was never asked, is nowhere in the file.
    const QVariant refused = test::scalar(tc.db(), QStringLiteral(
        "SELECT e.email FROM contributor_email e WHERE NOT EXISTS (SELECT 1 FROM consent k WHERE "
        "k.contributor_id = e.contributor_id AND k.kind = 'contact_email' AND k.granted = 1)"));
    QVERIFY(refused.isValid());
    QVERIFY2(!vcf.contains(refused.toString().toUtf8()), qPrintable(refused.toString()));
    core::Contributor unasked;
    unasked.givenName = QStringLiteral("Jamais");
    unasked.familyName = QStringLiteral("Demandé");
    unasked.emails = {QStringLiteral("jamais.demande@example.org")};
    test::must(core::ContributorRepository(tc.db()).insert(unasked));
    QCOMPARE(cards(VCardWriter::toVCards(VCardWriter::consentingCards(tc.db()))).size(), consenting);

    // Everyone listed has a name and a way to be reached.
    QSet<QString> uids;
    for (const Card &c : list) {
        QVERIFY(!c.value(QStringLiteral("FN")).isEmpty());
        QVERIFY(!c.value(QStringLiteral("EMAIL;PREF=1")).isEmpty());
        QCOMPARE(c.value(QStringLiteral("VERSION")), QStringLiteral("4.0"));
        uids.insert(c.value(QStringLiteral("UID")));
    }
    QCOMPARE(uids.size(), list.size());
}

void tst_VCardWriter::card_fieldsAnAddressBookNeeds_nothingPrivate()
{
    const QByteArray vcf = VCardWriter::toVCards({sample()});
    QVERIFY(vcf.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
    QVERIFY(vcf.endsWith("END:VCARD\r\n"));
    const QList<Card> list = cards(vcf);
    QCOMPARE(list.size(), 1);
    const Card &c = list.first();
    QCOMPARE(c.value(QStringLiteral("FN")), QStringLiteral("Anne-Sophie Dupont\\, de la Tour\\; Jr\\\\"));
    QCOMPARE(c.value(QStringLiteral("N")), QStringLiteral("Dupont\\, de la Tour\\; Jr\\\\;Anne-Sophie;;;"));
    QCOMPARE(c.values(QStringLiteral("EMAIL;PREF=1")), QStringList{QStringLiteral("anne-sophie@example.org")});
    QCOMPARE(c.values(QStringLiteral("EMAIL")), QStringList{QStringLiteral("asd@example.net")});
    QCOMPARE(c.value(QStringLiteral("TEL;VALUE=text")), QStringLiteral("+33 5 61 00 00 00"));
    QCOMPARE(c.value(QStringLiteral("LANG;PREF=1")), QStringLiteral("fr"));
    QCOMPARE(c.value(QStringLiteral("LANG;PREF=2")), QStringLiteral("oc"));
    QCOMPARE(c.value(QStringLiteral("ORG")), QStringLiteral("Parc naturel régional des Pyrénées ariégeoises"));
    QVERIFY(c.value(QStringLiteral("TITLE")).startsWith(QStringLiteral("Chargée de mission système d'information "
                                                                       "géographique et données ouvertes\\, ")));
    QCOMPARE(c.value(QStringLiteral("REV")), QStringLiteral("20260108T150005Z"));
    QVERIFY(c.value(QStringLiteral("UID")).startsWith(QStringLiteral("urn:uuid:")));

    // The demo's notes (diets, internal remarks) never leave the community file.
    test::TestCommunity tc(true);
    const QString note = test::scalar(tc.db(), QStringLiteral(
        "SELECT c.notes FROM contributor c JOIN consent k ON k.contributor_id = c.id AND k.kind = 'contact_email' "
        "AND k.granted = 1 WHERE c.notes <> '' ORDER BY c.id")).toString();
    QVERIFY(!note.isEmpty());
    const QByteArray demo = QByteArray(VCardWriter::toVCards(VCardWriter::consentingCards(tc.db()))).replace("\r\n ", "");
    QVERIFY2(!demo.contains(VCardWriter::escape(note).toUtf8()), qPrintable(note));
    QVERIFY(!demo.contains("NOTE"));
}

void tst_VCardWriter::escape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << QStringLiteral("Zoé Roux") << QStringLiteral("Zoé Roux");
    QTest::newRow("comma") << QStringLiteral("Roux, Zoé") << QStringLiteral("Roux\\, Zoé");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a\\;b");
    QTest::newRow("backslash") << QStringLiteral("C:\\data") << QStringLiteral("C:\\\\data");
    QTest::newRow("line breaks") << QStringLiteral("one\ntwo\r\nthree") << QStringLiteral("one\\ntwo\\nthree");
}

void tst_VCardWriter::escape()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(VCardWriter::escape(text), escaped);
}

void tst_VCardWriter::lines_areCrlfAndFoldedAt75OctetsOnCharacterBoundaries()
{
    ContactCard c = sample();
    c.title = QString(60, QChar(0x00E9)) + QStringLiteral(" — ") + QString(30, QChar(0x4E2D)) + QStringLiteral(" 🙂🙂🙂🙂 fin");
    const QByteArray vcf = VCardWriter::toVCards({c});
    QVERIFY(!vcf.contains("\n\n"));
    QCOMPARE(vcf.count("\n"), vcf.count("\r\n"));   // no bare line feed
    int folded = 0;
    for (const QByteArray &line : vcf.split('\n')) {
        const QByteArray physical = line.endsWith('\r') ? line.chopped(1) : line;
        QVERIFY2(physical.size() <= 75, physical.constData());
        // Each physical line is whole UTF-8 on its own: no character was cut in two.
        QCOMPARE(QString::fromUtf8(physical).toUtf8(), physical);
        QVERIFY(!QString::fromUtf8(physical).contains(QChar::ReplacementCharacter));
        folded += physical.startsWith(' ') ? 1 : 0;
    }
    QVERIFY(folded >= 3);
    QCOMPARE(cards(vcf).first().value(QStringLiteral("TITLE")), c.title);
    QCOMPARE(VCardWriter::fold(QByteArray(75, 'x')), QByteArray(75, 'x') + "\r\n");
    QCOMPARE(VCardWriter::fold(QByteArray(76, 'x')), QByteArray(75, 'x') + "\r\n x\r\n");
}

void tst_VCardWriter::uid_isStableAndDiffersBetweenCommunities()
{
    ContactCard a = sample();
    QCOMPARE(VCardWriter::uid(a), VCardWriter::uid(sample()));
    QCOMPARE(VCardWriter::toVCards({a}), VCardWriter::toVCards({sample()}));
    ContactCard otherCommunity = sample();
    otherCommunity.createdAt = otherCommunity.createdAt.addSecs(1);
    QVERIFY(VCardWriter::uid(otherCommunity) != VCardWriter::uid(a));
    ContactCard otherPerson = sample();
    otherPerson.id = 8;
    QVERIFY(VCardWriter::uid(otherPerson) != VCardWriter::uid(a));
    QVERIFY(QUuid::fromString(VCardWriter::uid(a).mid(9)).version() == QUuid::Sha1);
}

void tst_VCardWriter::endedAffiliation_isNotTheOrganisation()
{
    test::TestCommunity tc;
    core::Organisation past, present;
    past.name = QStringLiteral("Ancienne Structure");
    present.name = QStringLiteral("Structure Actuelle");
    const qint64 pastId = test::must(core::OrganisationRepository(tc.db()).insert(past));
    const qint64 presentId = test::must(core::OrganisationRepository(tc.db()).insert(present));
    core::Contributor c;
    c.givenName = QStringLiteral("Léa");
    c.familyName = QStringLiteral("Roux");
    c.emails = {QStringLiteral("lea.roux@example.org")};
    c.consents = {core::Consent{QStringLiteral("contact_email"), true, QDate(2025, 1, 1)}};
    c.affiliations = {core::Affiliation{0, pastId, QStringLiteral("Stagiaire"), QDate(2019, 1, 1), QDate(2020, 12, 31)}};
    const qint64 id = test::must(core::ContributorRepository(tc.db()).insert(c));

    QList<ContactCard> list = VCardWriter::consentingCards(tc.db());
    QCOMPARE(list.size(), 1);
    QVERIFY(list.first().organisation.isEmpty());
    QVERIFY(!VCardWriter::toVCards(list).contains("ORG"));

    c = test::must(core::ContributorRepository(tc.db()).load(id));
    c.affiliations << core::Affiliation{0, presentId, QStringLiteral("Géomaticienne"), QDate(2021, 1, 1), QDate()};
    QVERIFY(core::ContributorRepository(tc.db()).update(c));
    list = VCardWriter::consentingCards(tc.db());
    QCOMPARE(list.first().organisation, QStringLiteral("Structure Actuelle"));
    QCOMPARE(list.first().title, QStringLiteral("Géomaticienne"));
}

QTEST_GUILESS_MAIN(tst_VCardWriter)
#include "tst_VCardWriter.moc"
