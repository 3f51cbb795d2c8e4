// The lodging plan: for each night, each room with its occupants, then the
// people of each option not yet given a room. Lodging elsewhere is left out.
#include "reports/builders/LodgingPlanReport.h"
#include "reports/builders/ReportSupport.h"
#include "repositories/RoomRepository.h"
#include "services/StayCalculator.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace convivium::core {

Fallible<ReportTable> LodgingPlanReport::build(const Database &db, const ReportOptions &options)
{
    Fallible<ReportSupport::EventData> data = ReportSupport::loadEvent(db, options);
    if (!data)
        return data.result();
    const Event &event = data.value().event;
    const QLocale &locale = options.locale;
    const RoomRepository roomRepository(db);
    QList<Room> rooms = roomRepository.forEvent(event.id);
    auto optionRank = [&event](qint64 optionId) {
        for (int i = 0; i < event.lodgingOptions.size(); ++i)
            if (event.lodgingOptions.at(i).id == optionId)
                return i;
        return int(event.lodgingOptions.size());
    };
    std::stable_sort(rooms.begin(), rooms.end(), [&](const Room &a, const Room &b) {
        const int ra = optionRank(a.lodgingOptionId), rb = optionRank(b.lodgingOptionId);
        return ra != rb ? ra < rb : ReportSupport::lessByName(a.name, b.name);
    });

    // Who sleeps at the venue on which night, and in which room.
    QHash<qint64, const RegistrationRow *> byId;
    QMap<QDate, QList<const RegistrationRow *>> present;   // in name order
    for (const RegistrationRow &row : std::as_const(data.value().rows)) {
        const Registration &r = row.registration;
        const LodgingOption *option = nullptr;
        for (const LodgingOption &o : event.lodgingOptions)
            if (o.id == r.lodgingOptionId)
                option = &o;
        if (!option || option->kind == u"elsewhere")
            continue;
        byId.insert(r.id, &row);
        for (const QDate &night : StayCalculator::nights(r.arrival, r.departure))
            present[night] << &row;
    }
    QHash<QDate, QHash<qint64, QList<qint64>>> inRoom;   // night → room → registrations
    QHash<QDate, QSet<qint64>> placed;
    for (const StoredAssignment &a : roomRepository.assignments(event.id)) {
        if (!byId.contains(a.registrationId))
            continue;
        inRoom[a.night][a.roomId] << a.registrationId;
        placed[a.night].insert(a.registrationId);
    }

    ReportTable table;
    ReportSupport::setUp(table, tr("Lodging plan"), ReportSupport::eventSubtitle(event, locale), options,
                         ReportTable::Orientation::Portrait);
    table.setGroupColumnHeader(tr("Night"));
    table.addColumn(QStringLiteral("room"), tr("Room"), 2.3);
    table.addColumn(QStringLiteral("lodging"), tr("Lodging"), 1.9);
    table.addColumn(QStringLiteral("beds"), tr("Beds"), 0.6, ReportColumn::Kind::Number);
    table.addColumn(QStringLiteral("occupants"), tr("Occupants"), 3.6);
    table.addColumn(QStringLiteral("free"), tr("Free"), 0.6, ReportColumn::Kind::Number);

    for (auto it = present.cbegin(); it != present.cend(); ++it) {
        const QDate night = it.key();
        table.addGroupHeading(tr("Night of %1").arg(ReportSupport::day(night, locale)));
        for (const Room &room : std::as_const(rooms)) {
            QStringList names;
            for (qint64 id : inRoom.value(night).value(room.id))
                names << byId.value(id)->name;
            std::sort(names.begin(), names.end(), &ReportSupport::lessByName);
            const int free = qMax(0, room.beds - int(names.size()));
            table.addRow({room.name, ReportSupport::lodging(event, room.lodgingOptionId), locale.toString(room.beds),
                          names.join(QStringLiteral(", ")), locale.toString(free)},
                         {QVariant(), QVariant(), room.beds, QVariant(), free});
        }
        // Per option, who has no room yet that night.
        for (const LodgingOption &option : event.lodgingOptions) {
            QStringList names;
            for (const RegistrationRow *row : it.value())
                if (row->registration.lodgingOptionId == option.id && !placed.value(night).contains(row->registration.id))
                    names << row->name;
            if (!names.isEmpty())
                table.addRow({tr("No room yet"), option.name, QString(), names.join(QStringLiteral(", ")), QString()});
        }
        QStringList total(table.columnCount());
        total[0] = tr("%n person(s)", nullptr, int(it.value().size()));
        table.addTotalRow(total);
    }
    return table;
}

} // namespace convivium::core
