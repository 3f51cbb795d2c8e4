// convivium-cli export: calendar, vcard and announcement through the command
// line, with its exit codes and messages; and the real binary once.
#include "CliRun.h"
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "Translations.h"
#include "cli/CommandLine.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <libical/ical.h>

using namespace convivium;
using test::CliOutcome;
using test::runCli;

namespace {

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

int vevents(const QByteArray &ics)
{
    icalcomponent *root = icalparser_parse_string(ics.constData());
    if (!root)
        return -1;
    const int count = icalcomponent_count_components(root, ICAL_VEVENT_COMPONENT);
    icalcomponent_free(root);
    return count;
}

} // namespace

class tst_ExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { core::Translations::install(QStringLiteral("en")); }
    void calendar_everyEventOrOne();
    void vcard_onlyThoseWhoAgreed();
    void announcement_inTheLanguageAsked();
    void wrongUse_exit2_failure_exit1_nothingWritten_data();
    void wrongUse_exit2_failure_exit1_nothingWritten();
    void binary_announcementInFrench();

private:
    QTemporaryDir m_dir;   // demo.convivium, and what the tests write
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QStringList demo(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--db"), path(QStringLiteral("demo.convivium")), QStringLiteral("export")} + args;
    }
};

void tst_ExportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    core::Translations::install(QStringLiteral("en"));
    const CliOutcome o = runCli({QStringLiteral("--db"), path(QStringLiteral("demo.convivium")), QStringLiteral("demo")});
    QVERIFY2(o.code == 0, qPrintable(o.describe()));
}

void tst_ExportCommand::calendar_everyEventOrOne()
{
    const QString all = path(QStringLiteral("all.ics"));
    CliOutcome o = runCli(demo({QStringLiteral("calendar"), QStringLiteral("--output"), all}));
    QVERIFY2(o.code == 0 && o.err.isEmpty(), qPrintable(o.describe()));
    QCOMPARE(o.out, QStringLiteral("Wrote the calendar into %1 (events: 5).\n").arg(QDir::toNativeSeparators(all)));
    QCOMPARE(vevents(test::readFile(all)), 5);

    const QString one = path(QStringLiteral("one.ics"));
    o = runCli(demo({QStringLiteral("calendar"), QStringLiteral("--event"), QStringLiteral("1"), QStringLiteral("--output"), one}));
    QVERIFY2(o.code == 0, qPrintable(o.describe()));
    QCOMPARE(vevents(test::readFile(one)), 1);
    QVERIFY(test::readFile(one).contains("SUMMARY:Rencontres communautaires d'hiver 2026\r\n"));

    // By title, as the report command reads --event.
    const QString byTitle = path(QStringLiteral("by-title.ics"));
    o = runCli(demo({QStringLiteral("calendar"), QStringLiteral("--event"), QStringLiteral("Rencontres communautaires d'hiver 2026"),
                     QStringLiteral("--output"), byTitle}));
    QVERIFY2(o.code == 0, qPrintable(o.describe()));
    QCOMPARE(test::readFile(byTitle), test::readFile(one));
}

void tst_ExportCommand::vcard_onlyThoseWhoAgreed()
{
    const QString file = path(QStringLiteral("contacts.vcf"));
    const CliOutcome o = runCli(demo({QStringLiteral("vcard"), QStringLiteral("--output"), file}));
    QVERIFY2(o.code == 0 && o.err.isEmpty(), qPrintable(o.describe()));
    const QByteArray vcf = test::readFile(file);
    const int cards = int(vcf.count("BEGIN:VCARD\r\n"));
    QVERIFY(cards > 0 && cards < 40);   // the demo has 40 contributors; not all agreed
    QVERIFY2(o.out.contains(QStringLiteral("contributors who agreed to be contacted by e-mail: %1)").arg(cards)),
             qPrintable(o.out));
}

void tst_ExportCommand::announcement_inTheLanguageAsked()
{
    const QString english = path(QStringLiteral("announcement-en.md"));
    CliOutcome o = runCli(demo({QStringLiteral("announcement"), QStringLiteral("--event"), QStringLiteral("1"),
                                QStringLiteral("--output"), english}));
    QVERIFY2(o.code == 0 && o.err.isEmpty(), qPrintable(o.describe()));
    QVERIFY(o.out.startsWith(QStringLiteral("Wrote the announcement of Rencontres communautaires d'hiver 2026 into ")));
    const QString en = QString::fromUtf8(test::readFile(english));
    QVERIFY(en.startsWith(QStringLiteral("---\nlayout: post\n")));
    QVERIFY(en.contains(QStringLiteral("\nlang: en\n")));
    QVERIFY(en.contains(QStringLiteral("from 30 March to 3 April 2026")));

    // --lang is read by the program before run(); in-process, the test installs it.
    core::Translations::install(QStringLiteral("fr"));
    const QString french = path(QStringLiteral("announcement-fr.md"));
    o = runCli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--db"), path(QStringLiteral("demo.convivium")),
                QStringLiteral("export"), QStringLiteral("announcement"), QStringLiteral("--event"), QStringLiteral("1"),
                QStringLiteral("--output"), french});
    core::Translations::install(QStringLiteral("en"));
    QVERIFY2(o.code == 0, qPrintable(o.describe()));
    const QString fr = QString::fromUtf8(test::readFile(french));
    QVERIFY(fr.contains(QStringLiteral("\nlang: fr\n")));
    QVERIFY2(fr.contains(QStringLiteral("30 mars")) && fr.contains(QStringLiteral("3 avril 2026")), qPrintable(fr));
}

void tst_ExportCommand::wrongUse_exit2_failure_exit1_nothingWritten_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("--output");
    const QString file = QStringLiteral("{dir}/x.out");
    const QString db = QStringLiteral("--db");
    const QString demo = QStringLiteral("{dir}/demo.convivium");
    const QString exportName = QStringLiteral("export");
    QTest::newRow("no kind") << QStringList{db, demo, exportName} << 2 << QStringLiteral("Say what to export");
    QTest::newRow("unknown kind") << QStringList{db, demo, exportName, QStringLiteral("rooms"), out, file} << 2
                                  << QStringLiteral("Cannot export \"rooms\": say calendar, vcard or announcement.");
    QTest::newRow("two kinds") << QStringList{db, demo, exportName, QStringLiteral("calendar"), QStringLiteral("vcard"), out, file}
                               << 2 << QStringLiteral("Cannot export \"calendar vcard\"");
    QTest::newRow("no --output") << QStringList{db, demo, exportName, QStringLiteral("calendar")} << 2
                                 << QStringLiteral("add --output <file>");
    QTest::newRow("announcement without event") << QStringList{db, demo, exportName, QStringLiteral("announcement"), out, file}
                                                << 2 << QStringLiteral("The announcement needs an event");
    QTest::newRow("vcard of an event") << QStringList{db, demo, exportName, QStringLiteral("vcard"), QStringLiteral("--event"),
                                                      QStringLiteral("1"), out, file}
                                       << 2 << QStringLiteral("leave out --event");
    QTest::newRow("an option of another command") << QStringList{db, demo, exportName, QStringLiteral("calendar"),
                                                                 QStringLiteral("--format"), QStringLiteral("pdf"), out, file}
                                                  << 2 << QStringLiteral("--format does not apply to the export command");
    QTest::newRow("without --db") << QStringList{exportName, QStringLiteral("calendar"), out, file} << 2
                                  << QStringLiteral("needs a community file");
    QTest::newRow("unknown event") << QStringList{db, demo, exportName, QStringLiteral("announcement"), QStringLiteral("--event"),
                                                  QStringLiteral("Nowhere 1999"), out, file}
                                   << 1 << QStringLiteral("Nowhere 1999");
    QTest::newRow("missing community") << QStringList{db, QStringLiteral("{dir}/missing.convivium"), exportName,
                                                      QStringLiteral("calendar"), out, file}
                                       << 1 << QStringLiteral("does not exist");
    QTest::newRow("missing folder") << QStringList{db, demo, exportName, QStringLiteral("vcard"), out,
                                                   QStringLiteral("{dir}/nowhere/x.vcf")}
                                    << 1 << QStringLiteral("nowhere");
}

void tst_ExportCommand::wrongUse_exit2_failure_exit1_nothingWritten()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(QFile::copy(path(QStringLiteral("demo.convivium")), dir.filePath(QStringLiteral("demo.convivium"))));
    const QStringList before = filesIn(dir.path());
    const QByteArray community = test::readFile(dir.filePath(QStringLiteral("demo.convivium")));
    const CliOutcome o = runCli(args, dir.path());
    QVERIFY2(o.code == exitCode && o.out.isEmpty() && o.err.contains(message), qPrintable(o.describe()));
    if (exitCode == 2)
        QVERIFY(o.err.contains(QStringLiteral("convivium-cli --help")));
    QCOMPARE(filesIn(dir.path()), before);
    QCOMPARE(test::readFile(dir.filePath(QStringLiteral("demo.convivium"))), community);
}

void tst_ExportCommand::binary_announcementInFrench()
{
    const QString post = path(QStringLiteral("binary-fr.md"));
    const CliOutcome o = test::runBinary(QStringLiteral(CONVIVIUM_CLI_PATH),
                                         {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--db"),
                                          path(QStringLiteral("demo.convivium")), QStringLiteral("export"),
                                          QStringLiteral("announcement"), QStringLiteral("--event"), QStringLiteral("1"),
                                          QStringLiteral("--output"), post});
    QVERIFY2(o.code == 0 && o.err.isEmpty(), qPrintable(o.describe()));
    const QString text = QString::fromUtf8(test::readFile(post));
    QVERIFY(text.contains(QStringLiteral("\nlang: fr\n")));
    QVERIFY2(text.contains(QStringLiteral("15 mars 2026")), qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_ExportCommand)
#include "tst_ExportCommand.moc"
