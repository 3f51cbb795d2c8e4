#pragma once
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace convivium::core {

// The three meals of a day, in the order they are served.
enum class Meal { Breakfast = 0, Lunch = 1, Dinner = 2 };

struct RoommatePreference {
    qint64 otherRegistrationId = 0;
    bool wish = true;              // false: a refusal
};

struct Registration {
    qint64 id = 0;
    qint64 eventId = 0;
    qint64 contributorId = 0;
    QString status = QStringLiteral("pre_registered");   // Vocabulary::RegistrationStatus
    QDateTime submittedAt;         // UTC
    QString source = QStringLiteral("manual");           // manual, form, import
    QString sourceRef;             // the row id in the form or file it came from
    bool late = false;
    int waitlistRank = 0;          // 0: not waiting
    QDate arrival;
    Meal firstMeal = Meal::Dinner;
    QDate departure;
    Meal lastMeal = Meal::Lunch;
    qint64 lodgingOptionId = 0;    // 0: lodging elsewhere
    QString roommateWishes;        // as the participant wrote them
    QString roommateRefusals;
    QList<RoommatePreference> preferences;
    QString diet;
    QString allergies;
    QString accessibility;
    bool onboarding = false;
    QString topics;
    QString travel;
    QString carSharing;
    qint64 payerOrganisationId = 0;   // 0: the participant pays
    bool publicConsent = false;
    QString notes;
    int version = 0;

    // Only these count for lodging, meals and fees (docs/domain.md, Status).
    bool counts() const { return status == u"pre_registered" || status == u"confirmed"; }
};

struct Payment {
    qint64 id = 0;
    qint64 registrationId = 0;
    QDate paidOn;
    qint64 amountCents = 0;
    QString method = QStringLiteral("transfer");   // transfer, card, cheque, cash, purchase_order
    qint64 payerOrganisationId = 0;
    QString reference;
    QString notes;
};

} // namespace convivium::core
