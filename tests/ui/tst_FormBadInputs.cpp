// A table of bad inputs for each form: the field, what the user types, and
// the exact message shown next to it while OK stays disabled.
#include "Icons.h"
#include "UiTestHelpers.h"
#include "TestCommunity.h"
#include "Translations.h"
#include "dialogs/ContributorDialog.h"
#include "dialogs/FundedDevelopmentDialog.h"
#include "dialogs/GroupDialog.h"
#include "dialogs/OrganisationDialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QApplication>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace convivium;

class tst_FormBadInputs : public QObject
{
    Q_OBJECT
private slots:
    void badInputShowsMessage_data();
    void badInputShowsMessage();
};

namespace {

struct Typing {
    QString field;
    QString text;
};

std::unique_ptr<ui::RecordDialog> makeForm(const QString &form, test::TestCommunity &tc)
{
    if (form == u"organisation")
        return std::make_unique<ui::OrganisationDialog>(tc.db(), tc.community().editor());
    if (form == u"contributor")
        return std::make_unique<ui::ContributorDialog>(tc.db(), tc.community().editor());
    if (form == u"group")
        return std::make_unique<ui::GroupDialog>(tc.db(), tc.community().editor());
    return std::make_unique<ui::FundedDevelopmentDialog>(tc.db(), tc.community().editor());
}

// The minimal valid input of each form; rows then spoil one field.
QList<Typing> validBase(const QString &form)
{
    if (form == u"organisation")
        return {{QStringLiteral("name"), QStringLiteral("Région Bretagne")}};
    if (form == u"contributor")
        return {{QStringLiteral("familyName"), QStringLiteral("Le Gall")}};
    if (form == u"group")
        return {{QStringLiteral("name"), QStringLiteral("Patterns")}};
    return {{QStringLiteral("title"), QStringLiteral("Refonte de Geotrek-Rando")}};
}

void type(QWidget *dialog, const Typing &t)
{
    auto *edit = dialog->findChild<QLineEdit *>(t.field);
    QVERIFY2(edit, qPrintable(t.field));
    edit->clear();
    test::typeText(edit, t.text);
}

} // namespace

Q_DECLARE_METATYPE(QList<Typing>)

void tst_FormBadInputs::badInputShowsMessage_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QList<Typing>>("typing");
    QTest::addColumn<QString>("checkbox");     // a box to tick first, if any
    QTest::addColumn<QString>("messageKey");
    QTest::addColumn<QString>("message");

    auto row = [](const char *tag, const char *form, QList<Typing> typing, const char *key, const QString &message,
                  const char *checkbox = "") {
        QTest::newRow(tag) << QString::fromLatin1(form) << typing << QString::fromLatin1(checkbox)
                           << QString::fromLatin1(key) << message;
    };
    auto T = [](const char *field, const QString &text) { return Typing{QString::fromLatin1(field), text}; };

    row("organisation: empty name", "organisation", {T("name", QString())}, "name", QStringLiteral("The name is required."));
    row("organisation: blank name", "organisation", {T("name", QStringLiteral("   "))}, "name", QStringLiteral("The name is required."));
    row("organisation: country code", "organisation", {T("country", QStringLiteral("F1"))}, "country",
        QStringLiteral("Use the two-letter country code, such as FR or BO."));
    row("organisation: website without scheme", "organisation", {T("website", QStringLiteral("geotrek.fr"))}, "website",
        QStringLiteral("The website must be a full address starting with https://."));
    row("organisation: platform ftp", "organisation", {T("platformUrl", QStringLiteral("ftp://pigma.org"))}, "platformUrl",
        QStringLiteral("The platform address must start with https://."));
    row("organisation: impossible consent date", "organisation", {T("publicConsentOn", QStringLiteral("31/02/2026"))},
        "publicConsentOn", QStringLiteral("This date cannot be read; use dd/mm/yyyy."), "publicConsent");

    row("contributor: no family name", "contributor", {T("familyName", QString()), T("givenName", QStringLiteral("Ana"))},
        "familyName", QStringLiteral("The family name is required."));
    row("contributor: space in e-mail", "contributor", {T("email", QStringLiteral("a b@c.fr"))}, "email",
        QStringLiteral("\"a b@c.fr\" is not a valid e-mail address."));
    row("contributor: e-mail without domain", "contributor", {T("email", QStringLiteral("x@y"))}, "email",
        QStringLiteral("\"x@y\" is not a valid e-mail address."));
    row("contributor: bad other e-mail", "contributor", {T("email", QStringLiteral("ok@example.org")),
        T("otherEmails", QStringLiteral("nope"))}, "otherEmails", QStringLiteral("\"nope\" is not a valid e-mail address."));
    row("contributor: same e-mail twice", "contributor", {T("email", QStringLiteral("a@example.org")),
        T("otherEmails", QStringLiteral("A@example.org"))}, "otherEmails", QStringLiteral("A@example.org is listed twice."));
    row("contributor: impossible first-seen date", "contributor", {T("firstSeen", QStringLiteral("32/01/2020"))},
        "firstSeen", QStringLiteral("This date cannot be read; use dd/mm/yyyy."));
    row("contributor: code of conduct in the future", "contributor", {T("codeOfConduct", QStringLiteral("01/01/2999"))},
        "codeOfConduct", QStringLiteral("The code of conduct cannot be accepted in the future."));

    row("group: empty name", "group", {T("name", QString())}, "name", QStringLiteral("The name is required."));
    row("group: repository without scheme", "group", {T("repository", QStringLiteral("github.com/InnerSourceCommons"))},
        "repository", QStringLiteral("The repository must be a full address starting with https://."));

    row("development: empty title", "development", {T("title", QString())}, "title", QStringLiteral("The title is required."));
    row("development: budget in words", "development", {T("budget", QStringLiteral("beaucoup"))}, "budget",
        QStringLiteral("The budget “beaucoup” is not an amount."));
    row("development: delivered before start", "development", {T("startedOn", QStringLiteral("01/05/2024")),
        T("deliveredOn", QStringLiteral("01/01/2024"))}, "dates", QStringLiteral("The delivery date is before the start."));
}

void tst_FormBadInputs::badInputShowsMessage()
{
    QFETCH(QString, form);
    QFETCH(QList<Typing>, typing);
    QFETCH(QString, checkbox);
    QFETCH(QString, messageKey);
    QFETCH(QString, message);

    test::TestCommunity tc;
    auto dialog = makeForm(form, tc);
    dialog->show();
    for (const Typing &t : validBase(form))
        type(dialog.get(), t);
    QVERIFY2(dialog->okButton()->isEnabled(), "the valid base input must be accepted");
    if (!checkbox.isEmpty())
        dialog->findChild<QCheckBox *>(checkbox)->setChecked(true);
    for (const Typing &t : typing)
        type(dialog.get(), t);

    QVERIFY(!dialog->okButton()->isEnabled());
    QCOMPARE(dialog->messages()->message(messageKey), message);
    // Pressing Enter does not save an invalid record.
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(tc.community().undoStack()->count(), 0);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    core::Translations::install(QStringLiteral("en_GB"));
    ui::Icons::setUp();
    tst_FormBadInputs t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_FormBadInputs.moc"
