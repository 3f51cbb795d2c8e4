#pragma once
#include "Result.h"

namespace convivium::core {
class Database;
}

namespace convivium::bench {

// Writes a large, deterministic community (same seed, same data) for the
// benchmarks: organisations, contributors with e-mails and affiliations,
// groups with members, events with lodging options and registrations.
struct CommunitySize {
    int organisations = 5000;
    int contributors = 100000;
    int groups = 500;
    int events = 300;
    int registrations = 30000;
    int sharedRooms = 40;   // two-bed rooms per event
    int soloRooms = 20;     // one-bed rooms per event
    bool allConfirmed = false;   // every registration counts (report benches)
};

class CommunityGenerator
{
public:
    static core::Result write(const core::Database &db, const CommunitySize &size, quint32 seed = 2026);
};

} // namespace convivium::bench
