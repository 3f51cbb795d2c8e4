#pragma once
#include <QComboBox>
#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace convivium::core {
class Database;
}

namespace convivium::ui {

// Chooses one organisation by name; typing filters the list.
class OrganisationPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit OrganisationPicker(const core::Database &db, bool allowNone, QWidget *parent = nullptr);
    qint64 organisationId() const;
    void setOrganisationId(qint64 id);
    void excludeId(qint64 id);   // e.g. an organisation cannot pick itself as parent
};

// Chooses one event, the latest first, shown with its start date.
class EventPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit EventPicker(const core::Database &db, QWidget *parent = nullptr);
    qint64 eventId() const;
    bool setEventId(qint64 id);   // false when there is no such event
};

// Chooses one contributor among possibly 100,000: a search field whose
// suggestions are read from the database as the user types.
class ContributorPicker : public QLineEdit
{
    Q_OBJECT
public:
    explicit ContributorPicker(const core::Database &db, QWidget *parent = nullptr);
    qint64 contributorId() const { return m_id; }
    void setContributorId(qint64 id);

signals:
    void contributorChanged(qint64 id);

private:
    void suggest(const QString &text);
    const core::Database &m_db;
    QCompleter *m_completer;
    QStringListModel *m_suggestions;
    QList<qint64> m_suggestedIds;
    qint64 m_id = 0;
};

} // namespace convivium::ui
