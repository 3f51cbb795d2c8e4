#pragma once
#include "Result.h"
#include "domain/Event.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>

namespace convivium::core {

// The post that announces an event on a community website: Markdown with a
// Jekyll front matter (layout, title, date, lang, uid) as in the geOrchestra
// blog, then the dates in words, the venue, the days of travel, the lodging
// options with their prices, the fee policy and the registration deadline.
//
// It is written in the installed language (Translations::install, the CLI's
// --lang): texts through tr(), dates and amounts in that locale. What the
// organisers typed (title, venue, fee policy, option names) is kept as it is,
// escaped for Markdown. The post's date is the day registration opens (else
// the event's last change), at noon so that no time zone moves it to another
// day; uid is that date, which is how the site pairs a post's translations.
class AnnouncementWriter
{
    Q_DECLARE_TR_FUNCTIONS(AnnouncementWriter)
public:
    static QByteArray toMarkdown(const Event &event);
    // Whole or not at all (see ReportFile).
    static Result write(const QString &path, const Event &event);

    // "from 30 March to 3 April 2026", "on 18 February 2026".
    static QString dates(const QDate &start, const QDate &end, const QLocale &locale);
    // The building blocks, exposed for tests.
    static QString yamlQuoted(const QString &text);
    static QString markdownText(const QString &text);
};

} // namespace convivium::core
