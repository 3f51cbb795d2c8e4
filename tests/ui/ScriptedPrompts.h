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
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override { return next(); }
    QString saveFileName(QWidget *, const QString &, const QString &) override { return next(); }
    QString importFileName(QWidget *, const QString &, const QString &) override { return next(); }
    QStringList exportSuggestions;             // what exportFileName() suggested
    QString exportFileName(QWidget *, const QString &, const QString &suggested, const QString &) override
    {
        exportSuggestions << suggested;
        return next();
    }
    QList<int> filterChoices;                  // next filters chosen; none: keep the one offered
    QList<int> offeredFilters;                 // the filter offered first, each time
    QString exportFileName(QWidget *, const QString &, const QString &suggested, const QStringList &,
                           int *filter) override
    {
        exportSuggestions << suggested;
        offeredFilters << (filter ? *filter : -1);
        if (filter && !filterChoices.isEmpty())
            *filter = filterChoices.takeFirst();
        return next();
    }
    QList<int> choices;                        // next answers to choose(); none: cancel
    QList<QStringList> choiceItems;            // what was offered
    QList<int> choiceCurrents;                 // and which item was preselected
    int choose(QWidget *, const QString &, const QString &, const QStringList &items, int current) override
    {
        choiceItems << items;
        choiceCurrents << current;
        return choices.isEmpty() ? -1 : choices.takeFirst();
    }
    // Progress: records the labels; cancels at the update numbered cancelAtUpdate (from 1).
    QStringList progressLabels;
    int cancelAtUpdate = 0;
    int progressUpdates = 0;
    std::unique_ptr<ui::ProgressReport> progress(QWidget *, const QString &label) override
    {
        progressLabels << label;
        return std::make_unique<Progress>(*this);
    }
    int exec(QWidget *dialog) override { return dialogDriver ? dialogDriver(dialog) : 0; }

private:
    class Progress : public ui::ProgressReport
    {
    public:
        explicit Progress(ScriptedPrompts &owner) : m_owner(owner) {}
        bool update(qint64, qint64) override
        {
            return ++m_owner.progressUpdates != m_owner.cancelAtUpdate;
        }

    private:
        ScriptedPrompts &m_owner;
    };
    QString next() { return fileNames.isEmpty() ? QString() : fileNames.takeFirst(); }
};

} // namespace convivium::test
