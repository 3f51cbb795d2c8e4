#pragma once
#include <QList>
#include <QObject>
#include <functional>

class QTableView;

namespace convivium::ui {

// Where the user is in a table: the selected records, the current one, how
// far the list is scrolled. Taken when the model is about to be reset and put
// back after it, when the reset reads the same rows again after an edit (here
// or by another organiser): a refresh then neither throws the user back to the
// top nor drops the selection. Sort and filter live in the models and stay.
class TablePlace : public QObject
{
    Q_OBJECT
public:
    // A record's row now, -1 when it is gone; `near` is the row it had.
    using RowFinder = std::function<int(qint64 id, int near)>;

    // Watches the view's model, which must be set. `idRole` gives a row's
    // record id in column 0; `find` defaults to looking through the rows;
    // `keep` says whether a reset reads the same rows again (default: always).
    TablePlace(QTableView *view, int idRole, RowFinder find = {}, std::function<bool()> keep = {});

private:
    struct Mark {
        qint64 id = 0;
        int row = -1;
    };
    void take();
    void restore();
    int findRow(const Mark &mark) const;

    QTableView *m_view;
    int m_idRole;
    RowFinder m_find;
    std::function<bool()> m_keep;
    bool m_taken = false;
    QList<Mark> m_selected;
    Mark m_current;
    int m_currentColumn = 0;
    int m_vertical = 0;
    int m_horizontal = 0;
};

} // namespace convivium::ui
