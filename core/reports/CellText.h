#pragma once
#include <QFontMetricsF>
#include <QString>
#include <QStringList>

namespace convivium::core {

// How a cell's text fits its width on paper: wrapped at spaces onto at most
// maxLines lines, the last one cut with "…" if still too long. Line breaks
// and tabs in the data count as spaces. The layout (to size rows) and the
// painter (to draw them) call the same function, so they always agree.
class CellText
{
public:
    static QString oneLine(const QString &text);
    static QStringList wrap(const QString &text, const QFontMetricsF &metrics, qreal width, int maxLines);
    static int lineCount(const QString &text, const QFontMetricsF &metrics, qreal width, int maxLines);
    // The widest word: what a column needs so no word is cut.
    static qreal widestWord(const QString &text, const QFontMetricsF &metrics);
};

} // namespace convivium::core
