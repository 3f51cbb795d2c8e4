#pragma once
#include "domain/Event.h"
#include "domain/Registration.h"
#include "services/Validation.h"

#include <QCoreApplication>

namespace convivium::core {

// What the registration form tells the user while they type: errors that
// block saving, warnings that do not, and whether the place is there.
struct RegistrationCheck {
    FieldErrors errors;
    QStringList warnings;
    QList<QDate> fullNights;       // nights on which the chosen option is full
    bool eventFull = false;
    bool late = false;             // submitted after the deadline: kept, marked late
    bool needsWaitlist() const { return !fullNights.isEmpty() || eventFull; }
};

class RegistrationRules
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationRules)
public:
    // `others` are the event's other registrations; `duplicateOf` the id of
    // this contributor's existing registration to the event, if any.
    static RegistrationCheck check(const Registration &r, const Event &event, const QList<Registration> &others,
                                   qint64 duplicateOf);
    // The contributor's registration among an event's registrations (0: none).
    static qint64 registrationOf(const QList<Registration> &registrations, qint64 contributorId);
    static bool isLate(const Registration &r, const Event &event);
    // The oldest waiting registration that fits once `others` are counted (0: none).
    static qint64 nextToPromote(const Event &event, const QList<Registration> &registrations);
    static FieldErrors validateEvent(const Event &event);
};

} // namespace convivium::core
