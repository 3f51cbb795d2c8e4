#pragma once
#include "Measures.h"

#include <QStringList>

namespace convivium::bench {

// Runs one engine's measures in a process of its own (this program, with the
// arguments given): each engine then starts cold (fonts, styles, caches) and
// its peak memory is its own. The child's measure lines are passed on to
// stdout as they come and kept; its stderr goes straight through.
class EngineProcess
{
public:
    // False when the child could not start, crashed or failed; the measures
    // it printed before are kept all the same.
    bool run(const QStringList &arguments);
    const QList<Measure> &measures() const { return m_measures; }
    const QString &failure() const { return m_failure; }

private:
    QList<Measure> m_measures;
    QString m_failure;
};

} // namespace convivium::bench
