#pragma once
#include <QWidget>

class QTableView;
class QTextBrowser;

namespace convivium::core {
class Community;
class MealCountModel;
}

namespace convivium::ui {

// The meals to order from the venue: people per day and meal, and for the
// selected meal its diets and allergies.
class MealsPage : public QWidget
{
    Q_OBJECT
public:
    MealsPage(core::Community &community, qint64 eventId, QWidget *parent = nullptr);

    core::MealCountModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The detail pane as plain text (what the user reads for the selected meal).
    QString detailText() const;
    void selectMeal(int row, int column);

public slots:
    void refresh();

private:
    void showDetail();

    core::Community &m_community;
    const qint64 m_eventId;
    core::MealCountModel *m_model;
    QTableView *m_view;
    QTextBrowser *m_detail;
};

} // namespace convivium::ui
