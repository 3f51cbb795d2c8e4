#include "reports/HtmlReportWriter.h"
#include "reports/ReportFile.h"
#include "reports/ReportTable.h"

#include <QLocale>

namespace convivium::core {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString alignClass(const ReportColumn &column)
{
    switch (column.effectiveAlign()) {
    case ReportColumn::Align::Right:
        return QStringLiteral(" class=\"r\"");
    case ReportColumn::Align::Center:
        return QStringLiteral(" class=\"c\"");
    default:
        return QString();
    }
}

QString styleSheet(const ReportTable &table)
{
    QString css = QStringLiteral(
        "body{font-family:'DejaVu Sans',Verdana,sans-serif;font-size:10pt;color:#1a1a1a;margin:1.5em}\n"
        "h1{font-size:16pt;margin:0 0 .2em}\n"
        ".subtitle{font-size:11pt;color:#444;margin:0 0 .6em}\n"
        ".intro{margin:0 0 .5em;max-width:60em}\n"
        "table{border-collapse:collapse;width:100%;table-layout:fixed;margin-top:.6em}\n"
        "th,td{padding:.25em .45em;text-align:left;vertical-align:top;overflow-wrap:break-word}\n"
        "thead th{background:#d9e1ea;border-bottom:1px solid #8a99a8}\n"
        "tr.alt td{background:#f3f5f7}\n"
        "tr.group th{background:#e8eef5;font-weight:bold;padding-top:.4em}\n"
        "tr.total td{font-weight:bold;border-top:1px solid #555}\n"
        ".r{text-align:right;font-variant-numeric:tabular-nums}\n"
        ".c{text-align:center}\n"
        "footer{margin-top:1em;font-size:8pt;color:#666}\n"
        "section+section{break-before:page;page-break-before:always}\n");
    css += QStringLiteral("@page{size:A4 %1;margin:15mm}\n")
               .arg(table.orientation() == ReportTable::Orientation::Landscape ? QStringLiteral("landscape")
                                                                                : QStringLiteral("portrait"));
    if (table.rowHeightFactor() > 1.0)
        css += QStringLiteral("tbody td{height:%1em;border:1px solid #999}\n")
                   .arg(QString::number(1.4 * table.rowHeightFactor(), 'f', 1));
    return css;
}

class HtmlBuilder
{
public:
    explicit HtmlBuilder(const ReportTable &table) : m_table(table) {}

    QString build()
    {
        m_out.reserve(160 * (m_table.rowCount() + 4) * qMax(1, m_table.columnCount()) / 4);
        m_out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                     .arg(esc(QLocale().bcp47Name()));
        m_out += QStringLiteral("<title>%1</title>\n<style>\n%2</style>\n</head>\n<body>\n")
                     .arg(esc(m_table.title()), styleSheet(m_table));
        const ReportTable::GroupPaging paging = m_table.groupPaging();
        const bool split = paging != ReportTable::GroupPaging::Continuous && m_table.hasGroups();
        openSection(true);
        bool first = true;
        for (const ReportRow &row : m_table.rows()) {
            if (row.kind == ReportRow::Kind::Group) {
                if (split && !first) {
                    closeSection();
                    openSection(paging == ReportTable::GroupPaging::PagePerGroup);
                }
                if (m_inBody)
                    m_out += QStringLiteral("</tbody>\n");
                m_out += QStringLiteral("<tbody>\n<tr class=\"group\"><th colspan=\"%1\" scope=\"rowgroup\">%2</th></tr>\n")
                             .arg(qMax(1, m_table.columnCount()))
                             .arg(esc(row.heading()));
                m_inBody = true;
                m_shade = false;
            } else {
                addRow(row);
            }
            first = false;
        }
        closeSection();
        if (!m_table.generatedAtText().isEmpty())
            m_out += QStringLiteral("<footer>%1</footer>\n").arg(esc(m_table.generatedAtText()));
        m_out += QStringLiteral("</body>\n</html>\n");
        return m_out;
    }

private:
    void openSection(bool withTitle)
    {
        m_out += QStringLiteral("<section>\n");
        if (withTitle) {
            m_out += QStringLiteral("<h1>%1</h1>\n").arg(esc(m_table.title()));
            if (!m_table.subtitle().isEmpty())
                m_out += QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(esc(m_table.subtitle()));
            for (const QString &paragraph : m_table.introParagraphs())
                m_out += QStringLiteral("<p class=\"intro\">%1</p>\n").arg(esc(paragraph));
        }
        m_out += QStringLiteral("<table>\n<colgroup>");
        qreal total = 0;
        for (const ReportColumn &column : m_table.columns())
            total += column.width;
        for (const ReportColumn &column : m_table.columns())
            m_out += QStringLiteral("<col style=\"width:%1%\">").arg(QString::number(100.0 * column.width / total, 'f', 2));
        m_out += QStringLiteral("</colgroup>\n<thead><tr>");
        for (const ReportColumn &column : m_table.columns())
            m_out += QStringLiteral("<th%1 scope=\"col\">%2</th>").arg(alignClass(column), esc(column.header));
        m_out += QStringLiteral("</tr></thead>\n");
        m_inBody = false;
        m_shade = false;
    }

    void closeSection()
    {
        if (m_inBody)
            m_out += QStringLiteral("</tbody>\n");
        m_out += QStringLiteral("</table>\n</section>\n");
        m_inBody = false;
    }

    void addRow(const ReportRow &row)
    {
        if (!m_inBody) {
            m_out += QStringLiteral("<tbody>\n");
            m_inBody = true;
        }
        if (row.printedBold())
            m_out += QStringLiteral("<tr class=\"total\">");
        else
            m_out += m_shade ? QStringLiteral("<tr class=\"alt\">") : QStringLiteral("<tr>");
        if (row.kind == ReportRow::Kind::Data)
            m_shade = !m_shade;
        for (int i = 0; i < m_table.columnCount(); ++i)
            m_out += QStringLiteral("<td%1>%2</td>").arg(alignClass(m_table.columns().at(i)), esc(row.cells.value(i)));
        m_out += QStringLiteral("</tr>\n");
    }

    const ReportTable &m_table;
    QString m_out;
    bool m_inBody = false;
    bool m_shade = false;
};

} // namespace

QByteArray HtmlReportWriter::toHtml(const ReportTable &table)
{
    return HtmlBuilder(table).build().toUtf8();
}

Result HtmlReportWriter::write(const QString &path, const ReportTable &table)
{
    return ReportFile::save(path, toHtml(table));
}

} // namespace convivium::core
