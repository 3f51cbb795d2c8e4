#include "reports/CellText.h"

#include <algorithm>

namespace convivium::core {

QString CellText::oneLine(const QString &text)
{
    const auto isBreak = [](QChar c) { return c == u'\n' || c == u'\r' || c == u'\t'; };
    if (std::none_of(text.cbegin(), text.cend(), isBreak))
        return text;
    QString flat = text;
    flat.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    std::replace_if(flat.begin(), flat.end(), isBreak, QChar(u' '));
    return flat;
}

QStringList CellText::wrap(const QString &text, const QFontMetricsF &metrics, qreal width, int maxLines)
{
    const QString flat = oneLine(text);
    if (flat.isEmpty() || width <= 0)
        return {};
    if (maxLines <= 1 || metrics.horizontalAdvance(flat) <= width)
        return {metrics.elidedText(flat, Qt::ElideRight, width)};
    const QStringList words = flat.split(u' ', Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString candidate = line.isEmpty() ? words.at(i) : line + u' ' + words.at(i);
        if (line.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        lines << line;
        if (lines.size() == maxLines - 1) {   // the last line takes the rest, cut if need be
            line = words.mid(i).join(u' ');
            break;
        }
        line = words.at(i);
    }
    lines << line;
    for (QString &l : lines)
        l = metrics.elidedText(l, Qt::ElideRight, width);   // a word longer than the column
    return lines;
}

int CellText::lineCount(const QString &text, const QFontMetricsF &metrics, qreal width, int maxLines)
{
    if (text.isEmpty() || maxLines <= 1 || metrics.horizontalAdvance(text) <= width)
        return 1;
    return int(qMax<qsizetype>(1, wrap(text, metrics, width, maxLines).size()));
}

qreal CellText::widestWord(const QString &text, const QFontMetricsF &metrics)
{
    qreal widest = 0;
    for (const QString &word : oneLine(text).split(u' ', Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest;
}

} // namespace convivium::core
