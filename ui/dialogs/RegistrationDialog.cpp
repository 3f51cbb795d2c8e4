#include "dialogs/RegistrationDialog.h"
#include "reports/ReportDates.h"
#include "Community.h"
#include "dialogs/ContributorDialog.h"
#include "domain/Money.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/RegistrationRepository.h"
#include "services/FeeCalculator.h"
#include "services/RegistrationRules.h"
#include "services/StayCalculator.h"
#include "widgets/DateField.h"
#include "widgets/Pickers.h"
#include "widgets/RowsEditor.h"
#include "widgets/VocabularyCombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace convivium::ui {

using core::Meal;
using core::Money;
using core::Vocabulary;

namespace {

QComboBox *mealCombo(const char *name, const QString &accessible)
{
    auto *combo = new QComboBox;
    combo->setObjectName(QString::fromLatin1(name));
    combo->setAccessibleName(accessible);
    for (const core::Term &t : Vocabulary::terms(Vocabulary::Meal))
        combo->addItem(t.label, t.code);
    return combo;
}

void selectMeal(QComboBox *combo, Meal meal)
{
    combo->setCurrentIndex(combo->findData(core::StayCalculator::mealCode(meal)));
}

Meal mealOf(const QComboBox *combo, Meal fallback)
{
    return core::StayCalculator::mealFromCode(combo->currentData().toString(), fallback);
}

} // namespace

RegistrationDialog::RegistrationDialog(core::Community &community, qint64 eventId, QWidget *parent)
    : RecordDialog(community.database(), parent), m_community(community)
{
    m_event = core::EventRepository(m_db).load(eventId).value();
    m_event.id = eventId;
    // One read of the event's registrations serves the roommate choices, the
    // capacity checks and the duplicate check on every keystroke.
    const QList<core::RegistrationRow> rows = core::RegistrationRepository(m_db).rowsForEvent(eventId);
    for (const core::RegistrationRow &row : rows)
        m_others << row.registration;
    m_original.eventId = eventId;

    auto line = [](const char *name, const QString &accessible) {
        auto *e = new QLineEdit;
        e->setObjectName(QString::fromLatin1(name));
        e->setAccessibleName(accessible);
        return e;
    };
    auto text = [](const char *name, const QString &accessible, int height) {
        auto *t = new QPlainTextEdit;
        t->setObjectName(QString::fromLatin1(name));
        t->setAccessibleName(accessible);
        t->setMaximumHeight(height);
        t->setTabChangesFocus(true);
        return t;
    };

    auto *stay = new QWidget;
    auto *form = new QFormLayout(stay);
    auto *who = new QWidget;
    who->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);   // a form row keeps its height
    auto *whoLayout = new QHBoxLayout(who);
    whoLayout->setContentsMargins(0, 0, 0, 0);
    m_contributor = new ContributorPicker(m_db);
    m_contributor->setObjectName(QStringLiteral("contributor"));
    m_newContributor = new QPushButton(tr("&New…"));
    m_newContributor->setObjectName(QStringLiteral("newContributor"));
    m_newContributor->setAccessibleName(tr("Create a new contributor"));
    whoLayout->addWidget(m_contributor, 1);
    whoLayout->addWidget(m_newContributor);
    form->addRow(tr("&Participant:"), who);
    messages()->addField(QStringLiteral("contributor"), form, who);

    auto dateAndMeal = [&](DateField *&date, QComboBox *&meal, const char *dateName, const char *mealName,
                           const QString &dateLabel, const QString &mealLabel, const QString &rowLabel) {
        auto *row = new QWidget;
        row->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);   // a form row keeps its height
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        date = new DateField;
        date->setObjectName(QString::fromLatin1(dateName));
        date->setAccessibleName(dateLabel);
        meal = mealCombo(mealName, mealLabel);
        layout->addWidget(date, 1);
        layout->addWidget(new QLabel(mealLabel));
        layout->addWidget(meal);
        form->addRow(rowLabel, row);
        return row;
    };
    dateAndMeal(m_arrival, m_firstMeal, "arrival", "firstMeal", tr("Arrival"), tr("first meal"), tr("&Arrival:"));
    messages()->addField(QStringLiteral("arrival"), form, m_arrival->parentWidget());
    QWidget *departureRow = dateAndMeal(m_departure, m_lastMeal, "departure", "lastMeal", tr("Departure"), tr("last meal"),
                                        tr("&Departure:"));
    messages()->addField(QStringLiteral("departure"), form, departureRow);
    messages()->addField(QStringLiteral("lastMeal"), form, departureRow);

    m_option = new QComboBox;
    m_option->setObjectName(QStringLiteral("option"));
    m_option->setAccessibleName(tr("Lodging"));
    for (const core::LodgingOption &o : m_event.lodgingOptions) {
        QString label = o.name;
        if (o.kind != u"elsewhere")
            label += QStringLiteral(" — ") + tr("%1 per night").arg(Money::format(o.priceCents + o.supplementCents, m_event.currency));
        m_option->addItem(label, o.id);
    }
    if (m_option->findData(qint64(0)) < 0)
        m_option->addItem(tr("Lodging elsewhere"), qint64(0));
    form->addRow(tr("&Lodging:"), m_option);
    m_status = new VocabularyCombo(Vocabulary::RegistrationStatus);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("Status"));
    form->addRow(tr("&Status:"), m_status);
    m_payer = new OrganisationPicker(m_db, true);
    m_payer->setObjectName(QStringLiteral("payer"));
    m_payer->setAccessibleName(tr("Paid by"));
    m_payer->setItemText(0, tr("The participant"));
    form->addRow(tr("Paid &by:"), m_payer);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setStyleSheet(QStringLiteral("font-weight: bold; padding: 4px 0;"));
    m_summary->setAccessibleName(tr("Nights, meals and amount due"));
    form->addRow(tr("Stay:"), m_summary);
    m_warnings = new QLabel;
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #9a5b00;"));
    form->addRow(QString(), m_warnings);
    m_waitlist = new QCheckBox(tr("Put on the waiting list (otherwise book over capacity)"));
    m_waitlist->setObjectName(QStringLiteral("waitlist"));
    m_waitlist->setChecked(true);
    m_waitlist->setVisible(false);
    form->addRow(QString(), m_waitlist);
    tabs()->addTab(stay, tr("&Stay"));

    auto *roommates = new QWidget;
    auto *roomForm = new QFormLayout(roommates);
    m_wishes = text("roommateWishes", tr("Roommate wishes"), 50);
    roomForm->addRow(tr("&Wishes, as written:"), m_wishes);
    m_refusals = text("roommateRefusals", tr("Roommate refusals"), 50);
    roomForm->addRow(tr("&Refusals, as written:"), m_refusals);
    QList<QPair<qint64, QString>> people;
    for (const core::RegistrationRow &row : rows)
        people << qMakePair(row.registration.id, row.name);
    m_preferences = new RowsEditor({tr("Roommate"), tr("Wish or refusal")}, [people]() -> QList<QWidget *> {
        auto *who = new QComboBox;
        for (const auto &p : people)
            who->addItem(p.second, p.first);
        auto *kind = new QComboBox;
        kind->addItem(tr("Wishes to share with"), true);
        kind->addItem(tr("Refuses to share with"), false);
        return {who, kind};
    });
    m_preferences->setObjectName(QStringLiteral("preferences"));
    roomForm->addRow(tr("For the allocation:"), m_preferences);
    roomForm->addRow(QString(), messages()->addLine(QStringLiteral("roommates"), roommates));
    tabs()->addTab(roommates, tr("R&oommates"));

    auto *needs = new QWidget;
    auto *needsForm = new QFormLayout(needs);
    m_diet = line("diet", tr("Diet"));
    m_diet->setPlaceholderText(tr("vegetarian, vegan, gluten-free…"));
    needsForm->addRow(tr("&Diet:"), m_diet);
    m_allergies = line("allergies", tr("Allergies"));
    needsForm->addRow(tr("&Allergies:"), m_allergies);
    m_accessibility = text("accessibility", tr("Accessibility needs"), 60);
    needsForm->addRow(tr("A&ccessibility needs:"), m_accessibility);
    m_onboarding = new QCheckBox(tr("Joins the onboarding session"));
    m_onboarding->setObjectName(QStringLiteral("onboarding"));
    needsForm->addRow(QString(), m_onboarding);
    m_topics = line("topics", tr("Topics of interest"));
    needsForm->addRow(tr("&Topics of interest:"), m_topics);
    m_travel = line("travel", tr("Travel"));
    m_travel->setPlaceholderText(tr("train to Tarascon-sur-Ariège, 14:05"));
    needsForm->addRow(tr("T&ravel:"), m_travel);
    m_carSharing = line("carSharing", tr("Car sharing"));
    m_carSharing->setPlaceholderText(tr("offers 2 seats from Toulouse"));
    needsForm->addRow(tr("Car &sharing:"), m_carSharing);
    m_consent = new QCheckBox(tr("Agrees to appear in the public participant list"));
    m_consent->setObjectName(QStringLiteral("publicConsent"));
    needsForm->addRow(QString(), m_consent);
    m_notes = text("notes", tr("Notes"), QWIDGETSIZE_MAX);
    needsForm->addRow(tr("N&otes:"), m_notes);
    tabs()->addTab(needs, tr("&Needs and travel"));

    connect(m_newContributor, &QPushButton::clicked, this, &RegistrationDialog::createContributor);
    connect(m_contributor, &ContributorPicker::contributorChanged, this, &RegistrationDialog::revalidate);
    connect(m_arrival, &QLineEdit::textChanged, this, &RegistrationDialog::fillDefaultsForDates);
    connect(m_departure, &QLineEdit::textChanged, this, &RegistrationDialog::fillDefaultsForDates);
    connect(messages(), &FormMessages::linkActivated, this, [this](const QString &, qint64 id) {
        if (id > 0) {
            reject();
            emit openRecordRequested(QStringLiteral("registration"), id);
        }
    });
    watchChanges(this);
    for (QComboBox *meal : {m_firstMeal, m_lastMeal})
        connect(meal, qOverload<int>(&QComboBox::activated), meal, [meal] { meal->setProperty("touched", true); });
    connect(m_preferences, &RowsEditor::changed, this, &RegistrationDialog::revalidate);

    // A new registration starts with the event's dates and default meals.
    m_arrival->setDate(m_event.start);
    m_departure->setDate(m_event.end);
    fillDefaultsForDates();
    setWindowTitle(tr("Register to “%1”").arg(m_event.title));
    revalidate();
}

void RegistrationDialog::fillDefaultsForDates()
{
    const QDate a = m_arrival->date(), d = m_departure->date();
    if (!a.isValid() || !d.isValid())
        return;
    // Defaults follow the dates until the user picks meals of their own.
    if (!m_firstMeal->property("touched").toBool())
        selectMeal(m_firstMeal, core::StayCalculator::defaultFirstMeal(a, d));
    if (!m_lastMeal->property("touched").toBool())
        selectMeal(m_lastMeal, core::StayCalculator::defaultLastMeal(a, d));
    revalidate();
}

void RegistrationDialog::createContributor()
{
    ContributorDialog dialog(m_db, m_community.editor(), this);
    const QStringList words = m_contributor->text().split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        core::Contributor c;
        c.givenName = words.size() > 1 ? words.first() : QString();
        c.familyName = words.size() > 1 ? words.mid(1).join(u' ') : words.first();
        dialog.setContributor(c);
    }
    if (dialog.exec() == QDialog::Accepted && dialog.savedId() > 0)
        m_contributor->setContributorId(dialog.savedId());
}

void RegistrationDialog::setRegistration(const core::Registration &r)
{
    m_original = r;
    m_contributor->setContributorId(r.contributorId);
    m_arrival->setDate(r.arrival);
    m_departure->setDate(r.departure);
    selectMeal(m_firstMeal, r.firstMeal);
    selectMeal(m_lastMeal, r.lastMeal);
    m_firstMeal->setProperty("touched", true);
    m_lastMeal->setProperty("touched", true);
    m_option->setCurrentIndex(qMax(0, m_option->findData(r.lodgingOptionId)));
    m_status->setCode(r.status);
    m_payer->setOrganisationId(r.payerOrganisationId);
    m_wishes->setPlainText(r.roommateWishes);
    m_refusals->setPlainText(r.roommateRefusals);
    m_preferences->clear();
    for (const core::RoommatePreference &p : r.preferences) {
        const int row = m_preferences->addRow();
        auto *who = m_preferences->cellAs<QComboBox>(row, 0);
        who->setCurrentIndex(who->findData(p.otherRegistrationId));
        m_preferences->cellAs<QComboBox>(row, 1)->setCurrentIndex(p.wish ? 0 : 1);
    }
    m_diet->setText(r.diet);
    m_allergies->setText(r.allergies);
    m_accessibility->setPlainText(r.accessibility);
    m_onboarding->setChecked(r.onboarding);
    m_topics->setText(r.topics);
    m_travel->setText(r.travel);
    m_carSharing->setText(r.carSharing);
    m_consent->setChecked(r.publicConsent);
    m_notes->setPlainText(r.notes);
    m_contributor->setEnabled(r.id == 0);
    m_newContributor->setEnabled(r.id == 0);
    setWindowTitle(r.id > 0 ? tr("Registration of %1").arg(m_contributor->text()) : windowTitle());
    revalidate();
}

core::Registration RegistrationDialog::registration() const
{
    core::Registration r = m_original;
    r.contributorId = m_contributor->contributorId();
    r.arrival = m_arrival->date();
    r.departure = m_departure->date();
    r.firstMeal = mealOf(m_firstMeal, Meal::Dinner);
    r.lastMeal = mealOf(m_lastMeal, Meal::Lunch);
    r.lodgingOptionId = m_option->currentData().toLongLong();
    r.status = m_status->code();
    r.payerOrganisationId = m_payer->organisationId();
    r.roommateWishes = m_wishes->toPlainText();
    r.roommateRefusals = m_refusals->toPlainText();
    r.preferences.clear();
    for (int row = 0; row < m_preferences->rowCount(); ++row) {
        const qint64 other = m_preferences->cellAs<QComboBox>(row, 0)->currentData().toLongLong();
        if (other > 0 && other != r.id)
            r.preferences << core::RoommatePreference{other, m_preferences->cellAs<QComboBox>(row, 1)->currentData().toBool()};
    }
    r.diet = m_diet->text().trimmed();
    r.allergies = m_allergies->text().trimmed();
    r.accessibility = m_accessibility->toPlainText();
    r.onboarding = m_onboarding->isChecked();
    r.topics = m_topics->text().trimmed();
    r.travel = m_travel->text().trimmed();
    r.carSharing = m_carSharing->text().trimmed();
    r.publicConsent = m_consent->isChecked();
    r.notes = m_notes->toPlainText();
    return r;
}

QString RegistrationDialog::summaryText() const
{
    return m_summary->text();
}

void RegistrationDialog::updateSummary()
{
    const core::Registration r = registration();
    if (!core::StayCalculator::isValid(r.arrival, r.departure)) {
        m_summary->setText(tr("—"));
        return;
    }
    const core::FeeBreakdown fee = core::FeeCalculator::compute(r, m_event);
    const QString nights = fee.nights == 0 ? tr("day visit") : tr("%n night(s)", nullptr, fee.nights);
    m_summary->setText(tr("%1, %2 — %3").arg(nights, tr("%n meal(s)", nullptr, fee.meals),
                                             Money::format(fee.totalCents, m_event.currency)));
    QStringList parts;
    if (fee.lodgingCents > 0)
        parts << tr("%1 × %2").arg(fee.nights).arg(Money::format(fee.nightPriceCents, m_event.currency));
    if (fee.supplementCents > 0)
        parts << tr("%1 × %2 supplement").arg(fee.nights).arg(Money::format(fee.supplementPerNightCents, m_event.currency));
    if (fee.chargedMeals > 0)
        parts << tr("%n meal(s) at the venue's prices", nullptr, fee.chargedMeals);
    m_summary->setToolTip(parts.join(QStringLiteral(" + ")));
}

void RegistrationDialog::updateDerived()
{
    const core::Registration r = registration();
    m_check = core::RegistrationRules::check(r, m_event, m_others,
                                             core::RegistrationRules::registrationOf(m_others, r.contributorId));
    updateSummary();
    QStringList warnings = m_check.warnings;
    if (m_check.late)
        warnings << tr("Registered after the deadline: it will be kept and marked late.");
    if (m_check.eventFull)
        warnings << tr("The event is full (%n place(s)).", nullptr, m_event.capacity);
    if (!m_check.fullNights.isEmpty()) {
        QStringList nights;
        for (const QDate &d : m_check.fullNights)
            nights << core::ReportDates::date(d, QLocale());
        warnings << tr("This lodging option is full on %1.").arg(nights.join(QStringLiteral(", ")));
    }
    m_warnings->setText(warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());
    m_waitlist->setVisible(m_check.needsWaitlist() && r.counts());
}

core::FieldErrors RegistrationDialog::validate() const
{
    // A date that cannot be read says so, rather than that it is missing.
    core::FieldErrors errors;
    const QString unreadable = tr("This date cannot be read; use dd/mm/yyyy.");
    for (const auto &[field, date] : {std::pair{QStringLiteral("arrival"), m_arrival}, std::pair{QStringLiteral("departure"), m_departure}})
        if (!date->isReadable())
            errors << core::FieldError{field, unreadable};
    for (const core::FieldError &e : m_check.errors) {
        const bool unreadableDate = (e.field == u"arrival" && !m_arrival->isReadable())
            || (e.field == u"departure" && !m_departure->isReadable());
        if (!unreadableDate)
            errors << e;
    }
    return errors;
}

core::Result RegistrationDialog::save()
{
    using WhenFull = core::EventEditor::WhenFull;
    const WhenFull whenFull = !m_waitlist->isHidden() && !m_waitlist->isChecked() ? WhenFull::Overbook : WhenFull::Waitlist;
    auto saved = m_community.events().saveRegistration(registration(), whenFull);
    if (!saved)
        return saved.result();
    m_savedId = saved.value();
    return core::Result::success();
}

} // namespace convivium::ui
