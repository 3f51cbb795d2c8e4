#pragma once
#include <QString>

namespace convivium::ui {
class MainWindow;
}

namespace convivium::bench {

class Measures;

// The contributor list as the user meets it, offscreen: `window` opens the
// community at `location` (a file or a postgresql:// address) and paints its
// largest list, then the filter is typed one key at a time and every column
// sorted both ways. Measures open_and_first_paint, filter_keystroke_median
// and _p95, sort_by_column_worst, and contributors_listed. False when the
// community does not open (the window's warning is on stderr).
bool runListViewBench(ui::MainWindow &window, const QString &location, Measures &measures);

} // namespace convivium::bench
