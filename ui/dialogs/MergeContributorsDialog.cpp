#include "dialogs/MergeContributorsDialog.h"
#include "repositories/ContributorRepository.h"
#include "repositories/OrganisationRepository.h"
#include "services/ContributorMerger.h"
#include "widgets/Pickers.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace convivium::ui {

MergeContributorsDialog::MergeContributorsDialog(const core::Database &db, qint64 keepId, QWidget *parent)
    : QDialog(parent), m_db(db), m_keepId(keepId), m_duplicate(new ContributorPicker(db, this)),
      m_preview(new QTextBrowser(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Merge contributors"));
    m_duplicate->setObjectName(QStringLiteral("duplicate"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("Merged record preview"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    auto *form = new QFormLayout;
    auto *kept = new QLabel(core::ContributorRepository(db).nameOf(keepId).toHtmlEscaped());
    kept->setObjectName(QStringLiteral("kept"));
    form->addRow(tr("Keep:"), kept);
    form->addRow(tr("&Merge into it:"), m_duplicate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The duplicate's e-mails, affiliations, memberships and registrations move to "
                                    "the contributor kept; the duplicate is then deleted. You can undo this.")));
    layout->addWidget(m_preview);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_duplicate, &ContributorPicker::contributorChanged, this, &MergeContributorsDialog::updatePreview);
    resize(560, 420);
    updatePreview();
}

qint64 MergeContributorsDialog::duplicateId() const
{
    return m_duplicate->contributorId();
}

void MergeContributorsDialog::updatePreview()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    const qint64 other = duplicateId();
    if (other <= 0) {
        ok->setEnabled(false);
        m_preview->setHtml(tr("<p>Choose the duplicate record.</p>"));
        return;
    }
    auto merged = core::ContributorMerger(m_db).preview(m_keepId, other);
    ok->setEnabled(merged.ok());
    if (!merged) {
        m_preview->setHtml(QStringLiteral("<p>%1</p>").arg(merged.message().toHtmlEscaped()));
        return;
    }
    const core::Contributor &c = merged.value();
    core::OrganisationRepository orgs(m_db);
    QStringList affiliations;
    for (const core::Affiliation &a : c.affiliations)
        affiliations << orgs.nameOf(a.organisationId).toHtmlEscaped();
    m_preview->setHtml(tr("<h3>%1</h3><p><b>E-mails:</b> %2</p><p><b>Affiliations:</b> %3</p><p><b>Languages:</b> %4</p>")
                           .arg(c.displayName().toHtmlEscaped(), c.emails.join(QStringLiteral(", ")).toHtmlEscaped(),
                                affiliations.join(QStringLiteral(", ")),
                                c.languages.join(QStringLiteral(", ")).toUpper().toHtmlEscaped()));
}

} // namespace convivium::ui
