#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

class QWidget;

namespace convivium::ui {

// A long task's progress as the user sees it, and their wish to stop it.
class ProgressReport
{
public:
    virtual ~ProgressReport() = default;
    virtual bool update(qint64 done, qint64 total) = 0;   // false: the user cancelled
};

// The questions the main window asks the user (confirmations, warnings,
// file names). Tests replace them with scripted answers.
class UserPrompts
{
    Q_DECLARE_TR_FUNCTIONS(UserPrompts)
public:
    virtual ~UserPrompts() = default;
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &action);
    virtual void warn(QWidget *parent, const QString &title, const QString &text);
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &dir);
    // Any kind of file: filter is a file dialog filter ("Backups (*.json)").
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter);
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &dir);
    // Where to export a report: suggested is a full path ("…/participants.csv"),
    // filter a file dialog filter; a name typed without extension gets the suggested one.
    virtual QString exportFileName(QWidget *parent, const QString &title, const QString &suggested,
                                   const QString &filter);
    // The same with a choice of filters (two CSV dialects): *filter is the
    // index offered first on entry, the one chosen on return.
    virtual QString exportFileName(QWidget *parent, const QString &title, const QString &suggested,
                                   const QStringList &filters, int *filter);
    // One item of a list (which event?); -1 when cancelled.
    virtual int choose(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
                       int current);
    // Shows how far a long task is and lets the user cancel it.
    virtual std::unique_ptr<ProgressReport> progress(QWidget *parent, const QString &label);
    // A CSV file to import, from `dir`.
    virtual QString importFileName(QWidget *parent, const QString &title, const QString &dir);
    // Runs a modal dialog; tests may inspect or drive it instead.
    virtual int exec(QWidget *dialog);
};

} // namespace convivium::ui
