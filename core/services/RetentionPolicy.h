#pragma once
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

class QUndoStack;

namespace convivium::core {

class ChangeNotifier;
class Database;

// A registration past the retention period that still holds personal details.
struct ExpiredRegistration {
    qint64 registrationId = 0;
    QString person;
    QString event;
    QDate eventEnd;
    QStringList details;   // translated names of the fields that hold something
};

// How long the personal details of registrations are kept (a community
// setting, in years after the event; 0 keeps them): allergies, accessibility
// needs, roommate wishes, travel, notes. Purging them keeps the counts
// (nights, meals, lodging, fees) and is one undoable edit, after a preview.
class RetentionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(RetentionPolicy)
public:
    static int years(const Database &db);
    static Result setYears(const Database &db, int years);

    // What a purge would clear, oldest events first.
    static QList<ExpiredRegistration> preview(const Database &db, int years, const QDate &today);
    static Result purge(const Database &db, QUndoStack *stack, ChangeNotifier *notifier,
                        const QList<ExpiredRegistration> &expired);
};

} // namespace convivium::core
