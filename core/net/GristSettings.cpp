#include "net/GristSettings.h"
#include "repositories/SettingsRepository.h"

namespace convivium::core {

QString GristSettings::settingName(qint64 eventId)
{
    return QStringLiteral("grist/event/%1").arg(eventId);
}

Fallible<GristSource> GristSettings::load(const Database &db, qint64 eventId)
{
    const std::optional<QString> json = SettingsRepository(db).value(settingName(eventId));
    if (!json)
        return GristSource();
    return GristSource::fromJson(json->toUtf8());
}

Result GristSettings::save(const Database &db, qint64 eventId, const GristSource &source)
{
    if (eventId <= 0)
        return Result::failure(tr("Save the event before linking it to a Grist table."));
    if (const Result valid = source.validate(); !valid)
        return valid;
    return SettingsRepository(db).setValue(settingName(eventId), QString::fromUtf8(source.toJson()));
}

Result GristSettings::remove(const Database &db, qint64 eventId)
{
    return SettingsRepository(db).remove(settingName(eventId));
}

} // namespace convivium::core
