#pragma once
#include <QToolButton>
#include <functional>

namespace convivium::ui {

// Who attended a meeting: a button whose menu lists the group's members
// as check boxes; the button says how many attended.
class AttendeesButton : public QToolButton
{
    Q_OBJECT
public:
    struct Candidate {
        qint64 id;
        QString name;
    };
    using CandidateSource = std::function<QList<Candidate>()>;

    explicit AttendeesButton(CandidateSource source, QWidget *parent = nullptr);
    QList<qint64> attendeeIds() const { return m_ids; }
    void setAttendeeIds(const QList<qint64> &ids);

signals:
    void changed();

private:
    void fillMenu();
    void updateText();
    CandidateSource m_source;
    QList<qint64> m_ids;
};

} // namespace convivium::ui
