#include "import/ImportPlanModel.h"
#include "reports/ReportDates.h"
#include "import/ImportSession.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace convivium::ui {

using core::ImportRow;

ImportPlanModel::ImportPlanModel(ImportSession &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    m_rows = int(m_session.plan().rows.size());
}

void ImportPlanModel::reload()
{
    beginResetModel();
    m_rows = int(m_session.plan().rows.size());
    endResetModel();
}

int ImportPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ImportPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Line:
        return m_session.fromForm() ? tr("Form row") : tr("Line");
    case Action:
        return tr("Action");
    case Record:
        return m_session.kind() == ImportSession::Kind::Organisations ? tr("Organisation") : tr("Person");
    case Changes:
        return tr("Changes");
    default:
        return QVariant();
    }
}

QString ImportPlanModel::actionText(int row) const
{
    if (m_session.isSkipped(row))
        return tr("Skip (your choice)");
    switch (m_session.plan().rows.at(row).action) {
    case ImportRow::Action::Create:
        return tr("Create");
    case ImportRow::Action::Update:
        return tr("Update");
    case ImportRow::Action::Skip:
        break;
    }
    return tr("Skip (unchanged)");
}

QString ImportPlanModel::recordText(int row) const
{
    const ImportRow &r = m_session.plan().rows.at(row);
    if (m_session.kind() == ImportSession::Kind::Organisations)
        return r.record.acronym.isEmpty() ? r.record.name : tr("%1 (%2)").arg(r.record.name, r.record.acronym);
    const QString name = r.contributor.displayName();
    const QString email = r.contributor.primaryEmail();
    if (name.isEmpty())
        return email;
    return email.isEmpty() ? name : tr("%1 <%2>").arg(name, email);
}

QString ImportPlanModel::changesText(int row) const
{
    const ImportRow &r = m_session.plan().rows.at(row);
    if (r.action == ImportRow::Action::Update)
        return r.changes.join(QStringLiteral(", "));
    if (r.action == ImportRow::Action::Skip)
        return QString();
    // A new record: what identifies it beyond its name.
    switch (m_session.kind()) {
    case ImportSession::Kind::Organisations:
        return r.record.city;
    case ImportSession::Kind::Registrations: {
        const QLocale locale;
        QString stay = tr("%1 to %2").arg(core::ReportDates::date(r.registration.arrival, locale),
                                          core::ReportDates::date(r.registration.departure, locale));
        if (r.registration.status == u"waitlisted")
            stay = tr("%1, on the waiting list").arg(stay);
        return stay;
    }
    case ImportSession::Kind::Contributors:
        break;
    }
    return r.title.isEmpty() || r.organisation.isEmpty() ? r.organisation : tr("%1, %2").arg(r.organisation, r.title);
}

QVariant ImportPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return QVariant();
    const int row = index.row();
    const ImportRow &r = m_session.plan().rows.at(row);
    if (role == ActionRole) {
        if (m_session.isSkipped(row))
            return QStringLiteral("skipped");
        return r.action == ImportRow::Action::Create   ? QStringLiteral("create")
               : r.action == ImportRow::Action::Update ? QStringLiteral("update")
                                                       : QStringLiteral("skip");
    }
    if (role == Qt::ForegroundRole && (r.action == ImportRow::Action::Skip || m_session.isSkipped(row)))
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);   // nothing happens to it
    switch (index.column()) {
    case Line:
        if (role == Qt::DisplayRole)
            return r.line;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Action:
        if (role == Qt::DisplayRole)
            return actionText(row);
        if (role == Qt::CheckStateRole && m_session.canSkip(row))
            return m_session.isSkipped(row) ? Qt::Unchecked : Qt::Checked;
        if (role == Qt::ToolTipRole && m_session.canSkip(row))
            return tr("Untick to leave this line out of the import.");
        break;
    case Record:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return recordText(row);
        break;
    case Changes:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return changesText(row);
        break;
    default:
        break;
    }
    return QVariant();
}

bool ImportPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Action || role != Qt::CheckStateRole || !m_session.canSkip(index.row()))
        return false;
    m_session.setSkipped(index.row(), value.toInt() != Qt::Checked);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit skipsChanged();
    return true;
}

Qt::ItemFlags ImportPlanModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Action && m_session.canSkip(index.row()))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace convivium::ui
