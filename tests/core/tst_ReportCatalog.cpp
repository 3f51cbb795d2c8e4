// ReportCatalog: every report built from the demo community and compared, as
// CSV, with a golden file checked by hand (tests/core/golden/<name>.csv; set
// CONVIVIUM_UPDATE_GOLDEN=1 to rewrite them, then read the diff); consent in
// the lists meant for publication; markup in names printed as written; the
// PDFs read back with poppler (pdfinfo, pdftotext). Fonts need QGuiApplication: QTEST_MAIN.
#include "TestCommunity.h"
#include "reports/CsvReportWriter.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportCatalog.h"
#include "reports/builders/ReportSupport.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/RegistrationRepository.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <climits>
#include <limits>

using namespace convivium;
using core::ReportCatalog;
using core::ReportOptions;
using core::ReportTable;
using core::Fallible;
using core::Result;

namespace {

const QString kEvent = QStringLiteral("Rencontres communautaires d'hiver 2026");

QByteArray run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

int pdfPageCount(const QString &pdf)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const QRegularExpressionMatch m = pages.match(QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdf})));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pdfText(const QString &pdf)
{
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
}

// The cells of one column, data rows only.
QStringList column(const ReportTable &table, const QString &key)
{
    QStringList out;
    const int c = table.columnIndex(key);
    for (const core::ReportRow &row : table.rows())
        if (row.kind == core::ReportRow::Kind::Data)
            out << row.cells.value(c);
    return out;
}

} // namespace

class tst_ReportCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void catalog_namesTitlesAndEvents();
    void golden_data();
    void golden();
    void build_unknownReportOrColumn_fails();
    void directory_omitsOrganisationsWithoutConsent();
    void publicParticipantList_omitsRegistrationsWithoutConsent();
    void markupInNames_printsLiterally_inCsvAndPdf();
    void participantsPdf_pageCountAndTotals();
    void feeStatements_onePagePerCountedParticipant();
    void badges_areASheetOfTenCardsAPage();
    void participants_groupedByOrganisation_sortedInside();
    void sort_keepsSectionsAndTotals();
    void sortAndGroup_badChoices_fail();

private:
    ReportOptions options() const;
    std::unique_ptr<test::TestCommunity> m_demo;
    qint64 m_eventId = 0;
    QTemporaryDir m_dir;
};

ReportOptions tst_ReportCatalog::options() const
{
    ReportOptions o;
    o.eventId = m_eventId;
    o.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    o.generatedAt = QDateTime(QDate(2026, 3, 1), QTime(12, 0));
    return o;
}

void tst_ReportCatalog::initTestCase()
{
    m_demo = std::make_unique<test::TestCommunity>(true);
    const Fallible<qint64> id = core::EventRepository(m_demo->db()).findByTitle(kEvent);
    QVERIFY2(id, qPrintable(id.message()));
    m_eventId = id.value();
}

void tst_ReportCatalog::catalog_namesTitlesAndEvents()
{
    QCOMPARE(ReportCatalog::names(),
             (QStringList{QStringLiteral("participants"), QStringLiteral("lodging-plan"), QStringLiteral("kitchen"),
                          QStringLiteral("fee-statements"), QStringLiteral("fee-summary"), QStringLiteral("venue-summary"),
                          QStringLiteral("sign-in"), QStringLiteral("badges"), QStringLiteral("directory"),
                          QStringLiteral("roster"), QStringLiteral("contributors")}));
    for (const core::ReportInfo &info : ReportCatalog::reports())
        QVERIFY2(!ReportCatalog::title(info.name).isEmpty(), qPrintable(info.name));
    QVERIFY(ReportCatalog::find(QStringLiteral("kitchen"))->needsEvent);
    QVERIFY(!ReportCatalog::find(QStringLiteral("directory"))->needsEvent);
    QVERIFY(!ReportCatalog::find(QStringLiteral("nope")));
}

void tst_ReportCatalog::golden_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : ReportCatalog::names())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_ReportCatalog::golden()
{
    QFETCH(QString, name);
    const Fallible<ReportTable> table = ReportCatalog::build(m_demo->db(), name, options());
    QVERIFY2(table, qPrintable(table.message()));
    const QByteArray csv = core::CsvReportWriter::toCsv(table.value());
    QVERIFY(!csv.contains("Generated"));
    const QString golden = QStringLiteral(CONVIVIUM_GOLDEN_DIR "/%1.csv").arg(name);
    if (qEnvironmentVariableIsSet("CONVIVIUM_UPDATE_GOLDEN")) {
        QFile out(golden);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(csv);
    }
    QFile file(golden);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(golden));
    const QByteArray expected = file.readAll();
    if (csv != expected) {
        const QList<QByteArray> got = csv.split('\n'), want = expected.split('\n');
        for (int i = 0; i < qMax(got.size(), want.size()); ++i)
            if (got.value(i) != want.value(i))
                QFAIL(qPrintable(QStringLiteral("%1.csv, line %2:\n got: %3\nwant: %4")
                                     .arg(name).arg(i + 1)
                                     .arg(QString::fromUtf8(got.value(i)), QString::fromUtf8(want.value(i)))));
    }
}

void tst_ReportCatalog::build_unknownReportOrColumn_fails()
{
    Fallible<ReportTable> t = ReportCatalog::build(m_demo->db(), QStringLiteral("nope"), options());
    QVERIFY(!t);
    QVERIFY2(t.message().contains(QStringLiteral("participants, lodging-plan")), qPrintable(t.message()));
    ReportOptions o = options();
    o.columns = {QStringLiteral("name"), QStringLiteral("shoe_size")};
    t = ReportCatalog::build(m_demo->db(), QStringLiteral("participants"), o);
    QVERIFY(!t);
    QVERIFY2(t.message().contains(QStringLiteral("shoe_size")), qPrintable(t.message()));
    o = options();
    o.eventId = 0;
    t = ReportCatalog::build(m_demo->db(), QStringLiteral("kitchen"), o);
    QVERIFY(!t);
    o.eventId = 9999;
    QVERIFY(!ReportCatalog::build(m_demo->db(), QStringLiteral("kitchen"), o));
    o.eventId = 0;
    QVERIFY(ReportCatalog::build(m_demo->db(), QStringLiteral("directory"), o));
    o = options();
    o.columns = {QStringLiteral("organisation"), QStringLiteral("name"), QStringLiteral("nights")};
    t = ReportCatalog::build(m_demo->db(), QStringLiteral("participants"), o);
    QVERIFY(t);
    QCOMPARE(t.value().columnCount(), 3);
    QCOMPARE(t.value().columns().at(2).key, QStringLiteral("nights"));
}

void tst_ReportCatalog::directory_omitsOrganisationsWithoutConsent()
{
    const core::OrganisationRepository repository(m_demo->db());
    QSet<QString> consented, refused;
    for (const core::NamedRef &ref : repository.names()) {
        const core::Organisation o = repository.load(ref.id).value();
        (o.publicConsent ? consented : refused).insert(o.name);
    }
    QVERIFY(!consented.isEmpty());
    QVERIFY(!refused.isEmpty());
    const Fallible<ReportTable> table = ReportCatalog::build(m_demo->db(), QStringLiteral("directory"), options());
    QVERIFY(table);
    const QStringList listed = column(table.value(), QStringLiteral("name"));
    QCOMPARE(QSet<QString>(listed.begin(), listed.end()), consented);
    for (const QString &name : std::as_const(refused))
        QVERIFY2(!listed.contains(name), qPrintable(name));
}

void tst_ReportCatalog::publicParticipantList_omitsRegistrationsWithoutConsent()
{
    QSet<QString> consented, refused;
    for (const core::RegistrationRow &row : core::RegistrationRepository(m_demo->db()).rowsForEvent(m_eventId))
        if (row.registration.counts())
            (row.registration.publicConsent ? consented : refused).insert(row.name);
    QVERIFY(!refused.isEmpty());
    ReportOptions o = options();
    o.publicList = true;
    o.columns = core::ReportCatalog::participantColumns();
    const Fallible<ReportTable> table = ReportCatalog::build(m_demo->db(), QStringLiteral("participants"), o);
    QVERIFY(table);
    const QStringList listed = column(table.value(), QStringLiteral("name"));
    QCOMPARE(QSet<QString>(listed.begin(), listed.end()), consented);
    // No personal columns in a public list.
    for (const char *key : {"diet", "allergies", "payer", "status"})
        QCOMPARE(table.value().columnIndex(QLatin1String(key)), -1);
    // The internal list keeps everyone who counts.
    const Fallible<ReportTable> internal = ReportCatalog::build(m_demo->db(), QStringLiteral("participants"), options());
    QCOMPARE(column(internal.value(), QStringLiteral("name")).size(), consented.size() + refused.size());
}

void tst_ReportCatalog::markupInNames_printsLiterally_inCsvAndPdf()
{
    test::TestCommunity community(true);
    const core::Database &db = community.db();
    core::Contributor c;
    c.givenName = QStringLiteral("<b>Zoé");
    c.familyName = QStringLiteral("& Cie</b>");
    c.emails = {QStringLiteral("zoe@example.org")};
    const Fallible<qint64> person = core::ContributorRepository(db).insert(c);
    QVERIFY2(person, qPrintable(person.message()));
    const qint64 eventId = core::EventRepository(db).findByTitle(kEvent).value();
    core::Registration r;
    r.eventId = eventId;
    r.contributorId = person.value();
    r.status = QStringLiteral("confirmed");
    r.submittedAt = QDateTime(QDate(2026, 1, 20), QTime(10, 0), Qt::UTC);
    r.arrival = QDate(2026, 3, 30);
    r.departure = QDate(2026, 4, 3);
    r.publicConsent = true;
    const Fallible<qint64> registered = core::RegistrationRepository(db).insert(r);
    QVERIFY2(registered, qPrintable(registered.message()));

    ReportOptions o = options();
    o.eventId = eventId;
    const Fallible<ReportTable> table = ReportCatalog::build(db, QStringLiteral("participants"), o);
    QVERIFY(table);
    const QString name = QStringLiteral("<b>Zoé & Cie</b>");
    QVERIFY(core::CsvReportWriter::toCsv(table.value()).contains(name.toUtf8() + ','));
    const QString pdf = m_dir.filePath(QStringLiteral("markup.pdf"));
    const Result written = core::PdfReportWriter().writePdf(pdf, table.value());
    QVERIFY2(written, qPrintable(written.message()));
    QVERIFY2(pdfText(pdf).contains(name), qPrintable(pdfText(pdf)));
}

void tst_ReportCatalog::participantsPdf_pageCountAndTotals()
{
    const Fallible<ReportTable> table = ReportCatalog::build(m_demo->db(), QStringLiteral("participants"), options());
    QVERIFY(table);
    const QString pdf = m_dir.filePath(QStringLiteral("participants.pdf"));
    core::PdfReportWriter writer;
    QVERIFY(writer.writePdf(pdf, table.value()));
    // 31 lines and the total, in landscape (seven columns): two pages.
    QCOMPARE(writer.pageCount(), 2);
    QCOMPARE(pdfPageCount(pdf), 2);
    const QString text = pdfText(pdf);
    for (const char *expected : {"Participant list", "31 participant", "Gaëlle Bernard", "Yannick Le Bihan",
                                 "Page 1 / 2", "Page 2 / 2"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
}

void tst_ReportCatalog::feeStatements_onePagePerCountedParticipant()
{
    int counted = 0;
    for (const core::Registration &r : core::RegistrationRepository(m_demo->db()).forEvent(m_eventId))
        counted += r.counts() ? 1 : 0;
    QCOMPARE(counted, 31);
    const Fallible<ReportTable> table = ReportCatalog::build(m_demo->db(), QStringLiteral("fee-statements"), options());
    QVERIFY(table);
    QCOMPARE(table.value().groupPaging(), ReportTable::GroupPaging::PagePerGroup);
    const QString pdf = m_dir.filePath(QStringLiteral("fees.pdf"));
    core::PdfReportWriter writer;
    QVERIFY(writer.writePdf(pdf, table.value()));
    QCOMPARE(pdfPageCount(pdf), counted);
    const QStringList pages = pdfText(pdf).split(u'\f');
    QVERIFY2(pages.value(0).contains(QStringLiteral("Amélie Chevalier")) && pages.value(0).contains(QStringLiteral("Balance")),
             qPrintable(pages.value(0)));
    QVERIFY(pages.value(counted - 1).contains(QStringLiteral("Yannick Le Bihan")));
}

void tst_ReportCatalog::badges_areASheetOfTenCardsAPage()
{
    const Fallible<ReportTable> table = ReportCatalog::build(m_demo->db(), QStringLiteral("badges"), options());
    QVERIFY(table);
    QCOMPARE(table.value().style(), ReportTable::Style::Cards);
    const QString pdf = m_dir.filePath(QStringLiteral("badges.pdf"));
    core::PdfReportWriter writer;
    QVERIFY(writer.writePdf(pdf, table.value()));
    QCOMPARE(pdfPageCount(pdf), 4);   // 31 badges, ten to a page
    const QStringList pages = pdfText(pdf).split(u'\f');
    QVERIFY(pages.value(0).contains(QStringLiteral("Amélie Chevalier")));
    QVERIFY(pages.value(0).contains(QStringLiteral("Parc national des Écrins")));
    QVERIFY(pages.value(0).contains(QStringLiteral("First event")));   // the newcomers' ribbon
    QVERIFY(pages.value(3).contains(QStringLiteral("Yannick Le Bihan")));
    QVERIFY(!pages.value(0).contains(QStringLiteral("Page 1")));       // cards, not a table
}


void tst_ReportCatalog::participants_groupedByOrganisation_sortedInside()
{
    ReportOptions o = options();
    o.arrangement.groupBy = QStringLiteral("organisation");
    o.arrangement.sortBy = QStringLiteral("arrival");
    o.arrangement.descending = true;
    const Fallible<ReportTable> built = ReportCatalog::build(m_demo->db(), QStringLiteral("participants"), o);
    QVERIFY2(built, qPrintable(built.message()));
    const ReportTable &t = built.value();
    QCOMPARE(t.columnIndex(QStringLiteral("organisation")), -1);   // moved into the headings
    QCOMPARE(t.groupColumnHeader(), QStringLiteral("Organisation"));
    const int arrival = t.columnIndex(QStringLiteral("arrival"));

    // Every organisation once, in name order; each heading counts its rows;
    // inside a group the latest arrival comes first.
    QStringList organisations;
    int dataRows = 0, inGroup = 0, announced = -1;
    QDate previous;
    static const QRegularExpression heading(QStringLiteral("^Organisation: (.+) \\((\\d+)\\)$"));
    for (const core::ReportRow &row : t.rows()) {
        if (row.kind == core::ReportRow::Kind::Group) {
            QCOMPARE(inGroup, announced < 0 ? 0 : announced);
            const QRegularExpressionMatch m = heading.match(row.heading());
            QVERIFY2(m.hasMatch(), qPrintable(row.heading()));
            QCOMPARE(row.groupValue(), m.captured(1));
            organisations << m.captured(1);
            announced = m.captured(2).toInt();
            inGroup = 0;
            previous = QDate();
        } else if (row.kind == core::ReportRow::Kind::Data) {
            const QDate day = row.raw.value(arrival).toDate();
            QVERIFY(day.isValid());
            if (previous.isValid())
                QVERIFY2(day <= previous, qPrintable(row.cells.join(u'|')));
            previous = day;
            ++inGroup;
            ++dataRows;
        } else {
            QVERIFY2(row.cells.value(0).startsWith(QStringLiteral("31 participant")), qPrintable(row.cells.value(0)));
        }
    }
    QCOMPARE(inGroup, announced);
    QCOMPARE(dataRows, 31);
    QCOMPARE(QSet<QString>(organisations.cbegin(), organisations.cend()).size(), organisations.size());
    QStringList sorted = organisations;
    std::stable_sort(sorted.begin(), sorted.end(), core::ReportSupport::lessByName);
    QCOMPARE(organisations, sorted);

    // CSV: the group column carries the organisation alone, not the heading.
    const QByteArray csv = core::CsvReportWriter::toCsv(t);
    QVERIFY(csv.startsWith("Organisation,Name,Arrival,Departure,Lodging,Diet,Status\r\n"));
    QVERIFY(csv.contains("\"UMR Sol, Agro et hydrosystème, Spatialisation\",François Lemaître,2026-03-30"));
}

void tst_ReportCatalog::sort_keepsSectionsAndTotals()
{
    // Lodging plan: rooms with the most free beds first, inside each night.
    ReportOptions o = options();
    const Fallible<ReportTable> plain = ReportCatalog::build(m_demo->db(), QStringLiteral("lodging-plan"), o);
    QVERIFY(plain);
    o.arrangement.sortBy = QStringLiteral("free");
    o.arrangement.descending = true;
    const Fallible<ReportTable> sorted = ReportCatalog::build(m_demo->db(), QStringLiteral("lodging-plan"), o);
    QVERIFY2(sorted, qPrintable(sorted.message()));
    auto headings = [](const ReportTable &t) {
        QStringList out;
        for (const core::ReportRow &row : t.rows())
            out << (row.kind == core::ReportRow::Kind::Data ? QStringLiteral("-") : row.cells.value(0));
        return out;
    };
    QCOMPARE(headings(sorted.value()), headings(plain.value()));   // same nights, same places for totals
    const int free = sorted.value().columnIndex(QStringLiteral("free"));
    int previous = INT_MAX;
    bool changedOrder = false;
    for (int i = 0; i < sorted.value().rowCount(); ++i) {
        const core::ReportRow &row = sorted.value().rows().at(i);
        if (row.kind != core::ReportRow::Kind::Data) {
            previous = INT_MAX;
            continue;
        }
        if (row.cells.value(free).isEmpty()) {   // "No room yet" lines stay under the rooms
            previous = -1;
            continue;
        }
        const int n = row.raw.value(free).toInt();
        QVERIFY2(n <= previous, qPrintable(row.cells.join(u'|')));
        previous = n;
        changedOrder = changedOrder || row.cells != plain.value().rows().at(i).cells;
    }
    QVERIFY(changedOrder);

    // Fees: the largest amount due first, by value and not by text ("€99" < "€100").
    o.arrangement.sortBy = QStringLiteral("due");
    const Fallible<ReportTable> fees = ReportCatalog::build(m_demo->db(), QStringLiteral("fee-summary"), o);
    QVERIFY(fees);
    const int due = fees.value().columnIndex(QStringLiteral("due"));
    qint64 last = std::numeric_limits<qint64>::max();
    for (const core::ReportRow &row : fees.value().rows()) {
        if (row.kind != core::ReportRow::Kind::Data)
            continue;
        QVERIFY2(row.raw.value(due).toLongLong() <= last, qPrintable(row.cells.join(u'|')));
        last = row.raw.value(due).toLongLong();
    }
    QCOMPARE(fees.value().rows().last().kind, core::ReportRow::Kind::Total);
}

void tst_ReportCatalog::sortAndGroup_badChoices_fail()
{
    ReportOptions o = options();
    o.arrangement.sortBy = QStringLiteral("shoe_size");
    Fallible<ReportTable> t = ReportCatalog::build(m_demo->db(), QStringLiteral("participants"), o);
    QVERIFY(!t);
    QVERIFY2(t.message().contains(QStringLiteral("no column \"shoe_size\" to sort by")), qPrintable(t.message()));
    QVERIFY2(t.message().contains(QStringLiteral("name, organisation")), qPrintable(t.message()));

    o = options();
    o.arrangement.groupBy = QStringLiteral("day");
    t = ReportCatalog::build(m_demo->db(), QStringLiteral("venue-summary"), o);
    QVERIFY(!t);
    QVERIFY2(t.message().contains(QStringLiteral("cannot be grouped again")), qPrintable(t.message()));

    // A public list has no diet column to group by.
    o = options();
    o.publicList = true;
    o.arrangement.groupBy = QStringLiteral("diet");
    t = ReportCatalog::build(m_demo->db(), QStringLiteral("participants"), o);
    QVERIFY(!t);
    QVERIFY2(t.message().contains(QStringLiteral("\"diet\"")), qPrintable(t.message()));
}

QTEST_MAIN(tst_ReportCatalog)
#include "tst_ReportCatalog.moc"
