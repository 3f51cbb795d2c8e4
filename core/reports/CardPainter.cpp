#include "reports/CardPainter.h"
#include "reports/CellText.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>

namespace convivium::core {

namespace {

QList<QStringList> cardsOf(const ReportTable &table)
{
    QList<QStringList> cards;
    for (const ReportRow &row : table.rows())
        if (row.kind == ReportRow::Kind::Data)
            cards << row.cells;
    return cards;
}

// The largest point size (down to a floor) at which the text fits the width.
QFont fitted(QFont font, const QString &text, qreal width, qreal largest, qreal smallest, const QPaintDevice *device)
{
    for (qreal size = largest; size >= smallest; size -= 0.5) {
        font.setPointSizeF(size);
        if (QFontMetricsF(font, device).horizontalAdvance(text) <= width)
            return font;
    }
    font.setPointSizeF(smallest);
    return font;
}

// Up to two lines of text from topLeft; returns the bottom of the last line.
qreal drawLines(QPainter &p, const QFont &font, const QString &text, const QPointF &topLeft, qreal width,
                const QPaintDevice *device)
{
    const QFontMetricsF metrics(font, device);
    p.setFont(font);
    qreal baseline = topLeft.y() + metrics.ascent();
    const QStringList lines = CellText::wrap(text, metrics, width, 2);
    for (const QString &line : lines) {
        p.drawText(QPointF(topLeft.x(), baseline), line);
        baseline += metrics.lineSpacing();
    }
    return topLeft.y() + metrics.height() + qMax<qsizetype>(0, lines.size() - 1) * metrics.lineSpacing();
}

void drawCard(QPainter &p, const QRectF &card, const QStringList &cells, const QString &eventLine, const QPaintDevice *device)
{
    const qreal mm = device->logicalDpiX() / 25.4;
    p.save();
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.2 * mm, Qt::DashLine));
    p.drawRect(card);
    const QRectF inner = card.adjusted(5 * mm, 4 * mm, -5 * mm, -4 * mm);
    QFont base(QStringLiteral("DejaVu Sans"));

    QFont small = base;
    small.setPointSizeF(7.5);
    p.setFont(small);
    p.setPen(QColor(0x2e, 0x7d, 0x6b));
    const QString event = QFontMetricsF(small, device).elidedText(eventLine, Qt::ElideRight, inner.width());
    p.drawText(QRectF(inner.left(), inner.top(), inner.width(), 5 * mm), Qt::AlignLeft | Qt::AlignVCenter, event);

    // The name as large as fits on one line, else on two; the organisation below it likewise.
    QFont name = base;
    name.setBold(true);
    name = fitted(name, cells.value(0), inner.width(), 20, 14, device);
    p.setPen(Qt::black);
    qreal y = drawLines(p, name, cells.value(0), QPointF(inner.left(), inner.top() + 8 * mm), inner.width(), device);

    const QFont organisation = fitted(base, cells.value(1), inner.width(), 11, 9, device);
    p.setPen(QColor(0x44, 0x44, 0x44));
    drawLines(p, organisation, cells.value(1), QPointF(inner.left(), y + 1.5 * mm), inner.width(), device);

    if (!cells.value(2).isEmpty()) {
        const QRectF ribbon(card.left(), card.bottom() - 9 * mm, card.width(), 9 * mm);
        p.fillRect(ribbon.adjusted(0.3 * mm, 0, -0.3 * mm, -0.3 * mm), QColor(0xe0, 0x91, 0x3a));
        QFont mark = base;
        mark.setBold(true);
        mark.setPointSizeF(9);
        p.setFont(mark);
        p.setPen(Qt::white);
        p.drawText(ribbon, Qt::AlignCenter, cells.value(2));
    }
    p.restore();
}

} // namespace

int CardPainter::pageCount(const ReportTable &table)
{
    const int cards = int(cardsOf(table).size());
    return qMax(1, (cards + CardsPerPage - 1) / CardsPerPage);
}

bool CardPainter::paint(QPainter &painter, QPagedPaintDevice *device, const ReportTable &table,
                        const std::function<bool(int, int)> &progress)
{
    const QList<QStringList> cards = cardsOf(table);
    const int pages = pageCount(table);
    if (progress && !progress(0, pages))
        return false;
    const QRectF area(0, 0, device->width(), device->height());
    const qreal columnWidth = area.width() / 2;
    const qreal rowHeight = area.height() / 5;
    const QString eventLine = table.subtitle().isEmpty() ? table.title() : table.subtitle();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage())
            return false;
        for (int i = 0; i < CardsPerPage; ++i) {
            const int index = page * CardsPerPage + i;
            if (index >= cards.size())
                break;
            const QRectF card(area.left() + (i % 2) * columnWidth, area.top() + (i / 2) * rowHeight, columnWidth, rowHeight);
            drawCard(painter, card, cards.at(index), eventLine, device);
        }
        if (progress && !progress(page + 1, pages))
            return false;
    }
    return true;
}

} // namespace convivium::core
