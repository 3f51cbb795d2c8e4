#pragma once

class QHeaderView;

namespace convivium::ui {

// Lets the user choose a table's columns: a right click on the header lists
// them with check boxes (the last one shown stays), and headers can be
// dragged to reorder them. What is hidden and where things are is the
// header's state, which the windows save; exports follow it.
class ColumnChooser
{
public:
    static void install(QHeaderView *header);
};

} // namespace convivium::ui
