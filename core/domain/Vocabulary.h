#pragma once
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace convivium::core {

// The closed lists of the domain (kinds, statuses, roles…): a stable code
// stored in the database and a label translated when shown.
struct Term {
    QString code;
    QString label;
};

class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)
public:
    enum List {
        OrganisationKind, OrganisationRole, RelationKind, MembershipStatus, ContributionKind,
        ConsentKind, HandleKind, GroupKind, Cadence, GroupStatus, MemberRole, EventKind,
        EventMode, EventStatus, ContractType, DevelopmentStatus, LodgingKind,
        RegistrationStatus, Meal
    };
    static QList<Term> terms(List list);
    static QStringList codes(List list);
    static QString label(List list, const QString &code);   // the code itself if unknown
    static bool contains(List list, const QString &code);
    // For imports: the code a cell means, given as the code, the English label
    // or the label in the current language, in any case and accents; empty when none.
    static QString codeFor(List list, const QString &text);
};

} // namespace convivium::core
