#pragma once

namespace convivium::core {
class Database;
}

namespace convivium::bench {

class Measures;

// Occupancy, meal counts and fee totals for every registration of the
// community (30,000 in the generated one), read from the database and
// computed as the event pages do.
void runFiguresBench(const core::Database &db, Measures &measures);

} // namespace convivium::bench
