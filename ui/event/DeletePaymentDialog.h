#pragma once
#include "domain/Registration.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace convivium::core {
class Community;
}

namespace convivium::ui {

// Lists the payments of one registration and deletes the chosen one
// through the event editor (so the deletion can be undone).
class DeletePaymentDialog : public QDialog
{
    Q_OBJECT
public:
    DeletePaymentDialog(core::Community &community, qint64 registrationId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *deleteButton() const { return m_delete; }
    QString message() const;
    qint64 selectedPaymentId() const;

public slots:
    void deleteSelected();

private:
    core::Community &m_community;
    const qint64 m_registrationId;
    QList<core::Payment> m_payments;
    QTableWidget *m_table;
    QLabel *m_message;
    QPushButton *m_delete;
};

} // namespace convivium::ui
