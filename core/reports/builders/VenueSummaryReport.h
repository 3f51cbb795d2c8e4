#pragma once
#include "Result.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportTable.h"

#include <QCoreApplication>

namespace convivium::core {

class Database;

class VenueSummaryReport
{
    Q_DECLARE_TR_FUNCTIONS(VenueSummaryReport)
public:
    static Fallible<ReportTable> build(const Database &db, const ReportOptions &options);
};

} // namespace convivium::core
