#include "dialogs/GroupDialog.h"
#include "services/CommunityEditor.h"
#include "widgets/AttendeesButton.h"
#include "widgets/DateField.h"
#include "widgets/Pickers.h"
#include "widgets/RowsEditor.h"
#include "widgets/VocabularyCombo.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace convivium::ui {

using core::Vocabulary;

GroupDialog::GroupDialog(const core::Database &db, core::CommunityEditor &editor, QWidget *parent)
    : RecordDialog(db, parent), m_editor(editor)
{
    auto *general = new QWidget;
    auto *form = new QFormLayout(general);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Name"));
    form->addRow(tr("&Name:"), m_name);
    messages()->addField(QStringLiteral("name"), form, m_name);
    m_kind = new VocabularyCombo(Vocabulary::GroupKind);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->setAccessibleName(tr("Kind"));
    form->addRow(tr("&Kind:"), m_kind);
    m_organisation = new OrganisationPicker(db, true);
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_organisation->setAccessibleName(tr("Community"));
    form->addRow(tr("&Community:"), m_organisation);
    m_mission = new QPlainTextEdit;
    m_mission->setObjectName(QStringLiteral("mission"));
    m_mission->setAccessibleName(tr("Mission"));
    m_mission->setMaximumHeight(80);
    form->addRow(tr("&Mission:"), m_mission);
    m_cadence = new VocabularyCombo(Vocabulary::Cadence);
    m_cadence->setObjectName(QStringLiteral("cadence"));
    m_cadence->setAccessibleName(tr("Cadence"));
    form->addRow(tr("Ca&dence:"), m_cadence);
    m_channel = new QLineEdit;
    m_channel->setObjectName(QStringLiteral("channel"));
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->setPlaceholderText(tr("#channel, list address or chat room"));
    form->addRow(tr("C&hannel:"), m_channel);
    m_repository = new QLineEdit;
    m_repository->setObjectName(QStringLiteral("repository"));
    m_repository->setAccessibleName(tr("Repository"));
    m_repository->setPlaceholderText(QStringLiteral("https://"));
    form->addRow(tr("&Repository:"), m_repository);
    messages()->addField(QStringLiteral("repository"), form, m_repository);
    m_status = new VocabularyCombo(Vocabulary::GroupStatus);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("Status"));
    form->addRow(tr("&Status:"), m_status);
    m_seats = new QSpinBox;
    m_seats->setObjectName(QStringLiteral("seats"));
    m_seats->setAccessibleName(tr("Seats"));
    m_seats->setRange(0, 500);
    m_seats->setSpecialValueText(tr("not set"));
    form->addRow(tr("S&eats:"), m_seats);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    form->addRow(tr("N&otes:"), m_notes);
    tabs()->addTab(general, tr("&General"));

    const core::Database &database = db;
    m_members = new RowsEditor({tr("Member"), tr("Role"), tr("From"), tr("To")}, [&database]() -> QList<QWidget *> {
        return {new ContributorPicker(database), new VocabularyCombo(Vocabulary::MemberRole), new DateField, new DateField};
    });
    m_members->setObjectName(QStringLiteral("members"));
    auto *membersPage = new QWidget;
    auto *membersLayout = new QVBoxLayout(membersPage);
    membersLayout->addWidget(m_members);
    membersLayout->addWidget(messages()->addLine(QStringLiteral("memberships"), membersPage));
    tabs()->addTab(membersPage, tr("&Members"));

    // Attendees are chosen among the members listed on the Members tab.
    auto members = [this]() {
        QList<AttendeesButton::Candidate> out;
        for (int r = 0; r < m_members->rowCount(); ++r) {
            auto *picker = m_members->cellAs<ContributorPicker>(r, 0);
            if (picker->contributorId() > 0)
                out << AttendeesButton::Candidate{picker->contributorId(), picker->text()};
        }
        return out;
    };
    m_meetings = new RowsEditor({tr("Date"), tr("Notes"), tr("Attendees")}, [members]() -> QList<QWidget *> {
        auto *date = new DateField;
        date->setDate(QDate::currentDate());
        return {date, new QLineEdit, new AttendeesButton(members)};
    });
    m_meetings->setObjectName(QStringLiteral("meetings"));
    auto *meetingsPage = new QWidget;
    auto *meetingsLayout = new QVBoxLayout(meetingsPage);
    meetingsLayout->addWidget(m_meetings);
    meetingsLayout->addWidget(messages()->addLine(QStringLiteral("meetings"), meetingsPage));
    tabs()->addTab(meetingsPage, tr("Mee&tings"));

    watchChanges(this);
    for (ContributorPicker *p : findChildren<ContributorPicker *>())
        connect(p, &ContributorPicker::contributorChanged, this, &GroupDialog::revalidate);
    connect(m_members, &RowsEditor::changed, this, [this] {
        for (ContributorPicker *p : m_members->findChildren<ContributorPicker *>())
            connect(p, &ContributorPicker::contributorChanged, this, &GroupDialog::revalidate, Qt::UniqueConnection);
    });
    setWindowTitle(tr("New group"));
    revalidate();
}

void GroupDialog::setGroup(const core::Group &g)
{
    m_original = g;
    m_name->setText(g.name);
    m_kind->setCode(g.kind);
    m_organisation->setOrganisationId(g.organisationId);
    m_mission->setPlainText(g.mission);
    m_cadence->setCode(g.cadence);
    m_channel->setText(g.channel);
    m_repository->setText(g.repository);
    m_status->setCode(g.status);
    m_seats->setValue(g.seats);
    m_notes->setPlainText(g.notes);
    m_members->clear();
    for (const core::GroupMembership &m : g.memberships) {
        const int row = m_members->addRow();
        m_members->cellAs<ContributorPicker>(row, 0)->setContributorId(m.contributorId);
        m_members->cellAs<VocabularyCombo>(row, 1)->setCode(m.role);
        m_members->cellAs<DateField>(row, 2)->setDate(m.from);
        m_members->cellAs<DateField>(row, 3)->setDate(m.to);
    }
    m_meetings->clear();
    for (const core::Meeting &m : g.meetings) {
        const int row = m_meetings->addRow();
        m_meetings->cellAs<DateField>(row, 0)->setDate(m.heldOn);
        m_meetings->cellAs<QLineEdit>(row, 1)->setText(m.notes);
        m_meetings->cellAs<AttendeesButton>(row, 2)->setAttendeeIds(m.attendeeIds);
    }
    setWindowTitle(g.id > 0 ? tr("Group “%1”").arg(g.name) : tr("New group"));
    revalidate();
}

core::Group GroupDialog::group() const
{
    core::Group g = m_original;
    g.name = m_name->text().trimmed();
    g.kind = m_kind->code();
    g.organisationId = m_organisation->organisationId();
    g.mission = m_mission->toPlainText();
    g.cadence = m_cadence->code();
    g.channel = m_channel->text().trimmed();
    g.repository = m_repository->text().trimmed();
    g.status = m_status->code();
    g.seats = m_seats->value();
    g.notes = m_notes->toPlainText();
    g.memberships.clear();
    for (int r = 0; r < m_members->rowCount(); ++r)
        g.memberships << core::GroupMembership{0, m_members->cellAs<ContributorPicker>(r, 0)->contributorId(),
                                               m_members->cellAs<VocabularyCombo>(r, 1)->code(),
                                               m_members->cellAs<DateField>(r, 2)->date(),
                                               m_members->cellAs<DateField>(r, 3)->date()};
    g.meetings.clear();
    for (int r = 0; r < m_meetings->rowCount(); ++r)
        g.meetings << core::Meeting{0, m_meetings->cellAs<DateField>(r, 0)->date(),
                                    m_meetings->cellAs<AttendeesButton>(r, 2)->attendeeIds(),
                                    m_meetings->cellAs<QLineEdit>(r, 1)->text()};
    return g;
}

core::FieldErrors GroupDialog::validate() const
{
    core::FieldErrors errors = core::Validation::group(group());
    for (int r = 0; r < m_members->rowCount(); ++r)
        if (!m_members->cellAs<DateField>(r, 2)->isReadable() || !m_members->cellAs<DateField>(r, 3)->isReadable())
            errors << core::FieldError{QStringLiteral("memberships"), tr("This date cannot be read; use dd/mm/yyyy."), r};
    return errors;
}

core::Result GroupDialog::save()
{
    auto saved = m_editor.saveGroup(group());
    if (!saved)
        return saved.result();
    m_savedId = saved.value();
    return core::Result::success();
}

} // namespace convivium::ui
