#include "domain/FundedDevelopment.h"

namespace convivium::core {

qint64 FundedDevelopment::pledgedCents() const
{
    qint64 sum = 0;
    for (const FundingShare &s : shares)
        sum += s.pledgedCents;
    return sum;
}

qint64 FundedDevelopment::paidCents() const
{
    qint64 sum = 0;
    for (const FundingShare &s : shares)
        sum += s.paidCents;
    return sum;
}

} // namespace convivium::core
