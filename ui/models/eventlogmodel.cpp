// SPDX-License-Identifier: MIT
#include "models/eventlogmodel.h"

#include "models/displayformat.h"

#include <QColor>
#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>

namespace Relay::Ui {

namespace {

constexpr qsizetype kDetailChars = 200;

enum class Shade
{
    Light, //!< a light background: darker colours
    Dark,  //!< a dark background: lighter colours
    Mid,   //!< no palette (no QGuiApplication): colours readable on both
};

Shade currentShade()
{
    // QGuiApplication::palette() needs a QGuiApplication; a QCoreApplication (tests, headless) has none.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Shade::Mid;
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Text).lightness() > palette.color(QPalette::Base).lightness()
               ? Shade::Dark
               : Shade::Light;
}

/*! One hue per type, with the lightness picked for the palette: about 4.5:1 contrast on a white
 *  base for the light shades, and more on a near-black base for the dark ones. Computed in data()
 *  so that a theme change repaints with the right colours. */
QColor typeColour(RelayEvent::Type type)
{
    int hue = 0;
    int saturation = 200;
    switch (type) {
    case RelayEvent::Type::Pushed:
        hue = 130; // green
        break;
    case RelayEvent::Type::Pulled:
        hue = 215; // blue
        break;
    case RelayEvent::Type::Peeked:
        hue = 185; // teal
        break;
    case RelayEvent::Type::Expired:
        saturation = 0; // grey: nothing to act on
        break;
    case RelayEvent::Type::Deleted:
        hue = 28; // orange
        break;
    case RelayEvent::Type::Subscribed:
        hue = 270; // violet
        break;
    case RelayEvent::Type::Unsubscribed:
        hue = 320; // magenta
        break;
    case RelayEvent::Type::Published:
        hue = 50; // amber
        break;
    case RelayEvent::Type::Rejected:
        hue = 0; // red
        break;
    }
    switch (currentShade()) {
    case Shade::Light:
        return QColor::fromHsl(hue, saturation, 75);
    case Shade::Dark:
        return QColor::fromHsl(hue, saturation * 4 / 5, 175);
    case Shade::Mid:
        break;
    }
    return QColor::fromHsl(hue, saturation * 4 / 5, 120);
}

} // namespace

struct EventLogModel::Private
{
    QList<RelayEvent> rows; // oldest first
    qsizetype capacity = 5000;
    bool paused = false;
    qint64 missed = 0;
};

EventLogModel::EventLogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<Private>())
{
    d->capacity = qMax(1, capacity);
}

EventLogModel::~EventLogModel() = default;

/*! One removal of the oldest rows (before) and one insertion at the end per batch. A batch larger
 *  than the ring shows its newest events only. */
void EventLogModel::apply(const QList<RelayEvent> &events)
{
    if (events.isEmpty())
        return;
    if (d->paused) {
        d->missed += events.size();
        return;
    }
    const qsizetype count = qMin(events.size(), d->capacity);
    const qsizetype excess = d->rows.size() + count - d->capacity;
    if (excess > 0) {
        beginRemoveRows(QModelIndex(), 0, int(excess - 1));
        d->rows.remove(0, excess); // cheap: QList keeps free space at its front
        endRemoveRows();
    }
    const int first = int(d->rows.size());
    beginInsertRows(QModelIndex(), first, first + int(count) - 1);
    d->rows.append(events.mid(events.size() - count));
    endInsertRows();
}

void EventLogModel::clear()
{
    d->missed = 0;
    if (d->rows.isEmpty())
        return;
    beginRemoveRows(QModelIndex(), 0, int(d->rows.size()) - 1);
    d->rows.clear();
    endRemoveRows();
}

//! Pausing starts a new count of missed events; it stays readable after resuming.
void EventLogModel::setPaused(bool paused)
{
    if (paused == d->paused)
        return;
    d->paused = paused;
    if (paused)
        d->missed = 0;
}

bool EventLogModel::isPaused() const
{
    return d->paused;
}

qint64 EventLogModel::missedWhilePaused() const
{
    return d->missed;
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->rows.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QString typeText(RelayEvent::Type type)
{
    switch (type) {
    case RelayEvent::Type::Pushed:
        return EventLogModel::tr("pushed", "event type");
    case RelayEvent::Type::Pulled:
        return EventLogModel::tr("pulled", "event type");
    case RelayEvent::Type::Peeked:
        return EventLogModel::tr("peeked", "event type");
    case RelayEvent::Type::Expired:
        return EventLogModel::tr("expired", "event type");
    case RelayEvent::Type::Deleted:
        return EventLogModel::tr("deleted", "event type");
    case RelayEvent::Type::Subscribed:
        return EventLogModel::tr("subscribed", "event type");
    case RelayEvent::Type::Unsubscribed:
        return EventLogModel::tr("unsubscribed", "event type");
    case RelayEvent::Type::Published:
        return EventLogModel::tr("published", "event type");
    case RelayEvent::Type::Rejected:
        return EventLogModel::tr("rejected", "event type");
    }
    return QString();
}

QString detailText(const RelayEvent &e)
{
    const QString size = formatSize(e.payload.id.isEmpty() ? e.size : e.payload.size);
    switch (e.type) {
    case RelayEvent::Type::Pushed:
    case RelayEvent::Type::Published:
        return EventLogModel::tr("%1, %n subscriber(s) reached", nullptr, e.count).arg(size);
    case RelayEvent::Type::Pulled:
    case RelayEvent::Type::Peeked:
        if (e.payload.maxReads > 0)
            return EventLogModel::tr("%1, read %2 of %n time(s)", nullptr, e.payload.maxReads)
                .arg(size)
                .arg(e.payload.reads);
        return EventLogModel::tr("%1, read %n time(s)", nullptr, e.payload.reads).arg(size);
    case RelayEvent::Type::Expired:
        return size;
    case RelayEvent::Type::Deleted:
        if (!e.detail.isEmpty())
            return EventLogModel::tr("%1, %2", "size, reason").arg(size, e.detail);
        return size;
    case RelayEvent::Type::Subscribed:
    case RelayEvent::Type::Unsubscribed:
        return EventLogModel::tr("%1, %n subscriber(s) on the channel", nullptr, e.count).arg(e.detail);
    case RelayEvent::Type::Rejected:
        // Without a status the relay refused no request: it acted on its own (a stalled subscriber).
        return e.status > 0 ? EventLogModel::tr("HTTP %1: %2").arg(e.status).arg(e.detail.simplified())
                            : e.detail.simplified();
    }
    return QString();
}

QString elide(const QString &text, qsizetype max)
{
    return text.size() <= max ? text : text.left(max - 1) + QChar(0x2026);
}
} // namespace

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const RelayEvent &e = d->rows.at(index.row());
    const QString id = e.payload.id.isEmpty() ? e.payloadId : e.payload.id;

    switch (role) {
    case TypeRole:
        return int(e.type);
    case EventRole:
        return QVariant::fromValue(e);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.timestampMs)
                .time()
                .toString(QStringLiteral("HH:mm:ss.zzz"));
        case TypeColumn:
            return typeText(e.type);
        case ChannelColumn:
            return e.channel;
        case PayloadColumn:
            return shortId(id);
        case DetailColumn:
            return elide(detailText(e), kDetailChars);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return formatLongTime(e.timestampMs);
        case PayloadColumn:
            if (!e.payload.filename.isEmpty())
                return tr("%1\nFile: %2").arg(id, e.payload.filename);
            return id.isEmpty() ? QVariant() : QVariant(id);
        case DetailColumn:
            return detailText(e);
        default:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == TypeColumn)
            return typeColour(e.type);
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Event");
    case ChannelColumn:
        return tr("Channel");
    case PayloadColumn:
        return tr("Payload");
    case DetailColumn:
        return tr("Detail");
    }
    return QVariant();
}

} // namespace Relay::Ui
