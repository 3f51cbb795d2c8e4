#include "ReportBench.h"
#include "Measures.h"
#include "ReportCommunities.h"
#include "db/Database.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportCatalog.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <memory>

namespace convivium::bench {

namespace {

std::unique_ptr<core::Database> open(const QString &location)
{
    core::Database::OpenReport report;
    std::unique_ptr<core::Database> db = core::Database::open(location, core::Database::Mode::OpenExisting, &report);
    if (!db)
        std::fprintf(stderr, "%s\n", qPrintable(report.message));
    return db;
}

// Best of three runs of build + PDF, in milliseconds; -1 on failure.
double bestOfThree(const core::Database &db, const QString &report, const QString &pdf, int *rows = nullptr)
{
    core::ReportOptions options;
    options.eventId = 1;
    options.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    double best = 1e12;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        const core::Fallible<core::ReportTable> table = core::ReportCatalog::build(db, report, options);
        core::Result written = table.result();
        if (table)
            written = core::PdfReportWriter().writePdf(pdf, table.value());
        if (!written) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(report), qPrintable(written.message()));
            return -1;
        }
        best = std::min(best, t.nsecsElapsed() / 1e6);
        if (rows)
            *rows = table.value().rowCount();
    }
    return best;
}

} // namespace

void runReportBench(const core::Database &bigCommunity, const ReportCommunities &small, Measures &measures)
{
    QTemporaryDir dir;
    int rows = 0;
    if (auto db = open(small.participants)) {
        measures.add(QStringLiteral("participant_list_pdf_2000"),
                     bestOfThree(*db, QStringLiteral("participants"), dir.filePath(QStringLiteral("participants.pdf")), &rows),
                     QStringLiteral("ms"));
        measures.add(QStringLiteral("participant_list_rows"), rows, QStringLiteral("rows"));
    }
    if (auto db = open(small.lodging)) {
        measures.add(QStringLiteral("lodging_plan_pdf_500"),
                     bestOfThree(*db, QStringLiteral("lodging-plan"), dir.filePath(QStringLiteral("lodging.pdf")), &rows),
                     QStringLiteral("ms"));
        measures.add(QStringLiteral("lodging_plan_rows"), rows, QStringLiteral("rows"));
    }

    QElapsedTimer t;
    t.start();
    const core::Fallible<core::ReportTable> contributors =
        core::ReportCatalog::build(bigCommunity, QStringLiteral("contributors"), core::ReportOptions());
    if (!contributors)
        std::fprintf(stderr, "contributors: %s\n", qPrintable(contributors.message()));
    measures.add(QStringLiteral("contributors_report_build_100k"), contributors ? t.nsecsElapsed() / 1e6 : -1.0,
                 QStringLiteral("ms"));
}

} // namespace convivium::bench
