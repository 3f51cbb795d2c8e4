// CountryNames: ISO 3166 codes named in the reader's language from Debian's
// iso-codes data, with the fallbacks when the data is missing or damaged.
#include "domain/CountryNames.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using convivium::core::CountryNames;

class tst_CountryNames : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { CountryNames::setDataRoot(QStringLiteral("/usr/share")); }
    void name_data();
    void name();
    void missingData_fallsBackToQtsEnglishName();
    void damagedCatalogue_fallsBackToEnglish();
};

void tst_CountryNames::name_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Bolivia in French") << "BO" << "fr" << "Bolivie";
    QTest::newRow("United States in French") << "US" << "fr" << "États-Unis";
    QTest::newRow("lower case, spaces") << " it " << "fr" << "Italie";
    QTest::newRow("Bolivia in English, its common name") << "BO" << "en" << "Bolivia";
    QTest::newRow("France in English") << "FR" << "en_GB" << "France";
    QTest::newRow("unknown code as written") << "ZZ" << "fr" << "ZZ";
    QTest::newRow("empty") << "" << "fr" << "";
}

void tst_CountryNames::name()
{
    QFETCH(QString, code);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QCOMPARE(CountryNames::name(code, QLocale(language)), expected);
}

void tst_CountryNames::missingData_fallsBackToQtsEnglishName()
{
    QTemporaryDir empty;
    CountryNames::setDataRoot(empty.path());
    QCOMPARE(CountryNames::name(QStringLiteral("IT"), QLocale(QStringLiteral("fr"))), QStringLiteral("Italy"));
    QCOMPARE(CountryNames::name(QStringLiteral("QQ"), QLocale(QStringLiteral("fr"))), QStringLiteral("QQ"));
}

void tst_CountryNames::damagedCatalogue_fallsBackToEnglish()
{
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("iso-codes/json")));
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("locale/fr/LC_MESSAGES")));
    QVERIFY(QFile::copy(QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json"),
                        root.filePath(QStringLiteral("iso-codes/json/iso_3166-1.json"))));
    // A .mo header announcing 1000 strings at offsets past the end of the file.
    QFile mo(root.filePath(QStringLiteral("locale/fr/LC_MESSAGES/iso_3166-1.mo")));
    QVERIFY(mo.open(QIODevice::WriteOnly));
    mo.write(QByteArray::fromHex("de120495" "00000000" "e8030000" "1c000000" "ffffff00") + QByteArray(64, 'x'));
    mo.close();
    CountryNames::setDataRoot(root.path());
    QCOMPARE(CountryNames::name(QStringLiteral("BO"), QLocale(QStringLiteral("fr"))), QStringLiteral("Bolivia"));
}

QTEST_GUILESS_MAIN(tst_CountryNames)
#include "tst_CountryNames.moc"
