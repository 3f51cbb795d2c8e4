#pragma once
#include <QList>
#include <QString>

namespace convivium::bench {

// One measure as printed: "<name> <value> <unit>".
struct Measure {
    QString name;
    QString value;   // as printed, with its decimals
    QString unit;

    QString line() const { return name + u' ' + value + u' ' + unit; }
    // A line of that shape (false for anything else, such as a blank line).
    static bool parse(const QString &line, Measure *out);
};

// The measures of one engine, printed on stdout as they are taken (the line
// format other scripts read) with the engine's suffix after each name: none
// for SQLite, "_pg" for PostgreSQL.
class Measures
{
public:
    explicit Measures(QString suffix = QString()) : m_suffix(std::move(suffix)) {}

    void add(const QString &name, double value, const QString &unit, int decimals = 1);
    // The process's peak resident memory so far, as "peak_memory".
    void addPeakMemory();

private:
    QString m_suffix;
};

} // namespace convivium::bench
