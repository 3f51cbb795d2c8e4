#include "dialogs/EventDialog.h"
#include "domain/Money.h"
#include "services/EventEditor.h"
#include "services/RegistrationRules.h"
#include "widgets/DateField.h"
#include "widgets/MoneyText.h"
#include "widgets/Pickers.h"
#include "widgets/RowsEditor.h"
#include "widgets/VocabularyCombo.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace convivium::ui {

using core::Money;
using core::Vocabulary;

namespace {

QString shown(qint64 value, const QString &currency) { return Money::format(value, currency); }

} // namespace

EventDialog::EventDialog(const core::Database &db, core::EventEditor &editor, QWidget *parent)
    : RecordDialog(db, parent), m_editor(editor)
{
    auto line = [](const char *name, const QString &accessible) {
        auto *e = new QLineEdit;
        e->setObjectName(QString::fromLatin1(name));
        e->setAccessibleName(accessible);
        return e;
    };
    auto date = [](const char *name, const QString &accessible) {
        auto *d = new DateField;
        d->setObjectName(QString::fromLatin1(name));
        d->setAccessibleName(accessible);
        return d;
    };
    auto text = [](const char *name, const QString &accessible, int height) {
        auto *t = new QPlainTextEdit;
        t->setObjectName(QString::fromLatin1(name));
        t->setAccessibleName(accessible);
        t->setMaximumHeight(height);
        return t;
    };

    auto *general = new QWidget;
    auto *form = new QFormLayout(general);
    m_title = line("title", tr("Title"));
    form->addRow(tr("&Title:"), m_title);
    messages()->addField(QStringLiteral("title"), form, m_title);
    m_kind = new VocabularyCombo(Vocabulary::EventKind);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->setAccessibleName(tr("Kind"));
    form->addRow(tr("&Kind:"), m_kind);
    m_edition = line("edition", tr("Edition"));
    m_edition->setPlaceholderText(tr("Winter 2026"));
    form->addRow(tr("&Edition:"), m_edition);
    auto *dates = new QWidget;
    dates->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);   // a form row keeps its height
    auto *datesLayout = new QHBoxLayout(dates);
    datesLayout->setContentsMargins(0, 0, 0, 0);
    m_start = date("start", tr("Start"));
    m_end = date("end", tr("End"));
    datesLayout->addWidget(m_start);
    datesLayout->addWidget(new QLabel(tr("to")));
    datesLayout->addWidget(m_end);
    form->addRow(tr("&Dates:"), dates);
    messages()->addField(QStringLiteral("dates"), form, dates);
    auto *transit = new QWidget;
    transit->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);   // a form row keeps its height
    auto *transitLayout = new QHBoxLayout(transit);
    transitLayout->setContentsMargins(0, 0, 0, 0);
    m_transitStart = new QSpinBox;
    m_transitStart->setObjectName(QStringLiteral("transitStart"));
    m_transitStart->setAccessibleName(tr("Transit days at the start"));
    m_transitStart->setRange(0, 7);
    m_transitEnd = new QSpinBox;
    m_transitEnd->setObjectName(QStringLiteral("transitEnd"));
    m_transitEnd->setAccessibleName(tr("Transit days at the end"));
    m_transitEnd->setRange(0, 7);
    transitLayout->addWidget(m_transitStart);
    transitLayout->addWidget(new QLabel(tr("at the start,")));
    transitLayout->addWidget(m_transitEnd);
    transitLayout->addWidget(new QLabel(tr("at the end")));
    transitLayout->addStretch();
    form->addRow(tr("T&ransit days:"), transit);
    messages()->addField(QStringLiteral("transit"), form, transit);
    m_mode = new VocabularyCombo(Vocabulary::EventMode);
    m_mode->setObjectName(QStringLiteral("mode"));
    m_mode->setAccessibleName(tr("Mode"));
    form->addRow(tr("&Mode:"), m_mode);
    m_status = new VocabularyCombo(Vocabulary::EventStatus);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("Status"));
    form->addRow(tr("&Status:"), m_status);
    m_organiser = new OrganisationPicker(db, true);
    m_organiser->setObjectName(QStringLiteral("organiser"));
    m_organiser->setAccessibleName(tr("Organised by"));
    form->addRow(tr("&Organised by:"), m_organiser);
    m_topics = text("topics", tr("Topics"), QWIDGETSIZE_MAX);   // the last row takes the room left
    form->addRow(tr("To&pics:"), m_topics);
    tabs()->addTab(general, tr("&General"));

    auto *registration = new QWidget;
    auto *regForm = new QFormLayout(registration);
    m_opens = date("opens", tr("Registration opens"));
    regForm->addRow(tr("Registration &opens:"), m_opens);
    m_deadline = date("deadline", tr("Registration deadline"));
    regForm->addRow(tr("&Deadline:"), m_deadline);
    messages()->addField(QStringLiteral("deadline"), regForm, m_deadline);
    m_capacity = new QSpinBox;
    m_capacity->setObjectName(QStringLiteral("capacity"));
    m_capacity->setAccessibleName(tr("Capacity"));
    m_capacity->setRange(0, 100000);
    m_capacity->setSpecialValueText(tr("no limit"));
    regForm->addRow(tr("&Capacity:"), m_capacity);
    m_currency = line("currency", tr("Currency"));
    m_currency->setMaxLength(3);
    m_currency->setText(QStringLiteral("EUR"));
    regForm->addRow(tr("C&urrency:"), m_currency);
    m_feePolicy = text("feePolicy", tr("Fee policy"), 110);
    regForm->addRow(tr("&Fee policy:"), m_feePolicy);
    m_notes = text("notes", tr("Notes"), QWIDGETSIZE_MAX);
    regForm->addRow(tr("N&otes:"), m_notes);
    tabs()->addTab(registration, tr("&Registration"));

    auto *venue = new QWidget;
    auto *venueForm = new QFormLayout(venue);
    m_venueName = line("venueName", tr("Venue"));
    m_venueName->setPlaceholderText(tr("Vallon d'Aïga"));
    venueForm->addRow(tr("&Venue:"), m_venueName);
    m_venueAddress = text("venueAddress", tr("Address"), 60);
    venueForm->addRow(tr("&Address:"), m_venueAddress);
    m_venueWebsite = line("venueWebsite", tr("Website"));
    venueForm->addRow(tr("&Website:"), m_venueWebsite);
    m_contactName = line("contactName", tr("Contact"));
    venueForm->addRow(tr("&Contact:"), m_contactName);
    m_contactEmail = line("contactEmail", tr("Contact e-mail"));
    venueForm->addRow(tr("Contact &e-mail:"), m_contactEmail);
    m_contactPhone = line("contactPhone", tr("Contact phone"));
    venueForm->addRow(tr("Contact &phone:"), m_contactPhone);
    tabs()->addTab(venue, tr("&Venue"));

    m_options = new RowsEditor({tr("Name"), tr("Kind"), tr("Beds per unit"), tr("Units"), tr("Price per night"),
                                tr("Supplement per night"), tr("Meals included")},
                               []() -> QList<QWidget *> {
        auto *beds = new QSpinBox;
        beds->setRange(0, 50);
        beds->setValue(2);
        auto *units = new QSpinBox;
        units->setRange(0, 1000);
        auto *meals = new QCheckBox;
        meals->setChecked(true);
        return {new QLineEdit, new VocabularyCombo(Vocabulary::LodgingKind), beds, units, new QLineEdit, new QLineEdit, meals};
    });
    m_options->setObjectName(QStringLiteral("options"));
    auto *lodging = new QWidget;
    auto *lodgingLayout = new QVBoxLayout(lodging);
    lodgingLayout->addWidget(m_options);
    lodgingLayout->addWidget(messages()->addLine(QStringLiteral("options"), lodging));
    auto *mealsBox = new QGroupBox(tr("Meal prices for people lodging elsewhere"));
    auto *mealsForm = new QFormLayout(mealsBox);
    m_breakfast = line("breakfast", tr("Breakfast price"));
    m_lunch = line("lunch", tr("Lunch price"));
    m_dinner = line("dinner", tr("Dinner price"));
    mealsForm->addRow(tr("&Breakfast:"), m_breakfast);
    mealsForm->addRow(tr("&Lunch:"), m_lunch);
    mealsForm->addRow(tr("Di&nner:"), m_dinner);
    lodgingLayout->addWidget(mealsBox);
    lodgingLayout->addWidget(messages()->addLine(QStringLiteral("meals"), lodging));
    tabs()->addTab(lodging, tr("&Lodging and meals"));

    watchChanges(this);
    setWindowTitle(tr("New event"));
    resize(820, 600);
    revalidate();
}

void EventDialog::addOptionRow(const core::LodgingOption &o)
{
    const int row = m_options->addRow();
    m_options->cellAs<QLineEdit>(row, 0)->setText(o.name);
    m_options->cellAs<VocabularyCombo>(row, 1)->setCode(o.kind);
    m_options->cellAs<QSpinBox>(row, 2)->setValue(o.bedsPerUnit);
    m_options->cellAs<QSpinBox>(row, 3)->setValue(o.units);
    m_options->cellAs<QLineEdit>(row, 4)->setText(o.priceCents ? shown(o.priceCents, m_original.currency) : QString());
    m_options->cellAs<QLineEdit>(row, 5)->setText(o.supplementCents ? shown(o.supplementCents, m_original.currency) : QString());
    m_options->cellAs<QCheckBox>(row, 6)->setChecked(o.mealsIncluded);
    m_options->cell(row, 0)->setProperty("optionId", o.id);
}

void EventDialog::setEvent(const core::Event &e)
{
    m_original = e;
    m_title->setText(e.title);
    m_kind->setCode(e.kind);
    m_edition->setText(e.edition);
    m_start->setDate(e.start);
    m_end->setDate(e.end);
    m_transitStart->setValue(e.transitDaysStart);
    m_transitEnd->setValue(e.transitDaysEnd);
    m_mode->setCode(e.mode);
    m_status->setCode(e.status);
    m_organiser->setOrganisationId(e.organisationId);
    m_topics->setPlainText(e.topics);
    m_opens->setDate(e.registrationOpens);
    m_deadline->setDate(e.registrationDeadline);
    m_capacity->setValue(e.capacity);
    m_currency->setText(e.currency);
    m_feePolicy->setPlainText(e.feePolicy);
    m_notes->setPlainText(e.notes);
    m_venueName->setText(e.venue.name);
    m_venueAddress->setPlainText(e.venue.address);
    m_venueWebsite->setText(e.venue.website);
    m_contactName->setText(e.venue.contactName);
    m_contactEmail->setText(e.venue.contactEmail);
    m_contactPhone->setText(e.venue.contactPhone);
    m_options->clear();
    for (const core::LodgingOption &o : e.lodgingOptions)
        addOptionRow(o);
    for (const core::MealPrice &m : e.mealPrices) {
        QLineEdit *edit = m.meal == u"breakfast" ? m_breakfast : m.meal == u"lunch" ? m_lunch : m_dinner;
        edit->setText(shown(m.priceCents, e.currency));
    }
    setWindowTitle(e.id > 0 ? tr("Event “%1”").arg(e.title) : tr("New event"));
    revalidate();
}

core::Event EventDialog::event() const
{
    core::Event e = m_original;
    e.title = m_title->text().trimmed();
    e.kind = m_kind->code();
    e.edition = m_edition->text().trimmed();
    e.start = m_start->date();
    e.end = m_end->date();
    e.transitDaysStart = m_transitStart->value();
    e.transitDaysEnd = m_transitEnd->value();
    e.mode = m_mode->code();
    e.status = m_status->code();
    e.organisationId = m_organiser->organisationId();
    e.topics = m_topics->toPlainText();
    e.registrationOpens = m_opens->date();
    e.registrationDeadline = m_deadline->date();
    e.capacity = m_capacity->value();
    e.currency = m_currency->text().trimmed().toUpper();
    if (e.currency.isEmpty())
        e.currency = QStringLiteral("EUR");
    e.feePolicy = m_feePolicy->toPlainText();
    e.notes = m_notes->toPlainText();
    e.venue.name = m_venueName->text().trimmed();
    e.venue.address = m_venueAddress->toPlainText();
    e.venue.website = m_venueWebsite->text().trimmed();
    e.venue.contactName = m_contactName->text().trimmed();
    e.venue.contactEmail = m_contactEmail->text().trimmed();
    e.venue.contactPhone = m_contactPhone->text().trimmed();
    e.lodgingOptions.clear();
    for (int r = 0; r < m_options->rowCount(); ++r) {
        core::LodgingOption o;
        o.id = m_options->cell(r, 0)->property("optionId").toLongLong();
        o.name = m_options->cellAs<QLineEdit>(r, 0)->text().trimmed();
        o.kind = m_options->cellAs<VocabularyCombo>(r, 1)->code();
        o.bedsPerUnit = m_options->cellAs<QSpinBox>(r, 2)->value();
        o.units = m_options->cellAs<QSpinBox>(r, 3)->value();
        o.priceCents = centsIn(m_options->cellAs<QLineEdit>(r, 4));
        o.supplementCents = centsIn(m_options->cellAs<QLineEdit>(r, 5));
        o.mealsIncluded = m_options->cellAs<QCheckBox>(r, 6)->isChecked();
        e.lodgingOptions << o;
    }
    e.mealPrices.clear();
    const QList<QPair<QString, QLineEdit *>> meals{{QStringLiteral("breakfast"), m_breakfast},
                                                  {QStringLiteral("lunch"), m_lunch},
                                                  {QStringLiteral("dinner"), m_dinner}};
    for (const auto &m : meals)
        if (!m.second->text().trimmed().isEmpty())
            e.mealPrices << core::MealPrice{m.first, centsIn(m.second)};
    return e;
}

core::FieldErrors EventDialog::validate() const
{
    core::FieldErrors errors = core::RegistrationRules::validateEvent(event());
    const QString unreadable = tr("This date cannot be read; use dd/mm/yyyy.");
    if (!m_start->isReadable() || !m_end->isReadable())
        errors << core::FieldError{QStringLiteral("dates"), unreadable};
    if (!m_deadline->isReadable() || !m_opens->isReadable())
        errors << core::FieldError{QStringLiteral("deadline"), unreadable};
    for (int r = 0; r < m_options->rowCount(); ++r) {
        bool price = true, supplement = true;
        centsIn(m_options->cellAs<QLineEdit>(r, 4), &price);
        centsIn(m_options->cellAs<QLineEdit>(r, 5), &supplement);
        if (!price || !supplement)
            errors << core::FieldError{QStringLiteral("options"), tr("A price cannot be read."), r};
    }
    for (QLineEdit *meal : {m_breakfast, m_lunch, m_dinner}) {
        bool ok = true;
        centsIn(meal, &ok);
        if (!ok)
            errors << core::FieldError{QStringLiteral("meals"), tr("The price “%1” is not an amount.").arg(meal->text())};
    }
    return errors;
}

core::Result EventDialog::save()
{
    auto saved = m_editor.saveEvent(event());
    if (!saved)
        return saved.result();
    m_savedId = saved.value();
    return core::Result::success();
}

} // namespace convivium::ui
