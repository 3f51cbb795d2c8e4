#pragma once
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace convivium::core {
class Community;
class FeeTableModel;
}

namespace convivium::ui {

class UserPrompts;

// What each participant owes the venue and has paid, the totals per paying
// organisation and for the event, and the buttons to record or delete a
// payment (both undoable).
class FeesPage : public QWidget
{
    Q_OBJECT
public:
    FeesPage(core::Community &community, qint64 eventId, QWidget *parent = nullptr);
    ~FeesPage() override;

    // Tests (and the window) may answer the page's dialogs; by default they are shown modally.
    void setPrompts(UserPrompts *prompts);

    core::FeeTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTableWidget *payerTotals() const { return m_totals; }
    qint64 currentRegistrationId() const;
    void selectRegistration(qint64 registrationId);

public slots:
    void refresh();
    void recordPayment();
    void deletePayment();

private:
    void fillTotals();
    void updateButtons();

    core::Community &m_community;
    const qint64 m_eventId;
    std::unique_ptr<UserPrompts> m_ownPrompts;
    UserPrompts *m_prompts;
    core::FeeTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QTableWidget *m_totals;
    QPushButton *m_record;
    QPushButton *m_delete;
};

} // namespace convivium::ui
