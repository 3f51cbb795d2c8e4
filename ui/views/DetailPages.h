#pragma once
#include <QCoreApplication>
#include <QString>

namespace convivium::core {
class Database;
}

namespace convivium::ui {

// The detail pane of each section as HTML: the record's facts and its
// relations as links ("organisation:12") that the main window follows.
class DetailPages
{
    Q_DECLARE_TR_FUNCTIONS(DetailPages)
public:
    static QString organisation(const core::Database &db, qint64 id);
    static QString contributor(const core::Database &db, qint64 id);
    static QString group(const core::Database &db, qint64 id);
    static QString event(const core::Database &db, qint64 id);
    static QString development(const core::Database &db, qint64 id);
};

} // namespace convivium::ui
