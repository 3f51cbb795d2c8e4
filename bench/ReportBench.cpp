#include "ReportBench.h"
#include "CommunityGenerator.h"
#include "db/Database.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportCatalog.h"
#include "repositories/EventRepository.h"
#include "repositories/RoomRepository.h"
#include "services/RoomPlanner.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

namespace convivium::bench {

namespace {

void print(const char *name, double value, const char *unit)
{
    std::printf("%s %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

// A community holding one generated event of `registrations` confirmed
// people, with beds for all of them.
std::unique_ptr<core::Database> eventCommunity(const QString &path, int registrations)
{
    core::Database::OpenReport report;
    std::unique_ptr<core::Database> db = core::Database::openFile(path, core::Database::Mode::CreateIfMissing, &report);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(report.message));
        return nullptr;
    }
    CommunitySize size;
    size.organisations = 300;
    size.contributors = registrations * 3 / 2;
    size.groups = 0;
    size.events = 1;
    size.registrations = registrations;
    size.sharedRooms = registrations / 3 + 1;
    size.soloRooms = registrations / 3 + 1;
    size.allConfirmed = true;
    if (const core::Result r = CommunityGenerator::write(*db, size); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.message()));
        return nullptr;
    }
    return db;
}

// Rooms made from the lodging options and everyone placed by the allocator,
// as "Allocate automatically" does.
bool placeEveryone(const core::Database &db, qint64 eventId)
{
    const core::Fallible<core::Event> event = core::EventRepository(db).load(eventId);
    if (!event)
        return false;
    const core::RoomRepository rooms(db);
    for (const core::Room &room : core::RoomPlanner::roomsToCreate(event.value(), rooms.forEvent(eventId)))
        if (!rooms.insert(room))
            return false;
    const core::AllocationResult plan = core::RoomPlanner::plan(db, eventId);
    return bool(rooms.replaceUnlocked(eventId, core::RoomPlanner::toStored(plan)));
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

void runReportBench(const core::Database &bigCommunity)
{
    QTemporaryDir dir;
    int rows = 0;
    if (auto db = eventCommunity(dir.filePath(QStringLiteral("participants.convivium")), 2000)) {
        print("participant_list_pdf_2000",
              bestOfThree(*db, QStringLiteral("participants"), dir.filePath(QStringLiteral("participants.pdf")), &rows), "ms");
        print("participant_list_rows", rows, "rows");
    }
    if (auto db = eventCommunity(dir.filePath(QStringLiteral("lodging.convivium")), 500); db && placeEveryone(*db, 1)) {
        print("lodging_plan_pdf_500",
              bestOfThree(*db, QStringLiteral("lodging-plan"), dir.filePath(QStringLiteral("lodging.pdf")), &rows), "ms");
        print("lodging_plan_rows", rows, "rows");
    }

    QElapsedTimer t;
    t.start();
    const core::Fallible<core::ReportTable> contributors =
        core::ReportCatalog::build(bigCommunity, QStringLiteral("contributors"), core::ReportOptions());
    print("contributors_report_build_100k", contributors ? t.nsecsElapsed() / 1e6 : -1.0, "ms");
}

} // namespace convivium::bench
