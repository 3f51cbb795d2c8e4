#pragma once
#include "Result.h"

#include <QCoreApplication>

namespace convivium::core {

class Database;

// The registrations of the demo's winter meeting 2026: about thirty-five
// invented participants with varied stays, lodging options, diets and
// payers, a few on the waiting list, some payments and rooms partly allocated.
class DemoRegistrations
{
    Q_DECLARE_TR_FUNCTIONS(DemoRegistrations)
public:
    static Result write(const Database &db);
};

} // namespace convivium::core
