#pragma once
#include "Result.h"
#include "reports/ReportCatalog.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace convivium::core {

class Database;

// A report with its choices, saved under a name the user picks
// ("Kitchen FR") and kept with the community (community_setting).
struct ReportTemplate {
    QString report;          // ReportCatalog name
    // Only the choices are kept: event, statuses, columns, publicList, orientation.
    ReportOptions options;
};

// Named report templates, stored as JSON under "report-template/<name>".
class ReportTemplates
{
    Q_DECLARE_TR_FUNCTIONS(ReportTemplates)
public:
    explicit ReportTemplates(const Database &db) : m_db(db) {}

    static QString settingName(const QString &templateName);
    static QByteArray toJson(const ReportTemplate &t);
    static Fallible<ReportTemplate> fromJson(const QByteArray &json);

    QStringList names() const;          // sorted
    Result save(const QString &name, const ReportTemplate &t) const;
    Fallible<ReportTemplate> load(const QString &name) const;
    Result remove(const QString &name) const;

private:
    const Database &m_db;
};

} // namespace convivium::core
