#pragma once
#include "Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QTextStream;

namespace convivium::core {

class Database;

// convivium-cli: parses the arguments, finds the command and runs it, writing
// results to `out` and messages to `err`. Holds no global state and never
// exits the process, so tests run it in-process.
//
// Commands are registered by name (addCommand); a later registration under the
// same name replaces the earlier one.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // The process exit codes, also listed by --help.
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    // What a command handler receives.
    struct Context {
        QString command;                    // the command's name
        QStringList arguments;              // its positional arguments (after the name)
        QString databasePath;               // --db (checked non-empty when the command needs it)
        const QCommandLineParser &parser;   // for the command's own options
        QTextStream &out;
        QTextStream &err;

        // Writes the message and the hint to see --help to err; returns UsageError.
        int usageError(const QString &message) const;
        // Writes the message to err; returns Failure.
        int failure(const QString &message) const;
    };
    using Handler = std::function<int(const Context &)>;

    // An option that only one command accepts. Texts are untranslated source
    // strings marked with QT_TRANSLATE_NOOP("CommandLine", …); they are
    // translated when shown, so one CommandLine serves any language.
    struct Option {
        QStringList names;                   // e.g. {"format"}
        const char *valueName = nullptr;     // nullptr: a flag
        const char *description = "";
    };

    struct Command {
        QString name;
        const char *synopsis = "";           // shown after the name, e.g. "<what>"
        const char *summary = "";            // one line for --help
        const char *details = "";            // optional further lines for --help ('\n'-separated)
        bool needsDatabase = true;
        QList<Option> options;
        Handler run;
    };

    CommandLine();   // registers init, demo, list and report

    void addCommand(const Command &command);
    QStringList commandNames() const;

    // `arguments` starts with the program name, as QCoreApplication::arguments().
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) const;
    // The --lang value ("" when absent or unreadable), read before run() so
    // that the caller can install the translation first.
    QString requestedLanguage(const QStringList &arguments) const;
    QString usage() const;

    // Creates `path` only if nothing is there, lays the schema in it and calls
    // `fill`. On any failure the file (and SQLite's side files) is removed, so
    // nothing is left half-written, and the message says why.
    static Result createFile(const QString &path, const std::function<Result(const Database &)> &fill = {});
    // The same for a postgresql:// address (init and demo on a team database).
    static Result createOnServer(const QString &address, const std::function<Result(const Database &)> &fill = {});
    // The --db community, opened for a command; nullptr with the reason in
    // `why`. An empty file is refused: opening would write a schema into it.
    static std::unique_ptr<Database> openCommunity(const Context &c, QString &why);
    // The event a --event value names: its id if it is one, else its title.
    static Fallible<qint64> findEvent(const Database &db, const QString &text);

private:
    void setUpParser(QCommandLineParser &parser) const;
    const Command *find(const QString &name) const;

    static int runInit(const Context &c);
    static int runDemo(const Context &c);
    static int runList(const Context &c);
    static int runReport(const Context &c);

    QList<Command> m_commands;
};

} // namespace convivium::core
