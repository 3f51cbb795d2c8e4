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
    return AnnouncementWriter::tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
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

QString money(qint64 cents, const Event &e, const QLocale &locale)
{
    return Money::format(cents, e.currency, locale);
}

QString optionLine(const LodgingOption &o, const Event &e, const QLocale &locale)
{
    using A = AnnouncementWriter;
    const QString name = QStringLiteral("**") + A::markdownText(o.name.trimmed()) + QStringLiteral("**");
    if (o.kind == u"elsewhere") {
        QStringList meals;
        for (const MealPrice &m : e.mealPrices)
            meals << locale.toLower(Vocabulary::label(Vocabulary::Meal, m.meal)) + u' ' + money(m.priceCents, e, locale);
        return meals.isEmpty() ? A::tr("%1: you find your own lodging.").arg(name)
                               : A::tr("%1: you find your own lodging; meals taken at the venue are paid one by one "
                                       "(%2).").arg(name, meals.join(QStringLiteral(", ")));
    }
    const QString price = money(o.priceCents, e, locale);
    if (o.supplementCents > 0) {
        const QString supplement = money(o.supplementCents, e, locale);
        return o.mealsIncluded
            ? A::tr("%1: %2 per person per night, plus a supplement of %3 per night, meals included.").arg(name, price, supplement)
            : A::tr("%1: %2 per person per night, plus a supplement of %3 per night, meals not included.").arg(name, price, supplement);
    }
    return o.mealsIncluded ? A::tr("%1: %2 per person per night, meals included.").arg(name, price)
                           : A::tr("%1: %2 per person per night, meals not included.").arg(name, price);
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
    using A = AnnouncementWriter;
    const QString name = A::markdownText(e.title.trimmed());
    const QString when = A::dates(e.start, e.end, locale);
    QString text;
    if (e.mode == u"online")
        text = A::tr("%1 takes place online %2.").arg(name, when);
    else if (!e.venue.name.trimmed().isEmpty())
        text = A::tr("%1 takes place %2 at %3.").arg(name, when, link(e.venue.name, e.venue.website));
    else
        text = A::tr("%1 takes place %2.").arg(name, when);
    if (e.mode == u"hybrid")
        text += u' ' + A::tr("You can also take part online.");
    return text;
}

QString travelDays(const Event &e, const QLocale &locale)
{
    QList<QDate> days;
    for (int i = 0; i < e.transitDaysStart; ++i)
        days << e.start.addDays(i);
    for (int i = e.transitDaysEnd - 1; i >= 0; --i)
        if (!days.contains(e.end.addDays(-i)))
            days << e.end.addDays(-i);
    if (days.isEmpty())
        return QString();
    QStringList words;
    for (const QDate &d : days)
        words << ReportDates::inWords(d, locale, d.year() != e.start.year() || d == days.last());
    return AnnouncementWriter::tr("Days of travel and setup: %1.").arg(listInWords(words));
}

QString lodging(const Event &e, const QLocale &locale)
{
    using A = AnnouncementWriter;
    QStringList paragraphs;
    if (!e.venue.name.trimmed().isEmpty()) {
        const QString venue = link(e.venue.name, e.venue.website);
        paragraphs << (e.venue.address.trimmed().isEmpty()
                           ? A::tr("We will be hosted at %1.").arg(venue)
                           : A::tr("We will be hosted at %1, %2.").arg(venue, A::markdownText(e.venue.address.simplified())));
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
    const bool fullBoard = atVenue > 0 && withMeals == atVenue;
    if (fullBoard)
        paragraphs << A::tr("Lodging is full board: breakfast, lunch and dinner are included in the price per night.");
    if (!lines.isEmpty())
        paragraphs << lines.join(u'\n');
    if (paragraphs.isEmpty())
        return QString();
    return QStringLiteral("## ") + A::tr("Lodging") + QStringLiteral("\n\n") + paragraphs.join(QStringLiteral("\n\n"));
}

QString registration(const Event &e, const QLocale &locale)
{
    using A = AnnouncementWriter;
    QStringList paragraphs;
    if (e.registrationDeadline.isValid())
        paragraphs << A::tr("Please register *by %1 at the latest*.").arg(ReportDates::inWords(e.registrationDeadline, locale));
    if (e.capacity > 0)
        paragraphs << A::tr("Places are limited: %1 participants at most.").arg(locale.toString(e.capacity));
    if (paragraphs.isEmpty())
        return QString();
    return QStringLiteral("## ") + A::tr("Registration") + QStringLiteral("\n\n") + paragraphs.join(QStringLiteral("\n\n"));
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
    out += QStringLiteral("---\nlayout: post\ntitle: ") + yamlQuoted(title(e))
        + QStringLiteral("\ndate: ") + date.toString(Qt::ISODate) + QStringLiteral(" 12:00:00")
        + QStringLiteral("\nlang: ") + (locale.language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en"))
        + QStringLiteral("\nuid: ") + date.toString(Qt::ISODate) + QStringLiteral("\n---\n\n");

    QStringList blocks{introduction(e, locale), QStringLiteral("<!--more-->")};
    if (const QString travel = travelDays(e, locale); !travel.isEmpty())
        blocks << travel;
    if (!e.topics.trimmed().isEmpty())
        blocks << tr("On the programme: %1.").arg(markdownText(e.topics.trimmed()));
    if (const QString text = lodging(e, locale); !text.isEmpty())
        blocks << text;
    if (!e.feePolicy.trimmed().isEmpty())
        blocks << QStringLiteral("## ") + tr("Participation fees") + QStringLiteral("\n\n") + markdownText(e.feePolicy.trimmed());
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
