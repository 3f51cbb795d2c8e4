#include "privacy/RetentionDialog.h"
#include "Community.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace convivium::ui {

RetentionDialog::RetentionDialog(core::Community &community, QWidget *parent)
    : QDialog(parent), m_community(community), m_years(new QSpinBox(this)), m_preview(new QTreeWidget(this)),
      m_summary(new QLabel(this)), m_purge(new QPushButton(tr("&Purge Now"), this))
{
    setWindowTitle(tr("Data Retention"));
    auto *intro = new QLabel(tr("Allergies, accessibility needs, roommate wishes, travel and notes of a registration are "
                                "personal details: keep them only as long as needed. Nights, meals, lodging and fees "
                                "stay for the figures."),
                             this);
    intro->setWordWrap(true);
    m_years->setObjectName(QStringLiteral("years"));
    m_years->setRange(0, 100);
    m_years->setSpecialValueText(tr("Keep them"));
    m_years->setSuffix(tr(" year(s) after the event"));
    m_years->setValue(core::RetentionPolicy::years(community.database()));
    m_years->setAccessibleName(tr("Retention period in years"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Keep personal details:"), m_years);

    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setRootIsDecorated(false);
    m_preview->setHeaderLabels({tr("Event"), tr("Ended"), tr("Participant"), tr("Details held")});
    m_preview->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->setAccessibleName(tr("Registrations past the retention period"));
    m_summary->setWordWrap(true);
    m_purge->setObjectName(QStringLiteral("purge"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->addButton(m_purge, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &RetentionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_purge, &QPushButton::clicked, this, &RetentionDialog::purge);
    connect(m_years, &QSpinBox::valueChanged, this, &RetentionDialog::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(720, 460);
    refresh();
}

void RetentionDialog::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

void RetentionDialog::refresh()
{
    m_expired = core::RetentionPolicy::preview(m_community.database(), m_years->value(), m_today);
    m_preview->clear();
    for (const core::ExpiredRegistration &r : std::as_const(m_expired))
        m_preview->addTopLevelItem(new QTreeWidgetItem(
            {r.event, QLocale().toString(r.eventEnd, QLocale::ShortFormat), r.person, r.details.join(QStringLiteral(", "))}));
    if (m_years->value() == 0)
        m_summary->setText(tr("Personal details are kept until you erase them."));
    else if (m_expired.isEmpty())
        m_summary->setText(tr("No registration holds personal details past this period."));
    else
        m_summary->setText(tr("%n registration(s) hold personal details past this period; Purge Now clears them "
                              "(Edit ▸ Undo brings them back while Convivium is open).",
                              nullptr, int(m_expired.size())));
    m_purge->setEnabled(!m_expired.isEmpty());
}

void RetentionDialog::purge()
{
    const int count = int(m_expired.size());
    if (const core::Result r = core::RetentionPolicy::purge(m_community.database(), m_community.undoStack(),
                                                             m_community.notifier(), m_expired);
        !r) {
        m_summary->setText(r.message());
        return;
    }
    m_message = tr("Purged the personal details of %n past registration(s).", nullptr, count);
    refresh();
}

void RetentionDialog::accept()
{
    if (const core::Result r = core::RetentionPolicy::setYears(m_community.database(), m_years->value()); !r) {
        m_summary->setText(r.message());
        return;
    }
    if (m_message.isEmpty())
        m_message = m_years->value() == 0 ? tr("Personal details of registrations are kept.")
                                          : tr("Personal details of registrations are kept %n year(s) after the event.",
                                               nullptr, m_years->value());
    QDialog::accept();
}

} // namespace convivium::ui
