#pragma once
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace convivium::core {

struct Venue {
    qint64 id = 0;
    QString name;
    QString address;
    QString website;
    QString contactName;
    QString contactEmail;
    QString contactPhone;
};

struct LodgingOption {
    qint64 id = 0;
    QString name;
    QString kind = QStringLiteral("shared_room");
    int bedsPerUnit = 1;
    int units = 0;
    qint64 priceCents = 0;       // per person per night
    qint64 supplementCents = 0;  // per night
    bool mealsIncluded = true;
};

struct MealPrice {
    QString meal;                // breakfast, lunch, dinner
    qint64 priceCents = 0;
};

struct Event {
    qint64 id = 0;
    QString kind = QStringLiteral("sprint");
    QString title;
    QString edition;
    QDate start;
    QDate end;
    int transitDaysStart = 0;
    int transitDaysEnd = 0;
    Venue venue;
    QString mode = QStringLiteral("in_person");
    QDate registrationOpens;
    QDate registrationDeadline;
    int capacity = 0;
    QString status = QStringLiteral("draft");
    QString feePolicy;
    QString topics;
    QString currency = QStringLiteral("EUR");
    qint64 organisationId = 0;
    QString notes;
    QList<LodgingOption> lodgingOptions;
    QList<MealPrice> mealPrices;
    int version = 0;
    QDateTime createdAt;         // UTC, as stored; read, never written
    QDateTime updatedAt;

    // The days at each end mainly used to travel and set up, in order.
    QList<QDate> transitDates() const
    {
        QList<QDate> days;
        for (int i = 0; i < transitDaysStart; ++i)
            days << start.addDays(i);
        for (int i = transitDaysEnd - 1; i >= 0; --i)
            if (!days.contains(end.addDays(-i)))
                days << end.addDays(-i);
        return days;
    }
};

} // namespace convivium::core
