// PdfReportWriter, read back with poppler's tools (pdfinfo, pdftotext, pdftoppm): the page count
// announced, the header on every page, names as written, long cells cut, cells lined up, nothing
// written when cancelled, a page that is not blank. Fonts need QGuiApplication: QTEST_MAIN.
#include "reports/PdfReportWriter.h"
#include "reports/ReportTable.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using convivium::core::PdfReportWriter;
using convivium::core::ReportColumn;
using convivium::core::ReportTable;
using convivium::core::Result;

namespace {

const QString Zoe = QStringLiteral("<b>Zoé & Cie</b>");
const QString LongOrganisation = QStringLiteral(
    "Association pour la promotion des logiciels libres et de la culture ouverte dans les territoires ruraux");

#define REQUIRE_TOOL(name)                                                                               \
    if (QStandardPaths::findExecutable(QStringLiteral(name)).isEmpty())                                  \
        QSKIP(name " is missing: install poppler-utils to check the PDF reports (apt install poppler-utils)");

// Runs a poppler tool; its standard output ("<failed>" fails the checks).
QByteArray run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return QByteArray("<failed>");
    }
    return process.readAllStandardOutput();
}

int pdfPages(const QString &pdf)
{
    const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = pages.match(QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdf})));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QSizeF pdfPageSize(const QString &pdf)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"))
                                          .match(QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdf})));
    return m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF();
}

// The text of each page, in reading layout.
QStringList pdfPageTexts(const QString &pdf)
{
    const QStringList arguments{QStringLiteral("-layout"), pdf, QStringLiteral("-")};
    QStringList pages = QString::fromUtf8(run(QStringLiteral("pdftotext"), arguments)).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

struct Word {
    QRectF box;
    QString text;
};

// Words of page 1 with their boxes (pdftotext -bbox), in points.
QList<Word> pdfWords(const QString &pdf)
{
    const QString html = QString::fromUtf8(run(QStringLiteral("pdftotext"),
        QStringList{QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                    QStringLiteral("1"), pdf, QStringLiteral("-")}));
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<Word> words;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        words << Word{QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                             QPointF(m.captured(3).toDouble(), m.captured(4).toDouble())),
                      m.captured(5)};
    }
    return words;
}

QString person(int i)
{
    return QStringLiteral("Person %1").arg(i, 3, 10, QLatin1Char('0'));
}

ReportTable participants(int count)
{
    ReportTable table;
    table.setTitle(QStringLiteral("Participant list"));
    table.setSubtitle(QStringLiteral("Summer meeting 2025, Gap"));
    table.addIntroParagraph(QStringLiteral("Everyone registered, confirmed or waiting, by name."));
    table.setGeneratedAtText(QStringLiteral("Generated on 14/07/2025 10:00"));
    table.addColumn(QStringLiteral("name"), QStringLiteral("Participant"), 3);
    table.addColumn(QStringLiteral("org"), QStringLiteral("Organisation"), 3);
    table.addColumn(QStringLiteral("arrival"), QStringLiteral("Arrival"), 1.4, ReportColumn::Kind::Date);
    table.addColumn(QStringLiteral("nights"), QStringLiteral("Nights"), 0.9, ReportColumn::Kind::Number);
    table.addColumn(QStringLiteral("fee"), QStringLiteral("Fee"), 1.3, ReportColumn::Kind::Money);
    table.addColumn(QStringLiteral("status"), QStringLiteral("Status"), 1.4);
    const QStringList organisations{QStringLiteral("Debian"), QStringLiteral("KDE e.V."), QStringLiteral("April"),
                                    QStringLiteral("Framasoft")};
    for (int i = 0; i < count; ++i)
        table.addRow({i == 0 ? Zoe : person(i), i == 1 ? LongOrganisation : organisations.at(i % 4),
                      QStringLiteral("%1/07/2025").arg(10 + i % 5), QString::number(1 + i % 6),
                      QStringLiteral("€%1.50").arg(40 * (1 + i % 6)), i % 7 ? QStringLiteral("confirmed")
                                                                          : QStringLiteral("waiting")});
    return table;
}

ReportTable grouped(int groups, int rowsEach, ReportTable::GroupPaging paging)
{
    ReportTable table;
    table.setTitle(QStringLiteral("Lodging plan"));
    table.setGroupPaging(paging);
    table.addColumn(QStringLiteral("name"), QStringLiteral("Name"), 3);
    table.addColumn(QStringLiteral("room"), QStringLiteral("Room"), 1);
    for (int g = 0; g < groups; ++g) {
        table.addGroupHeading(QStringLiteral("Night %1").arg(g + 1));
        for (int i = 0; i < rowsEach; ++i)
            table.addRow({person(g * 1000 + i), QStringLiteral("R%1").arg(i)});
    }
    return table;
}

} // namespace

class tst_PdfReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void writePdf_pageCountIsTheLayouts();
    void writePdf_headerAndFooterOnEveryPage();
    void writePdf_everyRowOnceAndMarkupLiteral();
    void writePdf_longCellsWrappedNeverOverlapping();
    void writePdf_moneyRightAligned();
    void writePdf_landscapeIsWiderWithMorePages();
    void writePdf_firstPageIsNotBlank();
    void writePdf_groupPaging_data();
    void writePdf_groupPaging();
    void writePdf_cancelled_writesNothing_data();
    void writePdf_cancelled_writesNothing();
    void writePdf_cancelled_keepsTheOlderFile();
    void writePdf_intoMissingFolder_failsAndCreatesNothing();

private:
    QString writeParticipants(int rows, ReportTable::Orientation orientation, int *layoutPages = nullptr);
    QTemporaryDir m_dir;
};

QString tst_PdfReportWriter::writeParticipants(int rows, ReportTable::Orientation orientation, int *layoutPages)
{
    ReportTable table = participants(rows);
    table.setOrientation(orientation);
    const QString path = m_dir.filePath(QStringLiteral("participants-%1-%2.pdf").arg(rows).arg(int(orientation)));
    PdfReportWriter writer;
    const Result written = writer.writePdf(path, table);
    if (!written)
        qWarning("%s", qPrintable(written.message()));   // the checks on the file then fail
    if (layoutPages)
        *layoutPages = writer.pageCount();
    return path;
}

void tst_PdfReportWriter::writePdf_pageCountIsTheLayouts()
{
    REQUIRE_TOOL("pdfinfo");
    int layoutPages = 0;
    const QString pdf = writeParticipants(300, ReportTable::Orientation::Portrait, &layoutPages);
    QVERIFY2(layoutPages > 4, "300 rows should need several pages");
    QCOMPARE(pdfPages(pdf), layoutPages);
}

void tst_PdfReportWriter::writePdf_headerAndFooterOnEveryPage()
{
    REQUIRE_TOOL("pdftotext");
    int n = 0;
    const QStringList pages = pdfPageTexts(writeParticipants(300, ReportTable::Orientation::Portrait, &n));
    QCOMPARE(pages.size(), n);
    for (int i = 0; i < n; ++i) {
        const QString &page = pages.at(i);
        for (const char *header : {"Participant", "Organisation", "Arrival", "Nights", "Fee", "Status"})
            QVERIFY2(page.contains(QLatin1String(header)), qPrintable(QStringLiteral("page %1 lacks the header %2")
                                                                         .arg(i + 1)
                                                                         .arg(QLatin1String(header))));
        QVERIFY2(page.contains(QStringLiteral("Page %1 / %2").arg(i + 1).arg(n)), qPrintable(page.right(300)));
        QVERIFY(page.contains(QStringLiteral("Generated on 14/07/2025 10:00")));
        // The title block belongs to the first page only.
        QCOMPARE(page.contains(QStringLiteral("Summer meeting 2025, Gap")), i == 0);
    }
}

void tst_PdfReportWriter::writePdf_everyRowOnceAndMarkupLiteral()
{
    REQUIRE_TOOL("pdftotext");
    const QString text = pdfPageTexts(writeParticipants(300, ReportTable::Orientation::Portrait)).join(u'\f');
    QCOMPARE(text.count(Zoe), 1);
    for (int i = 1; i < 300; ++i)
        QVERIFY2(text.count(person(i)) == 1, qPrintable(person(i) + QStringLiteral(" is not there exactly once")));
}

void tst_PdfReportWriter::writePdf_longCellsWrappedNeverOverlapping()
{
    REQUIRE_TOOL("pdftotext");
    const QString pdf = writeParticipants(30, ReportTable::Orientation::Portrait);
    const QString text = pdfPageTexts(pdf).join(u'\f');
    // The long organisation wraps onto lines of its own column: every word printed, nothing cut.
    QVERIFY(text.contains(QStringLiteral("Association pour la")));
    QVERIFY(text.contains(QStringLiteral("territoires ruraux")));
    QVERIFY(!text.contains(QStringLiteral("…")));

    // On the row of the long cell, each word ends before the next begins.
    const QList<Word> words = pdfWords(pdf);
    qreal rowTop = -1;
    for (const Word &w : words)
        if (w.text == u"Association")
            rowTop = w.box.top();
    QVERIFY(rowTop >= 0);
    QList<Word> line;
    for (const Word &w : words)
        if (qAbs(w.box.top() - rowTop) < 1.0)
            line << w;
    std::sort(line.begin(), line.end(), [](const Word &a, const Word &b) { return a.box.left() < b.box.left(); });
    QVERIFY(line.size() >= 6);
    for (int i = 1; i < line.size(); ++i)
        QVERIFY2(line.at(i - 1).box.right() <= line.at(i).box.left() + 0.01,
                 qPrintable(line.at(i - 1).text + QStringLiteral(" overlaps ") + line.at(i).text));
}

void tst_PdfReportWriter::writePdf_moneyRightAligned()
{
    REQUIRE_TOOL("pdftotext");
    const QList<Word> words = pdfWords(writeParticipants(30, ReportTable::Orientation::Portrait));
    QList<qreal> rights, lefts;
    for (const Word &w : words)
        if (w.text.startsWith(u'€')) {
            rights << w.box.right();
            lefts << w.box.left();
        }
    QVERIFY(rights.size() >= 20);
    const auto [minRight, maxRight] = std::minmax_element(rights.begin(), rights.end());
    QVERIFY2(*maxRight - *minRight < 0.5, "amounts do not end on one line");
    const auto [minLeft, maxLeft] = std::minmax_element(lefts.begin(), lefts.end());
    QVERIFY2(*maxLeft - *minLeft > 2, "€40.50 and €240.50 should start at different places");
}

void tst_PdfReportWriter::writePdf_landscapeIsWiderWithMorePages()
{
    REQUIRE_TOOL("pdfinfo");
    int portraitPages = 0, landscapePages = 0;
    const QString portrait = writeParticipants(300, ReportTable::Orientation::Portrait, &portraitPages);
    const QString landscape = writeParticipants(300, ReportTable::Orientation::Landscape, &landscapePages);
    const QSizeF a4 = pdfPageSize(portrait);
    QVERIFY2(qAbs(a4.width() - 595.3) < 1 && qAbs(a4.height() - 841.9) < 1, "portrait A4 expected");
    QCOMPARE(pdfPageSize(landscape).transposed().toSize(), a4.toSize());
    QVERIFY(landscapePages > portraitPages);
    QCOMPARE(pdfPages(landscape), landscapePages);
}

void tst_PdfReportWriter::writePdf_firstPageIsNotBlank()
{
    REQUIRE_TOOL("pdftoppm");
    const QString pdf = writeParticipants(300, ReportTable::Orientation::Portrait);
    const QString prefix = m_dir.filePath(QStringLiteral("page1"));
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"),
                                     QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                     QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, prefix});
    const QImage image(prefix + QStringLiteral(".png"));
    QVERIFY2(!image.isNull(), "pdftoppm made no PNG");
    QVERIFY(qAbs(image.width() - 413) <= 2 && qAbs(image.height() - 585) <= 2);   // A4 at 50 dpi
    int ink = 0, marginInk = 0;
    const int margin = 25;   // 15 mm is 29.5 px at 50 dpi
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) < 235) {
                ++ink;
                if (x < margin || y < margin || x >= image.width() - margin || y >= image.height() - margin)
                    ++marginInk;
            }
    QVERIFY2(ink > image.width() * image.height() / 20, qPrintable(QStringLiteral("only %1 inked pixels").arg(ink)));
    QCOMPARE(marginInk, 0);
}

void tst_PdfReportWriter::writePdf_groupPaging_data()
{
    QTest::addColumn<int>("paging");
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("rowsEach");
    QTest::addColumn<QStringList>("expectedFooters");   // one per page
    QTest::addColumn<QStringList>("expectedHeadings");  // one per page, "" for none checked
    using P = ReportTable::GroupPaging;
    QTest::newRow("continuous: small groups share a page")
        << int(P::Continuous) << 3 << 3 << QStringList{QStringLiteral("Page 1 / 1")}
        << QStringList{QStringLiteral("Night 3")};
    QTest::newRow("continuous: a long group announced again")
        << int(P::Continuous) << 1 << 70 << QStringList{QStringLiteral("Page 1 / 2"), QStringLiteral("Page 2 / 2")}
        << QStringList{QStringLiteral("Night 1"), QStringLiteral("Night 1 (continued)")};
    QTest::newRow("break before each group")
        << int(P::BreakBeforeGroup) << 3 << 3
        << QStringList{QStringLiteral("Page 1 / 3"), QStringLiteral("Page 2 / 3"), QStringLiteral("Page 3 / 3")}
        << QStringList{QStringLiteral("Night 1"), QStringLiteral("Night 2"), QStringLiteral("Night 3")};
    QTest::newRow("one document per group, numbered within it")
        << int(P::PagePerGroup) << 3 << 3
        << QStringList{QStringLiteral("Page 1 / 1"), QStringLiteral("Page 1 / 1"), QStringLiteral("Page 1 / 1")}
        << QStringList{QStringLiteral("Night 1"), QStringLiteral("Night 2"), QStringLiteral("Night 3")};
}

void tst_PdfReportWriter::writePdf_groupPaging()
{
    REQUIRE_TOOL("pdftotext");
    QFETCH(int, paging);
    QFETCH(int, groups);
    QFETCH(int, rowsEach);
    QFETCH(QStringList, expectedFooters);
    QFETCH(QStringList, expectedHeadings);
    const ReportTable table = grouped(groups, rowsEach, ReportTable::GroupPaging(paging));
    const QString pdf = m_dir.filePath(QStringLiteral("grouped.pdf"));
    PdfReportWriter writer;
    QVERIFY(writer.writePdf(pdf, table).ok());
    const QStringList pages = pdfPageTexts(pdf);
    QCOMPARE(pages.size(), expectedFooters.size());
    QCOMPARE(writer.pageCount(), expectedFooters.size());
    const bool titleOnEach = ReportTable::GroupPaging(paging) == ReportTable::GroupPaging::PagePerGroup;
    for (int i = 0; i < pages.size(); ++i) {
        QVERIFY2(pages.at(i).contains(expectedFooters.at(i)), qPrintable(pages.at(i)));
        QVERIFY2(pages.at(i).contains(expectedHeadings.at(i)), qPrintable(pages.at(i)));
        QCOMPARE(pages.at(i).contains(QStringLiteral("Lodging plan")), i == 0 || titleOnEach);
    }
}

void tst_PdfReportWriter::writePdf_cancelled_writesNothing_data()
{
    QTest::addColumn<int>("stopAt");
    QTest::newRow("before the first page") << 0;
    QTest::newRow("after page 2") << 2;
    QTest::newRow("after the last page") << -1;
}

void tst_PdfReportWriter::writePdf_cancelled_writesNothing()
{
    QFETCH(int, stopAt);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
    PdfReportWriter writer;
    QList<int> seen;
    int totalSeen = 0;
    writer.setProgress([&](int done, int total) {
        seen << done;
        totalSeen = total;
        return done != (stopAt < 0 ? total : stopAt);
    });
    const Result written = writer.writePdf(path, participants(300));
    QVERIFY(!written.ok() && !written.message().isEmpty());
    QVERIFY(writer.wasCancelled());
    QCOMPARE(totalSeen, writer.pageCount());
    QCOMPARE(seen.first(), 0);
    QCOMPARE(seen.last(), stopAt < 0 ? writer.pageCount() : stopAt);
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

void tst_PdfReportWriter::writePdf_cancelled_keepsTheOlderFile()
{
    const QString path = m_dir.filePath(QStringLiteral("older.pdf"));
    PdfReportWriter writer;
    QVERIFY(writer.writePdf(path, participants(10)).ok());
    QFile older(path);
    QVERIFY(older.open(QIODevice::ReadOnly));
    const QByteArray before = older.readAll();
    older.close();
    QVERIFY(before.startsWith("%PDF-"));
    writer.setProgress([](int done, int) { return done < 1; });
    QVERIFY(!writer.writePdf(path, participants(300)).ok());
    QVERIFY(older.open(QIODevice::ReadOnly));
    QCOMPARE(older.readAll(), before);
}

void tst_PdfReportWriter::writePdf_intoMissingFolder_failsAndCreatesNothing()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("gone"));
    PdfReportWriter writer;
    const Result written = writer.writePdf(missing + QStringLiteral("/list.pdf"), participants(5));
    QVERIFY(!written.ok());
    QVERIFY2(written.message().contains(QStringLiteral("list.pdf")), qPrintable(written.message()));
    QVERIFY(!writer.wasCancelled());
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

QTEST_MAIN(tst_PdfReportWriter)
#include "tst_PdfReportWriter.moc"
