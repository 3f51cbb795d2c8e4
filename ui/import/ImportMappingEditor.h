#pragma once
#include "io/ImportMapping.h"

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace convivium::ui {

// One row per column of a file: its title, a few of its values and the field
// it fills, or "(ignore)". Giving a field to a second column takes it from
// the first, as a mapping has one column per field.
class ImportMappingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ImportMappingEditor(QWidget *parent = nullptr);

    // samples: the values of each column in the first lines.
    void setColumns(core::ImportMapping::Kind kind, const QStringList &titles, const QList<QStringList> &samples,
                    const core::ImportMapping &mapping);
    core::ImportMapping mapping() const;

    int columnCount() const;
    QComboBox *fieldCombo(int column) const;
    QString field(int column) const;               // empty: ignored
    bool setField(int column, const QString &field);
    QTableWidget *table() const { return m_table; }

signals:
    void mappingChanged();

private:
    void onFieldChosen(int column);
    void showIgnored(int column);

    QTableWidget *m_table;
};

} // namespace convivium::ui
