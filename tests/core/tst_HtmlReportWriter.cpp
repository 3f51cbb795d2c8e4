// HtmlReportWriter: every text escaped wherever it appears, groups as
// table bodies, totals marked, printed page breaks as asked, atomic files.
#include "reports/HtmlReportWriter.h"
#include "reports/ReportTable.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using convivium::core::HtmlReportWriter;
using convivium::core::ReportColumn;
using convivium::core::ReportTable;

namespace {

const QString Markup = QStringLiteral("<b>Zoé & Cie</b>");
const QString Escaped = QStringLiteral("&lt;b&gt;Zoé &amp; Cie&lt;/b&gt;");

ReportTable plan(ReportTable::GroupPaging paging)
{
    ReportTable table;
    table.setTitle(QStringLiteral("Lodging plan"));
    table.setGroupPaging(paging);
    table.addColumn(QStringLiteral("name"), QStringLiteral("Name"), 3);
    table.addColumn(QStringLiteral("fee"), QStringLiteral("Fee"), 1, ReportColumn::Kind::Money);
    for (int night = 1; night <= 3; ++night) {
        table.addGroupHeading(QStringLiteral("Night %1").arg(night));
        for (int i = 0; i < 3; ++i)
            table.addRow({QStringLiteral("Person %1").arg(i), QStringLiteral("€10.00")});
        table.addTotalRow({QStringLiteral("Total"), QStringLiteral("€30.00")});
    }
    return table;
}

QString html(const ReportTable &table)
{
    return QString::fromUtf8(HtmlReportWriter::toHtml(table));
}

} // namespace

class tst_HtmlReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void toHtml_escapesEveryText_data();
    void toHtml_escapesEveryText();
    void toHtml_standalonePage();
    void toHtml_groupsTotalsAndZebra();
    void toHtml_pageBreaks_data();
    void toHtml_pageBreaks();
    void write_intoMissingFolder_failsAndCreatesNothing();
};

void tst_HtmlReportWriter::toHtml_escapesEveryText_data()
{
    QTest::addColumn<QString>("where");
    for (const char *where : {"title", "subtitle", "intro", "header", "cell", "group", "total", "generated"})
        QTest::newRow(where) << QString::fromLatin1(where);
}

void tst_HtmlReportWriter::toHtml_escapesEveryText()
{
    QFETCH(QString, where);
    auto text = [&](const char *place) { return where == QLatin1String(place) ? Markup : QStringLiteral("x"); };
    ReportTable table;
    table.setTitle(text("title"));
    table.setSubtitle(text("subtitle"));
    table.addIntroParagraph(text("intro"));
    table.setGeneratedAtText(text("generated"));
    table.addColumn(QStringLiteral("a"), text("header"));
    table.addGroupHeading(text("group"));
    table.addRow({text("cell")});
    table.addTotalRow({text("total")});
    const QString page = html(table);
    QVERIFY(page.contains(Escaped));
    QVERIFY2(!page.contains(QStringLiteral("<b>")), qPrintable(page));
    QVERIFY(!page.contains(QStringLiteral("Zoé & Cie")));
}

void tst_HtmlReportWriter::toHtml_standalonePage()
{
    const QByteArray bytes = HtmlReportWriter::toHtml(plan(ReportTable::GroupPaging::Continuous));
    QVERIFY(bytes.startsWith("<!DOCTYPE html>\n"));
    QVERIFY(bytes.contains("<meta charset=\"utf-8\">"));
    QVERIFY(bytes.contains("<title>Lodging plan</title>"));
    QVERIFY(bytes.endsWith("</html>\n"));
    QVERIFY(!bytes.contains("<script"));
    QVERIFY(!bytes.contains("http"));   // nothing fetched
    QCOMPARE(bytes.count("<table>"), 1);
    QCOMPARE(bytes.count("</table>"), 1);
    QCOMPARE(bytes.count("<tbody>"), bytes.count("</tbody>"));
}

void tst_HtmlReportWriter::toHtml_groupsTotalsAndZebra()
{
    const QString page = html(plan(ReportTable::GroupPaging::Continuous));
    QCOMPARE(page.count(QStringLiteral("<tbody>")), 3);
    QCOMPARE(page.count(QStringLiteral("<tr class=\"group\"><th colspan=\"2\" scope=\"rowgroup\">Night")), 3);
    QCOMPARE(page.count(QStringLiteral("<tr class=\"total\"><td>Total</td><td class=\"r\">€30.00</td></tr>")), 3);
    // Zebra starts again under each heading: plain, shaded, plain.
    QCOMPARE(page.count(QStringLiteral("<tr class=\"alt\"><td>Person 1</td>")), 3);
    QCOMPARE(page.count(QStringLiteral("<tr><td>Person 0</td>")), 3);
    QCOMPARE(page.count(QStringLiteral("<tr><td>Person 2</td>")), 3);
    QVERIFY(page.contains(QStringLiteral("<th class=\"r\" scope=\"col\">Fee</th>")));
    QVERIFY(page.contains(QStringLiteral("<col style=\"width:75.00%\"><col style=\"width:25.00%\">")));
}

void tst_HtmlReportWriter::toHtml_pageBreaks_data()
{
    QTest::addColumn<int>("paging");
    QTest::addColumn<int>("sections");
    QTest::addColumn<int>("titles");
    QTest::newRow("continuous") << int(ReportTable::GroupPaging::Continuous) << 1 << 1;
    QTest::newRow("break before each group") << int(ReportTable::GroupPaging::BreakBeforeGroup) << 3 << 1;
    QTest::newRow("page per group") << int(ReportTable::GroupPaging::PagePerGroup) << 3 << 3;
}

void tst_HtmlReportWriter::toHtml_pageBreaks()
{
    QFETCH(int, paging);
    QFETCH(int, sections);
    QFETCH(int, titles);
    const QString page = html(plan(ReportTable::GroupPaging(paging)));
    QCOMPARE(page.count(QStringLiteral("<section>")), sections);
    QCOMPARE(page.count(QStringLiteral("<thead>")), sections);   // each printed part has its header
    QCOMPARE(page.count(QStringLiteral("<h1>Lodging plan</h1>")), titles);
    QVERIFY(page.contains(QStringLiteral("section+section{break-before:page")));
}

void tst_HtmlReportWriter::write_intoMissingFolder_failsAndCreatesNothing()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("gone"));
    const auto written = HtmlReportWriter::write(missing + QStringLiteral("/plan.html"),
                                                 plan(ReportTable::GroupPaging::Continuous));
    QVERIFY(!written.ok());
    QVERIFY2(written.message().contains(QStringLiteral("plan.html")), qPrintable(written.message()));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());

    const QString path = dir.filePath(QStringLiteral("plan.html"));
    QVERIFY(HtmlReportWriter::write(path, plan(ReportTable::GroupPaging::Continuous)).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), HtmlReportWriter::toHtml(plan(ReportTable::GroupPaging::Continuous)));
}

QTEST_GUILESS_MAIN(tst_HtmlReportWriter)
#include "tst_HtmlReportWriter.moc"
