// Money: whole cents shown the way a French or English reader expects, and
// what a user types read back into cents, or refused.
#include "domain/Money.h"

#include <QTest>

using convivium::core::Money;

namespace {

const QLocale French(QLocale::French, QLocale::France);
const QLocale English(QLocale::English, QLocale::UnitedKingdom);
const QChar NarrowNoBreakSpace(0x202F);

// "1 234,50 €" with the group separator French uses, whatever Qt's CLDR says it is.
QString french(const char *whole, const char *cents, bool negative = false)
{
    QString w = QString::fromLatin1(whole);
    w.replace(u' ', French.groupSeparator());
    return (negative ? QStringLiteral("-") : QString()) + w + u',' + QLatin1String(cents) + NarrowNoBreakSpace
        + QStringLiteral("€");
}

} // namespace

class tst_Money : public QObject
{
    Q_OBJECT

private slots:
    void format_inFrench_data();
    void format_inFrench();
    void format_inEnglish_data();
    void format_inEnglish();
    void parse_readsWhatUsersType_data();
    void parse_readsWhatUsersType();
    void parse_readsBackWhatFormatShowsInFrench_data();
    void parse_readsBackWhatFormatShowsInFrench();
    void parse_readsEnglishAmounts_data();
    void parse_readsEnglishAmounts();
    void parse_readsBackWhatFormatShowsInEnglish();
};

void tst_Money::format_inFrench_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("thousands") << qint64(123450) << "EUR" << french("1 234", "50");
    QTest::newRow("zero") << qint64(0) << "EUR" << french("0", "00");
    QTest::newRow("five cents") << qint64(5) << "EUR" << french("0", "05");
    QTest::newRow("solo supplement") << qint64(1500) << "EUR" << french("15", "00");
    QTest::newRow("millions") << qint64(1234567890) << "EUR" << french("12 345 678", "90");
    QTest::newRow("negative") << qint64(-123450) << "EUR" << french("1 234", "50", true);
    QTest::newRow("negative cents only") << qint64(-7) << "EUR" << french("0", "07", true);
    QTest::newRow("other currency by code")
        << qint64(100000) << "CHF"
        << QString(QStringLiteral("1") + French.groupSeparator() + QStringLiteral("000,00") + NarrowNoBreakSpace
                   + QStringLiteral("CHF"));
}

void tst_Money::format_inFrench()
{
    QFETCH(qint64, cents);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(Money::format(cents, currency, French), expected);
}

void tst_Money::format_inEnglish_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("euros") << qint64(123450) << "EUR" << QStringLiteral("€1,234.50");
    QTest::newRow("pounds") << qint64(99) << "GBP" << QStringLiteral("£0.99");
    QTest::newRow("dollars") << qint64(1000000) << "USD" << QStringLiteral("$10,000.00");
    QTest::newRow("code after the amount") << qint64(2500) << "CHF" << QStringLiteral("25.00 CHF");
    QTest::newRow("negative: sign before the symbol") << qint64(-123450) << "EUR" << QStringLiteral("-€1,234.50");
    QTest::newRow("negative with a code") << qint64(-2500) << "CHF" << QStringLiteral("-25.00 CHF");
}

void tst_Money::format_inEnglish()
{
    QFETCH(qint64, cents);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(Money::format(cents, currency, English), expected);
}

void tst_Money::parse_readsWhatUsersType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("whole euros") << "12" << true << qint64(1200);
    QTest::newRow("one decimal with comma") << "12,5" << true << qint64(1250);
    QTest::newRow("two decimals with comma") << "12,05" << true << qint64(1205);
    QTest::newRow("space-grouped with point") << "1 234.50" << true << qint64(123450);
    QTest::newRow("no-break space grouped") << QStringLiteral("1\u00A0234,50") << true << qint64(123450);
    QTest::newRow("with the euro sign") << "12 €" << true << qint64(1200);
    QTest::newRow("with the currency code") << "12,50 EUR" << true << qint64(1250);
    QTest::newRow("surrounding spaces") << "  7 " << true << qint64(700);
    QTest::newRow("negative") << "-3,20" << true << qint64(-320);
    QTest::newRow("zero") << "0" << true << qint64(0);
    QTest::newRow("letters") << "abc" << false << qint64(0);
    QTest::newRow("point as thousands separator") << "1.234" << false << qint64(0);
    QTest::newRow("three decimals") << "12,345" << false << qint64(0);
    QTest::newRow("empty") << "" << false << qint64(0);
    QTest::newRow("only a currency sign") << "€" << false << qint64(0);
    QTest::newRow("trailing separator") << "12," << false << qint64(0);
    QTest::newRow("two separators") << "1,2,3" << false << qint64(0);
    QTest::newRow("amount and words") << "12 euros" << false << qint64(0);
}

void tst_Money::parse_readsWhatUsersType()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, cents);
    qint64 parsed = -999;
    QCOMPARE(Money::parse(text, &parsed, French), ok);
    QCOMPARE(parsed, ok ? cents : qint64(-999));   // a refused text leaves the value alone
}

void tst_Money::parse_readsBackWhatFormatShowsInFrench_data()
{
    QTest::addColumn<qint64>("cents");
    for (qint64 cents : {qint64(0), qint64(1), qint64(1500), qint64(123450), qint64(-99999), qint64(987654321)})
        QTest::addRow("%lld", static_cast<long long>(cents)) << cents;
}

void tst_Money::parse_readsBackWhatFormatShowsInFrench()
{
    QFETCH(qint64, cents);
    qint64 parsed = 0;
    const QString shown = Money::format(cents, QStringLiteral("EUR"), French);
    QVERIFY2(Money::parse(shown, &parsed, French), qPrintable(shown));
    QCOMPARE(parsed, cents);
}

void tst_Money::parse_readsEnglishAmounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("comma thousands, point decimals") << "1,234.50" << true << qint64(123450);
    QTest::newRow("comma thousands only") << "12,345" << true << qint64(1234500);
    QTest::newRow("as shown") << "€1,234.50" << true << qint64(123450);
    QTest::newRow("German style also read") << "1.234,50" << true << qint64(123450);
    QTest::newRow("point as thousands without decimals") << "1.234" << false << qint64(0);
    QTest::newRow("badly grouped") << "12,34,567" << false << qint64(0);
}

void tst_Money::parse_readsEnglishAmounts()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, cents);
    qint64 parsed = -999;
    QCOMPARE(Money::parse(text, &parsed, QLocale(QLocale::English, QLocale::UnitedKingdom)), ok);
    QCOMPARE(parsed, ok ? cents : qint64(-999));
}

void tst_Money::parse_readsBackWhatFormatShowsInEnglish()
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    for (qint64 cents : {qint64(0), qint64(1500), qint64(123450), qint64(-99999), qint64(987654321)}) {
        qint64 parsed = 0;
        const QString shown = Money::format(cents, QStringLiteral("EUR"), english);
        QVERIFY2(Money::parse(shown, &parsed, english), qPrintable(shown));
        QCOMPARE(parsed, cents);
    }
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_Money.moc"
