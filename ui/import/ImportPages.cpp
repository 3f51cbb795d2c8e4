#include "import/ImportPages.h"
#include "import/ImportMappingEditor.h"
#include "import/ImportPlanView.h"
#include "import/ImportSession.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLabel>
#include <QProgressDialog>
#include <QVBoxLayout>

namespace convivium::ui {

namespace {
constexpr int SampleLines = 5;
}

ImportMappingPage::ImportMappingPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_editor(new ImportMappingEditor(this)), m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("mappingPage"));
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Say which field each column fills. Columns left on “(ignore)” are not read."));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Your choices are remembered for the next import with the same columns."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_hint);
    connect(m_editor, &ImportMappingEditor::mappingChanged, this, [this] {
        m_session.setMapping(m_editor->mapping());
        emit completeChanged();
    });
}

void ImportMappingPage::initializePage()
{
    const core::CsvDocument &doc = m_session.document();
    const QStringList titles = m_session.columnTitles();
    QList<QStringList> samples(titles.size());
    for (const core::CsvRecord &record : doc.records.mid(0, SampleLines))
        for (int c = 0; c < titles.size(); ++c)
            samples[c] << record.fields.value(c);
    m_editor->setColumns(m_session.kind(), titles, samples, m_session.mapping());
}

bool ImportMappingPage::isComplete() const
{
    for (int c = 0; c < m_editor->columnCount(); ++c)
        if (!m_editor->field(c).isEmpty())
            return true;
    return false;
}

ImportPlanPage::ImportPlanPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_view(new ImportPlanView(session, this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("planPage"));
    setTitle(tr("Check the changes"));
    setSubTitle(tr("Nothing is written yet. Untick a line to leave it out, then import: the whole import is one "
                   "step that Edit ▸ Undo takes back."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_message->setObjectName(QStringLiteral("applyMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    connect(m_view, &ImportPlanView::skipsChanged, this, &QWizardPage::completeChanged);
}

void ImportPlanPage::initializePage()
{
    m_message->hide();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    m_session.replan();
    m_view->reload();
    QGuiApplication::restoreOverrideCursor();
}

bool ImportPlanPage::isComplete() const
{
    return !m_applying && m_session.canApply();
}

bool ImportPlanPage::validatePage()
{
    if (!isComplete())
        return false;
    m_applying = true;
    emit completeChanged();
    QProgressDialog progress(tr("Importing…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowTitle(tr("Import"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    // Our own flag: QProgressDialog forgets a cancel when it resets at the last step.
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    bool cancelled = false;
    connect(&progress, &QProgressDialog::canceled, this, [&cancelled] { cancelled = true; });
    const core::Fallible<QString> outcome = m_session.apply([&](int done, int total) {
        if (!cancelled) {
            progress.setMaximum(total);
            progress.setValue(done);
        }
        QCoreApplication::processEvents();
        cancelled = cancelled || progress.wasCanceled();
        return !cancelled;
    });
    progress.close();
    m_applying = false;
    emit completeChanged();
    if (!outcome) {
        m_message->setText(outcome.message());
        m_message->show();
        return false;
    }
    emit imported(outcome.value());
    return true;
}

ImportDonePage::ImportDonePage(QWidget *parent) : QWizardPage(parent), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("donePage"));
    setTitle(tr("Import finished"));
    setFinalPage(true);
    m_message->setObjectName(QStringLiteral("doneMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *undo = new QLabel(tr("Edit ▸ Undo takes the whole import back in one step."), this);
    undo->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(undo);
    layout->addStretch();
}

void ImportDonePage::setMessage(const QString &message)
{
    m_message->setText(message);
}

} // namespace convivium::ui
