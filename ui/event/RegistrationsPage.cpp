#include "event/RegistrationsPage.h"
#include "Community.h"
#include "Icons.h"
#include "UserPrompts.h"
#include "dialogs/RegistrationDialog.h"
#include "domain/Vocabulary.h"
#include "event/RegistrationFilter.h"
#include "exports/ListCsvExport.h"
#include "models/RegistrationTableModel.h"
#include "repositories/RegistrationRepository.h"
#include "services/RegistrationRules.h"
#include "widgets/ColumnChooser.h"
#include "widgets/TablePlace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace convivium::ui {

using core::RegistrationTableModel;

RegistrationsPage::RegistrationsPage(core::Community &community, qint64 eventId, UserPrompts &prompts, QWidget *parent)
    : QWidget(parent), m_community(community), m_eventId(eventId), m_prompts(prompts),
      m_model(new RegistrationTableModel(community.database(), eventId, this)), m_filter(new RegistrationFilter(this)),
      m_table(new QTableView(this)), m_search(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_option(new QComboBox(this)), m_organisation(new QComboBox(this)),
      m_newcomers(new QCheckBox(tr("Newcomers only"), this)), m_count(new QLabel(this)),
      m_statusButton(new QPushButton(Icons::get(QStringLiteral("flag")), tr("Set &status"), this))
{
    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("registrations"));
    m_table->setAccessibleName(tr("Registrations"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RegistrationTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setColumnWidth(RegistrationTableModel::Name, 190);
    m_table->setColumnWidth(RegistrationTableModel::Organisation, 170);
    ColumnChooser::install(m_table->horizontalHeader());
    new TablePlace(m_table, RegistrationTableModel::IdRole);   // a reload after an edit keeps the selection

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Filter: name, organisation, diet…"));
    m_search->setAccessibleName(tr("Filter the registrations"));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_option->setObjectName(QStringLiteral("optionFilter"));
    m_option->setAccessibleName(tr("Lodging filter"));
    m_organisation->setObjectName(QStringLiteral("organisationFilter"));
    m_organisation->setAccessibleName(tr("Organisation filter"));
    m_newcomers->setObjectName(QStringLiteral("newcomersOnly"));
    m_count->setObjectName(QStringLiteral("count"));

    auto *add = new QPushButton(Icons::get(QStringLiteral("list-add")), tr("&Register…"), this);
    add->setObjectName(QStringLiteral("register"));
    auto *edit = new QPushButton(Icons::get(QStringLiteral("document-edit")), tr("&Edit…"), this);
    auto *remove = new QPushButton(Icons::get(QStringLiteral("edit-delete")), tr("&Delete…"), this);
    auto *statusMenu = new QMenu(m_statusButton);
    for (const core::Term &t : core::Vocabulary::terms(core::Vocabulary::RegistrationStatus)) {
        QAction *a = statusMenu->addAction(t.label);
        a->setObjectName(QStringLiteral("status_") + t.code);
        const QString code = t.code;
        connect(a, &QAction::triggered, this, [this, code] { setSelectedStatus(code); });
    }
    m_statusButton->setMenu(statusMenu);
    m_statusButton->setObjectName(QStringLiteral("setStatus"));
    auto *exportButton = new QPushButton(Icons::get(QStringLiteral("text-csv")), tr("E&xport CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportCsv"));
    exportButton->setToolTip(tr("Export this list as CSV: the registrations shown, in this order, with these columns"));
    auto *exportAction = new QAction(Icons::get(QStringLiteral("text-csv")), tr("Export this List as CSV…"), this);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(exportAction);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_option, 1);
    filters->addWidget(m_organisation, 1);
    filters->addWidget(m_newcomers);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addWidget(m_statusButton);
    buttons->addWidget(exportButton);
    buttons->addStretch();
    buttons->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    fillFilterChoices();
    connect(m_search, &QLineEdit::textChanged, m_filter, &RegistrationFilter::setText);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { m_filter->setStatus(m_status->currentData().toString()); });
    connect(m_option, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setOptionId(m_option->currentData().toLongLong()); });
    connect(m_organisation, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setOrganisationId(m_organisation->currentData().toLongLong()); });
    connect(m_newcomers, &QCheckBox::toggled, m_filter, &RegistrationFilter::setNewcomersOnly);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RegistrationsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &RegistrationsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &RegistrationsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &RegistrationsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegistrationsPage::fillFilterChoices);
    connect(add, &QPushButton::clicked, this, &RegistrationsPage::newRegistration);
    connect(edit, &QPushButton::clicked, this, &RegistrationsPage::editCurrent);
    connect(remove, &QPushButton::clicked, this, &RegistrationsPage::deleteSelected);
    connect(m_table, &QTableView::activated, this, &RegistrationsPage::editCurrent);
    connect(exportButton, &QPushButton::clicked, this, &RegistrationsPage::exportCsv);
    connect(exportAction, &QAction::triggered, this, &RegistrationsPage::exportCsv);
    connect(community.notifier(), &core::ChangeNotifier::changed, m_model, &RegistrationTableModel::tablesChanged);
    updateCount();
}

void RegistrationsPage::fillFilterChoices()
{
    // Rebuilt after each reload; the current choices are kept.
    const QString status = m_status->currentData().toString();
    const qint64 option = m_option->count() ? m_option->currentData().toLongLong() : -1;
    const qint64 organisation = m_organisation->count() ? m_organisation->currentData().toLongLong() : -1;
    for (QComboBox *c : {m_status, m_option, m_organisation})
        c->blockSignals(true);
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    for (const core::Term &t : core::Vocabulary::terms(core::Vocabulary::RegistrationStatus))
        m_status->addItem(t.label, t.code);
    m_option->clear();
    m_option->addItem(tr("All lodging"), qint64(-1));
    for (const core::LodgingOption &o : m_model->event().lodgingOptions)
        if (o.kind != u"elsewhere")
            m_option->addItem(o.name, o.id);
    m_option->addItem(tr("Elsewhere"), qint64(0));
    QMap<QString, qint64> organisations;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->rowAt(r).organisationId > 0)
            organisations.insert(m_model->rowAt(r).organisation, m_model->rowAt(r).organisationId);
    m_organisation->clear();
    m_organisation->addItem(tr("All organisations"), qint64(-1));
    for (auto it = organisations.cbegin(); it != organisations.cend(); ++it)
        m_organisation->addItem(it.key(), it.value());
    m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
    m_option->setCurrentIndex(qMax(0, m_option->findData(option)));
    m_organisation->setCurrentIndex(qMax(0, m_organisation->findData(organisation)));
    for (QComboBox *c : {m_status, m_option, m_organisation})
        c->blockSignals(false);
}

void RegistrationsPage::updateCount()
{
    int counted = 0, waiting = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const core::Registration &reg = m_model->rowAt(r).registration;
        counted += reg.counts() ? 1 : 0;
        waiting += reg.status == u"waitlisted" ? 1 : 0;
    }
    m_count->setText(tr("%1 shown · %2 coming · %3 waiting").arg(m_filter->rowCount()).arg(counted).arg(waiting));
}

QList<qint64> RegistrationsPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(RegistrationTableModel::IdRole).toLongLong();
    return ids;
}

void RegistrationsPage::newRegistration()
{
    RegistrationDialog dialog(m_community, m_eventId, this);
    m_prompts.exec(&dialog);
}

void RegistrationsPage::editCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    auto loaded = core::RegistrationRepository(m_community.database()).load(current.data(RegistrationTableModel::IdRole).toLongLong());
    if (!loaded) {
        m_prompts.warn(this, tr("Edit"), loaded.message());
        return;
    }
    RegistrationDialog dialog(m_community, m_eventId, this);
    dialog.setRegistration(loaded.value());
    m_prompts.exec(&dialog);
}

void RegistrationsPage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (!m_prompts.confirm(this, tr("Delete"),
                           tr("Delete %n registration(s) with their payments and rooms? To keep a trace, set them to "
                              "Cancelled instead. You can undo this.", nullptr, int(ids.size())),
                           tr("&Delete")))
        return;
    for (qint64 id : ids)
        if (const core::Result r = m_community.events().removeRegistration(id); !r) {
            m_prompts.warn(this, tr("Delete"), r.message());
            return;
        }
    offerFreedPlaces();
}

void RegistrationsPage::setSelectedStatus(const QString &status)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (const core::Result r = m_community.events().setStatus(ids, status); !r) {
        m_prompts.warn(this, tr("Set status"), r.message());
        return;
    }
    if (status == u"cancelled" || status == u"no_show")
        offerFreedPlaces();
}

bool RegistrationsPage::exportCsv()
{
    const QList<int> columns = ListCsvExport::shownColumns(*m_table->horizontalHeader());
    const QString name = tr("Registrations - %1").arg(m_model->event().title);
    QString path;
    const qint64 rows = ListCsvExport::run(this, m_prompts, core::TableCsvWriter::fromModel(*m_filter, columns), name, &path);
    if (rows < 0)
        return false;
    emit reported(tr("Wrote %n registration(s) into %1.", nullptr, int(rows)).arg(QDir::toNativeSeparators(path)));
    return true;
}

void RegistrationsPage::offerFreedPlaces()
{
    // Offer each freed place in turn to the oldest waiting registration that fits.
    for (;;) {
        m_model->reload();
        QList<core::Registration> all;
        for (int r = 0; r < m_model->rowCount(); ++r)
            all << m_model->rowAt(r).registration;
        const qint64 next = core::RegistrationRules::nextToPromote(m_model->event(), all);
        const int row = m_model->rowOfId(next);
        if (next <= 0 || row < 0)
            return;
        const core::RegistrationRow &candidate = m_model->rowAt(row);
        const QString text = tr("A place is free. Offer it to %1, waiting since %2?")
                                 .arg(candidate.name,
                                      QLocale().toString(candidate.registration.submittedAt.toLocalTime(), QLocale::ShortFormat));
        if (!m_prompts.confirm(this, tr("Waiting list"), text, tr("&Offer the place")))
            return;
        if (const core::Result r = m_community.events().setStatus({next}, QStringLiteral("pre_registered")); !r) {
            m_prompts.warn(this, tr("Waiting list"), r.message());
            return;
        }
    }
}

} // namespace convivium::ui
