#pragma once
#include <QWidget>
#include <functional>

class QTableWidget;
class QPushButton;

namespace convivium::ui {

// A small editable table for the lists inside a form (affiliations,
// memberships, relations…): each line is a row of input widgets, with
// Add and Remove buttons. Any edit emits changed().
class RowsEditor : public QWidget
{
    Q_OBJECT
public:
    using RowFactory = std::function<QList<QWidget *>()>;

    RowsEditor(const QStringList &headers, RowFactory factory, QWidget *parent = nullptr);

    int addRow();
    int rowCount() const;
    QWidget *cell(int row, int column) const;
    template <typename T> T *cellAs(int row, int column) const { return qobject_cast<T *>(cell(row, column)); }
    void removeRow(int row);
    void clear();
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watch(QWidget *w);
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    RowFactory m_factory;
};

} // namespace convivium::ui
