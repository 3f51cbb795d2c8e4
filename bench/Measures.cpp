#include "Measures.h"

#include <QFile>
#include <QStringList>
#include <cstdio>
#include <sys/resource.h>

namespace convivium::bench {

bool Measure::parse(const QString &line, Measure *out)
{
    const QStringList parts = line.trimmed().split(u' ');
    if (parts.size() != 3)
        return false;
    bool number = false;
    parts.at(1).toDouble(&number);
    if (!number)
        return false;
    *out = Measure{parts.at(0), parts.at(1), parts.at(2)};
    return true;
}

void Measures::add(const QString &name, double value, const QString &unit, int decimals)
{
    const Measure m{name + m_suffix, QString::number(value, 'f', decimals), unit};
    std::printf("%s\n", qPrintable(m.line()));
    std::fflush(stdout);   // a parent process reads the lines as they come
}

void Measures::addPeakMemory()
{
    // The peak of this program's own memory (VmHWM): getrusage's ru_maxrss
    // would include the parent's peak before exec, the community copy's.
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:")) {   // "VmHWM:    54412 kB"
                add(QStringLiteral("peak_memory"), line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0,
                    QStringLiteral("MB"));
                return;
            }
    }
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    add(QStringLiteral("peak_memory"), usage.ru_maxrss / 1024.0, QStringLiteral("MB"));
}

} // namespace convivium::bench
