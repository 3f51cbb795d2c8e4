#include "dialogs/FundedDevelopmentDialog.h"
#include "domain/Money.h"
#include "services/CommunityEditor.h"
#include "widgets/DateField.h"
#include "widgets/MoneyText.h"
#include "widgets/Pickers.h"
#include "widgets/RowsEditor.h"
#include "widgets/VocabularyCombo.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace convivium::ui {

using core::Money;
using core::Vocabulary;

FundedDevelopmentDialog::FundedDevelopmentDialog(const core::Database &db, core::CommunityEditor &editor, QWidget *parent)
    : RecordDialog(db, parent), m_editor(editor)
{
    auto *general = new QWidget;
    auto *form = new QFormLayout(general);
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setAccessibleName(tr("Title"));
    form->addRow(tr("&Title:"), m_title);
    messages()->addField(QStringLiteral("title"), form, m_title);
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setMaximumHeight(80);
    form->addRow(tr("&Description:"), m_description);
    m_provider = new OrganisationPicker(db, true);
    m_provider->setObjectName(QStringLiteral("provider"));
    m_provider->setAccessibleName(tr("Provider"));
    form->addRow(tr("&Provider:"), m_provider);
    m_contract = new VocabularyCombo(Vocabulary::ContractType);
    m_contract->setObjectName(QStringLiteral("contractType"));
    m_contract->setAccessibleName(tr("Contract type"));
    form->addRow(tr("&Contract:"), m_contract);
    m_budget = new QLineEdit;
    m_budget->setObjectName(QStringLiteral("budget"));
    m_budget->setAccessibleName(tr("Budget"));
    m_budget->setPlaceholderText(Money::format(0));
    form->addRow(tr("&Budget:"), m_budget);
    messages()->addField(QStringLiteral("budget"), form, m_budget);
    m_currency = new QLineEdit(QStringLiteral("EUR"));
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setMaxLength(3);
    form->addRow(tr("C&urrency:"), m_currency);
    m_status = new VocabularyCombo(Vocabulary::DevelopmentStatus);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("Status"));
    form->addRow(tr("&Status:"), m_status);
    m_started = new DateField;
    m_started->setObjectName(QStringLiteral("startedOn"));
    m_started->setAccessibleName(tr("Started on"));
    form->addRow(tr("St&arted on:"), m_started);
    m_delivered = new DateField;
    m_delivered->setObjectName(QStringLiteral("deliveredOn"));
    m_delivered->setAccessibleName(tr("Delivered on"));
    form->addRow(tr("D&elivered on:"), m_delivered);
    messages()->addField(QStringLiteral("dates"), form, m_delivered);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    form->addRow(tr("N&otes:"), m_notes);
    tabs()->addTab(general, tr("&General"));

    const core::Database &database = db;
    m_shares = new RowsEditor({tr("Funder"), tr("Pledged"), tr("Paid")}, [&database]() -> QList<QWidget *> {
        return {new OrganisationPicker(database, false), new QLineEdit, new QLineEdit};
    });
    m_shares->setObjectName(QStringLiteral("shares"));
    auto *sharesPage = new QWidget;
    auto *sharesLayout = new QVBoxLayout(sharesPage);
    sharesLayout->addWidget(m_shares);
    sharesLayout->addWidget(messages()->addLine(QStringLiteral("shares"), sharesPage));
    m_totals = new QLabel;
    m_totals->setObjectName(QStringLiteral("totals"));
    sharesLayout->addWidget(m_totals);
    tabs()->addTab(sharesPage, tr("&Funders"));

    watchChanges(this);
    connect(m_shares, &RowsEditor::changed, this, &FundedDevelopmentDialog::updateTotals);
    connect(m_budget, &QLineEdit::textChanged, this, &FundedDevelopmentDialog::updateTotals);
    setWindowTitle(tr("New funded development"));
    revalidate();
    updateTotals();
}

void FundedDevelopmentDialog::updateTotals()
{
    const core::FundedDevelopment d = development();
    m_totals->setText(tr("Pledged %1 of %2, paid %3.")
                          .arg(Money::format(d.pledgedCents(), d.currency), Money::format(d.budgetCents, d.currency),
                               Money::format(d.paidCents(), d.currency)));
}

void FundedDevelopmentDialog::setDevelopment(const core::FundedDevelopment &d)
{
    m_original = d;
    m_title->setText(d.title);
    m_description->setPlainText(d.description);
    m_provider->setOrganisationId(d.providerId);
    m_contract->setCode(d.contractType);
    m_budget->setText(d.budgetCents ? Money::format(d.budgetCents, d.currency) : QString());
    m_currency->setText(d.currency);
    m_status->setCode(d.status);
    m_started->setDate(d.startedOn);
    m_delivered->setDate(d.deliveredOn);
    m_notes->setPlainText(d.notes);
    m_shares->clear();
    for (const core::FundingShare &s : d.shares) {
        const int row = m_shares->addRow();
        m_shares->cellAs<OrganisationPicker>(row, 0)->setOrganisationId(s.organisationId);
        m_shares->cellAs<QLineEdit>(row, 1)->setText(Money::format(s.pledgedCents, d.currency));
        m_shares->cellAs<QLineEdit>(row, 2)->setText(Money::format(s.paidCents, d.currency));
    }
    setWindowTitle(d.id > 0 ? tr("Funded development “%1”").arg(d.title) : tr("New funded development"));
    revalidate();
    updateTotals();
}

core::FundedDevelopment FundedDevelopmentDialog::development() const
{
    core::FundedDevelopment d = m_original;
    d.title = m_title->text().trimmed();
    d.description = m_description->toPlainText();
    d.providerId = m_provider->organisationId();
    d.contractType = m_contract->code();
    d.budgetCents = centsIn(m_budget);
    d.currency = m_currency->text().trimmed().toUpper();
    if (d.currency.isEmpty())
        d.currency = QStringLiteral("EUR");
    d.status = m_status->code();
    d.startedOn = m_started->date();
    d.deliveredOn = m_delivered->date();
    d.notes = m_notes->toPlainText();
    d.shares.clear();
    for (int r = 0; r < m_shares->rowCount(); ++r)
        d.shares << core::FundingShare{m_shares->cellAs<OrganisationPicker>(r, 0)->organisationId(),
                                       centsIn(m_shares->cellAs<QLineEdit>(r, 1)), centsIn(m_shares->cellAs<QLineEdit>(r, 2))};
    return d;
}

core::FieldErrors FundedDevelopmentDialog::validate() const
{
    core::FieldErrors errors = core::Validation::development(development());
    bool ok = true;
    centsIn(m_budget, &ok);
    if (!ok)
        errors << core::FieldError{QStringLiteral("budget"), tr("The budget “%1” is not an amount.").arg(m_budget->text())};
    for (int r = 0; r < m_shares->rowCount(); ++r) {
        bool pledged = true, paid = true;
        centsIn(m_shares->cellAs<QLineEdit>(r, 1), &pledged);
        centsIn(m_shares->cellAs<QLineEdit>(r, 2), &paid);
        if (!pledged || !paid)
            errors << core::FieldError{QStringLiteral("shares"), tr("An amount cannot be read."), r};
    }
    if (!m_started->isReadable() || !m_delivered->isReadable())
        errors << core::FieldError{QStringLiteral("dates"), tr("This date cannot be read; use dd/mm/yyyy.")};
    else if (m_started->date().isValid() && m_delivered->date().isValid() && m_delivered->date() < m_started->date())
        errors << core::FieldError{QStringLiteral("dates"), tr("The delivery date is before the start.")};
    return errors;
}

core::Result FundedDevelopmentDialog::save()
{
    auto saved = m_editor.saveDevelopment(development());
    if (!saved)
        return saved.result();
    m_savedId = saved.value();
    return core::Result::success();
}

} // namespace convivium::ui
