#pragma once

namespace convivium::bench {

// The report engine on generated tables, no database involved: a
// 2,000-row participant list and a lodging plan of 500 people over 5
// nights, each written to a PDF in a temporary folder, best of 3.
// Prints "participant_list_pdf_2000 <ms> ms" and "lodging_plan_pdf_500 <ms> ms".
// Needs a QGuiApplication (fonts).
void runReportBench();

} // namespace convivium::bench
