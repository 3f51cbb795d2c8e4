#include "cli/CommandLine.h"
#include "cli/GristSyncCommand.h"
#include "cli/BackupCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ImportCommand.h"
#include "db/Database.h"
#include "db/TableData.h"
#include "db/Transaction.h"
#include "domain/Vocabulary.h"
#include "repositories/ContributorRepository.h"
#include "repositories/EventRepository.h"
#include "repositories/ListQuery.h"
#include "repositories/OrganisationRepository.h"
#include "services/DemoCommunity.h"
#include "reports/CsvReportWriter.h"
#include "reports/HtmlReportWriter.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportCatalog.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>
#include <algorithm>
#include <memory>

namespace convivium::core {

namespace {

const QString programName = QStringLiteral("convivium-cli");

QString translated(const char *text)
{
    return (text && *text) ? QCoreApplication::translate("CommandLine", text) : QString();
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// "--db <file>", "-h, --help": how an option is written in the help.
QString optionSynopsis(const QStringList &names, const QString &valueName)
{
    QStringList written;
    for (const QString &name : names)
        written << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString text = written.join(QStringLiteral(", "));
    if (!valueName.isEmpty())
        text += QStringLiteral(" <") + valueName + u'>';
    return text;
}

// One help line: the left part padded to a column, then the text; further
// lines of the text are indented to that column.
void helpEntry(QTextStream &s, const QString &left, const QString &text, int indent = 2, int column = 26)
{
    const QString head = QString(indent, u' ') + left;
    const QStringList lines = text.split(u'\n');
    s << head.leftJustified(column - 1) << u' ' << lines.value(0) << u'\n';
    for (qsizetype i = 1; i < lines.size(); ++i)
        s << QString(column, u' ') << lines.at(i) << u'\n';
}

// A field of a tab-separated line: tabs and line breaks would split it.
QString field(const QVariant &value)
{
    QString text = value.toString();
    for (QChar &c : text)
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    return text;
}

QString isoDate(const QVariant &value)
{
    const QDate date = value.toDate();
    return date.isValid() ? date.toString(Qt::ISODate) : field(value);
}

// Reads a whole list page by page, as the list views do, and prints the
// chosen columns. Column numbers follow the repository's listDefinition().
void printList(const Database &db, const ListDefinition &definition, int sortColumn,
               const std::function<QStringList(const ListRow &)> &fields, QTextStream &out)
{
    ListQuery query(db, definition);
    query.setSort(sortColumn, true);
    constexpr int page = 500;
    for (int offset = 0;; offset += page) {
        const QList<ListRow> rows = query.fetch(offset, page);
        for (const ListRow &row : rows)
            out << QString::number(row.id) << u'\t' << fields(row).join(u'\t') << u'\n';
        if (rows.size() < page)
            break;
    }
}

// SQLite's companions of a database file: created beside it while it is open.
QStringList sideFiles(const QString &path)
{
    return {path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal")};
}

} // namespace

int CommandLine::Context::usageError(const QString &message) const
{
    err << message << u'\n'
        << tr("Run \"%1 --help\" to see the commands and options.").arg(programName) << u'\n';
    return UsageError;
}

int CommandLine::Context::failure(const QString &message) const
{
    err << message << u'\n';
    return Failure;
}

CommandLine::CommandLine()
{
    Command init;
    init.name = QStringLiteral("init");
    init.summary = QT_TRANSLATE_NOOP("CommandLine", "Create a new, empty community file.");
    init.run = &CommandLine::runInit;
    addCommand(init);

    Command demo;
    demo.name = QStringLiteral("demo");
    demo.summary = QT_TRANSLATE_NOOP("CommandLine", "Write the demonstration community into a new file.");
    demo.run = &CommandLine::runDemo;
    addCommand(demo);

    Command list;
    list.name = QStringLiteral("list");
    list.synopsis = QT_TRANSLATE_NOOP("CommandLine", "<what>");
    list.summary = QT_TRANSLATE_NOOP("CommandLine", "Print records, one per line, fields separated by tabs:");
    list.details = QT_TRANSLATE_NOOP("CommandLine",
                                     "  events: id, start date, end date, status, title (by start date)\n"
                                     "  organisations: id, name, acronym, parent organisation (by name)\n"
                                     "  contributors: id, name, e-mail, organisation (by name)");
    list.run = &CommandLine::runList;
    addCommand(list);

    Command report;
    report.name = QStringLiteral("report");
    report.synopsis = QT_TRANSLATE_NOOP("CommandLine", "<name>");
    report.summary = QT_TRANSLATE_NOOP("CommandLine", "Write a report into a PDF, CSV or HTML file:");
    report.details = QT_TRANSLATE_NOOP("CommandLine",
                                       "  participants, lodging-plan, kitchen, fee-statements, fee-summary,\n"
                                       "  venue-summary, sign-in, badges (these need --event), directory, roster,\n"
                                       "  contributors. The file is written whole or not at all.");
    report.options = {
        {{QStringLiteral("event")}, QT_TRANSLATE_NOOP("CommandLine", "event"),
         QT_TRANSLATE_NOOP("CommandLine", "The event, by id or by title.")},
        {{QStringLiteral("format")}, QT_TRANSLATE_NOOP("CommandLine", "format"),
         QT_TRANSLATE_NOOP("CommandLine", "pdf, csv or html (default: from the output file name).")},
        {{QStringLiteral("output")}, QT_TRANSLATE_NOOP("CommandLine", "file"),
         QT_TRANSLATE_NOOP("CommandLine", "The file to write.")},
        {{QStringLiteral("columns")}, QT_TRANSLATE_NOOP("CommandLine", "keys"),
         QT_TRANSLATE_NOOP("CommandLine", "participants: the columns, comma-separated.")},
        {{QStringLiteral("public")}, nullptr,
         QT_TRANSLATE_NOOP("CommandLine", "A list for publication: only those who consented.")},
        {{QStringLiteral("statuses")}, QT_TRANSLATE_NOOP("CommandLine", "codes"),
         QT_TRANSLATE_NOOP("CommandLine", "Registration statuses listed, comma-separated "
                                          "(default: pre_registered,confirmed).")},
        {{QStringLiteral("sort")}, QT_TRANSLATE_NOOP("CommandLine", "key[:desc]"),
         QT_TRANSLATE_NOOP("CommandLine", "Sort the rows by this column (inside the report's sections).")},
        {{QStringLiteral("group")}, QT_TRANSLATE_NOOP("CommandLine", "key"),
         QT_TRANSLATE_NOOP("CommandLine", "Group a list by this column (participants: organisation, lodging…).")},
    };
    report.run = &CommandLine::runReport;
    addCommand(report);
    addCommand(ImportCommand::command());
    addCommand(GristSyncCommand::command());
    addCommand(ExportCommand::command());
    addCommand(BackupCommand::backup());
    addCommand(BackupCommand::restore());
}

void CommandLine::addCommand(const Command &command)
{
    for (Command &existing : m_commands) {
        if (existing.name == command.name) {
            existing = command;
            return;
        }
    }
    m_commands << command;
}

QStringList CommandLine::commandNames() const
{
    QStringList names;
    for (const Command &c : m_commands)
        names << c.name;
    return names;
}

const CommandLine::Command *CommandLine::find(const QString &name) const
{
    for (const Command &c : m_commands)
        if (c.name == name)
            return &c;
    return nullptr;
}

void CommandLine::setUpParser(QCommandLineParser &parser) const
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit.")});
    parser.addOption({QStringLiteral("version"), tr("Show the version and exit.")});
    parser.addOption({QStringLiteral("db"),
                      tr("The community to work on: a file, or a team database as postgresql://user@host:port/name "
                         "(every command needs it)."),
                      tr("file")});
    parser.addOption({QStringLiteral("lang"), tr("Language of messages: fr or en (default: the system's)."),
                      tr("language")});
    // Commands may share an option (report and export both take --output): the parser knows it once.
    QStringList known;
    for (const Command &c : m_commands)
        for (const Option &o : c.options) {
            if (known.contains(o.names.constFirst()))
                continue;
            known << o.names;
            parser.addOption(o.valueName ? QCommandLineOption(o.names, translated(o.description), translated(o.valueName))
                                         : QCommandLineOption(o.names, translated(o.description)));
        }
}

QString CommandLine::requestedLanguage(const QStringList &arguments) const
{
    QCommandLineParser parser;
    setUpParser(parser);
    parser.parse(arguments);   // errors are reported by run(); the language is wanted for them
    return parser.value(QStringLiteral("lang"));
}

QString CommandLine::usage() const
{
    QString text;
    QTextStream s(&text);
    s << tr("Usage: %1 [options] <command> [arguments]").arg(programName) << u'\n'
      << tr("Convivium on the command line: create and read community files without the desktop application.")
      << QStringLiteral("\n\n")
      << tr("Commands:") << u'\n';
    for (const Command &c : m_commands) {
        const QString synopsis = translated(c.synopsis);
        QString summary = translated(c.summary);
        if (const QString details = translated(c.details); !details.isEmpty())
            summary += u'\n' + details;
        helpEntry(s, synopsis.isEmpty() ? c.name : c.name + u' ' + synopsis, summary);
        for (const Option &o : c.options)
            helpEntry(s, optionSynopsis(o.names, translated(o.valueName)), translated(o.description), 4);
    }
    s << u'\n' << tr("Options:") << u'\n';
    helpEntry(s, optionSynopsis({QStringLiteral("db")}, tr("file")),
              tr("The community to work on: a file, or a team database as postgresql://user@host:port/name "
                 "(every command needs it)."));
    helpEntry(s, optionSynopsis({QStringLiteral("lang")}, tr("language")),
              tr("Language of messages: fr or en (default: the system's)."));
    helpEntry(s, optionSynopsis({QStringLiteral("h"), QStringLiteral("help")}, QString()), tr("Show this help and exit."));
    helpEntry(s, optionSynopsis({QStringLiteral("version")}, QString()), tr("Show the version and exit."));
    s << u'\n' << tr("init and demo never overwrite a file: they refuse when it exists, and remove what they "
                     "created if they fail.")
      << QStringLiteral("\n\n")
      << tr("Exit codes:") << u'\n';
    helpEntry(s, QStringLiteral("0"), tr("success"), 2, 6);
    helpEntry(s, QStringLiteral("1"), tr("failure: the file cannot be created, opened or written"), 2, 6);
    helpEntry(s, QStringLiteral("2"),
              tr("wrong usage: unknown command, report or option, missing --db, --event or --output, "
                 "wrong arguments"), 2, 6);
    s << u'\n' << tr("Examples:") << u'\n'
      << QStringLiteral("  ") << programName << QStringLiteral(" --db demo.convivium demo\n")
      << QStringLiteral("  ") << programName << QStringLiteral(" --db demo.convivium list events\n")
      << QStringLiteral("  ") << programName
      << QStringLiteral(" --db demo.convivium report participants --event 2 --format pdf --output participants.pdf\n");
    s.flush();
    return text;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err) const
{
    QCommandLineParser parser;
    setUpParser(parser);
    const bool parsed = parser.parse(arguments);
    Context c{parser.positionalArguments().value(0), parser.positionalArguments().mid(1),
              parser.value(QStringLiteral("db")), parser, out, err};
    const int code = [&]() -> int {
        if (!parsed)
            return c.usageError(parser.errorText());
        if (parser.isSet(QStringLiteral("lang"))) {
            const QString lang = parser.value(QStringLiteral("lang"));
            const QLocale::Language language = QLocale(lang).language();
            if (lang.isEmpty() || (language != QLocale::French && language != QLocale::English))
                return c.usageError(tr("Unknown language \"%1\": use fr or en.").arg(lang));
        }
        if (parser.isSet(QStringLiteral("help"))) {
            out << usage();
            return Success;
        }
        if (parser.isSet(QStringLiteral("version"))) {
            out << programName << u' ' << QStringLiteral(CONVIVIUM_VERSION) << u'\n';
            return Success;
        }
        if (c.command.isEmpty())
            return c.usageError(tr("No command given."));
        const Command *command = find(c.command);
        if (!command)
            return c.usageError(tr("Unknown command \"%1\". The commands are: %2.")
                                    .arg(c.command, commandNames().join(QStringLiteral(", "))));
        auto accepts = [command](const QString &option) {
            for (const Option &o : command->options)
                if (o.names.contains(option))
                    return true;
            return false;
        };
        for (const Command &other : m_commands) {
            if (other.name == command->name)
                continue;
            for (const Option &o : other.options)
                if (parser.isSet(o.names.constFirst()) && !accepts(o.names.constFirst()))
                    return c.usageError(tr("The option %1 does not apply to the %2 command.")
                                            .arg(optionSynopsis(o.names, QString()), command->name));
        }
        if (command->needsDatabase && c.databasePath.isEmpty())
            return c.usageError(tr("The %1 command needs a community file: add --db <file>.").arg(command->name));
        return command->run(c);
    }();
    out.flush();
    err.flush();
    return code;
}

Result CommandLine::createFile(const QString &path, const std::function<Result(const Database &)> &fill)
{
    if (ServerAddress::isServerUrl(path))
        return createOnServer(path, fill);
    const QString name = shown(path);
    auto exists = [&name] {
        return Result::failure(tr("%1 already exists; it was left unchanged. Choose a new file name.").arg(name));
    };
    if (QFileInfo::exists(path))
        return exists();
    // Side files left by another program would be ours to remove only if we made them.
    QStringList ours;
    for (const QString &side : sideFiles(path))
        if (!QFileInfo::exists(side))
            ours << side;
    {
        // Created exclusively: a file appearing meanwhile is never truncated.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return QFileInfo::exists(path) ? exists() : Result::failure(tr("Cannot create %1: %2").arg(name, file.errorString()));
    }
    auto removeCreated = [&path, &ours] {
        QFile::remove(path);
        for (const QString &side : std::as_const(ours))
            QFile::remove(side);
    };
    Database::OpenReport report;
    std::unique_ptr<Database> db = Database::openFile(path, Database::Mode::CreateIfMissing, &report);
    if (!db) {
        removeCreated();
        return Result::failure(report.message);
    }
    if (fill) {
        if (Result r = fill(*db); !r) {
            db.reset();   // closes the connections before the files go
            removeCreated();
            return r;
        }
    }
    return Result::success();
}

Result CommandLine::createOnServer(const QString &address, const std::function<Result(const Database &)> &fill)
{
    // A team database: created when missing and the user may, laid out when
    // empty, and filled in one transaction; one that holds a community is left alone.
    Database::OpenReport report;
    std::unique_ptr<Database> db = Database::open(address, Database::Mode::CreateIfMissing, &report);
    if (!db)
        return Result::failure(report.message);
    if (report.versionBefore > 0 && !TableData(*db).isEmpty())
        return Result::failure(tr("%1 already holds a community; it was left unchanged.").arg(db->displayName()));
    if (!fill)
        return Result::success();
    Transaction tx(*db);
    if (Result r = fill(*db); !r)
        return r;
    return tx.commit();
}

int CommandLine::runInit(const Context &c)
{
    if (!c.arguments.isEmpty())
        return c.usageError(tr("The %1 command takes no arguments.").arg(c.command));
    if (Result r = createFile(c.databasePath); !r)
        return c.failure(r.message());
    c.out << tr("Created %1, an empty community.").arg(shown(c.databasePath)) << u'\n';
    return Success;
}

int CommandLine::runDemo(const Context &c)
{
    if (!c.arguments.isEmpty())
        return c.usageError(tr("The %1 command takes no arguments.").arg(c.command));
    const Result r = createFile(c.databasePath, [&c](const Database &db) {
        const Result written = DemoCommunity::write(db);
        return written ? written
                       : Result::failure(tr("Cannot write the demo community into %1: %2")
                                             .arg(shown(c.databasePath), written.message()));
    });
    if (!r)
        return c.failure(r.message());
    c.out << tr("Wrote the demo community into %1.").arg(shown(c.databasePath)) << u'\n';
    return Success;
}

int CommandLine::runList(const Context &c)
{
    if (c.arguments.isEmpty())
        return c.usageError(tr("Say what to list: events, organisations or contributors."));
    const QString what = c.arguments.constFirst();
    const QStringList kinds{QStringLiteral("events"), QStringLiteral("organisations"), QStringLiteral("contributors")};
    if (c.arguments.size() > 1 || !kinds.contains(what))
        return c.usageError(tr("Cannot list \"%1\": say events, organisations or contributors.")
                                .arg(c.arguments.join(u' ')));

    QString why;
    const std::unique_ptr<Database> db = openCommunity(c, why);
    if (!db)
        return c.failure(why);

    if (what == kinds[0]) {
        // EventRepository::listDefinition(): title, kind, start, end, venue, status, registrations.
        printList(*db, EventRepository::listDefinition(), 2, [](const ListRow &r) {
            return QStringList{isoDate(r.values[2]), isoDate(r.values[3]), field(r.values[5]), field(r.values[0])};
        }, c.out);
    } else if (what == kinds[1]) {
        // OrganisationRepository::listDefinition(): name, acronym, kind, country, city, platform, parent, members.
        printList(*db, OrganisationRepository::listDefinition(), 0, [](const ListRow &r) {
            return QStringList{field(r.values[0]), field(r.values[1]), field(r.values[6])};
        }, c.out);
    } else {
        // ContributorRepository::listDefinition(): "family, given", e-mail, organisation, languages, first seen.
        printList(*db, ContributorRepository::listDefinition(), 0, [](const ListRow &r) {
            return QStringList{field(r.values[0]), field(r.values[1]), field(r.values[2])};
        }, c.out);
    }
    return Success;
}

int CommandLine::runReport(const Context &c)
{
    const QString reports = ReportCatalog::names().join(QStringLiteral(", "));
    if (c.arguments.isEmpty())
        return c.usageError(tr("Say which report to write: %1.").arg(reports));
    if (c.arguments.size() > 1)
        return c.usageError(tr("The %1 command takes one report name, not \"%2\".").arg(c.command, c.arguments.join(u' ')));
    const QString name = c.arguments.constFirst();
    const ReportInfo *info = ReportCatalog::find(name);
    if (!info)
        return c.usageError(tr("Unknown report \"%1\". The reports are: %2.").arg(name, reports));
    const QString output = c.parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return c.usageError(tr("Say where to write the report: add --output <file>."));
    QString format = c.parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        format = QFileInfo(output).suffix().toLower();
    if (format == u"htm")
        format = QStringLiteral("html");
    if (format != u"pdf" && format != u"csv" && format != u"html")
        return c.usageError(tr("Unknown format \"%1\": use pdf, csv or html.").arg(format));
    const QString eventText = c.parser.value(QStringLiteral("event")).trimmed();
    if (info->needsEvent && eventText.isEmpty())
        return c.usageError(tr("The %1 report needs an event: add --event <id or title>.").arg(name));
    if (format == u"pdf" && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return c.failure(tr("PDF reports cannot be drawn in this program: choose csv or html."));

    QString why;
    const std::unique_ptr<Database> db = openCommunity(c, why);
    if (!db)
        return c.failure(why);

    ReportOptions options;
    const QString lang = c.parser.value(QStringLiteral("lang"));
    options.locale = lang.isEmpty() ? QLocale() : QLocale(lang);
    options.publicList = c.parser.isSet(QStringLiteral("public"));
    if (c.parser.isSet(QStringLiteral("columns")))
        options.columns = c.parser.value(QStringLiteral("columns")).split(u',', Qt::SkipEmptyParts);
    for (QString &column : options.columns)
        column = column.trimmed();
    if (c.parser.isSet(QStringLiteral("statuses"))) {
        options.statuses.clear();
        const QStringList known = Vocabulary::codes(Vocabulary::RegistrationStatus);
        for (const QString &code : c.parser.value(QStringLiteral("statuses")).split(u',', Qt::SkipEmptyParts)) {
            if (!known.contains(code.trimmed()))
                return c.usageError(tr("Unknown status \"%1\": use %2.").arg(code.trimmed(), known.join(QStringLiteral(", "))));
            options.statuses << code.trimmed();
        }
    }
    if (const QString sort = c.parser.value(QStringLiteral("sort")).trimmed(); !sort.isEmpty()) {
        const QStringList parts = sort.split(u':');
        const QString direction = parts.value(1).toLower();
        if (parts.size() > 2 || (parts.size() == 2 && direction != u"asc" && direction != u"desc"))
            return c.usageError(tr("Write --sort as a column key, optionally followed by :asc or :desc."));
        options.arrangement.sortBy = parts.value(0);
        options.arrangement.descending = direction == u"desc";
    }
    options.arrangement.groupBy = c.parser.value(QStringLiteral("group")).trimmed();
    if (!eventText.isEmpty()) {
        const Fallible<qint64> found = findEvent(*db, eventText);
        if (!found)
            return c.failure(found.message());
        options.eventId = found.value();
    }
    const Fallible<ReportTable> table = ReportCatalog::build(*db, name, options);
    if (!table)
        return c.failure(table.message());
    Result written;
    if (format == u"csv")
        written = CsvReportWriter::write(output, table.value(),
                                         options.locale.language() == QLocale::French ? CsvOptions::forFrenchSpreadsheet()
                                                                                      : CsvOptions());
    else if (format == u"html")
        written = HtmlReportWriter::write(output, table.value());
    else
        written = PdfReportWriter().writePdf(output, table.value());
    if (!written)
        return c.failure(written.message());
    c.out << tr("Wrote the %1 report into %2.").arg(name, shown(output)) << u'\n';
    return Success;
}

std::unique_ptr<Database> CommandLine::openCommunity(const Context &c, QString &why)
{
    if (const QFileInfo info(c.databasePath); info.isFile() && info.size() == 0) {
        why = tr("%1 is empty: it holds no community.").arg(QDir::toNativeSeparators(c.databasePath));
        return nullptr;
    }
    Database::OpenReport report;
    std::unique_ptr<Database> db = Database::open(c.databasePath, Database::Mode::OpenExisting, &report);
    if (!db)
        why = report.message;
    return db;
}

Fallible<qint64> CommandLine::findEvent(const Database &db, const QString &text)
{
    const EventRepository events(db);
    bool number = false;
    const qint64 id = text.trimmed().toLongLong(&number);
    if (number && events.load(id))
        return id;
    return events.findByTitle(text.trimmed());
}

} // namespace convivium::core
