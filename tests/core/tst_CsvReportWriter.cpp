// CsvReportWriter: RFC 4180 fields a spreadsheet reads back as written,
// groups as a leading column, totals left out unless asked for, and files
// written whole or not at all.
#include "reports/CsvReportWriter.h"
#include "reports/ReportTable.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using convivium::core::CsvOptions;
using convivium::core::CsvReportWriter;
using convivium::core::ReportColumn;
using convivium::core::ReportTable;

namespace {

ReportTable oneColumn(const QString &cell)
{
    ReportTable table;
    table.addColumn(QStringLiteral("name"), QStringLiteral("Name"));
    table.addRow({cell});
    return table;
}

// A small lodging plan: two nights, a total for each and one at the end.
ReportTable lodgingPlan()
{
    ReportTable table;
    table.setGroupColumnHeader(QStringLiteral("Night"));
    table.addColumn(QStringLiteral("name"), QStringLiteral("Name"), 3);
    table.addColumn(QStringLiteral("room"), QStringLiteral("Room"), 1);
    table.addColumn(QStringLiteral("beds"), QStringLiteral("Beds"), 1, ReportColumn::Kind::Number);
    table.addGroupHeading(QStringLiteral("Monday 14 July"));
    table.addRow({QStringLiteral("Anne"), QStringLiteral("A1"), QStringLiteral("1")});
    table.addRow({QStringLiteral("Zoé, Léa"), QStringLiteral("A2"), QStringLiteral("2")});
    table.addTotalRow({QStringLiteral("Total"), QString(), QStringLiteral("3")});
    table.addGroupHeading(QStringLiteral("Tuesday 15 July"));
    table.addRow({QStringLiteral("Anne"), QStringLiteral("A1"), QStringLiteral("1")});
    table.addTotalRow({QStringLiteral("Total"), QString(), QStringLiteral("1")});
    return table;
}

QByteArray utf8(const char *text)
{
    return QByteArray(text);
}

} // namespace

class tst_CsvReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void field_quotedOnlyWhenNeeded_data();
    void field_quotedOnlyWhenNeeded();
    void toCsv_headerThenRowsWithCrlf();
    void toCsv_byteOrderMarkOnlyWhenAsked_data();
    void toCsv_byteOrderMarkOnlyWhenAsked();
    void toCsv_groupsBecomeALeadingColumn();
    void toCsv_totalsLeftOutByDefault();
    void toCsv_totalsKeptWhenAsked();
    void toCsv_tableWithoutGroupsHasNoGroupColumn();
    void toCsv_rawValuesForSpreadsheets_data();
    void toCsv_rawValuesForSpreadsheets();
    void toCsv_shortRowsArePadded();
    void write_thenReadBack_sameBytes();
    void write_replacesAnOlderFile();
    void write_intoMissingFolder_failsAndCreatesNothing();
};

void tst_CsvReportWriter::field_quotedOnlyWhenNeeded_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QByteArray>("line");   // the data line, CRLF included
    const QChar comma(u','), semicolon(u';');
    QTest::newRow("plain") << QStringLiteral("Anne") << comma << utf8("Anne\r\n");
    QTest::newRow("comma") << QStringLiteral("Dupont, Marie") << comma << utf8("\"Dupont, Marie\"\r\n");
    QTest::newRow("comma, semicolon delimiter") << QStringLiteral("Dupont, Marie") << semicolon
                                                << utf8("Dupont, Marie\r\n");
    QTest::newRow("semicolon, semicolon delimiter") << QStringLiteral("a;b") << semicolon << utf8("\"a;b\"\r\n");
    QTest::newRow("semicolon, comma delimiter") << QStringLiteral("a;b") << comma << utf8("a;b\r\n");
    QTest::newRow("quotes doubled") << QStringLiteral("Le \"Chat\" libre") << comma
                                    << utf8("\"Le \"\"Chat\"\" libre\"\r\n");
    QTest::newRow("a lone quote") << QStringLiteral("\"") << comma << utf8("\"\"\"\"\r\n");
    QTest::newRow("line feed") << QStringLiteral("line 1\nline 2") << comma << utf8("\"line 1\nline 2\"\r\n");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << comma << utf8("\"a\rb\"\r\n");
    QTest::newRow("CRLF inside") << QStringLiteral("a\r\nb") << semicolon << utf8("\"a\r\nb\"\r\n");
    QTest::newRow("spaces kept") << QStringLiteral("  padded  ") << comma << utf8("  padded  \r\n");
    QTest::newRow("markup kept literally") << QStringLiteral("<b>Zoé & Cie</b>") << comma
                                           << utf8("<b>Zo\xC3\xA9 & Cie</b>\r\n");
    QTest::newRow("empty") << QString() << comma << utf8("\r\n");
    QTest::newRow("tab is not special") << QStringLiteral("a\tb") << comma << utf8("a\tb\r\n");
}

void tst_CsvReportWriter::field_quotedOnlyWhenNeeded()
{
    QFETCH(QString, cell);
    QFETCH(QChar, delimiter);
    QFETCH(QByteArray, line);
    CsvOptions options;
    options.delimiter = delimiter;
    QCOMPARE(CsvReportWriter::toCsv(oneColumn(cell), options), QByteArray("Name\r\n") + line);
}

void tst_CsvReportWriter::toCsv_headerThenRowsWithCrlf()
{
    ReportTable table;
    table.setTitle(QStringLiteral("Participants"));   // titles are for pages, not CSV
    table.addColumn(QStringLiteral("name"), QStringLiteral("Name"));
    table.addColumn(QStringLiteral("org"), QStringLiteral("Organisation, city"));
    table.addRow({QStringLiteral("Anne"), QStringLiteral("Debian")});
    table.addRow({QStringLiteral("Bruno"), QStringLiteral("KDE e.V.")});
    QCOMPARE(CsvReportWriter::toCsv(table),
             QByteArray("Name,\"Organisation, city\"\r\nAnne,Debian\r\nBruno,KDE e.V.\r\n"));
}

void tst_CsvReportWriter::toCsv_byteOrderMarkOnlyWhenAsked_data()
{
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("without") << false << utf8("Name\r\nZo\xC3\xA9\r\n");
    QTest::newRow("with") << true << utf8("\xEF\xBB\xBFName\r\nZo\xC3\xA9\r\n");
}

void tst_CsvReportWriter::toCsv_byteOrderMarkOnlyWhenAsked()
{
    QFETCH(bool, bom);
    QFETCH(QByteArray, expected);
    CsvOptions options;
    options.byteOrderMark = bom;
    QCOMPARE(CsvReportWriter::toCsv(oneColumn(QStringLiteral("Zoé")), options), expected);
}

void tst_CsvReportWriter::toCsv_groupsBecomeALeadingColumn()
{
    QCOMPARE(CsvReportWriter::toCsv(lodgingPlan()),
             QByteArray("Night,Name,Room,Beds\r\n"
                        "Monday 14 July,Anne,A1,1\r\n"
                        "Monday 14 July,\"Zo\xC3\xA9, L\xC3\xA9" "a\",A2,2\r\n"
                        "Tuesday 15 July,Anne,A1,1\r\n"));
}

void tst_CsvReportWriter::toCsv_totalsLeftOutByDefault()
{
    QVERIFY(!CsvReportWriter::toCsv(lodgingPlan()).contains("Total"));
}

void tst_CsvReportWriter::toCsv_totalsKeptWhenAsked()
{
    CsvOptions options = CsvOptions::forFrenchSpreadsheet();
    options.includeTotals = true;
    QCOMPARE(CsvReportWriter::toCsv(lodgingPlan(), options),
             QByteArray("\xEF\xBB\xBFNight;Name;Room;Beds\r\n"
                        "Monday 14 July;Anne;A1;1\r\n"
                        "Monday 14 July;Zo\xC3\xA9, L\xC3\xA9" "a;A2;2\r\n"
                        "Monday 14 July;Total;;3\r\n"
                        "Tuesday 15 July;Anne;A1;1\r\n"
                        "Tuesday 15 July;Total;;1\r\n"));
}

void tst_CsvReportWriter::toCsv_tableWithoutGroupsHasNoGroupColumn()
{
    ReportTable table;
    table.addColumn(QStringLiteral("name"), QStringLiteral("Name"));
    table.addColumn(QStringLiteral("n"), QStringLiteral("Nights"), 1, ReportColumn::Kind::Number);
    table.addRow({QStringLiteral("Anne"), QStringLiteral("2")});
    table.addTotalRow({QStringLiteral("Total"), QStringLiteral("2")});
    CsvOptions options;
    options.includeTotals = true;
    QCOMPARE(CsvReportWriter::toCsv(table, options), QByteArray("Name,Nights\r\nAnne,2\r\nTotal,2\r\n"));
}

void tst_CsvReportWriter::toCsv_rawValuesForSpreadsheets_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QVariant>("raw");
    QTest::addColumn<QChar>("decimal");
    QTest::addColumn<QByteArray>("field");
    const int money = int(ReportColumn::Kind::Money), number = int(ReportColumn::Kind::Number),
              date = int(ReportColumn::Kind::Date), text = int(ReportColumn::Kind::Text);
    QTest::newRow("no raw value: the text") << money << QStringLiteral("12,50 €") << QVariant() << QChar(u'.')
                                            << utf8("\"12,50 €\"");
    QTest::newRow("money cents") << money << QStringLiteral("€1,234.50") << QVariant(qint64(123450))
                                 << QChar(u'.') << utf8("1234.50");
    QTest::newRow("money cents, decimal comma") << money << QStringLiteral("1 234,50 €") << QVariant(qint64(123450))
                                                << QChar(u',') << utf8("\"1234,50\"");
    QTest::newRow("negative cents") << money << QStringLiteral("-0,07 €") << QVariant(qint64(-7)) << QChar(u'.')
                                    << utf8("-0.07");
    QTest::newRow("date as ISO") << date << QStringLiteral("14/07/2025") << QVariant(QDate(2025, 7, 14))
                                 << QChar(u'.') << utf8("2025-07-14");
    QTest::newRow("integer") << number << QStringLiteral("1 200") << QVariant(1200) << QChar(u'.') << utf8("1200");
    QTest::newRow("decimal number") << number << QStringLiteral("2,5") << QVariant(2.5) << QChar(u'.')
                                    << utf8("2.5");
    QTest::newRow("integer in a text column") << text << QStringLiteral("#42") << QVariant(42) << QChar(u'.')
                                              << utf8("42");
}

void tst_CsvReportWriter::toCsv_rawValuesForSpreadsheets()
{
    QFETCH(int, kind);
    QFETCH(QString, shown);
    QFETCH(QVariant, raw);
    QFETCH(QChar, decimal);
    QFETCH(QByteArray, field);
    ReportTable table;
    table.addColumn(QStringLiteral("v"), QStringLiteral("Value"), 1, ReportColumn::Kind(kind));
    table.addRow({shown}, {raw});
    CsvOptions options;
    options.decimalSeparator = decimal;
    QCOMPARE(CsvReportWriter::toCsv(table, options), QByteArray("Value\r\n") + field + "\r\n");
}

void tst_CsvReportWriter::toCsv_shortRowsArePadded()
{
    ReportTable table;
    table.addColumn(QStringLiteral("a"), QStringLiteral("A"));
    table.addColumn(QStringLiteral("b"), QStringLiteral("B"));
    table.addColumn(QStringLiteral("c"), QStringLiteral("C"));
    table.addRow({QStringLiteral("1")});
    table.addRow({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("extra")});
    QCOMPARE(CsvReportWriter::toCsv(table), QByteArray("A,B,C\r\n1,,\r\n1,2,3\r\n"));
}

void tst_CsvReportWriter::write_thenReadBack_sameBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.csv"));
    const CsvOptions options = CsvOptions::forFrenchSpreadsheet();
    const convivium::core::Result written = CsvReportWriter::write(path, lodgingPlan(), options);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), CsvReportWriter::toCsv(lodgingPlan(), options));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("plan.csv")});
}

void tst_CsvReportWriter::write_replacesAnOlderFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older and much longer report that must not leave a tail behind\r\n");
    }
    QVERIFY(CsvReportWriter::write(path, oneColumn(QStringLiteral("Anne"))).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("Name\r\nAnne\r\n"));
}

void tst_CsvReportWriter::write_intoMissingFolder_failsAndCreatesNothing()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no such folder"));
    const QString path = missing + QStringLiteral("/list.csv");
    const convivium::core::Result written = CsvReportWriter::write(path, oneColumn(QStringLiteral("Anne")));
    QVERIFY(!written.ok());
    QVERIFY2(written.message().contains(QStringLiteral("list.csv")), qPrintable(written.message()));
    QVERIFY2(written.message().contains(QStringLiteral("no such folder")), qPrintable(written.message()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(missing));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

QTEST_GUILESS_MAIN(tst_CsvReportWriter)
#include "tst_CsvReportWriter.moc"
