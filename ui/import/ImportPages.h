#pragma once
#include <QWizardPage>

class QLabel;

namespace convivium::ui {

class ImportMappingEditor;
class ImportPlanView;
class ImportSession;

// The steps every import shares once its lines are read, whether from a CSV
// file (ImportWizard) or from the online form (GristSyncDialog).

// Which field each column fills, as the community last chose for these
// columns, else guessed from the headers.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportSession &session, QWidget *parent = nullptr);
    ImportMappingEditor *editor() const { return m_editor; }

    void initializePage() override;
    bool isComplete() const override;

private:
    ImportSession &m_session;
    ImportMappingEditor *m_editor;
    QLabel *m_hint;
};

// The dry run; its commit button applies the plan, with a progress dialog
// whose Cancel leaves the community as it was.
class ImportPlanPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPlanPage(ImportSession &session, QWidget *parent = nullptr);
    ImportPlanView *view() const { return m_view; }
    QLabel *messageLabel() const { return m_message; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

signals:
    void imported(const QString &message);

private:
    ImportSession &m_session;
    ImportPlanView *m_view;
    QLabel *m_message;
    bool m_applying = false;
};

// What was imported, and how to take it back.
class ImportDonePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportDonePage(QWidget *parent = nullptr);
    void setMessage(const QString &message);
    QLabel *messageLabel() const { return m_message; }

private:
    QLabel *m_message;
};

} // namespace convivium::ui
