#include "io/ImportMapping.h"
#include "domain/SearchKey.h"
#include "repositories/SettingsRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace convivium::core {

namespace {

struct FieldInfo {
    const char *key;
    const char *label;
    QList<const char *> headers;   // folded spellings seen in French and English files
};

const QList<FieldInfo> &contributorFields()
{
    static const QList<FieldInfo> list{
        {"given_name", QT_TRANSLATE_NOOP("ImportMapping", "Given name"), {"prenom", "first name", "firstname", "given name", "forename"}},
        {"family_name", QT_TRANSLATE_NOOP("ImportMapping", "Family name"), {"nom", "nom de famille", "last name", "lastname", "family name", "surname"}},
        {"full_name", QT_TRANSLATE_NOOP("ImportMapping", "Full name"), {"nom complet", "prenom nom", "prenom et nom", "nom et prenom", "full name", "name", "participant", "participante"}},
        {"email", QT_TRANSLATE_NOOP("ImportMapping", "E-mail"), {"courriel", "email", "e mail", "mail", "adresse electronique", "adresse mail", "adresse e mail", "adresse courriel", "email address", "e mail address"}},
        {"phone", QT_TRANSLATE_NOOP("ImportMapping", "Phone"), {"telephone", "tel", "phone", "mobile", "portable"}},
        {"organisation", QT_TRANSLATE_NOOP("ImportMapping", "Organisation"), {"structure", "organisation", "organization", "organisme", "employeur", "collectivite", "entreprise", "societe", "affiliation", "company", "employer"}},
        {"title", QT_TRANSLATE_NOOP("ImportMapping", "Job title"), {"fonction", "poste", "titre", "job title", "title", "position", "role"}},
        {"languages", QT_TRANSLATE_NOOP("ImportMapping", "Languages"), {"langues", "langue", "languages", "language"}},
        {"first_seen", QT_TRANSLATE_NOOP("ImportMapping", "First seen"), {"premier contact", "premiere participation", "first seen", "since", "depuis"}},
        {"notes", QT_TRANSLATE_NOOP("ImportMapping", "Notes"), {"notes", "note", "remarques", "commentaire", "commentaires", "comments", "comment"}},
    };
    return list;
}

// The person part of a registration: who registers.
const QList<FieldInfo> &personFields()
{
    static const QList<FieldInfo> list = [] {
        QList<FieldInfo> out;
        for (const FieldInfo &f : contributorFields())
            if (qstrcmp(f.key, "languages") != 0 && qstrcmp(f.key, "first_seen") != 0 && qstrcmp(f.key, "notes") != 0)
                out << f;
        return out;
    }();
    return list;
}

const QList<FieldInfo> &registrationFields()
{
    static const QList<FieldInfo> list = [] {
        QList<FieldInfo> out = personFields();
        out << QList<FieldInfo>{
            {"arrival", QT_TRANSLATE_NOOP("ImportMapping", "Arrival"), {"arrivee", "date d arrivee", "jour d arrivee", "arrival", "arrival date", "arrive", "from"}},
            {"first_meal", QT_TRANSLATE_NOOP("ImportMapping", "First meal"), {"premier repas", "repas d arrivee", "first meal"}},
            {"departure", QT_TRANSLATE_NOOP("ImportMapping", "Departure"), {"depart", "date de depart", "jour de depart", "departure", "departure date", "leave", "until", "to"}},
            {"last_meal", QT_TRANSLATE_NOOP("ImportMapping", "Last meal"), {"dernier repas", "repas de depart", "last meal"}},
            {"lodging", QT_TRANSLATE_NOOP("ImportMapping", "Lodging"), {"hebergement", "couchage", "chambre", "type de chambre", "logement", "lodging", "accommodation", "room"}},
            {"roommates", QT_TRANSLATE_NOOP("ImportMapping", "Roommate wishes"), {"colocataires", "partager la chambre avec", "chambre avec", "roommates", "roommate", "share room with"}},
            {"diet", QT_TRANSLATE_NOOP("ImportMapping", "Diet"), {"regime", "regime alimentaire", "alimentation", "diet", "dietary requirements", "food"}},
            {"allergies", QT_TRANSLATE_NOOP("ImportMapping", "Allergies"), {"allergies", "allergie", "intolerances", "allergy"}},
            {"accessibility", QT_TRANSLATE_NOOP("ImportMapping", "Accessibility needs"), {"accessibilite", "besoins particuliers", "handicap", "accessibility", "access needs", "special needs"}},
            {"onboarding", QT_TRANSLATE_NOOP("ImportMapping", "Onboarding session"), {"accueil", "session d accueil", "decouverte", "onboarding", "newcomer session"}},
            {"topics", QT_TRANSLATE_NOOP("ImportMapping", "Topics"), {"sujets", "themes", "sujets d interet", "thematiques", "topics", "interests"}},
            {"travel", QT_TRANSLATE_NOOP("ImportMapping", "Travel"), {"transport", "trajet", "voyage", "mode de transport", "travel", "transport mode"}},
            {"car_sharing", QT_TRANSLATE_NOOP("ImportMapping", "Car sharing"), {"covoiturage", "car sharing", "carpool", "car pooling"}},
            {"public_consent", QT_TRANSLATE_NOOP("ImportMapping", "Public list consent"), {"liste publique", "apparaitre dans la liste", "consentement", "public list", "consent", "publish my name"}},
            {"submitted_at", QT_TRANSLATE_NOOP("ImportMapping", "Submitted on"), {"date d inscription", "inscrit le", "horodatage", "soumis le", "submitted", "submitted at", "timestamp", "registered on"}},
            {"notes", QT_TRANSLATE_NOOP("ImportMapping", "Notes"), {"notes", "note", "remarques", "commentaire", "commentaires", "comments", "comment"}},
        };
        return out;
    }();
    return list;
}

const QList<FieldInfo> &organisationFields()
{
    static const QList<FieldInfo> list{
        {"name", QT_TRANSLATE_NOOP("ImportMapping", "Name"), {"nom", "structure", "organisation", "organization", "organisme", "raison sociale", "name"}},
        {"acronym", QT_TRANSLATE_NOOP("ImportMapping", "Acronym"), {"sigle", "acronyme", "acronym", "short name"}},
        {"kind", QT_TRANSLATE_NOOP("ImportMapping", "Kind"), {"type", "type de structure", "categorie", "nature", "kind", "category"}},
        {"country", QT_TRANSLATE_NOOP("ImportMapping", "Country"), {"pays", "country"}},
        {"city", QT_TRANSLATE_NOOP("ImportMapping", "City"), {"ville", "commune", "localite", "city", "town"}},
        {"website", QT_TRANSLATE_NOOP("ImportMapping", "Website"), {"site", "site web", "site internet", "url", "website", "web site", "homepage"}},
        {"platform_name", QT_TRANSLATE_NOOP("ImportMapping", "Platform"), {"plateforme", "nom de la plateforme", "platform", "platform name"}},
        {"platform_url", QT_TRANSLATE_NOOP("ImportMapping", "Platform address"), {"adresse de la plateforme", "url de la plateforme", "platform url", "platform address"}},
        {"notes", QT_TRANSLATE_NOOP("ImportMapping", "Notes"), {"notes", "note", "remarques", "commentaire", "commentaires", "comments", "comment"}},
    };
    return list;
}

const QList<FieldInfo> &fieldsOf(ImportMapping::Kind kind)
{
    switch (kind) {
    case ImportMapping::Kind::Organisations:
        return organisationFields();
    case ImportMapping::Kind::Registrations:
        return registrationFields();
    case ImportMapping::Kind::Contributors:
        break;
    }
    return contributorFields();
}

QString folded(const QString &header)
{
    QString text = SearchKey::fold(header);
    for (QChar &c : text)
        if (!c.isLetterOrNumber())
            c = u' ';
    return text.simplified();
}

} // namespace

QStringList ImportMapping::fields(Kind kind)
{
    QStringList out;
    for (const FieldInfo &f : fieldsOf(kind))
        out << QString::fromLatin1(f.key);
    return out;
}

QString ImportMapping::fieldLabel(const QString &field)
{
    for (const auto *list : {&contributorFields(), &registrationFields(), &organisationFields()})
        for (const FieldInfo &f : *list)
            if (field == QLatin1String(f.key))
                return tr(f.label);
    return field;
}

QString ImportMapping::guessField(const QString &header, Kind kind)
{
    const QString h = folded(header);
    if (h.isEmpty())
        return QString();
    for (const FieldInfo &f : fieldsOf(kind))
        for (const char *spelling : f.headers)
            if (h == QLatin1String(spelling))
                return QString::fromLatin1(f.key);
    return QString();
}

ImportMapping ImportMapping::guess(const QStringList &header, Kind kind)
{
    ImportMapping mapping;
    for (int c = 0; c < header.size(); ++c) {
        const QString field = guessField(header.at(c), kind);
        if (!field.isEmpty() && !mapping.isMapped(field))   // the first column wins
            mapping.set(c, field);
    }
    return mapping;
}

void ImportMapping::set(int column, const QString &field)
{
    m_columns.remove(m_fields.take(column));
    if (field.isEmpty())
        return;
    // One column per field: mapping a field again moves it.
    m_fields.remove(m_columns.value(field, -1));
    m_fields.insert(column, field);
    m_columns.insert(field, column);
}

int ImportMapping::column(const QString &field) const
{
    return m_columns.value(field, -1);
}

QByteArray ImportMapping::toJson(const QStringList &header) const
{
    QJsonObject o;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        o.insert(header.value(it.key()), it.value());
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Fallible<ImportMapping> ImportMapping::fromJson(const QByteArray &json, const QStringList &header, Kind kind)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Result::failure(tr("The column mapping cannot be read: %1.").arg(error.errorString()));
    const QStringList known = fields(kind);
    ImportMapping mapping;
    const QJsonObject o = doc.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString field = it.value().toString();
        if (!field.isEmpty() && !known.contains(field))
            return Result::failure(tr("The column mapping names an unknown field \"%1\". The fields are: %2.")
                                       .arg(field, known.join(QStringLiteral(", "))));
        const int column = int(header.indexOf(it.key()));
        if (column < 0)
            return Result::failure(tr("The column mapping names a column \"%1\" that the file does not have.").arg(it.key()));
        mapping.set(column, field);
    }
    return mapping;
}

namespace {

QString settingName(ImportMapping::Kind kind, const QString &source)
{
    static const char *kinds[] = {"contributors", "organisations", "registrations"};
    QString name = QStringLiteral("import/mapping/") + QLatin1String(kinds[int(kind)]);
    return source.isEmpty() ? name : name + u'/' + source;
}

} // namespace

ImportMapping ImportMapping::remembered(const Database &db, Kind kind, const QStringList &header, const QString &source)
{
    ImportMapping mapping = guess(header, kind);
    const std::optional<QString> saved = SettingsRepository(db).value(settingName(kind, source));
    if (!saved)
        return mapping;
    const QJsonObject o = QJsonDocument::fromJson(saved->toUtf8()).object();
    const QStringList known = fields(kind);
    for (int c = 0; c < header.size(); ++c) {
        const auto it = o.constFind(header.at(c));
        if (it != o.constEnd() && (it->toString().isEmpty() || known.contains(it->toString())))
            mapping.set(c, it->toString());
    }
    return mapping;
}

Result ImportMapping::remember(const Database &db, Kind kind, const QStringList &header, const QString &source) const
{
    QJsonObject o;
    for (int c = 0; c < header.size(); ++c)
        o.insert(header.at(c), field(c));   // "" keeps a column ignored next time
    return SettingsRepository(db).setValue(settingName(kind, source),
                                           QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

} // namespace convivium::core
