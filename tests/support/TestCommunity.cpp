#include "TestCommunity.h"
#include "services/DemoCommunity.h"

#include <QFile>
#include <QTest>

namespace convivium::test {

TestCommunity::TestCommunity(bool withDemo)
{
    m_path = m_dir.filePath(QStringLiteral("test.convivium"));
    core::Database::OpenReport report;
    m_community = core::Community::open(m_path, core::Database::Mode::CreateIfMissing, &report);
    if (!m_community)
        qFatal("cannot create test community: %s", qPrintable(report.message));
    if (withDemo) {
        const core::Result r = core::DemoCommunity::write(m_community->database());
        if (!r)
            qFatal("cannot write demo: %s", qPrintable(r.message()));
    }
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace convivium::test
