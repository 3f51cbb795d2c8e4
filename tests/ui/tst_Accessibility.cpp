// Every control a person can reach has a name that assistive technology
// reads out (issue 7): its own accessible name, its text, or the label it is
// the buddy of. Checked on the main window and every form and dialog, with
// their tabs, in English and in French.
#include "Icons.h"
#include "MainWindow.h"
#include "ScriptedPrompts.h"
#include "SqlProbe.h"
#include "TestCommunity.h"
#include "Translations.h"
#include "dialogs/ContributorDialog.h"
#include "dialogs/EventDialog.h"
#include "dialogs/FundedDevelopmentDialog.h"
#include "dialogs/GroupDialog.h"
#include "dialogs/OrganisationDialog.h"
#include "dialogs/RegistrationDialog.h"
#include "dialogs/TeamDatabaseDialog.h"
#include "privacy/RetentionDialog.h"
#include "reports/ReportsDialog.h"
#include "dashboard/DashboardPage.h"
#include "event/EventWindow.h"
#include "import/ImportWizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

using namespace convivium;

namespace {

bool reachable(const QWidget *w)
{
    return (qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
            || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
            || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QPlainTextEdit *>(w)
            || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QAbstractSlider *>(w))
        && w->focusPolicy() != Qt::NoFocus;
}

// The controls without a name, described so that the failure says where.
QStringList unnamed(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        // A combo box's line edit and a spin box's are read through their owner.
        if (!reachable(w) || qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        if (w->parentWidget() && w->parentWidget()->inherits("QComboBoxPrivateContainer"))
            continue;   // a combo box's drop-down list, read through the combo box
        if (qobject_cast<QAbstractSlider *>(w) && qobject_cast<QAbstractScrollArea *>(w->parentWidget()->parentWidget()))
            continue;   // a scroll bar
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            out << QStringLiteral("%1 %2 (in %3)").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                                      w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className()) : QString());
    }
    return out;
}

// Fills the forms' lists with a line each, so that their cells are checked too.
void addLines(QWidget *w)
{
    for (QAbstractButton *add : w->findChildren<QAbstractButton *>())
        if (add->accessibleName() == u"Add a line" || add->accessibleName() == u"Ajouter une ligne")
            add->click();
}

void check(QWidget *w)
{
    addLines(w);
    w->show();
    QTest::qWait(1);
    QStringList missing = unnamed(w);
    // Every tab, since a form's later tabs are built but hidden.
    for (QTabWidget *tabs : w->findChildren<QTabWidget *>())
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            missing += unnamed(tabs->widget(i));
        }
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(), qPrintable(QString::fromLatin1(w->metaObject()->className()) + QStringLiteral(": ")
                                          + missing.join(QStringLiteral("; "))));
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT
private slots:
    void everyControlHasAName_data();
    void everyControlHasAName();
};

void tst_Accessibility::everyControlHasAName_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en_GB");
    QTest::newRow("fr") << QStringLiteral("fr_FR");
}

void tst_Accessibility::everyControlHasAName()
{
    QFETCH(QString, language);
    core::Translations::install(language);
    test::TestCommunity tc(true);
    core::Community &c = tc.community();
    const qint64 eventId = test::scalar(tc.db(), QStringLiteral("SELECT min(id) FROM event")).toLongLong();

    ui::MainWindow window;
    window.setPrompts(std::make_unique<test::ScriptedPrompts>());
    QVERIFY(window.openCommunity(tc.path()));
    for (const char *section : {"organisation", "contributor", "work_group", "event", "funded_development"}) {
        window.showSection(QString::fromLatin1(section));
        check(&window);
    }
    { ui::OrganisationDialog d(tc.db(), c.editor()); check(&d); }
    { ui::ContributorDialog d(tc.db(), c.editor()); check(&d); }
    { ui::GroupDialog d(tc.db(), c.editor()); check(&d); }
    { ui::FundedDevelopmentDialog d(tc.db(), c.editor()); check(&d); }
    { ui::EventDialog d(tc.db(), c.events()); check(&d); }
    { ui::RegistrationDialog d(c, eventId); check(&d); }
    { test::ScriptedPrompts prompts; ui::ReportsDialog d(c, prompts); check(&d); }
    { ui::RetentionDialog d(c); check(&d); }
    { ui::TeamDatabaseDialog d; check(&d); }
    { test::ScriptedPrompts prompts; ui::EventWindow w(c, eventId, prompts); check(&w); }
    { ui::DashboardPage page(c); check(&page); }
    { test::ScriptedPrompts prompts; ui::ImportWizard wizard(c, prompts, ui::ImportSession::Kind::Contributors); check(&wizard); }
    core::Translations::install(QStringLiteral("en_GB"));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    ui::Icons::setUp();
    tst_Accessibility t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_Accessibility.moc"
