#pragma once
#include "domain/Event.h"
#include "services/EventFigures.h"

#include <QAbstractTableModel>
#include <QColor>

namespace convivium::core {

class Database;

// What each participant owes and has paid: one row per registration that
// counts (pre-registered, confirmed) or has payments (a cancelled one paid
// for, say, to be refunded). Money is shown in the event's currency and the
// user's locale; SortRole holds the raw numbers (cents, nights) for sorting.
// The totals per payer and for the whole event come with the rows.
class FeeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Participant, Payer, Nights, Option, Due, Paid, Balance, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,   // cents, nights or the text
        RegistrationIdRole,            // qint64
        CentsRole                      // qint64, for the three money columns
    };

    struct Row {
        qint64 registrationId = 0;
        QString participant;
        QString status;                 // Vocabulary::RegistrationStatus
        qint64 payerId = 0;
        int nights = 0;
        QString option;
        qint64 dueCents = 0;
        qint64 paidCents = 0;
        qint64 balanceCents() const { return dueCents - paidCents; }
    };

    explicit FeeTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void load(const Database &db, qint64 eventId);

    QString currency() const { return m_currency; }
    const QList<Row> &rows() const { return m_rows; }
    int rowOf(qint64 registrationId) const;   // -1 when not listed
    QList<FeeTotal> byPayer() const { return m_byPayer; }
    FeeTotal total() const { return m_total; }
    QString payerName(qint64 payerId) const;  // "Self" for 0
    QString money(qint64 cents) const;

    static QColor balanceDueColor() { return QColor(0xc0, 0x39, 0x2b); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    QString m_currency = QStringLiteral("EUR");
    QList<Row> m_rows;
    QHash<qint64, QString> m_payerNames;
    QList<FeeTotal> m_byPayer;
    FeeTotal m_total;
};

} // namespace convivium::core
