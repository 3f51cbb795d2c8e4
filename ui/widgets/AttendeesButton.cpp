#include "widgets/AttendeesButton.h"

#include <QMenu>

namespace convivium::ui {

AttendeesButton::AttendeesButton(CandidateSource source, QWidget *parent)
    : QToolButton(parent), m_source(std::move(source))
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAccessibleName(tr("Attendees"));
    auto *menu = new QMenu(this);
    setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &AttendeesButton::fillMenu);
    updateText();
}

void AttendeesButton::setAttendeeIds(const QList<qint64> &ids)
{
    m_ids = ids;
    updateText();
}

void AttendeesButton::fillMenu()
{
    QMenu *m = menu();
    m->clear();
    const QList<Candidate> candidates = m_source ? m_source() : QList<Candidate>{};
    if (candidates.isEmpty()) {
        m->addAction(tr("Add members first, on the Members tab"))->setEnabled(false);
        return;
    }
    for (const Candidate &c : candidates) {
        QAction *a = m->addAction(c.name);
        a->setCheckable(true);
        a->setChecked(m_ids.contains(c.id));
        const qint64 id = c.id;
        connect(a, &QAction::toggled, this, [this, id](bool on) {
            if (on && !m_ids.contains(id))
                m_ids << id;
            else if (!on)
                m_ids.removeAll(id);
            updateText();
            emit changed();
        });
    }
}

void AttendeesButton::updateText()
{
    setText(tr("%n attendee(s)", nullptr, int(m_ids.size())));
}

} // namespace convivium::ui
