#pragma once
#include "Measures.h"

#include <QStringList>

namespace convivium::bench {

// The measures of each engine in one aligned table, printed at the end of a
// run: one row per measure, one column per engine, "—" where an engine has
// no such measure. Rows start with "|" so that scripts looking for
// "<name> <value> <unit>" lines never take them for one.
class SideBySide
{
public:
    explicit SideBySide(QStringList engines) : m_engines(std::move(engines)) {}

    // A measure of engine number `engine`; `suffix` is taken off its name.
    void add(int engine, const Measure &measure, const QString &suffix);
    void print() const;

private:
    struct Row {
        QString name;
        QStringList cells;
    };
    QStringList m_engines;
    QList<Row> m_rows;   // in the order the measures first came
};

} // namespace convivium::bench
