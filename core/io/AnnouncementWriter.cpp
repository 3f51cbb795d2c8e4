#include "io/AnnouncementWriter.h"
#include "domain/Money.h"
#include "domain/Vocabulary.h"
#include "reports/ReportDates.h"
#include "reports/ReportFile.h"

#include <QRegularExpression>
#include <QUrl>

namespace convivium::core {

namespace {

// Only French and English have translations; any other locale writes English.
QLocale postLocale()
{
    return QLocale().language() == QLocale::French ? QLocale(QLocale::French, QLocale::France)
                                                   : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString dayNumber(const QDate &day, const QLocale &locale)
{
    return locale.language() == QLocale::French && day.day() == 1 ? QStringLiteral("1er") : QString::number(day.day());
}

// "a", "a and b", "a, b and c".
QString listInWords(const QStringList &items)
{
    if (items.size() < 2)
        return items.value(0);
    const QString head = items.mid(0, items.size() - 1).join(QStringLiteral(", "));
    return AnnouncementWriter::tr("%1 and %2").arg(head, items.last());
}

// A link when the address is one, else the escaped text alone.
QString link(const QString &text, const QString &address)
{
    const QUrl url(address.trimmed());
    if (text.trimmed().isEmpty() || !url.isValid() || url.scheme().isEmpty())
        return AnnouncementWriter::markdownText(text.trimmed());
    return u'[' + AnnouncementWriter::markdownText(text.trimmed()) + QStringLiteral("](")
        + QString::fromLatin1(url.toEncoded()) + u')';
}

QString section(const QString &heading, const QStringList &paragraphs)
{
    if (paragraphs.isEmpty())
        return QString();
    return QStringLiteral("## ") + heading + QStringLiteral("\n\n") + paragraphs.join(QStringLiteral("\n\n"));
}

QString optionLine(const LodgingOption &o, const Event &e, const QLocale &locale)
{
    const QString name = QStringLiteral("**") + AnnouncementWriter::markdownText(o.name.trimmed()) + QStringLiteral("**");
    if (o.kind == u"elsewhere") {
        QStringList meals;
        for (const MealPrice &m : e.mealPrices)
            meals << locale.toLower(Vocabulary::label(Vocabulary::Meal, m.meal)) + u' '
                         + Money::format(m.priceCents, e.currency, locale);
        if (meals.isEmpty())
            return AnnouncementWriter::tr("%1: you find your own lodging.").arg(name);
        return AnnouncementWriter::tr("%1: you find your own lodging; meals taken at the venue are paid one by one "
                                      "(%2).")
            .arg(name, meals.join(QStringLiteral(", ")));
    }
    const QString price = Money::format(o.priceCents, e.currency, locale);
    const QString supplement = Money::format(o.supplementCents, e.currency, locale);
    if (o.supplementCents > 0 && o.mealsIncluded)
        return AnnouncementWriter::tr("%1: %2 per person per night, plus a supplement of %3 per night, meals included.")
            .arg(name, price, supplement);
    if (o.supplementCents > 0)
        return AnnouncementWriter::tr("%1: %2 per person per night, plus a supplement of %3 per night, meals not "
                                      "included.")
            .arg(name, price, supplement);
    if (o.mealsIncluded)
        return AnnouncementWriter::tr("%1: %2 per person per night, meals included.").arg(name, price);
    return AnnouncementWriter::tr("%1: %2 per person per night, meals not included.").arg(name, price);
}

QString title(const Event &e)
{
    const QString title = e.title.trimmed();
    if (e.status == u"open")
        return AnnouncementWriter::tr("%1: register now!").arg(title);
    if (e.status == u"cancelled")
        return AnnouncementWriter::tr("%1: cancelled").arg(title);
    return title;
}

QDate postDate(const Event &e)
{
    if (e.registrationOpens.isValid())
        return e.registrationOpens;
    return e.updatedAt.isValid() ? e.updatedAt.date() : QDate::currentDate();
}

QString introduction(const Event &e, const QLocale &locale)
{
    const QString name = AnnouncementWriter::markdownText(e.title.trimmed());
    const QString when = AnnouncementWriter::dates(e.start, e.end, locale);
    QString text;
    if (e.mode == u"online")
        text = AnnouncementWriter::tr("%1 takes place online %2.").arg(name, when);
    else if (!e.venue.name.trimmed().isEmpty())
        text = AnnouncementWriter::tr("%1 takes place %2 at %3.").arg(name, when, link(e.venue.name, e.venue.website));
    else
        text = AnnouncementWriter::tr("%1 takes place %2.").arg(name, when);
    if (e.mode == u"hybrid")
        text += u' ' + AnnouncementWriter::tr("You can also take part online.");
    return text;
}

QString travelDays(const Event &e, const QLocale &locale)
{
    const QList<QDate> days = e.transitDates();
    if (days.isEmpty())
        return QString();
    QStringList words;
    for (const QDate &d : days)   // "30 March and 3 April 2026": the year once, unless it changes
        words << ReportDates::inWords(d, locale, d.year() != e.start.year() || d == days.last());
    return AnnouncementWriter::tr("Days of travel and setup: %1.").arg(listInWords(words));
}

QString lodging(const Event &e, const QLocale &locale)
{
    QStringList paragraphs;
    if (!e.venue.name.trimmed().isEmpty()) {
        const QString venue = link(e.venue.name, e.venue.website);
        const QString address = AnnouncementWriter::markdownText(e.venue.address.simplified());
        paragraphs << (address.isEmpty() ? AnnouncementWriter::tr("We will be hosted at %1.").arg(venue)
                                         : AnnouncementWriter::tr("We will be hosted at %1, %2.").arg(venue, address));
    }
    // Full board when every option at the venue includes the meals.
    int atVenue = 0, withMeals = 0;
    QStringList lines;
    for (const LodgingOption &o : e.lodgingOptions) {
        lines << QStringLiteral("- ") + optionLine(o, e, locale);
        if (o.kind != u"elsewhere") {
            ++atVenue;
            withMeals += o.mealsIncluded ? 1 : 0;
        }
    }
    if (atVenue > 0 && withMeals == atVenue)
        paragraphs << AnnouncementWriter::tr("Lodging is full board: breakfast, lunch and dinner are included in the "
                                             "price per night.");
    if (!lines.isEmpty())
        paragraphs << lines.join(u'\n');
    return section(AnnouncementWriter::tr("Lodging"), paragraphs);
}

QString registration(const Event &e, const QLocale &locale)
{
    QStringList paragraphs;
    if (e.registrationDeadline.isValid())
        paragraphs << AnnouncementWriter::tr("Please register *by %1 at the latest*.")
                          .arg(ReportDates::inWords(e.registrationDeadline, locale));
    if (e.capacity > 0)
        paragraphs << AnnouncementWriter::tr("Places are limited: %1 participants at most.")
                          .arg(locale.toString(e.capacity));
    return section(AnnouncementWriter::tr("Registration"), paragraphs);
}

} // namespace

QString AnnouncementWriter::dates(const QDate &start, const QDate &end, const QLocale &locale)
{
    if (!start.isValid())
        return QString();
    if (!end.isValid() || end == start)
        return tr("on %1").arg(ReportDates::inWords(start, locale));
    QString from;
    if (start.year() != end.year())
        from = ReportDates::inWords(start, locale);
    else if (start.month() != end.month())
        from = ReportDates::inWords(start, locale, false);
    else
        from = dayNumber(start, locale);
    return tr("from %1 to %2").arg(from, ReportDates::inWords(end, locale));
}

QString AnnouncementWriter::yamlQuoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == u'\\' || c == u'"')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + u'"';
}

QString AnnouncementWriter::markdownText(const QString &text)
{
    // Characters that would turn typed text into emphasis, links, code or HTML.
    static const QRegularExpression inline_(QStringLiteral("([\\\\`*_\\[\\]<>])"));
    // At the start of a line, what would make a heading, a list or a quote
    // (for "2." the dot is escaped: a backslash before a digit is kept as is).
    static const QRegularExpression lineStart(QStringLiteral("(^|\\n)([#>+-])"));
    static const QRegularExpression numbered(QStringLiteral("(^|\\n)(\\d+)([.)])"));
    QString out = text;
    out.replace(inline_, QStringLiteral("\\\\1"));
    out.replace(lineStart, QStringLiteral("\\1\\\\2"));
    out.replace(numbered, QStringLiteral("\\1\\2\\\\3"));
    return out;
}

QByteArray AnnouncementWriter::toMarkdown(const Event &e)
{
    const QLocale locale = postLocale();
    const QDate date = postDate(e);
    QString out;
    const QString lang = locale.language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    out += QStringLiteral("---\nlayout: post\ntitle: ") + yamlQuoted(title(e))
        + QStringLiteral("\ndate: ") + date.toString(Qt::ISODate) + QStringLiteral(" 12:00:00")
        + QStringLiteral("\nlang: ") + lang
        + QStringLiteral("\nuid: ") + date.toString(Qt::ISODate) + QStringLiteral("\n---\n\n");

    QStringList blocks{introduction(e, locale), QStringLiteral("<!--more-->")};
    if (const QString travel = travelDays(e, locale); !travel.isEmpty())
        blocks << travel;
    if (!e.topics.trimmed().isEmpty())
        blocks << tr("On the programme: %1.").arg(markdownText(e.topics.trimmed()));
    if (const QString text = lodging(e, locale); !text.isEmpty())
        blocks << text;
    if (!e.feePolicy.trimmed().isEmpty())
        blocks << section(tr("Participation fees"), {markdownText(e.feePolicy.trimmed())});
    if (const QString text = registration(e, locale); !text.isEmpty())
        blocks << text;
    out += blocks.join(QStringLiteral("\n\n")) + u'\n';
    return out.toUtf8();
}

Result AnnouncementWriter::write(const QString &path, const Event &event)
{
    return ReportFile::save(path, toMarkdown(event));
}

} // namespace convivium::core
