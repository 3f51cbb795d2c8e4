#include "dialogs/OrganisationDialog.h"
#include "domain/Money.h"
#include "domain/Vocabulary.h"
#include "repositories/OrganisationRepository.h"
#include "services/CommunityEditor.h"
#include "widgets/DateField.h"
#include "widgets/Pickers.h"
#include "widgets/RowsEditor.h"
#include "widgets/VocabularyCombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>

namespace convivium::ui {

using core::Vocabulary;

OrganisationDialog::OrganisationDialog(const core::Database &db, core::CommunityEditor &editor, QWidget *parent)
    : RecordDialog(db, parent), m_editor(editor)
{
    auto *general = new QWidget;
    auto *form = new QFormLayout(general);
    auto field = [&](QLineEdit *&edit, const char *name, const QString &label) {
        edit = new QLineEdit;
        edit->setObjectName(QString::fromLatin1(name));
        edit->setAccessibleName(label);
        form->addRow(label, edit);
    };
    field(m_name, "name", tr("&Name:"));
    m_name->setPlaceholderText(tr("Région Bretagne"));
    messages()->addField(QStringLiteral("name"), form, m_name);
    field(m_acronym, "acronym", tr("&Acronym:"));
    m_kind = new VocabularyCombo(Vocabulary::OrganisationKind);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->setAccessibleName(tr("Kind"));
    form->addRow(tr("&Kind:"), m_kind);
    field(m_country, "country", tr("C&ountry code:"));
    m_country->setMaxLength(2);
    m_country->setPlaceholderText(QStringLiteral("FR"));
    messages()->addField(QStringLiteral("country"), form, m_country);
    field(m_city, "city", tr("&City:"));
    field(m_website, "website", tr("&Website:"));
    m_website->setPlaceholderText(QStringLiteral("https://"));
    messages()->addField(QStringLiteral("website"), form, m_website);
    field(m_platformName, "platformName", tr("&Platform:"));
    m_platformName->setPlaceholderText(tr("GeoBretagne, PIGMA…"));
    field(m_platformUrl, "platformUrl", tr("Platform &address:"));
    messages()->addField(QStringLiteral("platformUrl"), form, m_platformUrl);
    m_parent = new OrganisationPicker(db, true);
    m_parent->setObjectName(QStringLiteral("parent"));
    m_parent->setAccessibleName(tr("Parent organisation"));
    form->addRow(tr("P&arent:"), m_parent);
    messages()->addField(QStringLiteral("parent"), form, m_parent);

    auto *roles = new QWidget;

    roles->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);   // a form row keeps its height
    auto *rolesLayout = new QHBoxLayout(roles);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    for (const core::Term &t : Vocabulary::terms(Vocabulary::OrganisationRole)) {
        auto *box = new QCheckBox(t.label);
        box->setProperty("code", t.code);
        box->setObjectName(QStringLiteral("role_") + t.code);
        rolesLayout->addWidget(box);
        m_roles << box;
    }
    rolesLayout->addStretch();
    form->addRow(tr("Roles:"), roles);

    auto *consentRow = new QWidget;

    consentRow->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);   // a form row keeps its height
    auto *consentLayout = new QHBoxLayout(consentRow);
    consentLayout->setContentsMargins(0, 0, 0, 0);
    m_consent = new QCheckBox(tr("Appears in the public “who uses it” list, since"));
    m_consent->setObjectName(QStringLiteral("publicConsent"));
    m_consentOn = new DateField;
    m_consentOn->setObjectName(QStringLiteral("publicConsentOn"));
    m_consentOn->setAccessibleName(tr("Consent date"));
    consentLayout->addWidget(m_consent);
    consentLayout->addWidget(m_consentOn);
    form->addRow(tr("Consent:"), consentRow);
    messages()->addField(QStringLiteral("publicConsentOn"), form, consentRow);
    connect(m_consent, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_consentOn->isEmpty())
            m_consentOn->setDate(QDate::currentDate());
    });
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    form->addRow(tr("N&otes:"), m_notes);
    tabs()->addTab(general, tr("&General"));

    const core::Database &database = db;
    m_relations = new RowsEditor({tr("Relation"), tr("Organisation")}, [&database]() -> QList<QWidget *> {
        return {new VocabularyCombo(Vocabulary::RelationKind), new OrganisationPicker(database, false)};
    });
    m_relations->setObjectName(QStringLiteral("relations"));
    auto *relationsPage = new QWidget;
    auto *relationsLayout = new QVBoxLayout(relationsPage);
    relationsLayout->addWidget(m_relations);
    relationsLayout->addWidget(messages()->addLine(QStringLiteral("relations"), relationsPage));
    tabs()->addTab(relationsPage, tr("&Relations"));

    m_memberships = new RowsEditor({tr("Year"), tr("Fee"), tr("Status")}, []() -> QList<QWidget *> {
        auto *year = new QSpinBox;
        year->setRange(1990, 2100);
        year->setValue(QDate::currentDate().year());
        auto *fee = new QLineEdit;
        fee->setPlaceholderText(core::Money::format(0));
        return {year, fee, new VocabularyCombo(Vocabulary::MembershipStatus)};
    });
    m_memberships->setObjectName(QStringLiteral("memberships"));
    auto *membershipsPage = new QWidget;
    auto *membershipsLayout = new QVBoxLayout(membershipsPage);
    membershipsLayout->addWidget(m_memberships);
    membershipsLayout->addWidget(messages()->addLine(QStringLiteral("memberships"), membershipsPage));
    tabs()->addTab(membershipsPage, tr("&Membership"));

    watchChanges(this);
    setWindowTitle(tr("New organisation"));
    revalidate();
}

void OrganisationDialog::addRelationRow(const core::OrganisationRelation &r)
{
    const int row = m_relations->addRow();
    m_relations->cellAs<VocabularyCombo>(row, 0)->setCode(r.kind);
    m_relations->cellAs<OrganisationPicker>(row, 1)->setOrganisationId(r.otherId);
}

void OrganisationDialog::addMembershipRow(const core::OrganisationMembership &m)
{
    const int row = m_memberships->addRow();
    m_memberships->cellAs<QSpinBox>(row, 0)->setValue(m.year);
    m_memberships->cellAs<QLineEdit>(row, 1)->setText(m.feeCents ? core::Money::format(m.feeCents) : QString());
    m_memberships->cellAs<VocabularyCombo>(row, 2)->setCode(m.status);
}

void OrganisationDialog::setOrganisation(const core::Organisation &org)
{
    m_original = org;
    m_name->setText(org.name);
    m_acronym->setText(org.acronym);
    m_kind->setCode(org.kind);
    m_country->setText(org.country);
    m_city->setText(org.city);
    m_website->setText(org.website);
    m_platformName->setText(org.platformName);
    m_platformUrl->setText(org.platformUrl);
    if (org.id > 0)
        m_parent->excludeId(org.id);
    m_parent->setOrganisationId(org.parentId);
    for (QCheckBox *box : m_roles)
        box->setChecked(org.roles.contains(box->property("code").toString()));
    m_consent->setChecked(org.publicConsent);
    m_consentOn->setDate(org.publicConsentOn);
    m_notes->setPlainText(org.notes);
    m_relations->clear();
    for (const core::OrganisationRelation &r : org.relations)
        addRelationRow(r);
    m_memberships->clear();
    for (const core::OrganisationMembership &m : org.memberships)
        addMembershipRow(m);
    setWindowTitle(org.id > 0 ? tr("Organisation “%1”").arg(org.name) : tr("New organisation"));
    revalidate();
}

core::Organisation OrganisationDialog::organisation() const
{
    core::Organisation o = m_original;
    o.name = m_name->text().trimmed();
    o.acronym = m_acronym->text().trimmed();
    o.kind = m_kind->currentData().toString();
    o.country = m_country->text().trimmed().toUpper();
    o.city = m_city->text().trimmed();
    o.website = m_website->text().trimmed();
    o.platformName = m_platformName->text().trimmed();
    o.platformUrl = m_platformUrl->text().trimmed();
    o.parentId = m_parent->organisationId();
    o.roles.clear();
    for (QCheckBox *box : m_roles)
        if (box->isChecked())
            o.roles << box->property("code").toString();
    o.publicConsent = m_consent->isChecked();
    o.publicConsentOn = o.publicConsent ? m_consentOn->date() : QDate();
    o.notes = m_notes->toPlainText();
    o.relations.clear();
    for (int r = 0; r < m_relations->rowCount(); ++r)
        o.relations << core::OrganisationRelation{0, m_relations->cellAs<OrganisationPicker>(r, 1)->organisationId(),
                                                  m_relations->cellAs<QComboBox>(r, 0)->currentData().toString()};
    o.memberships.clear();
    for (int r = 0; r < m_memberships->rowCount(); ++r) {
        qint64 fee = 0;
        core::Money::parse(m_memberships->cellAs<QLineEdit>(r, 1)->text(), &fee);
        o.memberships << core::OrganisationMembership{0, m_memberships->cellAs<QSpinBox>(r, 0)->value(), fee,
                                                      m_memberships->cellAs<QComboBox>(r, 2)->currentData().toString()};
    }
    return o;
}

core::FieldErrors OrganisationDialog::validate() const
{
    core::FieldErrors errors = core::Validation::organisation(organisation(), core::OrganisationRepository(m_db));
    if (m_parent->currentIndex() < 0 && !m_parent->currentText().trimmed().isEmpty()
        && m_parent->organisationId() == 0)
        errors << core::FieldError{QStringLiteral("parent"), tr("No organisation has this name; pick one from the list.")};
    if (m_consent->isChecked() && !m_consentOn->isReadable())
        errors << core::FieldError{QStringLiteral("publicConsentOn"), tr("This date cannot be read; use dd/mm/yyyy.")};
    for (int r = 0; r < m_memberships->rowCount(); ++r) {
        const QString fee = m_memberships->cellAs<QLineEdit>(r, 1)->text();
        qint64 cents = 0;
        if (!fee.trimmed().isEmpty() && !core::Money::parse(fee, &cents))
            errors << core::FieldError{QStringLiteral("memberships"), tr("The fee “%1” is not an amount.").arg(fee), r};
    }
    return errors;
}

core::Result OrganisationDialog::save()
{
    auto saved = m_editor.saveOrganisation(organisation());
    if (!saved)
        return saved.result();
    m_savedId = saved.value();
    return core::Result::success();
}

} // namespace convivium::ui
