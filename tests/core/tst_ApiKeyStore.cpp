// ApiKeyStore: Grist API keys in the system keychain, never in a file.
//
// Run directly, the test cuts itself off from any D-Bus session before the
// first keychain call, so it cannot touch the keys of whoever runs it, and
// checks the "no keychain" messages. ctest also runs it a second time inside
// a private D-Bus session with a fresh GNOME Keyring
// (support/with_private_keyring.sh sets CONVIVIUM_TEST_KEYRING=1), where keys
// are really written, read and removed. Each function belongs to one of the
// two runs and says so when skipped in the other.
#include "net/ApiKeyStore.h"

#include <QTest>

using namespace convivium::core;

namespace {

GristSource source(const char *server, const char *document)
{
    return GristSource{QUrl(QString::fromLatin1(server)), QString::fromLatin1(document), QStringLiteral("Inscriptions")};
}

} // namespace

class tst_ApiKeyStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void entryName_perSiteAndDocument();
    void environmentVariable_winsForCommandLine();
    void noKeychain_failsWithHint_noFallback();
    void keyring_writeReadRemove_roundTrip();
    void keyring_commandLineReadsStoredKey();

private:
    bool m_keyring = false;
};

void tst_ApiKeyStore::initTestCase()
{
    m_keyring = qEnvironmentVariable("CONVIVIUM_TEST_KEYRING") == u"1";
    if (!m_keyring) {
        // No session bus: libsecret and KWallet alike find no keychain.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/convivium-test-bus");
        qunsetenv("DISPLAY");
    }
}

void tst_ApiKeyStore::init()
{
    qunsetenv(ApiKeyStore::EnvironmentVariable);
}

void tst_ApiKeyStore::entryName_perSiteAndDocument()
{
    const QString a = ApiKeyStore::entryName(source("https://grist.example.org/o/team/", "abc"));
    QCOMPARE(a, QStringLiteral("Grist https://grist.example.org/o/team abc"));
    QCOMPARE(ApiKeyStore::entryName(source("https://grist.example.org/o/team", "abc")), a);
    QVERIFY(ApiKeyStore::entryName(source("https://grist.example.org/o/team", "xyz")) != a);
    QVERIFY(ApiKeyStore::entryName(source("https://grist.example.org/o/other", "abc")) != a);
}

void tst_ApiKeyStore::environmentVariable_winsForCommandLine()
{
    qputenv(ApiKeyStore::EnvironmentVariable, " key-from-environment \n");
    const Fallible<QString> key = ApiKeyStore::keyForCommandLine(source("https://grist.example.org", "abc"));
    QVERIFY2(key, qPrintable(key.message()));
    QCOMPARE(key.value(), QStringLiteral("key-from-environment"));
}

void tst_ApiKeyStore::noKeychain_failsWithHint_noFallback()
{
    if (m_keyring)
        QSKIP("for the run without a keychain");
    const GristSource s = source("https://grist.example.org/o/team", "abc");
    const Result written = ApiKeyStore::write(s, QStringLiteral("secret"));
    QVERIFY(!written);
    QVERIFY2(written.message().contains(QStringLiteral("keychain cannot be used")), qPrintable(written.message()));
    QVERIFY2(written.message().contains(QStringLiteral("CONVIVIUM_GRIST_KEY")), qPrintable(written.message()));

    // Nothing was kept anywhere else: reading fails the same way instead of finding the key.
    const Fallible<QString> read = ApiKeyStore::read(s);
    QVERIFY(!read);
    QCOMPARE(read.value(), QString());
    QVERIFY(!ApiKeyStore::remove(s));

    const Fallible<QString> forCli = ApiKeyStore::keyForCommandLine(s);
    QVERIFY(!forCli);
    QVERIFY2(forCli.message().contains(QStringLiteral("CONVIVIUM_GRIST_KEY")), qPrintable(forCli.message()));
}

void tst_ApiKeyStore::keyring_writeReadRemove_roundTrip()
{
    if (!m_keyring)
        QSKIP("for the run with a private GNOME Keyring (ctest core/tst_ApiKeyStore_keyring)");
    const GristSource s = source("https://grist.example.org/o/team", "abc");
    const GristSource other = source("https://grist.example.org/o/team", "xyz");

    Fallible<QString> read = ApiKeyStore::read(s);
    QVERIFY2(read, qPrintable(read.message()));
    QCOMPARE(read.value(), QString());   // nothing stored yet

    Result r = ApiKeyStore::write(s, QStringLiteral("first-key"));
    QVERIFY2(r, qPrintable(r.message()));
    r = ApiKeyStore::write(s, QStringLiteral("second-key"));
    QVERIFY2(r, qPrintable(r.message()));
    read = ApiKeyStore::read(s);
    QVERIFY2(read, qPrintable(read.message()));
    QCOMPARE(read.value(), QStringLiteral("second-key"));
    QCOMPARE(ApiKeyStore::read(other).value(), QString());   // one key per document

    r = ApiKeyStore::remove(s);
    QVERIFY2(r, qPrintable(r.message()));
    read = ApiKeyStore::read(s);
    QVERIFY2(read, qPrintable(read.message()));
    QCOMPARE(read.value(), QString());
    QVERIFY(ApiKeyStore::remove(s));   // removing again is fine
}

void tst_ApiKeyStore::keyring_commandLineReadsStoredKey()
{
    if (!m_keyring)
        QSKIP("for the run with a private GNOME Keyring (ctest core/tst_ApiKeyStore_keyring)");
    const GristSource s = source("https://grist.example.org", "cli");
    const Fallible<QString> none = ApiKeyStore::keyForCommandLine(s);
    QVERIFY(!none);
    QVERIFY2(none.message().contains(QStringLiteral("No Grist API key is stored")), qPrintable(none.message()));
    QVERIFY2(none.message().contains(QStringLiteral("CONVIVIUM_GRIST_KEY")), qPrintable(none.message()));

    QVERIFY(ApiKeyStore::write(s, QStringLiteral("stored-key")));
    const Fallible<QString> key = ApiKeyStore::keyForCommandLine(s);
    QVERIFY2(key, qPrintable(key.message()));
    QCOMPARE(key.value(), QStringLiteral("stored-key"));
    QVERIFY(ApiKeyStore::remove(s));
}

QTEST_GUILESS_MAIN(tst_ApiKeyStore)
#include "tst_ApiKeyStore.moc"
