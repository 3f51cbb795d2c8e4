#include "reports/ReportTemplates.h"
#include "repositories/SettingsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace convivium::core {

namespace {
const QString kPrefix = QStringLiteral("report-template/");
}

QString ReportTemplates::settingName(const QString &templateName)
{
    return kPrefix + templateName.trimmed();
}

QByteArray ReportTemplates::toJson(const ReportTemplate &t)
{
    QJsonObject o;
    o.insert(QStringLiteral("report"), t.report);
    if (t.options.eventId > 0)
        o.insert(QStringLiteral("event"), t.options.eventId);
    o.insert(QStringLiteral("statuses"), QJsonArray::fromStringList(t.options.statuses));
    if (!t.options.columns.isEmpty())
        o.insert(QStringLiteral("columns"), QJsonArray::fromStringList(t.options.columns));
    o.insert(QStringLiteral("public"), t.options.publicList);
    if (t.options.orientation)
        o.insert(QStringLiteral("orientation"), *t.options.orientation == ReportTable::Orientation::Landscape
                                                   ? QStringLiteral("landscape")
                                                   : QStringLiteral("portrait"));
    if (!t.options.arrangement.sortBy.isEmpty()) {
        o.insert(QStringLiteral("sort"), t.options.arrangement.sortBy);
        o.insert(QStringLiteral("descending"), t.options.arrangement.descending);
    }
    if (!t.options.arrangement.groupBy.isEmpty())
        o.insert(QStringLiteral("group"), t.options.arrangement.groupBy);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Fallible<ReportTemplate> ReportTemplates::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Result::failure(tr("The report template cannot be read: %1").arg(error.errorString()));
    const QJsonObject o = doc.object();
    ReportTemplate t;
    t.report = o.value(QStringLiteral("report")).toString();
    if (!ReportCatalog::find(t.report))
        return Result::failure(tr("The report template names an unknown report “%1”.").arg(t.report));
    t.options.eventId = o.value(QStringLiteral("event")).toInteger();
    auto strings = [](const QJsonValue &v) {
        QStringList out;
        for (const QJsonValue &item : v.toArray())
            out << item.toString();
        return out;
    };
    if (o.contains(QStringLiteral("statuses")))
        t.options.statuses = strings(o.value(QStringLiteral("statuses")));
    t.options.columns = strings(o.value(QStringLiteral("columns")));
    t.options.publicList = o.value(QStringLiteral("public")).toBool();
    t.options.arrangement.sortBy = o.value(QStringLiteral("sort")).toString();
    t.options.arrangement.descending = o.value(QStringLiteral("descending")).toBool();
    t.options.arrangement.groupBy = o.value(QStringLiteral("group")).toString();
    const QString orientation = o.value(QStringLiteral("orientation")).toString();
    if (orientation == u"landscape")
        t.options.orientation = ReportTable::Orientation::Landscape;
    else if (orientation == u"portrait")
        t.options.orientation = ReportTable::Orientation::Portrait;
    return t;
}

QStringList ReportTemplates::names() const
{
    QStringList out;
    for (const QString &setting : SettingsRepository(m_db).names(kPrefix))
        out << setting.mid(kPrefix.size());
    return out;
}

Result ReportTemplates::save(const QString &name, const ReportTemplate &t) const
{
    if (name.trimmed().isEmpty())
        return Result::failure(tr("A report template needs a name."));
    return SettingsRepository(m_db).setValue(settingName(name), QString::fromUtf8(toJson(t)));
}

Fallible<ReportTemplate> ReportTemplates::load(const QString &name) const
{
    const std::optional<QString> json = SettingsRepository(m_db).value(settingName(name));
    if (!json)
        return Result::failure(tr("There is no report template called “%1”.").arg(name));
    return fromJson(json->toUtf8());
}

Result ReportTemplates::remove(const QString &name) const
{
    return SettingsRepository(m_db).remove(settingName(name));
}

} // namespace convivium::core
