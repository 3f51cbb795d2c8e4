#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace convivium::core {

// One column of a report: what it is called, how much of the page width it
// takes (relative to the other columns) and how its cells line up.
struct ReportColumn {
    enum class Kind { Text, Number, Money, Date };
    enum class Align { Auto, Left, Right, Center };

    QString key;        // stable name ("name", "arrival"): CSS classes, tests
    QString header;     // what the reader sees (translated by the report builder)
    qreal width = 1.0;  // relative share of the page's spare width (text columns)
    qreal minimumMm = 0;  // room kept whatever the content (a signature column)
    Kind kind = Kind::Text;
    Align align = Align::Auto;

    // Auto: numbers and money to the right, text and dates to the left.
    Align effectiveAlign() const;
};

// One line of the table: data cells, a group heading spanning every column
// (a night, an organisation, a participant), or a bold total.
struct ReportRow {
    enum class Kind { Data, Group, Total };

    Kind kind = Kind::Data;
    QStringList cells;  // formatted texts, one per column; a group heading has one
    QVariantList raw;   // optional machine values for CSV (QDate, cents, numbers)
    bool emphasised = false;   // a data row printed like a total (a subtotal, a balance)

    bool printedBold() const { return kind == Kind::Total || emphasised; }

    QString heading() const { return kind == Kind::Group ? cells.value(0) : QString(); }
    // The group's value for CSV's group column: the heading unless given.
    QString groupValue() const { return kind == Kind::Group ? (raw.isEmpty() ? heading() : raw.first().toString()) : QString(); }
};

// The data of a report, built in one pass by a report builder and then
// handed to any writer (PDF, printer, CSV, HTML). Texts are plain: a name
// such as "<b>Zoé & Cie</b>" is shown as written, never interpreted.
class ReportTable
{
    Q_DECLARE_TR_FUNCTIONS(ReportTable)
public:
    enum class Orientation { Portrait, Landscape };
    // How groups meet page breaks.
    enum class GroupPaging {
        Continuous,        // headings flow with the rows (a heading never ends a page alone)
        BreakBeforeGroup,  // each group starts on a new page
        PagePerGroup,      // each group is its own document: title block repeated, pages
                           // numbered within the group (per-participant statements)
    };

    void setTitle(const QString &title) { m_title = title; }
    const QString &title() const { return m_title; }
    void setSubtitle(const QString &subtitle) { m_subtitle = subtitle; }
    const QString &subtitle() const { return m_subtitle; }
    // The "Generated on …" line shown in every page footer.
    void setGeneratedAtText(const QString &line) { m_generatedAt = line; }
    void setGeneratedAt(const QDateTime &when, const QLocale &locale = QLocale());
    const QString &generatedAtText() const { return m_generatedAt; }
    // Plain-text paragraphs under the title (wrapped, never interpreted).
    void addIntroParagraph(const QString &text) { m_intro << text; }
    const QStringList &introParagraphs() const { return m_intro; }

    // Columns come first; rows are then padded or cut to the column count.
    int addColumn(const ReportColumn &column);
    int addColumn(const QString &key, const QString &header, qreal width = 1.0,
                  ReportColumn::Kind kind = ReportColumn::Kind::Text);
    const QList<ReportColumn> &columns() const { return m_columns; }
    int columnCount() const { return int(m_columns.size()); }
    int columnIndex(const QString &key) const;

    void reserveRows(int count) { m_rows.reserve(count); }
    void addRow(const QStringList &cells, const QVariantList &raw = {});
    // rawValue: what CSV puts in its group column (heading text when empty).
    void addGroupHeading(const QString &heading, const QString &rawValue = QString());
    void addTotalRow(const QStringList &cells, const QVariantList &raw = {});
    // Data that reads as a total on paper (bold, ruled) but stays a data line in CSV.
    void addSubtotalRow(const QStringList &cells, const QVariantList &raw = {});
    const QList<ReportRow> &rows() const { return m_rows; }
    QList<ReportRow> takeRows();
    void setRows(QList<ReportRow> rows);
    void removeColumn(int index);   // the rows keep their cells: rearrange them first
    int rowCount() const { return int(m_rows.size()); }
    bool hasGroups() const { return m_groupCount > 0; }
    // The header of the leading column CSV uses for group headings ("Night").
    void setGroupColumnHeader(const QString &header) { m_groupColumnHeader = header; }
    QString groupColumnHeader() const;

    void setOrientation(Orientation orientation) { m_orientation = orientation; }
    Orientation orientation() const { return m_orientation; }
    void setGroupPaging(GroupPaging paging) { m_groupPaging = paging; }
    GroupPaging groupPaging() const { return m_groupPaging; }
    // Taller rows for sign-in sheets (a signature column is a column left
    // empty); above 1 the PDF also rules the rows and columns like a form.
    void setRowHeightFactor(qreal factor) { m_rowHeightFactor = qBound(0.8, factor, 6.0); }
    qreal rowHeightFactor() const { return m_rowHeightFactor; }

    // How the PDF shows the rows: as a table, or as cut-out cards (name
    // badges: first column large, second below it, third as a ribbon).
    enum class Style { Table, Cards };
    void setStyle(Style style) { m_style = style; }
    Style style() const { return m_style; }

private:
    QString m_title;
    QString m_subtitle;
    QString m_generatedAt;
    QStringList m_intro;
    QList<ReportColumn> m_columns;
    QList<ReportRow> m_rows;
    int m_groupCount = 0;
    QString m_groupColumnHeader;
    Orientation m_orientation = Orientation::Portrait;
    GroupPaging m_groupPaging = GroupPaging::Continuous;
    qreal m_rowHeightFactor = 1.0;
    Style m_style = Style::Table;
};

} // namespace convivium::core
