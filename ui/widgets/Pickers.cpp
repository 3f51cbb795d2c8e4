#include "widgets/Pickers.h"
#include "reports/ReportDates.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/ListQuery.h"
#include "repositories/OrganisationRepository.h"

#include <QCompleter>
#include <QDate>
#include <QLocale>
#include <QStringListModel>

namespace convivium::ui {

OrganisationPicker::OrganisationPicker(const core::Database &db, bool allowNone, QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    if (allowNone)
        addItem(tr("(none)"), qint64(0));
    for (const core::NamedRef &ref : core::OrganisationRepository(db).names())
        addItem(ref.name, ref.id);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    setCurrentIndex(allowNone ? 0 : -1);
    setAccessibleName(tr("Organisation"));
}

EventPicker::EventPicker(const core::Database &db, QWidget *parent) : QComboBox(parent)
{
    core::ListQuery query(db, core::EventRepository::listDefinition());
    query.setSort(2, false);   // the latest events first
    for (const core::ListRow &row : query.fetch(0, query.count())) {
        const QString title = row.values.value(0).toString();
        const QDate start = QDate::fromString(row.values.value(2).toString(), Qt::ISODate);
        addItem(start.isValid() ? tr("%1 (%2)").arg(title, core::ReportDates::date(start, QLocale())) : title,
                row.id);
    }
    setAccessibleName(tr("Event"));
}

qint64 EventPicker::eventId() const
{
    return currentIndex() >= 0 ? currentData().toLongLong() : 0;
}

bool EventPicker::setEventId(qint64 id)
{
    const int i = findData(id);
    if (i >= 0)
        setCurrentIndex(i);
    return i >= 0;
}

qint64 OrganisationPicker::organisationId() const
{
    const int i = findText(currentText(), Qt::MatchFixedString);
    return i >= 0 ? itemData(i).toLongLong() : 0;
}

void OrganisationPicker::setOrganisationId(qint64 id)
{
    const int i = findData(id);
    setCurrentIndex(i);
    if (i < 0)
        setEditText(QString());
}

void OrganisationPicker::excludeId(qint64 id)
{
    const int i = findData(id);
    if (i >= 0)
        removeItem(i);
}

ContributorPicker::ContributorPicker(const core::Database &db, QWidget *parent)
    : QLineEdit(parent), m_db(db), m_completer(new QCompleter(this)), m_suggestions(new QStringListModel(this))
{
    m_completer->setModel(m_suggestions);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    setCompleter(m_completer);
    setPlaceholderText(tr("Type a name or an e-mail…"));
    setAccessibleName(tr("Contributor"));
    connect(this, &QLineEdit::textEdited, this, &ContributorPicker::suggest);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        m_id = m_suggestedIds.value(index.row());
        emit contributorChanged(m_id);
    });
}

void ContributorPicker::suggest(const QString &text)
{
    m_id = 0;
    QStringList labels;
    m_suggestedIds.clear();
    if (text.trimmed().size() >= 1) {
        for (const core::NamedRef &ref : core::ContributorRepository(m_db).search(text, 20)) {
            labels << ref.name;
            m_suggestedIds << ref.id;
        }
    }
    // An exact name typed in full picks that contributor without the popup.
    for (int i = 0; i < labels.size(); ++i)
        if (labels.at(i).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            m_id = m_suggestedIds.at(i);
    m_suggestions->setStringList(labels);
    emit contributorChanged(m_id);
}

void ContributorPicker::setContributorId(qint64 id)
{
    m_id = id;
    setText(id > 0 ? core::ContributorRepository(m_db).nameOf(id) : QString());
    emit contributorChanged(m_id);
}

} // namespace convivium::ui
