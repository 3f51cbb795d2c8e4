#include "widgets/ColumnChooser.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMenu>

namespace convivium::ui {

void ColumnChooser::install(QHeaderView *header)
{
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QWidget::customContextMenuRequested, header, [header](const QPoint &pos) {
        if (!header->model())
            return;
        QMenu menu(header);
        const int shown = header->count() - header->hiddenSectionCount();
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            QAction *a = menu.addAction(header->model()->headerData(logical, header->orientation()).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(logical));
            a->setEnabled(header->isSectionHidden(logical) || shown > 1);
            QObject::connect(a, &QAction::toggled, header,
                             [header, logical](bool on) { header->setSectionHidden(logical, !on); });
        }
        menu.exec(header->viewport()->mapToGlobal(pos));
    });
}

} // namespace convivium::ui
