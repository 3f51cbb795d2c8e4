#include "models/ListModels.h"
#include "domain/Vocabulary.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/FundedDevelopmentRepository.h"
#include "repositories/GroupRepository.h"
#include "repositories/OrganisationRepository.h"

namespace convivium::core {

using C = LazyListModel::Column;

LazyListModel *ListModels::organisations(const Database &db, QObject *parent)
{
    return new LazyListModel(db, OrganisationRepository::listDefinition(),
                             {{tr("Name")}, {tr("Acronym")}, {tr("Kind"), C::Code, Vocabulary::OrganisationKind},
                              {tr("Country")}, {tr("City")}, {tr("Platform")}, {tr("Parent")},
                              {tr("Contributors"), C::Number}},
                             {QStringLiteral("organisation"), QStringLiteral("affiliation")}, parent);
}

LazyListModel *ListModels::contributors(const Database &db, QObject *parent)
{
    return new LazyListModel(db, ContributorRepository::listDefinition(),
                             {{tr("Name")}, {tr("E-mail")}, {tr("Organisation")}, {tr("Languages"), C::Languages},
                              {tr("First seen"), C::Date}},
                             {QStringLiteral("contributor"), QStringLiteral("organisation"),
                              QStringLiteral("affiliation")}, parent);
}

LazyListModel *ListModels::groups(const Database &db, QObject *parent)
{
    return new LazyListModel(db, GroupRepository::listDefinition(),
                             {{tr("Name")}, {tr("Kind"), C::Code, Vocabulary::GroupKind}, {tr("Community")},
                              {tr("Cadence"), C::Code, Vocabulary::Cadence}, {tr("Channel")},
                              {tr("Status"), C::Code, Vocabulary::GroupStatus}, {tr("Members"), C::Number}},
                             {QStringLiteral("work_group"), QStringLiteral("group_membership"),
                              QStringLiteral("organisation"), QStringLiteral("contributor")}, parent);
}

LazyListModel *ListModels::events(const Database &db, QObject *parent)
{
    return new LazyListModel(db, EventRepository::listDefinition(),
                             {{tr("Title")}, {tr("Kind"), C::Code, Vocabulary::EventKind}, {tr("Start"), C::Date},
                              {tr("End"), C::Date}, {tr("Venue")}, {tr("Status"), C::Code, Vocabulary::EventStatus},
                              {tr("Registrations"), C::Number}},
                             {QStringLiteral("event"), QStringLiteral("registration"), QStringLiteral("contributor")},
                             parent);
}

LazyListModel *ListModels::developments(const Database &db, QObject *parent)
{
    return new LazyListModel(db, FundedDevelopmentRepository::listDefinition(),
                             {{tr("Title")}, {tr("Provider")}, {tr("Contract"), C::Code, Vocabulary::ContractType},
                              {tr("Status"), C::Code, Vocabulary::DevelopmentStatus},
                              {tr("Budget"), C::Money, -1, 8}, {tr("Pledged"), C::Money, -1, 8},
                              {tr("Paid"), C::Money, -1, 8}, {tr("Funders"), C::Number}, {tr("Currency")}},
                             {QStringLiteral("funded_development"), QStringLiteral("funding_share"),
                              QStringLiteral("organisation")}, parent);
}

} // namespace convivium::core
