#pragma once
#include "UserPrompts.h"

#include <QList>
#include <QStringList>
#include <functional>

namespace convivium::test {

// Answers the main window's questions from a script, and records what it said.
class ScriptedPrompts : public ui::UserPrompts
{
public:
    QList<bool> confirmations;                 // next answers to confirm()
    QStringList confirmTexts;                  // what was asked
    QStringList warnings;                      // what was shown
    QStringList fileNames;                     // next answers to open/save dialogs
    std::function<int(QWidget *)> dialogDriver; // fills and closes a modal dialog

    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        confirmTexts << text;
        return confirmations.isEmpty() ? false : confirmations.takeFirst();
    }
    void warn(QWidget *, const QString &, const QString &text) override { warnings << text; }
    QString openFileName(QWidget *, const QString &, const QString &) override { return next(); }
    QString saveFileName(QWidget *, const QString &, const QString &) override { return next(); }
    QString importFileName(QWidget *, const QString &, const QString &) override { return next(); }
    QStringList exportSuggestions;             // what exportFileName() suggested
    QString exportFileName(QWidget *, const QString &, const QString &suggested, const QString &) override
    {
        exportSuggestions << suggested;
        return next();
    }
    int exec(QWidget *dialog) override { return dialogDriver ? dialogDriver(dialog) : 0; }

private:
    QString next() { return fileNames.isEmpty() ? QString() : fileNames.takeFirst(); }
};

} // namespace convivium::test
