#include "io/VCardWriter.h"
#include "reports/ReportFile.h"

#include <QUuid>

namespace convivium::core {

namespace {

// The namespace of Convivium's name-based UUIDs (a random UUID fixed once).
const QUuid idNamespace(QStringLiteral("{4b1f7c2e-93a5-4d0e-8f36-2c71e5b9a04d}"));

constexpr qsizetype MaxOctets = 75;   // RFC 6350 §3.2, line break excluded

QByteArray line(const QString &name, const QString &value)
{
    return VCardWriter::fold((name + u':' + value).toUtf8());
}

QString timestamp(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace

QString VCardWriter::escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u',' || c == u';') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            out += QStringLiteral("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray VCardWriter::fold(const QByteArray &line)
{
    QByteArray out;
    qsizetype start = 0;
    qsizetype room = MaxOctets;
    while (line.size() - start > room) {
        qsizetype cut = start + room;
        // Never inside a UTF-8 sequence: back up over continuation bytes (10xxxxxx).
        while (cut > start && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(start, cut - start) + "\r\n ";
        start = cut;
        room = MaxOctets - 1;   // the leading space counts
    }
    out += line.mid(start) + "\r\n";
    return out;
}

QString VCardWriter::uid(const ContactCard &card)
{
    // The id alone would give the same UID to contributor 12 of every
    // community; the creation time tells two communities' records apart.
    const QString name = QStringLiteral("contributor/%1/%2").arg(card.id).arg(timestamp(card.createdAt));
    return QStringLiteral("urn:uuid:") + QUuid::createUuidV5(idNamespace, name).toString(QUuid::WithoutBraces);
}

QByteArray VCardWriter::toVCards(const QList<ContactCard> &cards)
{
    QByteArray out;
    for (const ContactCard &card : cards) {
        out += "BEGIN:VCARD\r\nVERSION:4.0\r\n";
        out += line(QStringLiteral("PRODID"), QStringLiteral("-//Convivium//Convivium %1//EN").arg(QStringLiteral(CONVIVIUM_VERSION)));
        out += line(QStringLiteral("UID"), uid(card));
        out += line(QStringLiteral("KIND"), QStringLiteral("individual"));
        const QString fullName = (card.givenName.trimmed() + u' ' + card.familyName.trimmed()).trimmed();
        out += line(QStringLiteral("FN"), escape(fullName));
        out += line(QStringLiteral("N"), escape(card.familyName.trimmed()) + u';' + escape(card.givenName.trimmed())
                                             + QStringLiteral(";;;"));
        for (qsizetype i = 0; i < card.emails.size(); ++i)
            out += line(i == 0 ? QStringLiteral("EMAIL;PREF=1") : QStringLiteral("EMAIL"), escape(card.emails.at(i)));
        if (!card.phone.trimmed().isEmpty())
            out += line(QStringLiteral("TEL;VALUE=text"), escape(card.phone.trimmed()));
        for (qsizetype i = 0; i < card.languages.size(); ++i)
            out += line(QStringLiteral("LANG;PREF=%1").arg(i + 1), escape(card.languages.at(i).trimmed()));
        if (!card.organisation.isEmpty())
            out += line(QStringLiteral("ORG"), escape(card.organisation));
        if (!card.title.trimmed().isEmpty())
            out += line(QStringLiteral("TITLE"), escape(card.title.trimmed()));
        if (card.updatedAt.isValid())
            out += line(QStringLiteral("REV"), timestamp(card.updatedAt));
        out += "END:VCARD\r\n";
    }
    return out;
}

QList<ContactCard> VCardWriter::consentingCards(const Database &db)
{
    return ContributorRepository(db).contactCards(QStringLiteral("contact_email"));
}

Result VCardWriter::write(const QString &path, const QList<ContactCard> &cards)
{
    return ReportFile::save(path, toVCards(cards));
}

} // namespace convivium::core
