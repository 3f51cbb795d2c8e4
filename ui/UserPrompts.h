#pragma once
#include <QCoreApplication>
#include <QString>

class QWidget;

namespace convivium::ui {

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
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &dir);
    // Where to export a report: suggested is a full path ("…/participants.csv"),
    // filter a file dialog filter; a name typed without extension gets the suggested one.
    virtual QString exportFileName(QWidget *parent, const QString &title, const QString &suggested,
                                   const QString &filter);
    // A CSV file to import, from `dir`.
    virtual QString importFileName(QWidget *parent, const QString &title, const QString &dir);
    // Runs a modal dialog; tests may inspect or drive it instead.
    virtual int exec(QWidget *dialog);
};

} // namespace convivium::ui
