// SearchKey: what a user types and what is stored fold to the same text, so
// "helene" finds "Hélène" and extra spaces never hide a match.
#include "domain/SearchKey.h"

#include <QTest>

using convivium::core::SearchKey;

class tst_SearchKey : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void fold_isIdempotent_data() { fold_data(); }
    void fold_isIdempotent();
    void of_joinsTheNonEmptyPartsFolded();
};

void tst_SearchKey::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("accents") << QStringLiteral("Hélène") << QStringLiteral("helene");
    QTest::newRow("spaces collapsed and trimmed") << QStringLiteral("  Loïc   LE  Gall ") << QStringLiteral("loic le gall");
    QTest::newRow("upper-case accent") << QStringLiteral("ÉCRINS") << QStringLiteral("ecrins");
    QTest::newRow("cedilla") << QStringLiteral("Ça va, François") << QStringLiteral("ca va, francois");
    QTest::newRow("hyphenated place") << QStringLiteral("Saint-Étienne") << QStringLiteral("saint-etienne");
    QTest::newRow("tabs and new lines") << QStringLiteral("Parc\tnational\ndes  Cévennes") << QStringLiteral("parc national des cevennes");
    QTest::newRow("no-break spaces") << QStringLiteral("Vallon\u00A0d'Aïga\u202F!") << QStringLiteral("vallon d'aiga !");
    QTest::newRow("ligature fi") << QStringLiteral("\uFB01nances") << QStringLiteral("finances");
    QTest::newRow("full-width letters") << QStringLiteral("\uFF27\uFF49\uFF53") << QStringLiteral("gis");
    // Æ, Ø and Œ are letters of their own, not accented ones: no decomposition
    // takes them apart, so they stay, in lower case.
    QTest::newRow("letters without decomposition") << QStringLiteral("Ærø Œuvre") << QStringLiteral("ærø œuvre");
    QTest::newRow("digits and e-mail kept") << QStringLiteral("Jean.Dupont+2026@Example.org") << QStringLiteral("jean.dupont+2026@example.org");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only spaces") << QStringLiteral("   ") << QString();
}

void tst_SearchKey::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(SearchKey::fold(text), expected);
}

void tst_SearchKey::fold_isIdempotent()
{
    QFETCH(QString, text);
    const QString once = SearchKey::fold(text);
    QCOMPARE(SearchKey::fold(once), once);
}

void tst_SearchKey::of_joinsTheNonEmptyPartsFolded()
{
    QCOMPARE(SearchKey::of({QStringLiteral("Hélène"), QString(), QStringLiteral("  "), QStringLiteral("Dubois-Lefèvre"),
                            QStringLiteral("Parc national des Écrins")}),
             QStringLiteral("helene dubois-lefevre parc national des ecrins"));
    QCOMPARE(SearchKey::of({}), QString());
}

QTEST_GUILESS_MAIN(tst_SearchKey)
#include "tst_SearchKey.moc"
