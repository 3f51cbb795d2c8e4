// CalendarWriter: the events as iCalendar, checked by parsing the file back
// with libical, as a calendar program would.
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "io/CalendarWriter.h"
#include "repositories/EventRepository.h"

#include <QSet>
#include <QTest>

#include <libical/ical.h>

using namespace convivium;
using core::CalendarWriter;
using core::Event;

namespace {

// A parsed calendar, freed when the test is done with it.
class Parsed
{
public:
    explicit Parsed(const QByteArray &ics) : m_root(icalparser_parse_string(ics.constData())) {}
    ~Parsed() { if (m_root) icalcomponent_free(m_root); }
    Parsed(const Parsed &) = delete;
    Parsed &operator=(const Parsed &) = delete;
    icalcomponent *root() const { return m_root; }
    QList<icalcomponent *> events() const
    {
        QList<icalcomponent *> out;
        if (!m_root)
            return out;
        for (icalcomponent *e = icalcomponent_get_first_component(m_root, ICAL_VEVENT_COMPONENT); e;
             e = icalcomponent_get_next_component(m_root, ICAL_VEVENT_COMPONENT))
            out << e;
        return out;
    }

private:
    icalcomponent *m_root;
};

QDate date(const icaltimetype &t)
{
    return QDate(t.year, t.month, t.day);
}

QString text(const char *value)
{
    return QString::fromUtf8(value);
}

QString propertyText(icalcomponent *event, icalproperty_kind kind)
{
    icalproperty *p = icalcomponent_get_first_property(event, kind);
    return p ? text(icalproperty_get_value_as_string(p)) : QString();
}

icalcomponent *withSummary(const QList<icalcomponent *> &events, const QString &summary)
{
    for (icalcomponent *e : events)
        if (text(icalcomponent_get_summary(e)) == summary)
            return e;
    return nullptr;
}

const QString winter = QStringLiteral("Rencontres communautaires d'hiver 2026");

} // namespace

class tst_CalendarWriter : public QObject
{
    Q_OBJECT

private slots:
    void winterMeeting2026_readBackByLibical();
    void everyEvent_oneVeventEach_statusFromTheEvent();
    void singleDay_endsTheNextDay();
    void file_isValidFoldedAndTheSameWhenNothingChanged();
    void summary_addsTheEditionUnlessTheTitleSaysIt_data();
    void summary_addsTheEditionUnlessTheTitleSaysIt();
    void textWithCommasAndSemicolons_comesBackAsTyped();
};

void tst_CalendarWriter::winterMeeting2026_readBackByLibical()
{
    test::TestCommunity tc(true);
    const qint64 id = test::must(core::EventRepository(tc.db()).findByTitle(winter));
    const QList<Event> events = test::must(CalendarWriter::events(tc.db(), id));
    QCOMPARE(events.size(), 1);
    const QByteArray ics = test::must(CalendarWriter::toICalendar(events));

    const Parsed parsed(ics);
    QVERIFY(parsed.root());
    QCOMPARE(icalcomponent_isa(parsed.root()), ICAL_VCALENDAR_COMPONENT);
    QCOMPARE(propertyText(parsed.root(), ICAL_VERSION_PROPERTY), QStringLiteral("2.0"));
    QVERIFY(propertyText(parsed.root(), ICAL_PRODID_PROPERTY).contains(QStringLiteral("Convivium")));
    QCOMPARE(parsed.events().size(), 1);
    icalcomponent *e = parsed.events().first();

    const icaltimetype start = icalcomponent_get_dtstart(e);
    const icaltimetype end = icalcomponent_get_dtend(e);
    QVERIFY(start.is_date && end.is_date);   // all-day: no time, no time zone
    QCOMPARE(date(start), QDate(2026, 3, 30));
    QCOMPARE(date(end), QDate(2026, 4, 4));   // the day after the last, as RFC 5545 wants
    QCOMPARE(text(icalcomponent_get_summary(e)), winter);
    QCOMPARE(text(icalcomponent_get_uid(e)), CalendarWriter::uid(events.first()));
    QCOMPARE(icalcomponent_get_status(e), ICAL_STATUS_CONFIRMED);
    QCOMPARE(text(icalcomponent_get_location(e)),
             QStringLiteral("Vallon d'Aïga, 2 Chemin du Col d'Ussat, 09400 Ornolac-Ussat-les-Bains, France"));
    icalproperty *location = icalcomponent_get_first_property(e, ICAL_LOCATION_PROPERTY);
    icalparameter *altrep = icalproperty_get_first_parameter(location, ICAL_ALTREP_PARAMETER);
    QVERIFY(altrep);
    QCOMPARE(text(icalparameter_get_altrep(altrep)), QStringLiteral("https://www.vallon-aiga.com/accueil"));
    const QString description = text(icalcomponent_get_description(e));
    QVERIFY2(description.contains(QStringLiteral("Registration deadline: 15 March 2026")), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("Travel and setup days: 30 March 2026, 3 April 2026")), qPrintable(description));
    QVERIFY(description.contains(QStringLiteral("supplément de 15 €/nuit")));
    QCOMPARE(propertyText(e, ICAL_CATEGORIES_PROPERTY), QStringLiteral("Community sprint"));
    const icaltimetype stamp = icalcomponent_get_dtstamp(e);
    QVERIFY(icaltime_is_utc(stamp));
    QCOMPARE(icaltime_as_timet(stamp), time_t(events.first().updatedAt.toSecsSinceEpoch()));
}

void tst_CalendarWriter::everyEvent_oneVeventEach_statusFromTheEvent()
{
    test::TestCommunity tc(true);
    const core::EventRepository repository(tc.db());
    Event cancelled = test::must(repository.load(test::must(repository.findByTitle(QStringLiteral("geOcom 2026")))));
    cancelled.status = QStringLiteral("cancelled");
    QVERIFY(repository.update(cancelled));

    const QList<Event> events = test::must(CalendarWriter::events(tc.db()));
    QCOMPARE(events.size(), test::countRows(tc.db(), QStringLiteral("event")));
    for (qsizetype i = 1; i < events.size(); ++i)
        QVERIFY(events.at(i - 1).start <= events.at(i).start);
    const Parsed parsed(test::must(CalendarWriter::toICalendar(events)));
    const QList<icalcomponent *> vevents = parsed.events();
    QCOMPARE(vevents.size(), events.size());
    QSet<QString> uids;
    for (icalcomponent *e : vevents)
        uids.insert(text(icalcomponent_get_uid(e)));
    QCOMPARE(uids.size(), vevents.size());

    QCOMPARE(icalcomponent_get_status(withSummary(vevents, QStringLiteral("geOcom 2026"))), ICAL_STATUS_CANCELLED);
    QCOMPARE(icalcomponent_get_status(withSummary(vevents, QStringLiteral("Rencontres annuelles Geotrek 2026"))),
             ICAL_STATUS_TENTATIVE);   // a draft
    QCOMPARE(icalcomponent_get_status(withSummary(vevents, QStringLiteral("Sprint communautaire Ariège 2024 (Printemps 2024)"))),
             ICAL_STATUS_CONFIRMED);   // held
    // A change shows in SEQUENCE, so calendars take the new version.
    QCOMPARE(propertyText(withSummary(vevents, QStringLiteral("geOcom 2026")), ICAL_SEQUENCE_PROPERTY), QStringLiteral("1"));
}

void tst_CalendarWriter::singleDay_endsTheNextDay()
{
    test::TestCommunity tc(true);
    const QList<Event> events = test::must(CalendarWriter::events(
        tc.db(), test::must(core::EventRepository(tc.db()).findByTitle(QStringLiteral("Accueil des nouveaux membres InnerSource Commons")))));
    const Parsed parsed(test::must(CalendarWriter::toICalendar(events)));
    icalcomponent *e = parsed.events().value(0);
    QVERIFY(e);
    QCOMPARE(date(icalcomponent_get_dtstart(e)), QDate(2026, 2, 18));
    QCOMPARE(date(icalcomponent_get_dtend(e)), QDate(2026, 2, 19));
    QCOMPARE(text(icalcomponent_get_summary(e)), QStringLiteral("Accueil des nouveaux membres InnerSource Commons (Février 2026)"));
    QCOMPARE(text(icalcomponent_get_location(e)), QStringLiteral("Online"));
}

void tst_CalendarWriter::file_isValidFoldedAndTheSameWhenNothingChanged()
{
    test::TestCommunity tc(true);
    const QByteArray ics = test::must(CalendarWriter::toICalendar(test::must(CalendarWriter::events(tc.db()))));
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QCOMPARE(ics.count("\n"), ics.count("\r\n"));
    for (const QByteArray &line : ics.split('\n')) {
        const QByteArray physical = line.endsWith('\r') ? line.chopped(1) : line;
        QVERIFY2(physical.size() <= 75, physical.constData());
        QVERIFY2(!QString::fromUtf8(physical).contains(QChar::ReplacementCharacter), physical.constData());
    }
    // libical's own check of required and allowed properties.
    const Parsed parsed(ics);
    QVERIFY(icalrestriction_check(parsed.root()));
    QVERIFY(!ics.contains("X-LIC-ERROR"));
    QCOMPARE(test::must(CalendarWriter::toICalendar(test::must(CalendarWriter::events(tc.db())))), ics);
}

void tst_CalendarWriter::summary_addsTheEditionUnlessTheTitleSaysIt_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("edition");
    QTest::addColumn<QString>("summary");
    QTest::newRow("edition in the title") << winter << QStringLiteral("Hiver 2026") << winter;
    QTest::newRow("no edition") << QStringLiteral("geOcom") << QString() << QStringLiteral("geOcom");
    QTest::newRow("edition added") << QStringLiteral("geOcom") << QStringLiteral("2026") << QStringLiteral("geOcom (2026)");
}

void tst_CalendarWriter::summary_addsTheEditionUnlessTheTitleSaysIt()
{
    QFETCH(QString, title);
    QFETCH(QString, edition);
    QFETCH(QString, summary);
    Event e;
    e.title = title;
    e.edition = edition;
    QCOMPARE(CalendarWriter::summary(e), summary);
}

void tst_CalendarWriter::textWithCommasAndSemicolons_comesBackAsTyped()
{
    Event e;
    e.id = 3;
    e.title = QStringLiteral("Atelier; cartes, données \\ et \"OSM\"");
    e.start = QDate(2026, 5, 31);
    e.end = QDate(2026, 6, 1);
    e.status = QStringLiteral("open");
    e.venue.name = QStringLiteral("Salle des fêtes");
    e.venue.address = QStringLiteral("1 place de la Mairie\n09000 Foix");
    e.feePolicy = QStringLiteral("Gratuit.\nRepas : 12 €; café offert, bien sûr.");
    const Parsed parsed(test::must(CalendarWriter::toICalendar({e})));
    icalcomponent *v = parsed.events().value(0);
    QVERIFY(v);
    QCOMPARE(text(icalcomponent_get_summary(v)), e.title);
    QCOMPARE(text(icalcomponent_get_location(v)), QStringLiteral("Salle des fêtes, 1 place de la Mairie 09000 Foix"));
    QVERIFY(text(icalcomponent_get_description(v)).endsWith(e.feePolicy));
    QCOMPARE(date(icalcomponent_get_dtend(v)), QDate(2026, 6, 2));

    Event undated = e;
    undated.end = QDate(2026, 5, 1);   // before the start
    QVERIFY(!CalendarWriter::toICalendar({undated}));
}

QTEST_GUILESS_MAIN(tst_CalendarWriter)
#include "tst_CalendarWriter.moc"
