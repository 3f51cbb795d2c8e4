#include "ImportBench.h"
#include "Community.h"
#include "io/ContributorImport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <cstdio>

namespace convivium::bench {

namespace {

constexpr int Lines = 100000;

void print(const char *name, double value, const char *unit)
{
    std::printf("%s %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

QString writeCsv(const QString &folder)
{
    static const char *given[] = {"Camille", "Hélène", "Loïc", "Maëlle", "Noé", "Zoé", "Inès", "Basile", "Anouk", "Théo",
                                  "Gaëlle", "Jérôme", "Léa", "Hugo", "Élodie", "Yann"};
    static const char *family[] = {"Martin", "Le Goff", "Kerbrat", "Dupré", "Garnier", "Morel", "Vidal", "Fournier",
                                   "Lœuvre", "Perrin", "Roux", "Mercier", "Marchand", "Bonnet", "Lefèvre", "Girard"};
    static const char *titles[] = {"Géomaticien·ne", "Développeur", "Chargée de mission SIG", "Administrateur système", ""};
    QRandomGenerator rng(20260330);
    const QString path = folder + QStringLiteral("/contributors-100k.csv");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    QByteArray out = "Prénom;Nom;Courriel;Téléphone;Structure;Fonction;Langues;Premier contact\n";
    for (int i = 0; i < Lines; ++i) {
        const QByteArray g = given[rng.bounded(16)];
        const QByteArray f = family[rng.bounded(16)];
        const QDate seen = QDate(2012, 1, 1).addDays(rng.bounded(5000));
        out += g + ';' + f + ' ' + QByteArray::number(i) + ';' + "p" + QByteArray::number(i) + "@example.org;"
            + "06 " + QByteArray::number(10000000 + rng.bounded(89999999)) + ';' + "Structure "
            + QByteArray::number(rng.bounded(300)) + ';' + titles[rng.bounded(5)] + ';'
            + (rng.bounded(3) ? "fr" : "fr,en") + ';' + seen.toString(QStringLiteral("dd/MM/yyyy")).toLatin1() + '\n';
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    return path;
}

} // namespace

void runImportBench(const QString &folder)
{
    const QString csv = writeCsv(folder);
    if (csv.isEmpty()) {
        std::fprintf(stderr, "cannot write the CSV file in %s\n", qPrintable(folder));
        return;
    }

    // sqlite3's own loader, into a table with the file's eight text columns,
    // then (for reference) into one indexed as Convivium's contributors are.
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    double sqliteMs = 0;
    if (sqlite3.isEmpty()) {
        std::fprintf(stderr, "sqlite3 not found (Debian package sqlite3): no reference measure\n");
    } else {
        const QByteArray table = "CREATE TABLE contributors (given_name TEXT, family_name TEXT, email TEXT, phone TEXT, "
                                 "organisation TEXT, title TEXT, languages TEXT, first_seen TEXT);\n";
        const QByteArray indexes = "CREATE UNIQUE INDEX email_idx ON contributors(email);"
                                   "CREATE INDEX name_idx ON contributors(family_name, given_name);"
                                   "CREATE INDEX org_idx ON contributors(organisation);"
                                   "CREATE INDEX seen_idx ON contributors(first_seen);"
                                   "CREATE INDEX languages_idx ON contributors(languages);"
                                   "CREATE INDEX phone_idx ON contributors(phone);\n";
        for (const bool indexed : {false, true}) {
            QProcess shell;
            shell.start(sqlite3, {folder + (indexed ? QStringLiteral("/indexed.sqlite") : QStringLiteral("/plain.sqlite"))});
            shell.waitForStarted();
            QElapsedTimer t;
            t.start();
            shell.write(table + (indexed ? indexes : QByteArray()) + ".mode csv\n.separator ;\n.import --skip 1 "
                        + csv.toUtf8() + " contributors\nSELECT count(*) FROM contributors;\n.quit\n");
            shell.closeWriteChannel();
            shell.waitForFinished(-1);
            const double ms = t.nsecsElapsed() / 1e6;
            if (shell.readAllStandardOutput().trimmed() != QByteArray::number(Lines)) {
                std::fprintf(stderr, "sqlite3 .import failed: %s\n", shell.readAllStandardError().constData());
                return;
            }
            if (indexed) {
                print("sqlite3_import_indexed_100k", ms, "ms");
            } else {
                sqliteMs = ms;
                print("sqlite3_import_100k", ms, "ms");
            }
        }
    }

    core::Database::OpenReport report;
    auto community = core::Community::open(folder + QStringLiteral("/import.convivium"), core::Database::Mode::CreateIfMissing,
                                           &report);
    if (!community) {
        std::fprintf(stderr, "%s\n", qPrintable(report.message));
        return;
    }
    const core::Database &db = community->database();
    QElapsedTimer t;
    t.start();
    const core::Fallible<core::CsvDocument> doc = core::CsvReader::readFile(csv);
    const double readMs = t.nsecsElapsed() / 1e6;
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(doc.message()));
        return;
    }
    const core::ImportMapping mapping = core::ImportMapping::guess(doc.value().header, core::ImportMapping::Kind::Contributors);
    const core::ImportPlan plan = core::ContributorImport::plan(db, doc.value(), mapping);
    const double planMs = t.nsecsElapsed() / 1e6 - readMs;
    if (!plan.canApply() || plan.count(core::ImportRow::Action::Create) != Lines) {
        std::fprintf(stderr, "the plan is not %d new people: %s\n", Lines, qPrintable(plan.issues.value(0).message));
        return;
    }
    const auto applied = core::ContributorImport::apply(db, plan);
    const double totalMs = t.nsecsElapsed() / 1e6;
    if (!applied) {
        std::fprintf(stderr, "%s\n", qPrintable(applied.message()));
        return;
    }
    print("import_contributors_100k_read", readMs, "ms");
    print("import_contributors_100k_plan", planMs, "ms");
    print("import_contributors_100k_write", totalMs - readMs - planMs, "ms");
    print("import_contributors_100k", totalMs, "ms");
    if (sqliteMs > 0)
        print("import_vs_sqlite3_ratio", totalMs / sqliteMs, "x");
}

} // namespace convivium::bench
