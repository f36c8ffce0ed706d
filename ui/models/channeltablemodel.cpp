// SPDX-License-Identifier: MIT
#include "models/channeltablemodel.h"

#include "core/clock.h"
#include "models/displayformat.h"
#include "uistyle.h"

#include <QGuiApplication>
#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QSet>
#include <QTimer>
#include <algorithm>

namespace Relay::Ui {

namespace {

//! Channels are never forgotten by the view, so a relay that sees endless one-off channel names
//! must not grow the table forever: beyond this, the least recently active idle channel goes.
constexpr int kMaxChannels = 2000;

struct Row
{
    QString name;
    int subscribers = 0;
    qint64 pushes = 0;
    qint64 publishes = 0;
    qint64 lastActivityMs = 0;
};

//! What one event changes in its channel's row; false when nothing.
bool applyTo(Row &row, const RelayEvent &e)
{
    switch (e.type) {
    case RelayEvent::Type::Pushed:
        ++row.pushes;
        row.lastActivityMs = qMax(row.lastActivityMs, e.timestampMs);
        return true;
    case RelayEvent::Type::Published:
        ++row.publishes;
        row.lastActivityMs = qMax(row.lastActivityMs, e.timestampMs);
        return true;
    case RelayEvent::Type::Subscribed:
    case RelayEvent::Type::Unsubscribed:
        row.subscribers = qMax(0, e.count);
        row.lastActivityMs = qMax(row.lastActivityMs, e.timestampMs);
        return true;
    case RelayEvent::Type::Pulled:
    case RelayEvent::Type::Peeked:
    case RelayEvent::Type::Expired:
    case RelayEvent::Type::Deleted:
    case RelayEvent::Type::Rejected:
        break;
    }
    return false;
}

//! A row nothing has happened in: it is there only because a bridge names its channel.
bool isIdle(const Row &row)
{
    return row.subscribers == 0 && row.pushes == 0 && row.publishes == 0 && row.lastActivityMs == 0;
}

enum class Severity
{
    None,
    Warning, //!< the bridge retries by itself (remote unreachable, waiting for its key)
    Error,   //!< the user must act: the remote refuses, or payloads could not be delivered
};

Severity severityOf(const BridgeStatus &s)
{
    if (s.state == BridgeStatus::State::Refused || s.undeliverable > 0)
        return Severity::Error;
    if (s.state == BridgeStatus::State::Retrying ||
        (s.state == BridgeStatus::State::Starting && !s.lastError.isEmpty()))
        return Severity::Warning;
    return Severity::None;
}

Severity severityOf(const QList<BridgeStatus> &statuses)
{
    Severity worst = Severity::None;
    for (const BridgeStatus &s : statuses)
        worst = std::max(worst, severityOf(s));
    return worst;
}

QString arrowOf(BridgeDirection direction)
{
    switch (direction) {
    case BridgeDirection::Out:
        return QStringLiteral("\u2192");
    case BridgeDirection::In:
        return QStringLiteral("\u2190");
    case BridgeDirection::Both:
        return QStringLiteral("\u2194");
    }
    return QString();
}

//! "→ cloud:team · connected · 3 queued": the queue shows for every bridge that sends.
QString bridgeText(const BridgeStatus &s)
{
    QStringList parts{arrowOf(s.spec.direction) + QLatin1Char(' ') + s.spec.profile + QLatin1Char(':') +
                          s.spec.remoteChannel,
                      bridgeStateName(s.state)};
    if (s.spec.sendsOut())
        parts.append(ChannelTableModel::tr("%n queued", nullptr, s.queued));
    if (s.undeliverable > 0)
        parts.append(ChannelTableModel::tr("%n undeliverable", nullptr, s.undeliverable));
    // While something is wrong, say what without making the user hover: the tool tip has the rest.
    const QString why = s.state == BridgeStatus::State::Connected ? s.lastUndeliverable : s.lastError;
    if (severityOf(s) != Severity::None && !why.isEmpty()) {
        constexpr qsizetype kMaxReason = 90;
        parts.append(why.size() > kMaxReason ? why.left(kMaxReason - 1) + QChar(0x2026) : why);
    }
    return parts.join(QStringLiteral(" \u00b7 "));
}

//! describeBridgeStatus() (with the last error), what went through, and when the error was.
QString bridgeToolTip(const BridgeStatus &s)
{
    QStringList lines{describeBridgeStatus(s)};
    const QLocale locale;
    QStringList counts;
    if (s.spec.sendsOut())
        counts.append(ChannelTableModel::tr("%1 delivered").arg(locale.toString(s.delivered)));
    if (s.spec.receivesIn())
        counts.append(ChannelTableModel::tr("%1 received").arg(locale.toString(s.received)));
    if (s.queuedBytes > 0)
        counts.append(ChannelTableModel::tr("%1 waiting").arg(formatSize(s.queuedBytes)));
    lines.append(counts.join(QStringLiteral(", ")));
    if (!s.lastError.isEmpty() && s.lastErrorMs > 0)
        lines.append(ChannelTableModel::tr("Last error at %1.").arg(formatLongTime(s.lastErrorMs)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

struct ChannelTableModel::Private
{
    explicit Private(ChannelTableModel *model)
        : q(model)
    {}

    ChannelTableModel *q;
    QList<Row> rows; // in order of appearance
    QHash<QString, int> rowOf;
    QTimer timer; // the "12 s ago" column
    //! Local channel -> its bridges, in configuration order.
    QHash<QString, QList<BridgeStatus>> bridges;

    void reindex(int from)
    {
        for (int r = from; r < rows.size(); ++r)
            rowOf.insert(rows.at(r).name, r);
    }

    void evictOne()
    {
        // Prefer a channel nobody listens to and no bridge runs on; among those, the one quiet the
        // longest.
        int victim = 0;
        for (int r = 1; r < rows.size(); ++r) {
            const Row &a = rows.at(r);
            const Row &b = rows.at(victim);
            const bool aIdle = a.subscribers == 0 && !bridges.contains(a.name);
            const bool bIdle = b.subscribers == 0 && !bridges.contains(b.name);
            if (aIdle != bIdle ? aIdle : a.lastActivityMs < b.lastActivityMs)
                victim = r;
        }
        q->beginRemoveRows(QModelIndex(), victim, victim);
        rowOf.remove(rows.takeAt(victim).name);
        reindex(victim);
        q->endRemoveRows();
    }

    void insert(const Row &row)
    {
        if (rows.size() >= kMaxChannels)
            evictOne(); // before inserting: no ghost rows beyond the cap
        const int at = int(rows.size());
        q->beginInsertRows(QModelIndex(), at, at);
        rows.append(row);
        rowOf.insert(row.name, at);
        q->endInsertRows();
    }

    void updateTimer()
    {
        if (rows.isEmpty())
            timer.stop();
        else if (!timer.isActive())
            timer.start();
    }

    //! One dataChanged over the span from the first to the last of the rows \a names (gone ones skipped).
    void announce(const QSet<QString> &names, int firstColumn, int lastColumn, const QList<int> &roles)
    {
        int first = int(rows.size());
        int last = -1;
        for (const QString &name : names) {
            const int row = rowOf.value(name, -1);
            if (row < 0)
                continue;
            first = qMin(first, row);
            last = qMax(last, row);
        }
        if (last >= first)
            Q_EMIT q->dataChanged(q->index(first, firstColumn), q->index(last, lastColumn), roles);
    }
};

ChannelTableModel::ChannelTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<Private>(this))
{
    d->timer.setInterval(1000);
    connect(&d->timer, &QTimer::timeout, this, [this] {
        if (d->rows.isEmpty())
            return;
        Q_EMIT dataChanged(index(0, LastActivityColumn), index(int(d->rows.size()) - 1, LastActivityColumn),
                           {Qt::DisplayRole});
    });
}

ChannelTableModel::~ChannelTableModel() = default;

/*! The relay's channels, plus any channel its payloads or subscribers name that the relay no
 *  longer lists (it forgets a channel with no subscribers and nothing to replay). */
void ChannelTableModel::reset(const RelaySnapshot &snapshot)
{
    QList<Row> rows;
    QHash<QString, int> rowOf;
    auto rowFor = [&rows, &rowOf](const QString &name) -> Row & {
        const auto it = rowOf.constFind(name);
        if (it != rowOf.cend())
            return rows[*it];
        rowOf.insert(name, int(rows.size()));
        rows.append(Row{name, 0, 0, 0, 0});
        return rows.last();
    };
    QList<ChannelHub::ChannelInfo> channels = snapshot.channels;
    std::sort(
        channels.begin(), channels.end(),
        [](const ChannelHub::ChannelInfo &a, const ChannelHub::ChannelInfo &b) { return a.name < b.name; });
    for (const ChannelHub::ChannelInfo &c : std::as_const(channels)) {
        if (c.name.isEmpty())
            continue;
        Row &r = rowFor(c.name);
        r.subscribers = c.subscribers;
        r.pushes = c.pushes;
        r.publishes = c.publishes;
        r.lastActivityMs = c.lastActivityMs;
    }
    QHash<QString, int> listening;
    for (const ChannelHub::SubscriberInfo &s : snapshot.subscribers)
        ++listening[s.channel];
    for (const ChannelHub::SubscriberInfo &s : snapshot.subscribers) {
        if (s.channel.isEmpty() || rowOf.contains(s.channel)) // the relay's own count stands
            continue;
        Row &r = rowFor(s.channel);
        r.subscribers = listening.value(s.channel);
        r.lastActivityMs = qMax(r.lastActivityMs, s.connectedSinceMs);
    }
    for (const PayloadInfo &p : snapshot.payloads) {
        if (p.channel.isEmpty() || rowOf.contains(p.channel))
            continue;
        rowFor(p.channel).lastActivityMs = p.createdMs;
    }
    // A bridged channel shows even before anything was pushed to it.
    QStringList bridged = d->bridges.keys();
    bridged.sort();
    for (const QString &name : std::as_const(bridged))
        rowFor(name);
    if (rows.size() > kMaxChannels)
        rows.resize(kMaxChannels);

    beginResetModel();
    d->rows = std::move(rows);
    d->rowOf.clear();
    d->reindex(0);
    endResetModel();
    d->updateTimer();
}

/*! Pushed and Published count and mark activity; Subscribed and Unsubscribed carry the number of
 *  subscribers left. A channel first seen in an event gets a row (rejections excepted: their
 *  channel may be anything a client sent). Updates are announced once per batch. */
void ChannelTableModel::apply(const QList<RelayEvent> &events)
{
    QSet<QString> changed;
    for (const RelayEvent &e : events) {
        if (e.type == RelayEvent::Type::Rejected || e.channel.isEmpty())
            continue;
        const int row = d->rowOf.value(e.channel, -1);
        if (row < 0) {
            Row r{e.channel, 0, 0, 0, 0};
            applyTo(r, e);
            d->insert(r);
        } else if (applyTo(d->rows[row], e)) {
            changed.insert(e.channel);
        }
    }
    d->updateTimer();
    d->announce(changed, SubscribersColumn, LastActivityColumn, {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

void ChannelTableModel::setBridges(const QList<BridgeStatus> &statuses)
{
    QHash<QString, QList<BridgeStatus>> next;
    for (const BridgeStatus &s : statuses) {
        if (!s.spec.localChannel.isEmpty())
            next[s.spec.localChannel].append(s);
    }
    if (next == d->bridges)
        return;
    // New rows come in the bridges' order (the relay's, which is the configuration's).
    QStringList names;
    for (const BridgeStatus &s : statuses)
        names.append(s.spec.localChannel);
    for (auto it = d->bridges.cbegin(); it != d->bridges.cend(); ++it)
        names.append(it.key());
    names.removeDuplicates();
    const QHash<QString, QList<BridgeStatus>> before = std::exchange(d->bridges, next);

    QSet<QString> changed;
    for (const QString &name : std::as_const(names)) {
        const int row = d->rowOf.value(name, -1);
        const bool bridged = next.contains(name);
        if (row < 0) {
            if (bridged)
                d->insert(Row{name, 0, 0, 0, 0});
        } else if (!bridged && isIdle(d->rows.at(row))) {
            // Its bridge was the only reason for the row.
            beginRemoveRows(QModelIndex(), row, row);
            d->rowOf.remove(d->rows.takeAt(row).name);
            d->reindex(row);
            endRemoveRows();
        } else if (before.value(name) != next.value(name)) {
            changed.insert(name);
        }
    }
    d->updateTimer();
    d->announce(changed, BridgeColumn, BridgeColumn,
                {Qt::DisplayRole, Qt::ToolTipRole, SortRole, BridgeProblemRole, Qt::ForegroundRole,
                 Qt::DecorationRole});
}

bool ChannelTableModel::hasBridges() const
{
    return !d->bridges.isEmpty();
}

int ChannelTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->rows.size());
}

int ChannelTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &r = d->rows.at(index.row());
    if (index.column() == BridgeColumn && role != NameRole)
        return bridgeData(r.name, role);
    switch (role) {
    case NameRole:
        return r.name;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case SubscribersColumn:
            return QLocale().toString(r.subscribers);
        case PushesColumn:
            return QLocale().toString(r.pushes);
        case PublishesColumn:
            return QLocale().toString(r.publishes);
        case LastActivityColumn:
            return formatAgo(r.lastActivityMs, SystemClock().nowMs());
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case SubscribersColumn:
            return r.subscribers;
        case PushesColumn:
            return r.pushes;
        case PublishesColumn:
            return r.publishes;
        case LastActivityColumn:
            return r.lastActivityMs;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SubscribersColumn:
            return tr("%n subscriber(s)", nullptr, r.subscribers);
        case PushesColumn:
            return tr("%n payload(s) pushed", nullptr, int(qMin<qint64>(r.pushes, INT_MAX)));
        case PublishesColumn:
            return tr("%n message(s) published", nullptr, int(qMin<qint64>(r.publishes, INT_MAX)));
        case LastActivityColumn:
            return r.lastActivityMs > 0 ? formatLongTime(r.lastActivityMs) : QString();
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn && index.column() != BridgeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant ChannelTableModel::bridgeData(const QString &channel, int role) const
{
    const auto it = d->bridges.constFind(channel);
    if (it == d->bridges.cend()) {
        if (role == SortRole)
            return -1; // below a bridge with an empty queue
        if (role == BridgeProblemRole)
            return false;
        return QVariant();
    }
    const QList<BridgeStatus> &statuses = *it;
    switch (role) {
    case Qt::DisplayRole: {
        QStringList texts;
        for (const BridgeStatus &s : statuses)
            texts.append(bridgeText(s));
        return texts.join(QStringLiteral("; "));
    }
    case Qt::ToolTipRole: {
        QStringList tips;
        for (const BridgeStatus &s : statuses)
            tips.append(bridgeToolTip(s));
        return tips.join(QStringLiteral("\n\n"));
    }
    case SortRole: {
        qint64 queued = 0;
        for (const BridgeStatus &s : statuses)
            queued += s.queued;
        return queued;
    }
    case BridgeProblemRole:
        return severityOf(statuses) != Severity::None;
    case Qt::ForegroundRole:
    case Qt::DecorationRole: {
        const Severity severity = severityOf(statuses);
        // Colours and icons need a GUI application (the model's tests may run without one).
        if (severity == Severity::None || !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return QVariant();
        if (role == Qt::DecorationRole) {
            const QIcon icon =
                QIcon::fromTheme(severity == Severity::Error ? QStringLiteral("dialog-error")
                                                             : QStringLiteral("dialog-warning"));
            return icon.isNull() ? QVariant() : QVariant(icon);
        }
        const QPalette palette = QGuiApplication::palette();
        return severity == Severity::Error ? UiStyle::errorColor(palette) : UiStyle::warningColor(palette);
    }
    default:
        break;
    }
    return QVariant();
}

QVariant ChannelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Channel");
    case SubscribersColumn:
        return tr("Subscribers");
    case PushesColumn:
        return tr("Pushes");
    case PublishesColumn:
        return tr("Publishes");
    case LastActivityColumn:
        return tr("Last activity");
    case BridgeColumn:
        return tr("Bridge");
    }
    return QVariant();
}

} // namespace Relay::Ui
