#pragma once
#include <QObject>

class QWidget;

namespace convivium::core {
class Community;
}

namespace convivium::ui {

class UserPrompts;

// The privacy rights from the window: Record ▸ Export Personal Data (a
// subject-access request), Record ▸ Erase Personal Data, and File ▸ Data
// Retention. Each asks through the prompts, so tests can answer.
class PrivacyActions : public QObject
{
    Q_OBJECT
public:
    PrivacyActions(core::Community &community, UserPrompts &prompts, QWidget *parent);

    bool exportPersonalData(qint64 contributorId);
    bool erase(qint64 contributorId);
    bool reviewRetention();

signals:
    void reported(const QString &message);   // for the status bar

private:
    core::Community &m_community;
    UserPrompts &m_prompts;
    QWidget *m_parent;
};

} // namespace convivium::ui
