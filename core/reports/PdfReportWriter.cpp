#include "reports/PdfReportWriter.h"
#include "reports/CardPainter.h"
#include "reports/CellText.h"
#include "reports/ReportFile.h"
#include "reports/ReportLayout.h"
#include "reports/ReportTable.h"

#include <QDir>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace convivium::core {

namespace {

const QColor Ink(0x1a, 0x1a, 0x1a);
const QColor Muted(0x5c, 0x66, 0x70);
const QColor HeaderFill(0xd9, 0xe1, 0xea);
const QColor HeaderRule(0x8a, 0x99, 0xa8);
const QColor GroupFill(0xe8, 0xee, 0xf5);
const QColor ZebraFill(0xf3, 0xf5, 0xf7);
const QColor GridRule(0xa0, 0xa8, 0xb0);

int alignmentFlags(const ReportColumn &column)
{
    switch (column.effectiveAlign()) {
    case ReportColumn::Align::Right:
        return Qt::AlignRight;
    case ReportColumn::Align::Center:
        return Qt::AlignHCenter;
    default:
        return Qt::AlignLeft;
    }
}

// Paints laid-out pages; knows nothing of files or progress.
class PagePainter
{
public:
    PagePainter(QPainter &painter, const ReportTable &table, const ReportLayout &layout, QPaintDevice *device)
        : m_p(painter)
        , m_table(table)
        , m_layout(layout)
        , m_style(layout.style())
        , m_body(m_style.body, device)
        , m_bold(m_style.bold, device)
        , m_footerMetrics(m_style.footer, device)
        , m_ruled(table.rowHeightFactor() > 1.0)
    {
        for (const ReportColumn &column : table.columns())
            m_align << alignmentFlags(column);
        m_rule = pen(GridRule, 0.2);
    }

    void paint(const ReportPage &page)
    {
        if (page.titleBlock)
            titleBlock();
        header(page.headerY);
        for (const PlacedRow &placed : page.rows)
            row(placed);
        footer(page);
    }

private:
    void useFont(const QFont &font)
    {
        if (m_font != &font) {
            m_p.setFont(font);
            m_font = &font;
        }
    }

    // Text wrapped onto at most maxLines lines of its box (CellText), the
    // first centred in a line of firstLineHeight, the others below it.
    void text(const QRectF &box, int flags, const QString &text, const QFontMetricsF &metrics, int maxLines = 1,
              qreal firstLineHeight = -1)
    {
        if (text.isEmpty() || box.width() <= 0)
            return;
        const qreal lineHeight = firstLineHeight > 0 ? firstLineHeight : box.height();
        const QStringList lines = CellText::wrap(text, metrics, box.width(), maxLines);
        // A block of lines is centred in the first line's height (a tall
        // signature row) but never starts above a normal line's top margin.
        const qreal block = metrics.height() + (lines.size() - 1) * metrics.lineSpacing();
        const qreal margin = (qMin(lineHeight, m_style.headerHeight) - metrics.height()) / 2;
        qreal baseline = box.top() + qMax((lineHeight - block) / 2, margin) + metrics.ascent();
        for (const QString &line : lines) {
            // Placed by hand on its baseline: much cheaper than a formatted drawText(rect).
            qreal x = box.left();
            if (flags & (Qt::AlignRight | Qt::AlignHCenter)) {
                const qreal room = box.width() - metrics.horizontalAdvance(line);
                x += flags & Qt::AlignRight ? room : room / 2;
            }
            m_p.drawText(QPointF(x, baseline), line);
            baseline += metrics.lineSpacing();
        }
    }

    void titleBlock()
    {
        const QList<qreal> &tops = m_layout.blockTops();
        const QList<qreal> &heights = m_layout.blockHeights();
        const QFont *fonts[] = {&m_style.title, &m_style.subtitle};
        QStringList texts{m_table.title(), m_table.subtitle()};
        texts << m_table.introParagraphs();
        m_p.save();
        m_p.setClipRect(QRectF(0, 0, m_layout.width(), m_layout.titleBlockHeight()));
        for (int i = 0; i < texts.size() && i < tops.size(); ++i) {
            if (heights.at(i) <= 0)
                continue;
            useFont(i < 2 ? *fonts[i] : m_style.body);
            m_p.setPen(i == 1 ? Muted : Ink);
            m_p.drawText(QRectF(0, tops.at(i), m_layout.width(), heights.at(i)), Qt::TextWordWrap, texts.at(i));
        }
        m_p.restore();
        m_font = nullptr;
    }

    void header(qreal y)
    {
        const qreal h = m_layout.headerHeight();
        m_p.fillRect(QRectF(0, y, m_layout.width(), h), HeaderFill);
        m_p.setPen(pen(HeaderRule, 0.3));
        m_p.drawLine(QPointF(0, y + h), QPointF(m_layout.width(), y + h));
        m_p.setPen(Ink);
        useFont(m_style.bold);
        for (int c = 0; c < m_table.columnCount(); ++c)
            text(cellBox(c, y, h), m_align.at(c), m_table.columns().at(c).header, m_bold, ReportLayout::HeaderLines,
                 m_style.headerHeight);
        if (m_ruled)
            columnRules(y, h);
    }

    void row(const PlacedRow &placed)
    {
        const ReportRow &row = m_table.rows().at(placed.row);
        const qreal w = m_layout.width();
        const qreal pad = m_style.padding;
        if (row.kind == ReportRow::Kind::Group) {
            m_p.fillRect(QRectF(0, placed.y, w, placed.height), GroupFill);
            m_p.setPen(Ink);
            useFont(m_style.bold);
            text(QRectF(pad, placed.y, w - 2 * pad, placed.height), Qt::AlignLeft,
                 ReportLayout::groupHeading(row.heading(), placed.continued), m_bold, ReportLayout::GroupLines,
                 m_style.groupHeight);
            return;
        }
        const bool total = row.printedBold();
        if (placed.shaded)
            m_p.fillRect(QRectF(0, placed.y, w, placed.height), ZebraFill);
        if (m_ruled) {   // a form: every cell boxed, over the zebra fill
            columnRules(placed.y, placed.height);
            m_p.setPen(m_rule);
            for (const qreal y : {placed.y, placed.y + placed.height})
                m_p.drawLine(QPointF(0, y), QPointF(w, y));
        }
        if (total) {
            m_p.setPen(pen(Ink, 0.25));
            m_p.drawLine(QPointF(0, placed.y), QPointF(w, placed.y));
        }
        m_p.setPen(Ink);
        useFont(total ? m_style.bold : m_style.body);
        const QFontMetricsF &metrics = total ? m_bold : m_body;
        const qreal firstLine = total ? m_style.headerHeight : m_style.rowHeight;
        for (int c = 0; c < m_table.columnCount(); ++c)
            text(cellBox(c, placed.y, placed.height), m_align.at(c), row.cells.at(c), metrics,
                 ReportLayout::maxLines(m_table.columns().at(c), row.kind), firstLine);
    }

    void columnRules(qreal y, qreal h)
    {
        m_p.setPen(m_rule);
        for (int c = 0; c <= m_table.columnCount(); ++c) {
            const qreal x = c < m_table.columnCount() ? m_layout.columnLeft(c) : m_layout.width();
            m_p.drawLine(QPointF(x, y), QPointF(x, y + h));
        }
    }

    // Flat caps: a rule ends exactly where the fills end.
    QPen pen(const QColor &color, qreal millimetres) const
    {
        return QPen(color, millimetres * m_style.millimetre, Qt::SolidLine, Qt::FlatCap);
    }

    QRectF cellBox(int column, qreal y, qreal h) const
    {
        const qreal pad = m_style.padding;
        return QRectF(m_layout.columnLeft(column) + pad, y, m_layout.columnWidth(column) - 2 * pad, h);
    }

    void footer(const ReportPage &page)
    {
        const qreal w = m_layout.width();
        const qreal lineH = m_footerMetrics.height();
        const qreal top = m_layout.height() - lineH;
        m_p.setPen(pen(HeaderRule, 0.2));
        m_p.drawLine(QPointF(0, top - m_style.millimetre), QPointF(w, top - m_style.millimetre));
        m_p.setPen(Muted);
        useFont(m_style.footer);
        const QString pages = PdfReportWriter::tr("Page %1 / %2").arg(page.number).arg(page.sectionPages);
        const qreal pagesWidth = m_footerMetrics.horizontalAdvance(pages);
        m_p.drawText(QRectF(w - pagesWidth - 1, top, pagesWidth + 1, lineH), Qt::AlignRight | Qt::AlignVCenter,
                     pages);
        text(QRectF(0, top, w - pagesWidth - 6 * m_style.millimetre, lineH), Qt::AlignLeft,
             m_table.generatedAtText(), m_footerMetrics);
    }

    QPainter &m_p;
    const ReportTable &m_table;
    const ReportLayout &m_layout;
    const ReportStyle &m_style;
    QFontMetricsF m_body;
    QFontMetricsF m_bold;
    QFontMetricsF m_footerMetrics;
    const bool m_ruled;
    QList<int> m_align;
    QPen m_rule;
    const QFont *m_font = nullptr;
};

} // namespace

void PdfReportWriter::setUpPage(QPagedPaintDevice *device, const ReportTable &table)
{
    const bool landscape = table.orientation() == ReportTable::Orientation::Landscape;
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                      landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                      QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
}

void PdfReportWriter::paint(QPagedPaintDevice *device, const ReportTable &table)
{
    m_cancelled = false;
    m_failed = false;
    m_pageCount = 0;
    QPainter painter;
    if (!painter.begin(device)) {
        m_failed = true;
        return;
    }
    paintPages(painter, device, table);
    painter.end();
}

bool PdfReportWriter::paintPages(QPainter &painter, QPagedPaintDevice *device, const ReportTable &table)
{
    if (table.style() == ReportTable::Style::Cards) {
        m_pageCount = CardPainter::pageCount(table);
        if (!CardPainter::paint(painter, device, table, m_progress)) {
            m_cancelled = true;
            return false;
        }
        return true;
    }
    const ReportLayout layout(table, device);
    m_pageCount = layout.pageCount();
    const int total = m_pageCount;
    if (m_progress && !m_progress(0, total)) {
        m_cancelled = true;
        return false;
    }
    PagePainter pages(painter, table, layout, device);
    for (int i = 0; i < total; ++i) {
        if (i > 0 && !device->newPage()) {
            m_failed = true;
            return false;
        }
        pages.paint(layout.pages().at(i));
        if (m_progress && !m_progress(i + 1, total)) {
            m_cancelled = true;
            return false;
        }
    }
    return true;
}

Result PdfReportWriter::writePdf(const QString &path, const ReportTable &table)
{
    m_cancelled = false;
    m_failed = false;
    m_pageCount = 0;
    // Fonts need the GUI part of Qt (a QGuiApplication), even without a screen.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Result::failure(tr("PDF reports cannot be made without the graphical part of the application."));
    QSaveFile file(path);
    if (Result opened = ReportFile::open(file); !opened)
        return opened;
    {
        QPdfWriter writer(&file);
        writer.setResolution(m_resolution);
        writer.setCreator(QStringLiteral("Convivium"));
        writer.setTitle(table.title());
        setUpPage(&writer, table);
        paint(&writer, table);
    }
    if (m_cancelled || m_failed) {
        file.cancelWriting();
        if (m_cancelled)
            return Result::failure(tr("The report was cancelled; no file was written."));
        return Result::failure(tr("Cannot draw the report into “%1”.").arg(QDir::toNativeSeparators(path)));
    }
    return ReportFile::commit(file);
}

} // namespace convivium::core
