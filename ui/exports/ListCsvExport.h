#pragma once
#include "io/TableCsvWriter.h"

#include <QCoreApplication>
#include <QList>

class QHeaderView;
class QWidget;

namespace convivium::ui {

class UserPrompts;

// "Export this list as CSV…": asks where and in which CSV dialect, then
// writes the list as shown, with a progress the user can cancel.
class ListCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(ListCsvExport)
public:
    enum Dialect { FrenchSpreadsheet, Comma };

    // The columns a header shows: hidden ones left out, in their visual order.
    static QList<int> shownColumns(const QHeaderView &header);
    // What the interface language's spreadsheets expect: semicolons where
    // the decimal separator is a comma (French, German…), else commas.
    static Dialect defaultDialect();
    static core::CsvOptions options(Dialect dialect);

    // Rows written, or -1 when cancelled or failed (a failure was shown).
    static qint64 run(QWidget *parent, UserPrompts &prompts, const core::TableCsvWriter::Source &source,
                      const QString &name, QString *writtenPath = nullptr);
};

} // namespace convivium::ui
