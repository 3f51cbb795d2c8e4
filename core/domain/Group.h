#pragma once
#include <QDate>
#include <QList>
#include <QString>

namespace convivium::core {

struct GroupMembership {
    qint64 id = 0;
    qint64 contributorId = 0;
    QString role = QStringLiteral("member");
    QDate from;
    QDate to;
};

struct Meeting {
    qint64 id = 0;
    QDate heldOn;
    QList<qint64> attendeeIds;
    QString notes;
};

struct Group {
    qint64 id = 0;
    QString name;
    QString kind = QStringLiteral("working_group");
    qint64 organisationId = 0;   // the community or body it belongs to
    QString mission;
    QString cadence = QStringLiteral("regular");
    QString channel;
    QString repository;
    QString status = QStringLiteral("active");
    int seats = 0;
    QString notes;
    QList<GroupMembership> memberships;
    QList<Meeting> meetings;
    int version = 0;
};

} // namespace convivium::core
