#pragma once
#include "Result.h"

#include <QCoreApplication>

namespace convivium::core {

class Database;

// A demonstration community to explore the application with: the member
// structures, working groups, governance bodies, events and co-financings
// described in the seed documents (geOrchestra, InnerSource Commons, Geotrek),
// and about forty invented contributors.
class DemoCommunity
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommunity)
public:
    // Fills an empty, migrated database, in one transaction: either
    // everything is written or nothing is. Returns the first failure.
    static Result write(const Database &db);
};

} // namespace convivium::core
