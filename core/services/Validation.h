#pragma once
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace convivium::core {

class OrganisationRepository;
class ContributorRepository;
struct Organisation;
struct Contributor;
struct Group;
struct FundedDevelopment;

// One reason a form cannot be saved, attached to the field it concerns.
struct FieldError {
    QString field;          // "name", "email", "affiliations", "parent", …
    QString message;        // translated, shown next to the field
    int row = -1;           // line of a table field (affiliations, memberships), else -1
    qint64 conflictId = 0;  // the record in the way (e.g. who already uses an e-mail)
};
using FieldErrors = QList<FieldError>;

// The rules a record must meet before it is saved. The forms show these
// messages inline; the services check them again before writing.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
public:
    static bool isEmail(const QString &text);
    static FieldErrors organisation(const Organisation &org, const OrganisationRepository &repo);
    static FieldErrors contributor(const Contributor &c, const ContributorRepository &repo);
    static FieldErrors group(const Group &g);
    static FieldErrors development(const FundedDevelopment &d);
    static QString firstMessage(const FieldErrors &errors);
};

} // namespace convivium::core
