#pragma once

namespace convivium::core {
class Database;
}

namespace convivium::bench {

class Measures;
struct ReportCommunities;

// Reports as the user gets them: built by the real report builders from the
// engine's database, then written to a PDF in a temporary folder, best of 3.
// - participant_list_pdf_2000: one event with 2,000 registrations;
// - lodging_plan_pdf_500: one event of 500 participants placed in rooms;
// - contributors_report_build_100k: the contributor list of the big community
//   (building the table only; its PDF runs to thousands of pages).
// Needs a QGuiApplication (fonts).
void runReportBench(const core::Database &bigCommunity, const ReportCommunities &small, Measures &measures);

} // namespace convivium::bench
