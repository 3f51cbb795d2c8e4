#include "domain/Contributor.h"

namespace convivium::core {

QString Contributor::displayName() const
{
    return (givenName + u' ' + familyName).trimmed();
}

bool Contributor::hasConsented(const QString &kind) const
{
    for (const Consent &c : consents)
        if (c.kind == kind)
            return c.granted;
    return false;
}

} // namespace convivium::core
