#include "SideBySide.h"

#include <algorithm>
#include <cstdio>

namespace convivium::bench {

void SideBySide::add(int engine, const Measure &measure, const QString &suffix)
{
    QString name = measure.name;
    if (!suffix.isEmpty() && name.endsWith(suffix))
        name.chop(suffix.size());
    auto row = std::find_if(m_rows.begin(), m_rows.end(), [&name](const Row &r) { return r.name == name; });
    if (row == m_rows.end()) {
        m_rows << Row{name, QStringList()};
        row = std::prev(m_rows.end());
        for (int i = 0; i < m_engines.size(); ++i)
            row->cells << QStringLiteral("—");
    }
    row->cells[engine] = measure.value + u' ' + measure.unit;
}

void SideBySide::print() const
{
    // Widths in characters (QString::size), so that "—" counts as one.
    qsizetype nameWidth = QStringLiteral("measure").size();
    QList<qsizetype> widths;
    for (const QString &engine : m_engines)
        widths << engine.size();
    for (const Row &row : m_rows) {
        nameWidth = std::max(nameWidth, row.name.size());
        for (int i = 0; i < row.cells.size(); ++i)
            widths[i] = std::max(widths[i], row.cells.at(i).size());
    }
    auto line = [&](const QString &name, const QStringList &cells) {
        QString text = QStringLiteral("| ") + name.leftJustified(nameWidth);
        for (int i = 0; i < cells.size(); ++i)
            text += QStringLiteral(" | ") + cells.at(i).rightJustified(widths.at(i));
        std::printf("%s |\n", qUtf8Printable(text));
    };
    std::printf("\n");
    line(QStringLiteral("measure"), m_engines);
    QStringList rules;   // numbers align right, as Markdown reads the table
    for (qsizetype w : widths)
        rules << QString(w - 1, u'-') + u':';
    line(QString(nameWidth, u'-'), rules);
    for (const Row &row : m_rows)
        line(row.name, row.cells);
    std::fflush(stdout);
}

} // namespace convivium::bench
