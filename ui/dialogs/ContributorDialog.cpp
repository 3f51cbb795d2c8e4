#include "dialogs/ContributorDialog.h"
#include "domain/Vocabulary.h"
#include "repositories/ContributorRepository.h"
#include "services/CommunityEditor.h"
#include "widgets/DateField.h"
#include "widgets/Pickers.h"
#include "widgets/RowsEditor.h"
#include "widgets/VocabularyCombo.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>

namespace convivium::ui {

using core::Vocabulary;

ContributorDialog::ContributorDialog(const core::Database &db, core::CommunityEditor &editor, QWidget *parent)
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
    field(m_givenName, "givenName", tr("&Given name:"));
    field(m_familyName, "familyName", tr("&Family name:"));
    messages()->addField(QStringLiteral("familyName"), form, m_familyName);
    field(m_email, "email", tr("&E-mail:"));
    m_email->setPlaceholderText(tr("name@example.org"));
    messages()->addField(QStringLiteral("email"), form, m_email);
    field(m_otherEmails, "otherEmails", tr("&Other e-mails:"));
    m_otherEmails->setPlaceholderText(tr("separated by commas"));
    messages()->addField(QStringLiteral("otherEmails"), form, m_otherEmails);
    field(m_phone, "phone", tr("&Phone:"));
    field(m_languages, "languages", tr("&Languages:"));
    m_languages->setPlaceholderText(tr("fr, en"));
    m_firstSeen = new DateField;
    m_firstSeen->setObjectName(QStringLiteral("firstSeen"));
    m_firstSeen->setAccessibleName(tr("First seen"));
    form->addRow(tr("First &seen:"), m_firstSeen);
    messages()->addField(QStringLiteral("firstSeen"), form, m_firstSeen);
    m_codeOfConduct = new DateField;
    m_codeOfConduct->setObjectName(QStringLiteral("codeOfConduct"));
    m_codeOfConduct->setAccessibleName(tr("Code of conduct accepted on"));
    form->addRow(tr("&Code of conduct accepted on:"), m_codeOfConduct);
    messages()->addField(QStringLiteral("codeOfConduct"), form, m_codeOfConduct);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    form->addRow(tr("N&otes:"), m_notes);
    tabs()->addTab(general, tr("&Identity"));

    const core::Database &database = db;
    m_affiliations = new RowsEditor({tr("Organisation"), tr("Title"), tr("From"), tr("To")}, [&database]() -> QList<QWidget *> {
        return {new OrganisationPicker(database, false), new QLineEdit, new DateField, new DateField};
    });
    m_affiliations->setObjectName(QStringLiteral("affiliations"));
    auto *affPage = new QWidget;
    auto *affLayout = new QVBoxLayout(affPage);
    affLayout->addWidget(m_affiliations);
    affLayout->addWidget(messages()->addLine(QStringLiteral("affiliations"), affPage));
    tabs()->addTab(affPage, tr("&Affiliations"));

    auto *involvement = new QWidget;
    auto *invLayout = new QVBoxLayout(involvement);
    auto *kindsBox = new QGroupBox(tr("Contribution kinds"));
    auto *kindsGrid = new QGridLayout(kindsBox);
    int i = 0;
    for (const core::Term &t : Vocabulary::terms(Vocabulary::ContributionKind)) {
        auto *box = new QCheckBox(t.label);
        box->setProperty("code", t.code);
        box->setObjectName(QStringLiteral("kind_") + t.code);
        kindsGrid->addWidget(box, i / 2, i % 2);
        m_kinds << box;
        ++i;
    }
    invLayout->addWidget(kindsBox);
    m_handles = new RowsEditor({tr("Kind"), tr("Handle")}, []() -> QList<QWidget *> {
        return {new VocabularyCombo(Vocabulary::HandleKind), new QLineEdit};
    });
    m_handles->setObjectName(QStringLiteral("handles"));
    auto *handlesBox = new QGroupBox(tr("Handles (forge, chat, mailing lists)"));
    (new QVBoxLayout(handlesBox))->addWidget(m_handles);
    invLayout->addWidget(handlesBox);
    tabs()->addTab(involvement, tr("&Involvement"));

    auto *consentsPage = new QWidget;
    auto *consentsForm = new QFormLayout(consentsPage);
    for (const core::Term &t : Vocabulary::terms(Vocabulary::ConsentKind)) {
        auto *row = new QWidget;
        row->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);   // a form row keeps its height
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *box = new QCheckBox(tr("Given"));
        box->setObjectName(QStringLiteral("consent_") + t.code);
        box->setAccessibleName(t.label);
        auto *date = new DateField;
        date->setObjectName(QStringLiteral("consentDate_") + t.code);
        date->setAccessibleName(tr("%1: recorded on").arg(t.label));
        rowLayout->addWidget(box);
        rowLayout->addWidget(date);
        consentsForm->addRow(t.label + u':', row);
        connect(box, &QCheckBox::toggled, this, [date](bool) { date->setDate(QDate::currentDate()); });
        m_consents << ConsentRow{t.code, box, date};
    }
    tabs()->addTab(consentsPage, tr("C&onsents"));

    connect(messages(), &FormMessages::linkActivated, this, [this](const QString &, qint64 id) {
        if (id > 0) {
            reject();
            emit openRecordRequested(QStringLiteral("contributor"), id);
        }
    });
    watchChanges(this);
    setWindowTitle(tr("New contributor"));
    revalidate();
}

void ContributorDialog::addAffiliationRow(const core::Affiliation &a)
{
    const int row = m_affiliations->addRow();
    m_affiliations->cellAs<OrganisationPicker>(row, 0)->setOrganisationId(a.organisationId);
    m_affiliations->cellAs<QLineEdit>(row, 1)->setText(a.title);
    m_affiliations->cellAs<DateField>(row, 2)->setDate(a.from);
    m_affiliations->cellAs<DateField>(row, 3)->setDate(a.to);
}

void ContributorDialog::addHandleRow(const core::Handle &h)
{
    const int row = m_handles->addRow();
    m_handles->cellAs<VocabularyCombo>(row, 0)->setCode(h.kind);
    m_handles->cellAs<QLineEdit>(row, 1)->setText(h.handle);
}

void ContributorDialog::setContributor(const core::Contributor &c)
{
    m_original = c;
    m_givenName->setText(c.givenName);
    m_familyName->setText(c.familyName);
    m_email->setText(c.emails.value(0));
    m_otherEmails->setText(c.emails.mid(1).join(QStringLiteral(", ")));
    m_phone->setText(c.phone);
    m_languages->setText(c.languages.join(QStringLiteral(", ")));
    m_firstSeen->setDate(c.firstSeen);
    m_codeOfConduct->setDate(c.codeOfConductAcceptedOn);
    m_notes->setPlainText(c.notes);
    for (QCheckBox *box : m_kinds)
        box->setChecked(c.contributionKinds.contains(box->property("code").toString()));
    for (ConsentRow &row : m_consents) {
        row.box->setChecked(false);
        row.date->clear();
        for (const core::Consent &k : c.consents)
            if (k.kind == row.kind) {
                row.box->setChecked(k.granted);
                row.date->setDate(k.recordedOn);
            }
    }
    m_affiliations->clear();
    for (const core::Affiliation &a : c.affiliations)
        addAffiliationRow(a);
    m_handles->clear();
    for (const core::Handle &h : c.handles)
        addHandleRow(h);
    setWindowTitle(c.id > 0 ? tr("Contributor “%1”").arg(c.displayName()) : tr("New contributor"));
    revalidate();
}

core::Contributor ContributorDialog::contributor() const
{
    core::Contributor c = m_original;
    c.givenName = m_givenName->text().trimmed();
    c.familyName = m_familyName->text().trimmed();
    c.emails.clear();
    c.emails << m_email->text().trimmed();
    for (const QString &e : m_otherEmails->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        c.emails << e.trimmed();
    if (c.emails.first().isEmpty())
        c.emails.removeFirst();
    c.phone = m_phone->text().trimmed();
    c.languages.clear();
    for (const QString &l : m_languages->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        c.languages << l.trimmed().toLower();
    c.firstSeen = m_firstSeen->date();
    c.codeOfConductAcceptedOn = m_codeOfConduct->date();
    c.notes = m_notes->toPlainText();
    c.contributionKinds.clear();
    for (QCheckBox *box : m_kinds)
        if (box->isChecked())
            c.contributionKinds << box->property("code").toString();
    c.consents.clear();
    for (const ConsentRow &row : m_consents)
        if (row.box->isChecked() || !row.date->isEmpty())
            c.consents << core::Consent{row.kind, row.box->isChecked(), row.date->date()};
    c.affiliations.clear();
    for (int r = 0; r < m_affiliations->rowCount(); ++r)
        c.affiliations << core::Affiliation{0, m_affiliations->cellAs<OrganisationPicker>(r, 0)->organisationId(),
                                            m_affiliations->cellAs<QLineEdit>(r, 1)->text().trimmed(),
                                            m_affiliations->cellAs<DateField>(r, 2)->date(),
                                            m_affiliations->cellAs<DateField>(r, 3)->date()};
    c.handles.clear();
    for (int r = 0; r < m_handles->rowCount(); ++r) {
        const QString handle = m_handles->cellAs<QLineEdit>(r, 1)->text().trimmed();
        if (!handle.isEmpty())
            c.handles << core::Handle{m_handles->cellAs<VocabularyCombo>(r, 0)->code(), handle};
    }
    return c;
}

core::FieldErrors ContributorDialog::validate() const
{
    core::FieldErrors errors = core::Validation::contributor(contributor(), core::ContributorRepository(m_db));
    const QString unreadable = tr("This date cannot be read; use dd/mm/yyyy.");
    if (!m_firstSeen->isReadable())
        errors << core::FieldError{QStringLiteral("firstSeen"), unreadable};
    if (!m_codeOfConduct->isReadable())
        errors << core::FieldError{QStringLiteral("codeOfConduct"), unreadable};
    for (int r = 0; r < m_affiliations->rowCount(); ++r)
        if (!m_affiliations->cellAs<DateField>(r, 2)->isReadable() || !m_affiliations->cellAs<DateField>(r, 3)->isReadable())
            errors << core::FieldError{QStringLiteral("affiliations"), unreadable, r};
    return errors;
}

core::Result ContributorDialog::save()
{
    auto saved = m_editor.saveContributor(contributor());
    if (!saved)
        return saved.result();
    m_savedId = saved.value();
    return core::Result::success();
}

} // namespace convivium::ui
