#pragma once
#include <QSortFilterProxyModel>

namespace convivium::ui {

// Narrows an event's registrations by status, lodging option, organisation,
// newcomers and a text, and sorts them on their real values (dates, money).
class RegistrationFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RegistrationFilter(QObject *parent = nullptr);

    void setStatus(const QString &status);           // empty: all
    void setOptionId(qint64 optionId);               // -1: all, 0: elsewhere
    void setOrganisationId(qint64 organisationId);   // -1: all
    void setNewcomersOnly(bool only);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_status;
    qint64 m_optionId = -1;
    qint64 m_organisationId = -1;
    bool m_newcomersOnly = false;
    QString m_text;
};

} // namespace convivium::ui
