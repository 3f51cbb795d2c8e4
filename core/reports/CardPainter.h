#pragma once
#include "reports/ReportTable.h"

#include <functional>

class QPainter;
class QPagedPaintDevice;

namespace convivium::core {

// Draws the data rows of a table as cards, ten to an A4 page (2 × 5, about
// 85 × 52 mm, with dashed cutting lines): the first cell in large bold type,
// the second under it, the third, when present, on a coloured ribbon. Used
// for name badges; the text is drawn as written, never interpreted.
class CardPainter
{
public:
    static constexpr int CardsPerPage = 10;
    static int pageCount(const ReportTable &table);
    // Returns false if the device refused a new page or `progress` cancelled.
    static bool paint(QPainter &painter, QPagedPaintDevice *device, const ReportTable &table,
                      const std::function<bool(int done, int total)> &progress);
};

} // namespace convivium::core
