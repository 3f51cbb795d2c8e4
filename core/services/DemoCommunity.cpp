// Demonstration data. The organisations, working groups, governance bodies,
// events and co-financings are drawn from the seed documents (geOrchestra's
// community page and 2026 winter meeting announcement, InnerSource Commons'
// community page, the Geotrek presentation). Fees, budgets, dates and prices
// that the seeds do not give are plausible inventions. Every person is
// invented: nobody named in the seeds appears, and all e-mail addresses use
// example domains.
#include "services/DemoCommunity.h"
#include "services/DemoRegistrations.h"
#include "db/Transaction.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/FundedDevelopmentRepository.h"
#include "repositories/GroupRepository.h"
#include "repositories/OrganisationRepository.h"

#include <QHash>

#include <initializer_list>

namespace convivium::core {

namespace {

// A date in the data tables; {} is "no date".
struct Day {
    int y = 0, m = 0, d = 0;
    QDate date() const { return y > 0 ? QDate(y, m, d) : QDate(); }
};

// Never a null string: the repositories bind text as it is, a null QString
// reaches SQL as NULL, and the NOT NULL text columns refuse it. For the same
// reason the records built below set every text field, if only to "".
QString text(const char *utf8) { return QString::fromUtf8(utf8 ? utf8 : ""); }
QStringList list(const char *utf8) { return text(utf8).split(u',', Qt::SkipEmptyParts); }

// ---------------------------------------------------------------- organisations

struct OrganisationRow {
    const char *key;          // how the rest of this file refers to it
    const char *kind;
    const char *name;
    const char *acronym;
    const char *country;
    const char *city;
    const char *website;
    const char *platformName;
    const char *platformUrl;
    const char *roles;        // comma-separated
    const char *parent;       // key, or nullptr
    Day publicSince;          // {}: no consent to appear in the public list of users
    const char *notes;
};

// In insertion order: a parent, or the target of a relation, comes first.
const OrganisationRow kOrganisations[] = {
    {"georchestra", "association", "Communauté geOrchestra", "geOrchestra", "FR", "",
     "https://www.georchestra.org/", "", "", "member", nullptr, {2014, 1, 1},
     "Projet communautaire. Listes : georchestra@googlegroups.com (généraliste) et georchestra-dev@googlegroups.com "
     "(développement). IRC : #georchestra. Contact du PSC : psc@georchestra.org (aucun support à cette adresse)."},
    {"isc", "association", "InnerSource Commons", "ISC", "US", "",
     "https://innersourcecommons.org/", "", "", "member", nullptr, {2020, 1, 1},
     "Organisme à but non lucratif 501(c)(3) selon le code des impôts des États-Unis. Seuls des individus y sont "
     "affiliés, pas des entreprises. Discussions sur Slack sous la règle de Chatham House ; contenus sous licence CC BY-SA 4.0."},
    {"geotrek", "association", "Communauté Geotrek", "Geotrek", "FR", "",
     "https://geotrek.fr/", "", "", "member", nullptr, {2016, 1, 1},
     "Plus de 100 structures impliquées en 2023. Documentation : https://geotrek.readthedocs.io/ ; code : "
     "https://github.com/geotrekCE/ ; liste : https://groups.google.com/g/geotrek-fr"},
    {"bolivia", "state", "État plurinational de Bolivie", "IDE-EPB", "BO", "La Paz",
     "http://geo.gob.bo/", "GeoBolivia", "http://geo.gob.bo/", "user,member", nullptr, {2015, 6, 1},
     "Infrastructure de données spatiales bolivienne."},
    {"bretagne", "region", "Région Bretagne", "", "FR", "Rennes",
     "https://www.bretagne.bzh/", "GeoBretagne", "http://www.geobretagne.fr", "user,funder,member", nullptr, {2014, 1, 15},
     "Utilise geOrchestra via le partenariat GeoBretagne."},
    {"aquitaine", "region", "Région Aquitaine", "", "FR", "Bordeaux",
     "", "PIGMA", "http://www.pigma.org", "user", nullptr, {2014, 1, 15}, "Projet PIGMA mis en place par le GIP ATGeRI."},
    {"atgeri", "gip", "GIP Aménagement du territoire et gestion des risques", "GIP ATGeRI", "FR", "Bordeaux",
     "http://www.gipatgeri.fr/", "PIGMA", "http://www.pigma.org", "user,funder,member", nullptr, {2014, 1, 15},
     "Met en place et opère PIGMA pour la Région Aquitaine."},
    {"picardie", "region", "Région Picardie", "", "FR", "Amiens",
     "", "GéoPicardie", "http://www.geopicardie.fr/portail/", "user", nullptr, {2015, 3, 2}, ""},
    {"alsace", "region", "Région Alsace", "", "FR", "Strasbourg",
     "", "CIGAL", "http://www.cigalsace.org/portail/", "user", nullptr, {2015, 3, 2}, ""},
    {"auvergne", "region", "Région Auvergne", "", "FR", "Clermont-Ferrand",
     "", "CRAIG", "http://craig.fr/", "user", nullptr, {2015, 3, 2}, "Utilise geOrchestra grâce au GIP CRAIG."},
    {"craig", "gip", "Centre Régional Auvergnat de l'Information Géographique", "CRAIG", "FR", "Clermont-Ferrand",
     "http://craig.fr/", "CRAIG", "http://craig.fr/", "user,member", nullptr, {2015, 3, 2}, ""},
    {"rennes", "agglomeration", "Rennes Métropole", "", "FR", "Rennes",
     "http://metropole.rennes.fr/", "", "", "user", nullptr, {2014, 6, 2}, "Anciennement Rennes Agglomération."},
    {"amupnor", "agglomeration", "Asociación de Municipios Productivos del Norte", "AMUPNOR", "NI", "",
     "http://www.amupnor.com/ide", "IDE AMUPNOR", "http://www.amupnor.com/ide", "user", nullptr, {2016, 2, 1},
     "Association de municipalités du nord du Nicaragua."},
    {"vienne", "agglomeration", "Vienne Agglomération", "", "FR", "Vienne",
     "", "", "", "user", nullptr, {2016, 2, 1}, ""},
    {"inra", "research", "Institut national de la recherche agronomique", "INRA", "FR", "Paris",
     "", "", "", "user", nullptr, {}, "Devenu INRAE en 2020. Ce sont ses unités qui figurent dans la liste publique."},
    {"umr_sas", "research", "UMR Sol, Agro et hydrosystème, Spatialisation", "UMR SAS", "FR", "Rennes",
     "", "", "", "user", "inra", {2016, 5, 2}, "INRA – Agrocampus Ouest, Rennes."},
    {"umr_lisah", "research", "UMR Laboratoire d'étude des Interactions Sol – Agrosystème – Hydrosystème", "UMR LISAH", "FR", "Montpellier",
     "", "", "", "user", "inra", {2016, 5, 2}, "INRA – Montpellier SupAgro."},
    {"champenoux", "research", "INRA Champenoux", "", "FR", "Champenoux",
     "", "", "", "user", "inra", {2016, 5, 2}, ""},
    {"makina", "company", "Makina Corpus", "", "FR", "Toulouse",
     "https://makina-corpus.com/", "", "", "provider", nullptr, {},
     "Développe Geotrek depuis 2012 (équipe Geotrek de l'agence de Toulouse). Expertise, déploiement, intégration de "
     "données, développement, formation, assistance, maintenance, hébergement."},
    {"openig", "company", "OpenIG", "", "FR", "",
     "", "", "", "provider", nullptr, {}, "Prestataire Geotrek."},
    {"camptocamp", "company", "Camptocamp", "", "FR", "Le Bourget-du-Lac",
     "https://www.camptocamp.com/", "", "", "provider", nullptr, {}, "Prestataire geOrchestra."},
    {"ecrins", "national_park", "Parc national des Écrins", "", "FR", "Gap",
     "https://www.ecrins-parcnational.fr/", "", "", "user,funder", nullptr, {2016, 1, 4},
     "Membre du groupement de commandes à l'origine de Geotrek (2012)."},
    {"mercantour", "national_park", "Parc national du Mercantour", "", "FR", "Nice",
     "https://www.mercantour-parcnational.fr/", "", "", "user,funder", nullptr, {2016, 1, 4},
     "Membre du groupement de commandes à l'origine de Geotrek (2012)."},
    {"alpi_marittime", "regional_park", "Parco naturale Alpi Marittime", "", "IT", "Valdieri",
     "", "", "", "user,funder", nullptr, {2016, 1, 4}, "Membre du groupement de commandes à l'origine de Geotrek (2012)."},
    {"pyrenees", "national_park", "Parc national des Pyrénées", "", "FR", "Tarbes",
     "", "", "", "user", nullptr, {2018, 4, 3}, ""},
    {"isere", "departement", "Conseil départemental de l'Isère", "", "FR", "Grenoble",
     "", "", "", "user,funder", nullptr, {2019, 3, 4}, ""},
    {"hautes_pyrenees", "departement", "Conseil départemental des Hautes-Pyrénées", "", "FR", "Tarbes",
     "", "", "", "user,funder", nullptr, {},
     "N'a pas encore donné son accord pour figurer dans la liste publique des utilisateurs."},
    {"vercors", "regional_park", "Parc naturel régional du Vercors", "", "FR", "Lans-en-Vercors",
     "", "", "", "user", nullptr, {2020, 6, 2}, ""},
    {"ot_ecrins", "tourism_office", "Office de tourisme du Pays des Écrins", "", "FR", "L'Argentière-la-Bessée",
     "", "", "", "user", nullptr, {}, ""},
    {"ffrp", "federation", "Fédération française de randonnée pédestre", "FFRandonnée", "FR", "Paris",
     "https://www.ffrandonnee.fr/", "", "", "user", nullptr, {}, ""},
};

struct RelationRow {
    const char *from;
    const char *kind;
    const char *to;
};
const RelationRow kRelations[] = {
    {"bolivia", "member_of", "georchestra"},   {"bretagne", "member_of", "georchestra"},
    {"aquitaine", "member_of", "georchestra"}, {"atgeri", "operates_for", "aquitaine"},
    {"atgeri", "member_of", "georchestra"},    {"picardie", "member_of", "georchestra"},
    {"alsace", "member_of", "georchestra"},    {"auvergne", "member_of", "georchestra"},
    {"craig", "operates_for", "auvergne"},     {"craig", "member_of", "georchestra"},
    {"makina", "partner_of", "geotrek"},       {"openig", "partner_of", "geotrek"},
    {"camptocamp", "partner_of", "georchestra"}, {"ecrins", "member_of", "geotrek"},
    {"mercantour", "member_of", "geotrek"},    {"alpi_marittime", "member_of", "geotrek"},
    {"pyrenees", "member_of", "geotrek"},      {"vercors", "member_of", "geotrek"},
    {"isere", "member_of", "geotrek"},
};

struct MembershipRow {
    const char *key;
    int year;
    qint64 feeCents;
    const char *status;
};
const MembershipRow kMemberships[] = {
    {"bretagne", 2025, 200000, "paid"},  {"bretagne", 2026, 200000, "pending"},
    {"atgeri", 2025, 150000, "paid"},    {"atgeri", 2026, 150000, "paid"},
    {"craig", 2025, 100000, "paid"},     {"craig", 2026, 100000, "pending"},
    {"picardie", 2025, 50000, "lapsed"}, {"amupnor", 2025, 0, "waived"},
    {"amupnor", 2026, 0, "waived"},      {"rennes", 2026, 100000, "pending"},
    {"ecrins", 2025, 80000, "paid"},     {"ecrins", 2026, 80000, "paid"},
    {"mercantour", 2025, 80000, "paid"}, {"mercantour", 2026, 80000, "pending"},
    {"isere", 2026, 60000, "pending"},
};

// ----------------------------------------------------------------- contributors

struct PersonRow {
    const char *given;
    const char *family;       // unique in this table: groups refer to people by it
    const char *emails;       // comma-separated, the primary first
    const char *phone;
    const char *languages;    // comma-separated ISO 639-1 codes
    const char *forge;
    const char *chat;
    const char *pastOrg;      // an ended affiliation, or nullptr
    const char *pastTitle;
    Day pastFrom, pastTo;
    const char *org;          // the current affiliation
    const char *title;
    Day from;
    const char *kinds;        // comma-separated contribution kinds
    Day firstSeen, codeOfConduct;
    const char *consents;     // contact_email, public_lists, photos: y granted, n refused, - not asked
    Day consentsOn;
    const char *notes;
};

const PersonRow kPeople[] = {
    {"Hélène", "Marchand", "helene.marchand@example.org,hmarchand@example.org", "+33 6 39 98 10 01", "fr,en", "github:hmarchand", "irc:hmarchand",
     nullptr, nullptr, {}, {}, "bretagne", "Administratrice de données GeoBretagne", {2014, 1, 6},
     "discussion,documentation,event_organisation", {2014, 3, 10}, {2022, 9, 1}, "yyy", {2022, 9, 1}, "Préside le PSC depuis 2023."},
    {"Loïc", "Le Goff", "loic.legoff@example.org", nullptr, "fr,en", "github:llegoff", "irc:loicg",
     "bretagne", "Développeur GeoBretagne", {2014, 9, 1}, {2018, 8, 31}, "rennes", "Géomaticien", {2018, 9, 3},
     "code,bug_reports,discussion", {2014, 10, 2}, {2022, 9, 1}, "yyn", {2023, 1, 9}, nullptr},
    {"Maëlle", "Kerbrat", "maelle.kerbrat@example.org", "+33 6 39 98 10 03", "fr,en", "github:mkerbrat", nullptr,
     nullptr, nullptr, {}, {}, "atgeri", "Cheffe de projet PIGMA", {2016, 4, 1},
     "discussion,event_organisation,funding", {2016, 5, 20}, {2023, 3, 1}, "yyy", {2023, 3, 1}, "Secrétaire du PSC."},
    {"Thibault", "Mercier", "thibault.mercier@example.com", nullptr, "fr,en", "github:tmercier", nullptr,
     nullptr, nullptr, {}, {}, "camptocamp", "Développeur Java", {2019, 2, 1},
     "code,bug_reports", {2019, 3, 4}, {2024, 3, 1}, "yny", {2024, 3, 1}, nullptr},
    {"Anaïs", "Dufresne", "anais.dufresne@example.org,anais.d@example.org", nullptr, "fr", "github:adufresne", nullptr,
     nullptr, nullptr, {}, {}, "craig", "Administratrice système", {2017, 1, 2},
     "code,documentation", {2017, 2, 14}, {2024, 3, 1}, "yyy", {2024, 3, 1}, "Anime le groupe Documentation."},
    {"Jérôme", "Fabre", "jerome.fabre@example.org", nullptr, "fr,en", "github:jfabre", nullptr,
     "camptocamp", "Développeur", {2015, 3, 2}, {2020, 12, 31}, "atgeri", "Développeur PIGMA", {2021, 1, 4},
     "code,bug_reports,discussion", {2015, 4, 1}, {2022, 9, 1}, "yyn", {2022, 9, 1}, nullptr},
    {"Clémence", "Roux", "clemence.roux@example.org", nullptr, "fr,en", nullptr, nullptr,
     nullptr, nullptr, {}, {}, "alsace", "Chargée de mission CIGAL", {2015, 9, 1},
     "documentation,translation", {2015, 10, 5}, {}, "y--", {2015, 10, 5}, nullptr},
    {"François", "Lemaître", "francois.lemaitre@example.org", nullptr, "fr,en", nullptr, nullptr,
     nullptr, nullptr, {}, {}, "umr_sas", "Ingénieur d'études", {2016, 1, 4},
     "discussion,funding,bug_reports", {2016, 6, 1}, {2023, 3, 1}, "yyy", {2023, 3, 1}, "Trésorier du PSC."},
    {"Gaëlle", "Bernard", "gaelle.bernard@example.org", nullptr, "fr", nullptr, nullptr,
     nullptr, nullptr, {}, {}, "umr_lisah", "Ingénieure en géomatique", {2016, 9, 1},
     "documentation,bug_reports", {2017, 1, 16}, {}, "yn-", {2017, 1, 16}, nullptr},
    {"Benoît", "Garnier", "benoit.garnier@example.org", nullptr, "fr", nullptr, nullptr,
     nullptr, nullptr, {}, {}, "champenoux", "Technicien SIG", {2016, 3, 1},
     "discussion", {2018, 5, 22}, {}, "nn-", {2018, 5, 22}, "Ne souhaite pas recevoir de courriels de la communauté."},
    {"Élodie", "Perrin", "elodie.perrin@example.org", nullptr, "fr,en", nullptr, nullptr,
     nullptr, nullptr, {}, {}, "vienne", "Responsable SIG", {2017, 6, 1},
     "documentation,discussion", {2018, 1, 8}, {2024, 3, 1}, "yyy", {2024, 3, 1}, nullptr},
    {"Noémie", "Fauré", "noemie.faure@example.org", nullptr, "fr,en", "github:nfaure", nullptr,
     "picardie", "Chargée de mission GéoPicardie", {2014, 5, 1}, {2016, 12, 31}, "craig", "Cheffe de projet", {2017, 1, 2},
     "code,discussion,event_organisation", {2014, 6, 12}, {2022, 9, 1}, "yyy", {2022, 9, 1}, "Ancienne membre du PSC (2016-2020)."},
    {"Yannick", "Le Bihan", "yannick.lebihan@example.org", nullptr, "fr,en", "github:ylebihan", "irc:ylb",
     nullptr, nullptr, {}, {}, "bretagne", "Développeur", {2019, 9, 2},
     "code,website", {2019, 10, 1}, {2024, 3, 1}, "yyn", {2024, 3, 1}, nullptr},
    {"Cédric", "Vasseur", "cedric.vasseur@example.com", nullptr, "fr,en", "github:cvasseur", "matrix:@cvasseur:example.org",
     nullptr, nullptr, {}, {}, "makina", "Développeur Python / Django", {2018, 2, 1},
     "code,bug_reports", {2018, 3, 1}, {2025, 6, 2}, "yny", {2025, 6, 2}, nullptr},
    {"Solène", "Garcia", "solene.garcia@example.com", nullptr, "fr,en,es", "github:sgarcia", nullptr,
     nullptr, nullptr, {}, {}, "makina", "Cheffe de projet Geotrek", {2017, 9, 1},
     "event_organisation,documentation,discussion", {2017, 10, 2}, {2025, 6, 2}, "yyy", {2025, 6, 2},
     "Interlocutrice des groupes de travail Geotrek."},
    {"Mathis", "Girard", "mathis.girard@example.com", nullptr, "fr", "github:mgirard", nullptr,
     nullptr, nullptr, {}, {}, "openig", "Développeur", {2021, 4, 1},
     "code", {2021, 5, 3}, {}, "y--", {2021, 5, 3}, nullptr},
    {"Amélie", "Chevalier", "amelie.chevalier@example.org", "+33 6 39 98 10 02", "fr,it", "github:achevalier", "matrix:@achevalier:example.org",
     nullptr, nullptr, {}, {}, "ecrins", "Chargée de mission SIG", {2014, 2, 3},
     "discussion,funding,event_organisation,bug_reports", {2014, 3, 3}, {2025, 6, 2}, "yyy", {2025, 6, 2},
     "Préside le comité de pilotage Geotrek."},
    {"Grégoire", "Blanc", "gregoire.blanc@example.org", nullptr, "fr,it", nullptr, nullptr,
     nullptr, nullptr, {}, {}, "mercantour", "Géomaticien", {2015, 5, 4},
     "bug_reports,funding", {2016, 4, 12}, {2025, 6, 2}, "yyn", {2025, 6, 2}, nullptr},
    {"Inès", "Benali", "ines.benali@example.org", nullptr, "fr,en", nullptr, "matrix:@ibenali:example.org",
     nullptr, nullptr, {}, {}, "isere", "Chargée de projet randonnée", {2019, 1, 7},
     "bug_reports,funding,discussion", {2019, 3, 18}, {2025, 6, 2}, "yyy", {2025, 6, 2}, nullptr},
    {"Rémi", "Lacoste", "remi.lacoste@example.org", nullptr, "fr,es", nullptr, nullptr,
     nullptr, nullptr, {}, {}, "hautes_pyrenees", "Responsable SIG", {2020, 2, 3},
     "bug_reports,funding", {2020, 6, 9}, {}, "yn-", {2020, 6, 9}, nullptr},
    {"Océane", "Moulin", "oceane.moulin@example.org", nullptr, "fr,en", nullptr, nullptr,
     nullptr, nullptr, {}, {}, "vercors", "Chargée de valorisation des sentiers", {2020, 9, 1},
     "documentation,bug_reports", {2021, 1, 11}, {2025, 6, 2}, "yyy", {2025, 6, 2}, nullptr},
    {"Baptiste", "Rolland", "baptiste.rolland@example.org", nullptr, "fr,en", nullptr, nullptr,
     nullptr, nullptr, {}, {}, "ot_ecrins", "Chargé de communication numérique", {2022, 3, 1},
     "website,bug_reports", {2022, 4, 4}, {}, "ynn", {2022, 4, 4}, nullptr},
    {"Marion", "Jacquet", "marion.jacquet@example.org", nullptr, "fr", nullptr, nullptr,
     nullptr, nullptr, {}, {}, "ffrp", "Responsable numérique", {2021, 9, 1},
     "discussion,bug_reports", {2023, 2, 6}, {}, "y--", {2023, 2, 6}, nullptr},
    {"Sébastien", "Nguyen", "sebastien.nguyen@example.org", nullptr, "fr,en", "github:snguyen", nullptr,
     nullptr, nullptr, {}, {}, "pyrenees", "Géomaticien", {2018, 4, 3},
     "code,bug_reports", {2018, 6, 4}, {2025, 6, 2}, "yyy", {2025, 6, 2}, nullptr},
    {"Pauline", "Vidal", "pauline.vidal@example.org,pvidal@example.com", nullptr, "fr,en", "github:pvidal", nullptr,
     "makina", "Designeuse UX", {2016, 1, 4}, {2021, 6, 30}, "ecrins", "Chargée de communication numérique", {2021, 9, 1},
     "website,documentation,bug_reports", {2016, 2, 1}, {2025, 6, 2}, "yyy", {2025, 6, 2},
     "A rejoint le Parc national des Écrins après cinq ans chez Makina Corpus."},
    {"Étienne", "Barbier", "etienne.barbier@example.com", nullptr, "fr,en,es", "github:ebarbier", "irc:ebarbier",
     nullptr, nullptr, {}, {}, "camptocamp", "Architecte logiciel", {2014, 1, 6},
     "code,discussion,documentation", {2014, 2, 3}, {2022, 9, 1}, "yyy", {2022, 9, 1}, nullptr},
    {"José", "Quispe Mamani", "jose.quispe@example.org", nullptr, "es,en", "github:jquispe", nullptr,
     nullptr, nullptr, {}, {}, "bolivia", "Coordinador de la IDE", {2015, 2, 2},
     "discussion,translation,code", {2015, 6, 15}, {2023, 3, 1}, "yyy", {2023, 3, 1}, "Traduit la documentation en espagnol."},
    {"María Fernanda", "Choque", "mariafernanda.choque@example.org", nullptr, "es", nullptr, nullptr,
     nullptr, nullptr, {}, {}, "bolivia", "Desarrolladora", {2019, 7, 1},
     "code,translation", {2019, 8, 5}, {}, "yy-", {2019, 8, 5}, nullptr},
    {"Andrés", "Gutiérrez", "andres.gutierrez@example.org", nullptr, "es", nullptr, nullptr,
     nullptr, nullptr, {}, {}, "amupnor", "Técnico SIG", {2016, 2, 1},
     "bug_reports,translation", {2016, 3, 7}, {}, "y--", {2016, 3, 7}, nullptr},
    {"Lucía", "Martínez Ríos", "lucia.martinez@example.org", nullptr, "es,en", nullptr, nullptr,
     "amupnor", "Técnica SIG", {2016, 2, 1}, {2019, 12, 31}, "amupnor", "Coordinadora", {2020, 1, 1},
     "discussion", {2016, 4, 18}, {}, "yn-", {2016, 4, 18}, nullptr},
    {"Giulia", "Rossetti", "giulia.rossetti@example.org", nullptr, "it,fr,en", nullptr, nullptr,
     nullptr, nullptr, {}, {}, "alpi_marittime", "Responsabile GIS", {2012, 3, 1},
     "funding,bug_reports,translation", {2014, 5, 5}, {2025, 6, 2}, "yyy", {2025, 6, 2}, "Traduit Geotrek-Rando en italien."},
    {"Matteo", "Bianchi", "matteo.bianchi@example.org", nullptr, "it", nullptr, nullptr,
     nullptr, nullptr, {}, {}, "alpi_marittime", "Guardaparco", {2018, 5, 2},
     "bug_reports", {2022, 7, 4}, {}, "yny", {2022, 7, 4}, nullptr},
    {"Rachel", "Whitmore", "rachel.whitmore@example.com", nullptr, "en", nullptr, "slack:rachel.w",
     nullptr, nullptr, {}, {}, "isc", "Membre du conseil d'administration", {2021, 1, 4},
     "discussion,event_organisation", {2018, 10, 1}, {2021, 1, 4}, "yyy", {2021, 1, 4}, nullptr},
    {"Owen", "Fletcher", "owen.fletcher@example.com", nullptr, "en", "github:ofletcher", "slack:owen.f",
     nullptr, nullptr, {}, {}, "isc", "Bénévole, Learning Path", {2020, 6, 1},
     "documentation,website", {2020, 6, 1}, {2020, 6, 1}, "yyy", {2020, 6, 1}, nullptr},
    {"Priya", "Raman", "priya.raman@example.com", nullptr, "en", "github:praman", "slack:priya.r",
     nullptr, nullptr, {}, {}, "isc", "Mainteneuse des Patterns", {2019, 4, 1},
     "documentation,code", {2019, 4, 1}, {2019, 4, 1}, "yyn", {2019, 4, 1}, nullptr},
    {"Samuel", "Okafor", "samuel.okafor@example.com", nullptr, "en", nullptr, "slack:sam.okafor",
     nullptr, nullptr, {}, {}, "isc", "Bénévole, marketing", {2022, 2, 1},
     "website,event_organisation", {2022, 2, 1}, {2022, 2, 1}, "yyy", {2022, 2, 1}, nullptr},
    {"Hannah", "Lindqvist", "hannah.lindqvist@example.com", nullptr, "en", "github:hlindqvist", "slack:hannah.l",
     nullptr, nullptr, {}, {}, "isc", "Co-animatrice du groupe ISPOs", {2021, 9, 1},
     "documentation,discussion", {2021, 9, 1}, {2021, 9, 1}, "yyy", {2021, 9, 1}, nullptr},
    {"Daniel", "Brooks", "daniel.brooks@example.com", nullptr, "en,es", "github:dbrooks", nullptr,
     nullptr, nullptr, {}, {}, "isc", "Bénévole", {2025, 2, 10},
     "code,documentation", {2025, 2, 10}, {2025, 2, 10}, "y-n", {2025, 2, 10}, nullptr},
    {"Aurélie", "Caron", "aurelie.caron@example.org,acaron@example.com", nullptr, "fr,en", "github:acaron", "slack:aurelie.c",
     "bretagne", "Cheffe de projet numérique", {2017, 1, 2}, {2022, 8, 31}, "rennes", "Responsable InnerSource", {2022, 9, 1},
     "documentation,discussion,translation", {2017, 3, 6}, {2022, 10, 3}, "yyy", {2022, 10, 3},
     "Relaie les pratiques InnerSource auprès des collectivités."},
    {"Julien", "Moreau", "julien.moreau@example.org", nullptr, "fr,en", nullptr, "slack:julien.m",
     nullptr, nullptr, {}, {}, "isc", "Bénévole, traduction", {2024, 1, 15},
     "translation", {2024, 1, 15}, {2024, 1, 15}, "yyy", {2024, 1, 15}, "Traduit les pages communautaires en français."},
};

// ---------------------------------------------------------------------- groups

struct GroupRow {
    const char *key;          // how memberships and meetings refer to it
    const char *organisation;
    const char *kind;
    const char *name;
    const char *cadence;
    const char *status;
    const char *channel;
    const char *repository;
    int seats;
    const char *mission;
    const char *notes;
};

const char *const kGeotrekList = "https://groups.google.com/g/geotrek-fr";
const char *const kGeorchestraList = "georchestra@googlegroups.com";

const GroupRow kGroups[] = {
    // InnerSource Commons (seed 002).
    {"learning_path", "isc", "working_group", "Learning Path", "weekly", "active", "#learning-path",
     "https://github.com/InnerSourceCommons/InnerSourceLearningPath", 0,
     "Produit une série de courtes vidéos et d'articles expliquant et enseignant divers aspects de l'InnerSource.",
     "Pour commencer : rejoindre le canal Slack #learning-path et se présenter."},
    {"patterns", "isc", "working_group", "Patterns", "regular", "active", "#innersource-patterns",
     "https://github.com/InnerSourceCommons/InnerSourcePatterns/", 0,
     "Rédige un livre des « InnerSource Patterns » : les meilleures pratiques codifiées dans un format spécifique "
     "facile à comprendre et à réutiliser.",
     "Se rencontre régulièrement ; la plupart du travail est asynchrone, sur GitHub."},
    {"marketing", "isc", "working_group", "Marketing et communication", "biweekly", "active", "#marketing", "", 0,
     "Fait la promotion des réussites de l'InnerSource, soutient les activités de communication, mène des recherches "
     "et organise les évènements InnerSource.", ""},
    {"ispos", "isc", "working_group", "ISPOs", "regular", "active", "#ispo-working-group",
     "https://github.com/InnerSourceCommons/ispo-working-group", 0,
     "Produit des travaux pour initialiser, enseigner et faire passer l'InnerSource à l'échelle dans les entreprises "
     "(InnerSource Program Offices).",
     "Réunions régulières ; la plupart du travail est asynchrone, sur GitHub."},
    {"isc_board", "isc", "governance_body", "Conseil d'administration InnerSource Commons", "monthly", "active", "", "", 7,
     "Siéger au conseil d'administration est, pour la communauté, un moyen de renforcer son engagement envers "
     "l'InnerSource.", ""},
    // Geotrek (seed 003).
    {"sensitive_areas", "geotrek", "working_group", "Zones sensibles", "regular", "active", kGeotrekList, "", 0,
     "Gérer les zones de sensibilité de la faune et de la flore dans Geotrek-Admin et les diffuser au public.", ""},
    {"booking", "geotrek", "working_group", "Réservation en ligne", "asynchronous", "dormant", kGeotrekList, "", 0,
     "Relier Geotrek-Rando aux systèmes de réservation d'hébergements et de prestations.", ""},
    {"suricate", "geotrek", "working_group", "Signalement Suricate", "monthly", "active", kGeotrekList, "", 0,
     "Faire remonter les signalements des usagers (Suricate) vers Geotrek-Admin et en suivre le traitement.", ""},
    {"rando_ux", "geotrek", "working_group", "Ergonomie Geotrek-Rando", "biweekly", "active", "Matrix : salon Geotrek-Rando",
     "https://github.com/geotrekCE/", 0, "Améliorer l'ergonomie et l'accessibilité du portail Geotrek-Rando.", ""},
    {"outdoor", "geotrek", "working_group", "Activités outdoor", "monthly", "active", kGeotrekList, "", 0,
     "Décrire dans Geotrek les activités de pleine nature autres que la randonnée : escalade, vol libre, eaux vives…", ""},
    {"geotrek_board", "geotrek", "governance_body", "Comité de pilotage Geotrek", "regular", "active", kGeotrekList, "", 8,
     "Garantir la concertation et la cohérence des développements ; organiser la gouvernance du projet ; organiser "
     "le partage et la communication des ressources ; suivre les projets de développement, partenariats et groupes de "
     "travail thématiques ; organiser les rencontres annuelles de la communauté.",
     "Propose depuis 2016 des rencontres annuelles aux utilisateurs et aux partenaires."},
    // geOrchestra (seeds 000 and 001).
    {"psc", "georchestra", "governance_body", "PSC geOrchestra", "monthly", "active", "psc@georchestra.org", "", 7,
     "Project Steering Committee : veille au respect du manifeste, arbitre les orientations du projet et organise "
     "les rencontres communautaires.",
     "Aucun support n'est fourni à l'adresse du PSC."},
    {"documentation", "georchestra", "working_group", "Documentation", "regular", "active", kGeorchestraList,
     "https://github.com/georchestra/georchestra", 0,
     "Rédiger et tenir à jour la documentation d'installation, d'administration et d'utilisation.", ""},
    {"governance", "georchestra", "working_group", "Gouvernance", "asynchronous", "active", kGeorchestraList, "", 0,
     "Faire évoluer le manifeste, le fonctionnement du PSC et le modèle d'adhésion des structures.", ""},
};

struct MemberRow {
    const char *group;        // key
    const char *family;
    const char *role;
    Day from, to;
};
const MemberRow kGroupMembers[] = {
    {"learning_path", "Fletcher", "lead", {2020, 6, 1}, {}}, {"learning_path", "Moreau", "member", {2024, 1, 15}, {}},
    {"learning_path", "Raman", "member", {2020, 9, 1}, {}}, {"learning_path", "Caron", "member", {2023, 1, 9}, {}},
    {"patterns", "Raman", "lead", {2019, 4, 1}, {}}, {"patterns", "Caron", "lead", {2024, 1, 8}, {}},
    {"patterns", "Brooks", "member", {2025, 3, 3}, {}}, {"marketing", "Okafor", "lead", {2022, 2, 1}, {}},
    {"marketing", "Whitmore", "member", {2021, 1, 4}, {}}, {"marketing", "Moreau", "member", {2024, 6, 3}, {}},
    {"ispos", "Lindqvist", "lead", {2021, 9, 1}, {}}, {"ispos", "Brooks", "member", {2025, 2, 10}, {}},
    {"ispos", "Caron", "member", {2023, 5, 2}, {}}, {"isc_board", "Whitmore", "chair", {2023, 1, 2}, {}},
    {"isc_board", "Lindqvist", "secretary", {2023, 1, 2}, {}}, {"isc_board", "Brooks", "treasurer", {2026, 1, 5}, {}},
    {"isc_board", "Caron", "seat", {2024, 1, 8}, {}}, {"isc_board", "Okafor", "seat", {2023, 1, 2}, {2024, 12, 31}},
    {"sensitive_areas", "Chevalier", "lead", {2019, 5, 6}, {}}, {"sensitive_areas", "Nguyen", "member", {2019, 5, 6}, {}},
    {"sensitive_areas", "Vasseur", "member", {2020, 1, 6}, {}}, {"booking", "Moulin", "lead", {2021, 3, 1}, {}},
    {"booking", "Rolland", "member", {2022, 4, 4}, {}}, {"booking", "Garcia", "member", {2021, 3, 1}, {}},
    {"suricate", "Benali", "lead", {2020, 10, 5}, {}}, {"suricate", "Blanc", "member", {2020, 10, 5}, {}},
    {"suricate", "Girard", "member", {2021, 5, 3}, {}}, {"rando_ux", "Vidal", "lead", {2022, 1, 10}, {}},
    {"rando_ux", "Jacquet", "member", {2023, 2, 6}, {}}, {"rando_ux", "Vasseur", "member", {2022, 1, 10}, {}},
    {"rando_ux", "Moulin", "member", {2022, 1, 10}, {}}, {"outdoor", "Lacoste", "lead", {2021, 6, 7}, {}},
    {"outdoor", "Rossetti", "member", {2021, 6, 7}, {}}, {"outdoor", "Bianchi", "member", {2022, 7, 4}, {}},
    {"geotrek_board", "Chevalier", "chair", {2022, 1, 3}, {}}, {"geotrek_board", "Blanc", "secretary", {2022, 1, 3}, {}},
    {"geotrek_board", "Benali", "seat", {2022, 1, 3}, {}}, {"geotrek_board", "Rossetti", "seat", {2016, 1, 4}, {}},
    {"geotrek_board", "Lacoste", "seat", {2024, 1, 8}, {}}, {"geotrek_board", "Nguyen", "seat", {2022, 1, 3}, {}},
    {"geotrek_board", "Garcia", "seat", {2019, 1, 7}, {}}, {"psc", "Marchand", "chair", {2023, 1, 2}, {}},
    {"psc", "Kerbrat", "secretary", {2023, 1, 2}, {}}, {"psc", "Lemaître", "treasurer", {2023, 1, 2}, {}},
    {"psc", "Barbier", "seat", {2016, 1, 4}, {}}, {"psc", "Le Goff", "seat", {2020, 1, 6}, {}},
    {"psc", "Quispe Mamani", "seat", {2021, 1, 4}, {}}, {"psc", "Dufresne", "seat", {2024, 1, 8}, {}},
    {"psc", "Fauré", "seat", {2016, 1, 4}, {2020, 12, 31}}, {"documentation", "Dufresne", "lead", {2024, 1, 8}, {}},
    {"documentation", "Roux", "member", {2016, 3, 7}, {}}, {"documentation", "Perrin", "member", {2018, 1, 8}, {}},
    {"documentation", "Bernard", "member", {2017, 1, 16}, {}}, {"documentation", "Quispe Mamani", "member", {2019, 5, 6}, {}},
    {"governance", "Kerbrat", "lead", {2023, 3, 1}, {}}, {"governance", "Marchand", "member", {2023, 3, 1}, {}},
    {"governance", "Fabre", "member", {2023, 3, 1}, {}}, {"governance", "Lemaître", "member", {2023, 3, 1}, {}},
};

struct MeetingRow {
    const char *group;        // key
    Day heldOn;
    const char *attendees;    // comma-separated family names
    const char *notes;
};
const MeetingRow kMeetings[] = {
    {"learning_path", {2026, 1, 14}, "Fletcher,Moreau,Caron",
     "Relecture de la traduction française du parcours « Introduction »."},
    {"learning_path", {2026, 1, 21}, "Fletcher,Raman,Moreau", "Planning des prochaines vidéos ; appel à relecteurs."},
    {"rando_ux", {2026, 2, 10}, "Vidal,Vasseur,Moulin,Jacquet",
     "Maquettes de la fiche itinéraire pour la refonte v3 ; tests avec des usagers."},
    {"geotrek_board", {2025, 12, 9}, "Chevalier,Blanc,Benali,Rossetti,Garcia",
     "Bilan 2025 des groupes de travail ; lancement de la refonte de Geotrek-Rando v3."},
    {"geotrek_board", {2026, 3, 10}, "Chevalier,Blanc,Nguyen,Lacoste",
     "Préparation des rencontres annuelles 2026 : programme et ateliers."},
    {"psc", {2025, 11, 4}, "Marchand,Kerbrat,Lemaître,Barbier,Le Goff",
     "Rencontres d'hiver 2026 : retour au Vallon d'Aïga (Ariège), du 30 mars au 3 avril."},
    {"psc", {2026, 1, 6}, "Marchand,Kerbrat,Barbier,Dufresne,Quispe Mamani",
     "Préinscriptions ouvertes le 8 janvier, jusqu'au 15 mars ; un moment d'accueil des nouveaux est envisagé."},
    {"psc", {2026, 2, 3}, "Marchand,Kerbrat,Lemaître,Dufresne",
     "Point sur les préinscriptions et la répartition des chambres."},
};

// ---------------------------------------------------------------------- writer

// Inserts through the repositories, remembering the ids it needs to link
// records and the first failure; once something failed it writes nothing more.
class Writer
{
public:
    explicit Writer(const Database &db) : m_db(db) {}

    Result organisations();
    Result contributors();
    Result groups();
    Result events();
    Result developments();

private:
    template <typename Repository, typename Record>
    qint64 insert(const Record &record)
    {
        if (!m_result)
            return 0;
        Fallible<qint64> id = Repository(m_db).insert(record);
        if (!id) {
            m_result = id.result();
            return 0;
        }
        return id.value();
    }

    qint64 lookup(const QHash<QString, qint64> &ids, const QString &key)
    {
        const qint64 id = ids.value(key);
        if (id == 0 && m_result)
            m_result = Result::failure(DemoCommunity::tr("The demonstration data refers to an unknown record: %1").arg(key));
        return id;
    }
    qint64 org(const char *key) { return lookup(m_organisations, text(key)); }
    qint64 person(const QString &family) { return lookup(m_people, family); }

    const Database &m_db;
    Result m_result;
    QHash<QString, qint64> m_organisations;
    QHash<QString, qint64> m_people;
};

Result Writer::organisations()
{
    for (const OrganisationRow &row : kOrganisations) {
        Organisation o;
        o.kind = text(row.kind);
        o.name = text(row.name);
        o.acronym = text(row.acronym);
        o.country = text(row.country);
        o.city = text(row.city);
        o.website = text(row.website);
        o.platformName = text(row.platformName);
        o.platformUrl = text(row.platformUrl);
        o.roles = list(row.roles);
        o.parentId = row.parent ? org(row.parent) : 0;
        o.publicConsent = row.publicSince.y > 0;
        o.publicConsentOn = row.publicSince.date();
        o.notes = text(row.notes);
        for (const RelationRow &r : kRelations)
            if (qstrcmp(r.from, row.key) == 0)
                o.relations << OrganisationRelation{0, org(r.to), text(r.kind)};
        for (const MembershipRow &m : kMemberships)
            if (qstrcmp(m.key, row.key) == 0)
                o.memberships << OrganisationMembership{0, m.year, m.feeCents, text(m.status)};
        m_organisations.insert(text(row.key), insert<OrganisationRepository>(o));
    }
    return m_result;
}

Result Writer::contributors()
{
    static const char *const consentKinds[] = {"contact_email", "public_lists", "photos"};
    for (const PersonRow &row : kPeople) {
        Contributor c;
        c.givenName = text(row.given);
        c.familyName = text(row.family);
        c.emails = list(row.emails);
        c.phone = text(row.phone);
        c.languages = list(row.languages);
        if (row.forge)
            c.handles << Handle{QStringLiteral("forge"), text(row.forge)};
        if (row.chat)
            c.handles << Handle{QStringLiteral("chat"), text(row.chat)};
        if (row.pastOrg)
            c.affiliations << Affiliation{0, org(row.pastOrg), text(row.pastTitle), row.pastFrom.date(), row.pastTo.date()};
        c.affiliations << Affiliation{0, org(row.org), text(row.title), row.from.date(), QDate()};
        c.contributionKinds = list(row.kinds);
        for (int i = 0; i < 3; ++i)
            if (row.consents[i] != '-')
                c.consents << Consent{text(consentKinds[i]), row.consents[i] == 'y', row.consentsOn.date()};
        c.firstSeen = row.firstSeen.date();
        c.codeOfConductAcceptedOn = row.codeOfConduct.date();
        c.notes = text(row.notes);
        m_people.insert(c.familyName, insert<ContributorRepository>(c));
    }
    return m_result;
}

Result Writer::groups()
{
    for (const GroupRow &row : kGroups) {
        Group g;
        g.organisationId = org(row.organisation);
        g.kind = text(row.kind);
        g.name = text(row.name);
        g.cadence = text(row.cadence);
        g.status = text(row.status);
        g.channel = text(row.channel);
        g.repository = text(row.repository);
        g.seats = row.seats;
        g.mission = text(row.mission);
        g.notes = text(row.notes);
        for (const MemberRow &m : kGroupMembers)
            if (qstrcmp(m.group, row.key) == 0)
                g.memberships << GroupMembership{0, person(text(m.family)), text(m.role), m.from.date(), m.to.date()};
        for (const MeetingRow &m : kMeetings) {
            if (qstrcmp(m.group, row.key) != 0)
                continue;
            Meeting meeting{0, m.heldOn.date(), {}, text(m.notes)};
            for (const QString &family : list(m.attendees))
                meeting.attendeeIds << person(family);
            g.meetings << meeting;
        }
        insert<GroupRepository>(g);
    }
    return m_result;
}

// ---------------------------------------------------------------------- events

Event makeEvent(const QString &kind, const QString &title, const QString &edition, const QDate &start, const QDate &end,
                const QString &mode, const QString &status, int capacity, qint64 organisationId)
{
    Event e;
    e.kind = kind;
    e.title = title;
    e.edition = edition;
    e.start = start;
    e.end = end;
    e.mode = mode;
    e.status = status;
    e.capacity = capacity;
    e.organisationId = organisationId;
    e.currency = QStringLiteral("EUR");
    const QString none = QStringLiteral("");
    e.feePolicy = e.topics = e.notes = none;
    e.venue = Venue{0, none, none, none, none, none, none};   // none: see atVallonDAiga()
    return e;
}

// The venue of the geOrchestra winter meetings, in full board (seed 001).
void atVallonDAiga(Event &e)
{
    e.venue = Venue{0, QStringLiteral("Vallon d'Aïga"),
                    QStringLiteral("2 Chemin du Col d'Ussat, 09400 Ornolac-Ussat-les-Bains, France"),
                    QStringLiteral("https://www.vallon-aiga.com/accueil"), QStringLiteral(""), QStringLiteral(""),
                    QStringLiteral("")};
    e.lodgingOptions = {
        LodgingOption{0, QStringLiteral("Chambre partagée 2 lits"), QStringLiteral("shared_room"), 2, 8, 6200, 0, true},
        LodgingOption{0, QStringLiteral("Chambre partagée 3 lits"), QStringLiteral("shared_room"), 3, 5, 5800, 0, true},
        LodgingOption{0, QStringLiteral("Chambre solo"), QStringLiteral("solo_room"), 1, 6, 6200, 1500, true},
        LodgingOption{0, QStringLiteral("Dortoir"), QStringLiteral("dormitory"), 8, 1, 4800, 0, true},
        LodgingOption{0, QStringLiteral("Tente"), QStringLiteral("tent"), 1, 6, 3500, 0, true},
        LodgingOption{0, QStringLiteral("Logement ailleurs"), QStringLiteral("elsewhere"), 0, 0, 0, 0, false}};
    e.mealPrices = {MealPrice{QStringLiteral("breakfast"), 800}, MealPrice{QStringLiteral("lunch"), 1700},
                    MealPrice{QStringLiteral("dinner"), 1700}};
    e.transitDaysStart = 1;
    e.transitDaysEnd = 1;
    e.feePolicy = QStringLiteral(
        "Il s'agit d'un évènement gratuit. Les seuls frais de participation sont l'hébergement et les repas, à régler "
        "directement auprès de la structure d'accueil (le Vallon d'Aïga), en pension complète : chambres partagées de 2 "
        "ou 3 lits, chambre en solo avec un supplément de 15 €/nuit, dortoir pour faire des économies, ou tente pour les "
        "plus braves. Il est aussi possible de se loger ailleurs et de se nourrir par ses propres moyens : nous contacter "
        "par courriel pour caler les détails.");
}

Result Writer::events()
{
    const qint64 georchestra = org("georchestra");
    const QString sprint = QStringLiteral("sprint"), userMeeting = QStringLiteral("user_meeting");
    const QString inPerson = QStringLiteral("in_person");

    Event e = makeEvent(sprint, QStringLiteral("Rencontres communautaires d'hiver 2026"), QStringLiteral("Hiver 2026"),
                        QDate(2026, 3, 30), QDate(2026, 4, 3), inPerson, QStringLiteral("open"), 45, georchestra);
    atVallonDAiga(e);
    e.registrationOpens = QDate(2026, 1, 8);
    e.registrationDeadline = QDate(2026, 3, 15);
    e.topics = QStringLiteral("technique, gouvernance, documentation, accueil des nouveaux");
    e.notes = QStringLiteral("Les 30 mars et 3 avril sont des jours de transit et de mise en place. Un moment d'accueil et de "
                             "découverte du projet est envisagé (contact : psc@georchestra.org). Préinscription par le "
                             "formulaire en ligne, au plus tard le 15 mars 2026.");
    insert<EventRepository>(e);

    e = makeEvent(sprint, QStringLiteral("Sprint communautaire Ariège 2024"), QStringLiteral("Printemps 2024"),
                  QDate(2024, 4, 2), QDate(2024, 4, 5), inPerson, QStringLiteral("held"), 40, georchestra);
    atVallonDAiga(e);
    e.registrationOpens = QDate(2024, 1, 15);
    e.registrationDeadline = QDate(2024, 3, 15);
    e.topics = QStringLiteral("technique, gouvernance, documentation");
    e.notes = QStringLiteral("Compte rendu : https://www.georchestra.org/blog/2024/04/04/community-sprint-ariege-fr/");
    insert<EventRepository>(e);

    e = makeEvent(userMeeting, QStringLiteral("geOcom 2026"), QStringLiteral("2026"), QDate(2026, 10, 14),
                  QDate(2026, 10, 15), QStringLiteral("hybrid"), QStringLiteral("draft"), 120, georchestra);
    e.topics = QStringLiteral("retours d'expérience, feuille de route, découverte de geOrchestra");
    e.notes = QStringLiteral("Rencontre des utilisateurs, ouverte aux curieux qui n'utilisent pas encore geOrchestra. "
                             "Lieu et dates à confirmer.");
    insert<EventRepository>(e);

    e = makeEvent(userMeeting, QStringLiteral("Rencontres annuelles Geotrek 2026"), QStringLiteral("2026"),
                  QDate(2026, 6, 16), QDate(2026, 6, 17), inPerson, QStringLiteral("draft"), 100, org("geotrek"));
    e.registrationOpens = QDate(2026, 3, 16);
    e.registrationDeadline = QDate(2026, 5, 29);
    e.topics = QStringLiteral("avenir de Geotrek, refonte de Geotrek-Rando, groupes de travail");
    e.notes = QStringLiteral("Organisées par le comité de pilotage pour les utilisateurs et les partenaires. Lieu à confirmer.");
    insert<EventRepository>(e);

    e = makeEvent(QStringLiteral("onboarding"), QStringLiteral("Accueil des nouveaux membres InnerSource Commons"),
                  QStringLiteral("Février 2026"), QDate(2026, 2, 18), QDate(2026, 2, 18), QStringLiteral("online"),
                  QStringLiteral("open"), 30, org("isc"));
    e.registrationOpens = QDate(2026, 1, 19);
    e.registrationDeadline = QDate(2026, 2, 16);
    e.feePolicy = QStringLiteral("Participation gratuite.");
    e.topics = QStringLiteral("découverte de la communauté, groupes de travail, règle de Chatham House, code de conduite");
    e.notes = QStringLiteral("Session en ligne. Pour se présenter avant : canal #general de Slack.");
    insert<EventRepository>(e);
    return m_result;
}

// ---------------------------------------------------------------- developments

FundedDevelopment makeDevelopment(const QString &title, const QString &description, qint64 providerId,
                                  const QString &contractType, qint64 budgetCents, const QString &status)
{
    FundedDevelopment d;
    d.title = title;
    d.description = description;
    d.providerId = providerId;
    d.contractType = contractType;
    d.budgetCents = budgetCents;
    d.currency = QStringLiteral("EUR");
    d.status = status;
    d.notes = QStringLiteral("");
    return d;
}

Result Writer::developments()
{
    const QString directAgreement = QStringLiteral("direct_agreement");

    FundedDevelopment d = makeDevelopment(
        QStringLiteral("Geotrek initial"),
        QStringLiteral("Première version de Geotrek, développée par Makina Corpus grâce à un groupement de commandes du Parc "
                       "national des Écrins, du Parc national du Mercantour et du parc Alpi Marittime. Avant Geotrek, la "
                       "gestion des sentiers s'effectuait sur des documents papier."),
        org("makina"), QStringLiteral("call_for_tenders"), 15000000, QStringLiteral("delivered"));
    d.startedOn = QDate(2012, 1, 16);
    d.deliveredOn = QDate(2012, 12, 14);
    d.notes = QStringLiteral("Montants et dates fictifs, pour la démonstration.");
    d.shares = {FundingShare{org("ecrins"), 6000000, 6000000}, FundingShare{org("mercantour"), 6000000, 6000000},
                FundingShare{org("alpi_marittime"), 3000000, 3000000}};
    insert<FundedDevelopmentRepository>(d);

    d = makeDevelopment(QStringLiteral("Refonte de Geotrek-Rando v3"),
                        QStringLiteral("Refonte du portail Geotrek-Rando : ergonomie, accessibilité et performances. "
                                       "Co-financement par groupement de commandes pour éviter la fragmentation des commandes."),
                        org("makina"), QStringLiteral("competitive_procurement"), 12000000, QStringLiteral("in_progress"));
    d.startedOn = QDate(2025, 9, 1);
    d.shares = {FundingShare{org("ecrins"), 3000000, 1500000}, FundingShare{org("mercantour"), 3000000, 1500000},
                FundingShare{org("isere"), 3000000, 0}, FundingShare{org("hautes_pyrenees"), 3000000, 0}};
    insert<FundedDevelopmentRepository>(d);

    d = makeDevelopment(QStringLiteral("Signalements Suricate dans Geotrek-Admin"),
                        QStringLiteral("Suivi dans Geotrek-Admin des signalements des usagers remontés par Suricate, proposé "
                                       "par le groupe de travail Signalement Suricate."),
                        org("openig"), directAgreement, 2500000, QStringLiteral("proposed"));
    d.shares = {FundingShare{org("isere"), 1000000, 0}};
    insert<FundedDevelopmentRepository>(d);

    d = makeDevelopment(QStringLiteral("Import de données par les utilisateurs (datafeeder geOrchestra)"),
                        QStringLiteral("Permettre aux utilisateurs des plateformes de publier eux-mêmes leurs jeux de données, "
                                       "avec leurs métadonnées, depuis l'interface de geOrchestra."),
                        org("camptocamp"), directAgreement, 4000000, QStringLiteral("funding"));
    d.notes = QStringLiteral("Reste 10 000 € à réunir ; ouvert à d'autres structures membres.");
    d.shares = {FundingShare{org("bretagne"), 2000000, 0}, FundingShare{org("atgeri"), 1000000, 0}};
    insert<FundedDevelopmentRepository>(d);
    return m_result;
}

} // namespace

Result DemoCommunity::write(const Database &db)
{
    Transaction tx(db);
    Writer writer(db);
    if (Result r = writer.organisations(); !r)
        return r;
    if (Result r = writer.contributors(); !r)
        return r;
    if (Result r = writer.groups(); !r)
        return r;
    if (Result r = writer.events(); !r)
        return r;
    if (Result r = writer.developments(); !r)
        return r;
    if (Result r = DemoRegistrations::write(db); !r)
        return r;
    return tx.commit();
}

} // namespace convivium::core
