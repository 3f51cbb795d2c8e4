#pragma once
#include "Result.h"
#include "repositories/ContributorRepository.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace convivium::core {

class Database;

// Contributors as vCard 4.0 (RFC 6350), for the organisers' address book or
// mail client: CRLF line ends, lines folded at 75 octets without splitting a
// character, text escaped.
//
// Only people who consented to be contacted by e-mail are written: the file
// leaves the application. A card says how to reach someone (name, e-mail
// addresses with the primary one preferred, phone, languages) and where they
// work now (organisation, title); notes, handles, registrations and other
// consents stay in the community file. UID is a name-based UUID of the
// record, stable from one export to the next, so that an address book
// updates a card instead of adding a copy; REV is when the record last changed.
class VCardWriter
{
public:
    // The cards of everyone who consented to be contacted by e-mail.
    static QList<ContactCard> consentingCards(const Database &db);
    static QByteArray toVCards(const QList<ContactCard> &cards);
    // Whole or not at all (see ReportFile).
    static Result write(const QString &path, const QList<ContactCard> &cards);

    // The building blocks, exposed for tests.
    static QString escape(const QString &text);           // \ , ; and line breaks
    static QByteArray fold(const QByteArray &line);      // CRLF-terminated, continuation lines start with a space
    static QString uid(const ContactCard &card);
};

} // namespace convivium::core
