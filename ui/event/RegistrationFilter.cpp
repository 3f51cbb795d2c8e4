#include "event/RegistrationFilter.h"
#include "domain/SearchKey.h"
#include "models/RegistrationTableModel.h"

namespace convivium::ui {

using Model = core::RegistrationTableModel;

RegistrationFilter::RegistrationFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Model::SortRole);
    setSortLocaleAware(true);
}

void RegistrationFilter::setStatus(const QString &status)
{
    m_status = status;
    invalidateFilter();
}

void RegistrationFilter::setOptionId(qint64 optionId)
{
    m_optionId = optionId;
    invalidateFilter();
}

void RegistrationFilter::setOrganisationId(qint64 organisationId)
{
    m_organisationId = organisationId;
    invalidateFilter();
}

void RegistrationFilter::setNewcomersOnly(bool only)
{
    m_newcomersOnly = only;
    invalidateFilter();
}

void RegistrationFilter::setText(const QString &text)
{
    m_text = core::SearchKey::fold(text);
    invalidateFilter();
}

bool RegistrationFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_status.isEmpty() && index.data(Model::StatusRole).toString() != m_status)
        return false;
    if (m_optionId >= 0 && index.data(Model::OptionRole).toLongLong() != m_optionId)
        return false;
    if (m_organisationId >= 0 && index.data(Model::OrganisationRole).toLongLong() != m_organisationId)
        return false;
    if (m_newcomersOnly && !index.data(Model::NewcomerRole).toBool())
        return false;
    if (!m_text.isEmpty()) {
        QString row;
        for (int c = 0; c < sourceModel()->columnCount(); ++c)
            row += sourceModel()->index(sourceRow, c, sourceParent).data().toString() + u' ';
        for (const QString &word : m_text.split(u' ', Qt::SkipEmptyParts))
            if (!core::SearchKey::fold(row).contains(word))
                return false;
    }
    return true;
}

} // namespace convivium::ui
