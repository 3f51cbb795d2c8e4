#include "dashboard/DashboardPage.h"
#include "reports/ReportDates.h"
#include "Community.h"
#include "domain/Money.h"
#include "event/EventTables.h"
#include "models/DayLabel.h"
#include "repositories/EventRepository.h"
#include "services/DashboardFigures.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPen>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtMath>

#include <algorithm>

namespace convivium::ui {

namespace {

QChartView *newView(const QString &objectName, const QString &title, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setAccessibleName(title);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(380, 280);
    return view;
}

// Empties a chart for a new fill: its series and axes go.
void clear(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// A maximum for a count axis: at least 1, rounded up so that ticks fall on whole numbers.
int roundedMax(double value, int ticks)
{
    const int steps = ticks - 1;
    const int v = qMax(1, int(qCeil(value)));
    return ((v + steps - 1) / steps) * steps;
}

QString elided(const QString &text, int chars)
{
    return text.size() <= chars ? text : text.left(chars - 1).trimmed() + QChar(0x2026);
}

// Distinct colours for slices side by side (the default theme shades one blue).
QColor paletteColour(int i)
{
    static const QList<QColor> colours{QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                       QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                       QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22),
                                       QColor(0x17, 0xbe, 0xcf), QColor(0x39, 0x3b, 0x79), QColor(0xad, 0x49, 0x4a)};
    return colours.at(i % colours.size());
}

qint64 msecs(const QDate &day)
{
    return day.startOfDay().toMSecsSinceEpoch();
}

} // namespace

DashboardPage::DashboardPage(core::Community &community, QWidget *parent)
    : QWidget(parent), m_community(community), m_events(new QComboBox(this)), m_summary(new QLabel(this)),
      m_registrations(newView(QStringLiteral("registrations"), tr("Registrations over time"), this)),
      m_kinds(newView(QStringLiteral("organisationKinds"), tr("Organisations by kind"), this)),
      m_occupancy(newView(QStringLiteral("occupancy"), tr("Occupancy per night"), this)),
      m_fees(newView(QStringLiteral("fees"), tr("Fees due and paid per payer"), this))
{
    m_events->setObjectName(QStringLiteral("event"));
    m_events->setAccessibleName(tr("Event shown"));
    m_events->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_summary->setObjectName(QStringLiteral("summary"));

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Event:"), this);
    label->setBuddy(m_events);
    top->addWidget(label);
    top->addWidget(m_events);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);

    auto *grid = new QGridLayout;
    grid->addWidget(m_registrations, 0, 0);
    grid->addWidget(m_kinds, 0, 1);
    grid->addWidget(m_occupancy, 1, 0);
    grid->addWidget(m_fees, 1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid, 1);

    connect(m_events, &QComboBox::currentIndexChanged, this, [this] { refreshEventCharts(); });
    connect(community.notifier(), &core::ChangeNotifier::changed, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("event")))
            reloadEvents();
        if (touchesEventFigures(tables, {QStringLiteral("organisation")}))
            refreshEventCharts();   // payer names too
        if (tables.contains(QStringLiteral("organisation")))
            refreshKinds();
    });
    refresh();
}

qint64 DashboardPage::currentEvent() const
{
    return m_events->currentData().toLongLong();
}

void DashboardPage::setEvent(qint64 eventId)
{
    const int index = m_events->findData(eventId);
    if (index >= 0)
        m_events->setCurrentIndex(index);
}

QChart *DashboardPage::registrationsChart() const { return m_registrations->chart(); }
QChart *DashboardPage::kindsChart() const { return m_kinds->chart(); }
QChart *DashboardPage::occupancyChart() const { return m_occupancy->chart(); }
QChart *DashboardPage::feesChart() const { return m_fees->chart(); }

void DashboardPage::refresh()
{
    reloadEvents();
    refreshEventCharts();
    refreshKinds();
}

void DashboardPage::reloadEvents()
{
    const qint64 current = currentEvent();
    const QSignalBlocker blocker(m_events);
    m_events->clear();
    for (const core::EventChoice &e : core::EventRepository(m_community.database()).choices())
        m_events->addItem(e.start.isValid() ? tr("%1 (%2)").arg(e.title, core::ReportDates::date(e.start, QLocale()))
                                            : e.title,
                          e.id);
    const qint64 wanted = current > 0 ? current : core::DashboardFigures::defaultEvent(m_community.database());
    m_events->setCurrentIndex(qMax(0, m_events->findData(wanted)));
}

void DashboardPage::refreshEventCharts()
{
    const core::DashboardFigures f(m_community.database(), currentEvent());
    if (!f.isValid())
        m_summary->setText(tr("No event yet: the event charts stay empty."));
    else
        m_summary->setText(tr("%n registration(s) that count.", nullptr, f.curve().total()));
    fillRegistrations(f);
    fillOccupancy(f);
    fillFees(f);
}

void DashboardPage::fillRegistrations(const core::DashboardFigures &f)
{
    QChart *chart = m_registrations->chart();
    clear(chart);
    const core::RegistrationCurve &curve = f.curve();
    auto *series = new QLineSeries;
    series->setName(tr("Registrations that count"));
    series->setPointsVisible(true);
    QDate first = curve.deadline, last = curve.deadline;
    for (const core::CumulativePoint &p : curve.points) {
        series->append(qreal(msecs(p.day)), p.total);
        if (!first.isValid() || p.day < first)
            first = p.day;
        if (!last.isValid() || p.day > last)
            last = p.day;
    }
    chart->addSeries(series);

    constexpr int ticks = 6;
    const int top = roundedMax(curve.total() * 1.1, ticks);
    QLineSeries *deadline = nullptr;
    if (curve.deadline.isValid()) {
        deadline = new QLineSeries;
        deadline->setName(tr("Deadline (%1)").arg(core::DayLabel::shortWithWeekday(curve.deadline)));
        deadline->append(qreal(msecs(curve.deadline)), 0);
        deadline->append(qreal(msecs(curve.deadline)), top);
        QPen pen(QColor(0xc0, 0x39, 0x2b));
        pen.setWidth(2);
        pen.setStyle(Qt::DashLine);
        deadline->setPen(pen);
        chart->addSeries(deadline);
    }

    auto *x = new QDateTimeAxis;
    x->setFormat(core::DayLabel::dayMonthFormat());
    x->setTickCount(6);
    if (!first.isValid())
        first = last = QDate::currentDate();
    x->setRange(first.addDays(-2).startOfDay(), last.addDays(2).startOfDay());
    auto *y = new QValueAxis;
    y->setRange(0, top);
    y->setTickCount(ticks);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Registrations"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void DashboardPage::refreshKinds()
{
    QChart *chart = m_kinds->chart();
    clear(chart);
    auto *series = new QPieSeries;
    series->setName(tr("Organisations"));
    series->setHoleSize(0.35);
    int total = 0;
    for (const core::KindSlice &k : core::DashboardFigures::organisationsByKind(m_community.database())) {
        QPieSlice *slice = series->append(tr("%1: %2").arg(k.label).arg(k.count), k.count);
        slice->setLabelVisible(false);   // the legend says it: labels round a pie overlap
        slice->setColor(paletteColour(int(series->count()) - 1));
        slice->setBorderColor(Qt::white);
        total += k.count;
    }
    connect(series, &QPieSeries::hovered, this, [](QPieSlice *slice, bool state) {
        slice->setExploded(state);
    });
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setTitle(tr("Organisations by kind (%1)").arg(total));
}

void DashboardPage::fillOccupancy(const core::DashboardFigures &f)
{
    QChart *chart = m_occupancy->chart();
    clear(chart);
    const core::Occupancy &o = f.occupancy();
    auto *series = new QBarSeries;
    int top = 1;
    for (int c = 0; c < o.options.size(); ++c) {
        const core::LodgingOption &option = o.options.at(c);
        const int capacity = o.cells.isEmpty() ? core::EventFigures::capacityOf(option) : o.cells.at(0).at(c).capacity;
        const QString name = option.name.isEmpty() ? tr("Elsewhere") : option.name;
        auto *set = new QBarSet(capacity >= 0 ? tr("%1 (%2 beds)").arg(elided(name, 24)).arg(capacity)
                                              : tr("%1 (no limit)").arg(elided(name, 24)));
        for (int n = 0; n < o.nights.size(); ++n) {
            const core::OccupancyCell &cell = o.cells.at(n).at(c);
            set->append(cell.people);
            top = qMax(top, qMax(cell.people, cell.capacity));
        }
        connect(set, &QBarSet::hovered, this, [o, c, name](bool state, int night) {
            if (!state || night < 0 || night >= o.nights.size())
                return QToolTip::hideText();
            const core::OccupancyCell &cell = o.cells.at(night).at(c);
            QToolTip::showText(QCursor::pos(), cell.capacity >= 0
                ? tr("%1, %2: %3 of %4 beds").arg(name, core::DayLabel::shortWithWeekday(o.nights.at(night)))
                      .arg(cell.people).arg(cell.capacity)
                : tr("%1, %2: %3 people").arg(name, core::DayLabel::shortWithWeekday(o.nights.at(night))).arg(cell.people));
        });
        series->append(set);
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);   // one option a line: the names stay whole
    QStringList nights;
    for (const QDate &night : o.nights)
        nights << QLocale().toString(night, core::DayLabel::dayMonthFormat());   // short: the legend takes the right
    auto *x = new QBarCategoryAxis;
    x->append(nights);
    auto *y = new QValueAxis;
    constexpr int ticks = 6;
    y->setRange(0, roundedMax(top * 1.05, ticks));
    y->setTickCount(ticks);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("People"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void DashboardPage::fillFees(const core::DashboardFigures &f)
{
    QChart *chart = m_fees->chart();
    clear(chart);
    const QString currency = f.event().currency;
    auto *due = new QBarSet(tr("Due"));
    auto *paid = new QBarSet(tr("Paid"));
    QStringList payers;
    qint64 top = 100;
    // Horizontal bars: long organisation names stay readable. Listed top-down in order.
    QList<core::PayerBalance> rows = f.payers();
    std::reverse(rows.begin(), rows.end());
    for (const core::PayerBalance &p : rows) {
        QString name = elided(p.name, 26);
        while (payers.contains(name))   // categories must differ
            name += QChar(0x200b);
        payers << name;
        due->append(p.dueCents / 100.0);
        paid->append(p.paidCents / 100.0);
        top = qMax(top, qMax(p.dueCents, p.paidCents));
    }
    due->setColor(QColor(0x34, 0x65, 0xa4));
    paid->setColor(QColor(0x4e, 0x9a, 0x06));
    for (QBarSet *set : {due, paid})
        connect(set, &QBarSet::hovered, this, [rows, currency, isDue = set == due, label = set->label()](bool state, int i) {
            if (!state || i < 0 || i >= rows.size())
                return QToolTip::hideText();
            const core::PayerBalance &p = rows.at(i);
            QToolTip::showText(QCursor::pos(), tr("%1 — %2: %3").arg(p.name, label,
                core::Money::format(isDue ? p.dueCents : p.paidCents, currency)));
        });
    auto *series = new QHorizontalBarSeries;
    series->append(due);
    series->append(paid);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(payers);
    auto *money = new QValueAxis;
    money->setRange(0, qCeil(top / 100.0));
    money->applyNiceNumbers();
    money->setLabelFormat(QStringLiteral("%d"));
    money->setTitleText(tr("Amount (%1)").arg(currency));
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(money, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(money);
    chart->setTitle(tr("Fees due and paid per payer (%1)").arg(currency));
}

} // namespace convivium::ui
