// AnnouncementWriter: the post announcing an event, as the community website
// takes it (Jekyll front matter, Markdown), in the language asked.
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "Translations.h"
#include "io/AnnouncementWriter.h"
#include "repositories/EventRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace convivium;
using core::AnnouncementWriter;
using core::Event;

namespace {

const QString winter = QStringLiteral("Rencontres communautaires d'hiver 2026");

// The front matter's lines, between the two "---".
QStringList frontMatter(const QString &post)
{
    if (!post.startsWith(QStringLiteral("---\n")))
        return {};
    const qsizetype end = post.indexOf(QStringLiteral("\n---\n"), 4);
    return post.mid(4, end - 4).split(u'\n');
}

QString body(const QString &post)
{
    return post.mid(post.indexOf(QStringLiteral("\n---\n"), 4) + 5);
}

} // namespace

class tst_AnnouncementWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_demo = std::make_unique<test::TestCommunity>(true); }
    void init() { core::Translations::install(QStringLiteral("en")); }
    void cleanupTestCase()
    {
        core::Translations::install(QStringLiteral("en"));
        m_demo.reset();
    }

    void frontMatter_asTheWebsiteExpects_data();
    void frontMatter_asTheWebsiteExpects();
    void winterMeeting_english_datesVenueLodgingFeesDeadline();
    void winterMeeting_french_datesAndAmountsInFrench();
    void onlineEvent_noVenueNoLodging();
    void dates_data();
    void dates();
    void typedText_isEscaped();
    void write_savesTheFile();

private:
    std::unique_ptr<test::TestCommunity> m_demo;
    Event demoEvent(const QString &title) const
    {
        const core::EventRepository events(m_demo->db());
        return test::must(events.load(test::must(events.findByTitle(title))));
    }
};

void tst_AnnouncementWriter::frontMatter_asTheWebsiteExpects_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("lang");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("lang: en");
    QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("lang: fr");
}

void tst_AnnouncementWriter::frontMatter_asTheWebsiteExpects()
{
    QFETCH(QString, language);
    QFETCH(QString, lang);
    core::Translations::install(language);
    const QString post = QString::fromUtf8(AnnouncementWriter::toMarkdown(demoEvent(winter)));
    const QStringList fields = frontMatter(post);
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields.at(0), QStringLiteral("layout: post"));
    QVERIFY2(fields.at(1).startsWith(QStringLiteral("title: \"Rencontres communautaires d'hiver 2026")), qPrintable(fields.at(1)));
    QVERIFY(fields.at(1).endsWith(u'"'));
    QCOMPARE(fields.at(2), QStringLiteral("date: 2026-01-08 12:00:00"));   // registration opens
    QCOMPARE(fields.at(3), lang);
    QCOMPARE(fields.at(4), QStringLiteral("uid: 2026-01-08"));   // the same in both languages
    QVERIFY(body(post).startsWith(QStringLiteral("\n")));
    QVERIFY(post.contains(QStringLiteral("\n\n<!--more-->\n\n")));
}

void tst_AnnouncementWriter::winterMeeting_english_datesVenueLodgingFeesDeadline()
{
    const QString post = QString::fromUtf8(AnnouncementWriter::toMarkdown(demoEvent(winter)));
    QCOMPARE(frontMatter(post).value(1), QStringLiteral("title: \"Rencontres communautaires d'hiver 2026: register now!\""));
    const QString text = body(post);
    for (const QString &expected : {
             QStringLiteral("from 30 March to 3 April 2026 at [Vallon d'Aïga](https://www.vallon-aiga.com/accueil)."),
             QStringLiteral("Days of travel and setup: 30 March and 3 April 2026."),
             QStringLiteral("2 Chemin du Col d'Ussat, 09400 Ornolac-Ussat-les-Bains, France"),
             QStringLiteral("\n## Lodging\n"),
             QStringLiteral("Lodging is full board"),
             QStringLiteral("- **Chambre partagée 2 lits**: €62.00 per person per night, meals included."),
             QStringLiteral("- **Chambre solo**: €62.00 per person per night, plus a supplement of €15.00 per night"),
             QStringLiteral("- **Dortoir**: €48.00"),
             QStringLiteral("- **Tente**: €35.00"),
             QStringLiteral("- **Logement ailleurs**: you find your own lodging; meals taken at the venue are paid one by "
                            "one (breakfast €8.00, lunch €17.00, dinner €17.00)."),
             QStringLiteral("\n## Participation fees\n\nIl s'agit d'un évènement gratuit."),
             QStringLiteral("\n## Registration\n\nPlease register *by 15 March 2026 at the latest*."),
             QStringLiteral("45 participants at most"),
         })
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n--- in:\n") + text));
    // The order of the seed's post: lodging, then fees, then registration.
    QVERIFY(text.indexOf(QStringLiteral("## Lodging")) < text.indexOf(QStringLiteral("## Participation fees")));
    QVERIFY(text.indexOf(QStringLiteral("## Participation fees")) < text.indexOf(QStringLiteral("## Registration")));
}

void tst_AnnouncementWriter::winterMeeting_french_datesAndAmountsInFrench()
{
    core::Translations::install(QStringLiteral("fr"));
    const QString text = body(QString::fromUtf8(AnnouncementWriter::toMarkdown(demoEvent(winter))));
    const QString nbsp = QString(QChar(0x202F));
    for (const QString &expected : {QStringLiteral("30 mars"), QStringLiteral("3 avril 2026"), QStringLiteral("15 mars 2026"),
                                    QStringLiteral("62,00") + nbsp + QStringLiteral("€"),
                                    QStringLiteral("15,00") + nbsp + QStringLiteral("€"),
                                    QStringLiteral("8,00") + nbsp + QStringLiteral("€")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n--- in:\n") + text));
    for (const char *english : {"March", "April", "€62.00"})
        QVERIFY2(!text.contains(QLatin1String(english)), english);
}

void tst_AnnouncementWriter::onlineEvent_noVenueNoLodging()
{
    const QString post = QString::fromUtf8(AnnouncementWriter::toMarkdown(
        demoEvent(QStringLiteral("Accueil des nouveaux membres InnerSource Commons"))));
    const QString text = body(post);
    QVERIFY2(text.contains(QStringLiteral("takes place online on 18 February 2026.")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("## Lodging")));
    QVERIFY(!text.contains(QStringLiteral("travel and setup")));
    QVERIFY(text.contains(QStringLiteral("## Participation fees\n\nParticipation gratuite.")));
    QVERIFY(text.contains(QStringLiteral("*by 16 February 2026 at the latest*")));
    QCOMPARE(frontMatter(post).value(2), QStringLiteral("date: 2026-01-19 12:00:00"));
}

void tst_AnnouncementWriter::dates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("words");
    QTest::newRow("en one day") << "en" << QDate(2026, 2, 18) << QDate(2026, 2, 18) << "on 18 February 2026";
    QTest::newRow("en one month") << "en" << QDate(2026, 10, 14) << QDate(2026, 10, 15) << "from 14 to 15 October 2026";
    QTest::newRow("en two months") << "en" << QDate(2026, 3, 30) << QDate(2026, 4, 3) << "from 30 March to 3 April 2026";
    QTest::newRow("en two years") << "en" << QDate(2026, 12, 30) << QDate(2027, 1, 2)
                                  << "from 30 December 2026 to 2 January 2027";
    QTest::newRow("fr first of the month") << "fr" << QDate(2026, 4, 1) << QDate(2026, 4, 3) << "1er";
    QTest::newRow("fr months") << "fr" << QDate(2026, 3, 30) << QDate(2026, 4, 1) << "30 mars";
    QTest::newRow("fr ends on the first") << "fr" << QDate(2026, 3, 30) << QDate(2026, 4, 1) << "1er avril 2026";
}

void tst_AnnouncementWriter::dates()
{
    QFETCH(QString, language);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QString, words);
    const QLocale locale(language);
    const QString text = AnnouncementWriter::dates(start, end, locale);
    if (language == u"en")
        QCOMPARE(text, words);
    else
        QVERIFY2(text.contains(words), qPrintable(text));
}

void tst_AnnouncementWriter::typedText_isEscaped()
{
    QCOMPARE(AnnouncementWriter::yamlQuoted(QStringLiteral("Sprint \"OSM\" C:\\data")),
             QStringLiteral("\"Sprint \\\"OSM\\\" C:\\\\data\""));
    QCOMPARE(AnnouncementWriter::yamlQuoted(QStringLiteral("a\nb")), QStringLiteral("\"a\\nb\""));
    QCOMPARE(AnnouncementWriter::markdownText(QStringLiteral("a *b* _c_ [d](e) <script>")),
             QStringLiteral("a \\*b\\* \\_c\\_ \\[d\\](e) \\<script\\>"));
    QCOMPARE(AnnouncementWriter::markdownText(QStringLiteral("# not a heading\n- not a list\n2. nor this")),
             QStringLiteral("\\# not a heading\n\\- not a list\n2\\. nor this"));

    Event e = demoEvent(winter);
    e.title = QStringLiteral("Rencontres \"*spéciales*\"");
    const QString post = QString::fromUtf8(AnnouncementWriter::toMarkdown(e));
    QCOMPARE(frontMatter(post).value(1), QStringLiteral("title: \"Rencontres \\\"*spéciales*\\\": register now!\""));
    QVERIFY(body(post).startsWith(QStringLiteral("\nRencontres \"\\*spéciales\\*\" takes place")));
}

void tst_AnnouncementWriter::write_savesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2026-01-08-rencontres.md"));
    const Event e = demoEvent(winter);
    QVERIFY(AnnouncementWriter::write(path, e));
    QCOMPARE(test::readFile(path), AnnouncementWriter::toMarkdown(e));
    QVERIFY(!AnnouncementWriter::write(dir.filePath(QStringLiteral("missing/post.md")), e));
}

QTEST_GUILESS_MAIN(tst_AnnouncementWriter)
#include "tst_AnnouncementWriter.moc"
