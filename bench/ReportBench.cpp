#include "ReportBench.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportTable.h"

#include <QDate>
#include <QElapsedTimer>
#include <QLocale>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace convivium::bench {

namespace {

using core::ReportColumn;
using core::ReportTable;

const char *const FirstNames[] = {"Anne", "Bruno", "Chloé", "David", "Élodie", "François", "Gaëlle", "Hugo",
                                  "Inès", "Julien", "Katia", "Léo", "Maëlle", "Nicolas", "Océane", "Pierre",
                                  "Quentin", "Rose", "Sébastien", "Thérèse", "Ulysse", "Valérie", "William", "Zoé"};
const char *const LastNames[] = {"Martin", "Bernard", "Dubois", "Le Gall", "Kerhervé", "Moreau", "Laurent",
                                 "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
                                 "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau"};
const char *const Organisations[] = {"Debian France", "KDE e.V.", "April", "Framasoft", "The Document Foundation",
                                     "OpenStreetMap France", "Wikimédia France", "La Quadrature du Net",
                                     "Association des utilisateurs de logiciels libres des Hautes-Alpes",
                                     "GNOME Foundation", "Mozilla", "Tor Project"};
const char *const Lodgings[] = {"Dormitory", "Double room", "Single room", "Tent pitch", "Lodging elsewhere"};
const char *const Diets[] = {"Omnivore", "Vegetarian", "Vegan", "Gluten-free", "No pork"};
const char *const Statuses[] = {"Confirmed", "Pre-registered", "Waiting list", "Cancelled"};

template <typename T, size_t N>
QString pick(T (&list)[N], int i)
{
    return QString::fromUtf8(list[size_t(i) % N]);
}

QString name(int i)
{
    return pick(FirstNames, i * 7 + i / 24) + u' ' + pick(LastNames, i * 13 + i / 22);
}

ReportTable participantList(int rows)
{
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    ReportTable table;
    table.setTitle(QStringLiteral("Participant list"));
    table.setSubtitle(QStringLiteral("Summer meeting 2025 — Gap, 14 to 18 July"));
    table.addIntroParagraph(QStringLiteral("Every registration, by name, with lodging, diet and status."));
    table.setGeneratedAt(QDateTime(QDate(2025, 7, 1), QTime(9, 30)), locale);
    table.addColumn(QStringLiteral("name"), QStringLiteral("Name"), 2.6);
    table.addColumn(QStringLiteral("organisation"), QStringLiteral("Organisation"), 2.6);
    table.addColumn(QStringLiteral("arrival"), QStringLiteral("Arrival"), 1.2, ReportColumn::Kind::Date);
    table.addColumn(QStringLiteral("departure"), QStringLiteral("Departure"), 1.2, ReportColumn::Kind::Date);
    table.addColumn(QStringLiteral("lodging"), QStringLiteral("Lodging"), 1.6);
    table.addColumn(QStringLiteral("diet"), QStringLiteral("Diet"), 1.3);
    table.addColumn(QStringLiteral("fee"), QStringLiteral("Fee"), 1.1, ReportColumn::Kind::Money);
    table.addColumn(QStringLiteral("status"), QStringLiteral("Status"), 1.4);
    table.reserveRows(rows + 1);
    const QDate start(2025, 7, 14);
    for (int i = 0; i < rows; ++i) {
        const QDate arrival = start.addDays(i % 3);
        const QDate departure = arrival.addDays(1 + i % 4);
        const qint64 cents = 4500 * (1 + i % 4) + (i % 5) * 250;
        table.addRow({name(i), pick(Organisations, i * 5), locale.toString(arrival, QLocale::ShortFormat),
                      locale.toString(departure, QLocale::ShortFormat), pick(Lodgings, i), pick(Diets, i / 3),
                      locale.toCurrencyString(cents / 100.0, QStringLiteral("€")), pick(Statuses, i * 3 / 2)},
                     {QVariant(), QVariant(), arrival, departure, QVariant(), QVariant(), cents, QVariant()});
    }
    table.addTotalRow({QStringLiteral("%1 participants").arg(rows)});
    return table;
}

ReportTable lodgingPlan(int people, int nights)
{
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    ReportTable table;
    table.setTitle(QStringLiteral("Lodging plan"));
    table.setSubtitle(QStringLiteral("Summer meeting 2025 — Gap"));
    table.setGeneratedAt(QDateTime(QDate(2025, 7, 1), QTime(9, 30)), locale);
    table.setGroupColumnHeader(QStringLiteral("Night"));
    table.setGroupPaging(ReportTable::GroupPaging::BreakBeforeGroup);
    table.addColumn(QStringLiteral("room"), QStringLiteral("Room"), 1.2);
    table.addColumn(QStringLiteral("bed"), QStringLiteral("Bed"), 0.6, ReportColumn::Kind::Number);
    table.addColumn(QStringLiteral("name"), QStringLiteral("Name"), 2.6);
    table.addColumn(QStringLiteral("organisation"), QStringLiteral("Organisation"), 2.6);
    table.addColumn(QStringLiteral("diet"), QStringLiteral("Diet"), 1.3);
    table.reserveRows(nights * (people + 2));
    for (int n = 0; n < nights; ++n) {
        table.addGroupHeading(locale.toString(QDate(2025, 7, 14).addDays(n), QStringLiteral("dddd d MMMM")));
        for (int i = 0; i < people; ++i)
            table.addRow({QStringLiteral("%1-%2").arg(QChar(u'A' + i / 100)).arg(i % 100 / 4 + 1, 2, 10, QChar(u'0')),
                          QString::number(i % 4 + 1), name(i), pick(Organisations, i * 5), pick(Diets, i / 3)});
        table.addTotalRow({QString(), QString(), QStringLiteral("%1 beds").arg(people)});
    }
    return table;
}

double bestOfThree(const ReportTable &table, const QString &path)
{
    double best = 1e12;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        core::PdfReportWriter writer;
        if (const core::Result r = writer.writePdf(path, table); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.message()));
            return -1;
        }
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}

} // namespace

void runReportBench()
{
    QTemporaryDir dir;
    const double list = bestOfThree(participantList(2000), dir.filePath(QStringLiteral("participants.pdf")));
    std::printf("participant_list_pdf_2000 %.1f ms\n", list);
    std::fflush(stdout);
    const double plan = bestOfThree(lodgingPlan(500, 5), dir.filePath(QStringLiteral("lodging.pdf")));
    std::printf("lodging_plan_pdf_500 %.1f ms\n", plan);
    std::fflush(stdout);
}

} // namespace convivium::bench
