// SPDX-License-Identifier: MIT
#include "models/payloadtablemodel.h"

#include "core/clock.h"
#include "models/displayformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <memory>
#include <vector>

namespace Relay::Ui {

namespace {

constexpr int kDefaultMaxRows = 10000;
//! Ids removed lately, so a late Pushed (emitted once the push is durable, possibly after a delete)
//! cannot bring a ghost row back.
constexpr qsizetype kTombstones = 4096;
constexpr qsizetype kSummaryChars = 160;
constexpr qsizetype kValueChars = 40;
constexpr qsizetype kTooltipChars = 2000;
//! Above this many separate runs of changed rows, one dataChanged range is cheaper for the views.
constexpr qsizetype kMaxRanges = 32;

QString elide(const QString &text, qsizetype max)
{
    return text.size() <= max ? text : text.left(max - 1) + QChar(0x2026);
}

QString jsonValueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return QLocale::c().toString(v.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

//! "step: review, rows: 3": metadata on one line, parsed once per row rather than in data().
QString metadataSummary(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return elide(QString::fromUtf8(json).simplified(), kSummaryChars);
    const QJsonObject o = doc.object();
    QString out;
    for (auto it = o.constBegin(); it != o.constEnd() && out.size() < kSummaryChars; ++it) {
        if (!out.isEmpty())
            out += QStringLiteral(", ");
        out += it.key() % QStringLiteral(": ") % elide(jsonValueText(it.value()).simplified(), kValueChars);
    }
    return elide(out, kSummaryChars);
}

struct Row
{
    PayloadInfo info;
    QString summary;
    QString search;
    quint64 seq = 0; //!< strictly increasing with the row: rows are found by binary search
};

std::unique_ptr<Row> makeRow(const PayloadInfo &info, quint64 seq)
{
    auto r = std::make_unique<Row>();
    r->info = info;
    r->summary = metadataSummary(info.metadataJson);
    // A file pushed as it is carries its name instead of metadata: show that, it is what a person
    // recognises the row by.
    if (!info.filename.isEmpty())
        r->summary =
            r->summary.isEmpty() ? info.filename : info.filename % QStringLiteral(" · ") % r->summary;
    r->search = QString(info.id % QLatin1Char('\n') % info.channel % QLatin1Char('\n') %
                        QString::fromUtf8(info.metadataJson) % QLatin1Char('\n') % info.filename)
                    .toLower();
    r->seq = seq;
    return r;
}

bool sameRecord(const PayloadInfo &a, const PayloadInfo &b)
{
    return a.reads == b.reads && a.maxReads == b.maxReads && a.expiresMs == b.expiresMs && a.size == b.size &&
           a.metadataJson == b.metadataJson && a.filename == b.filename && a.channel == b.channel &&
           a.kind == b.kind;
}

//! Splits sorted, distinct rows into runs of consecutive rows: {first, last} pairs.
QList<std::pair<int, int>> runsOf(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    QList<std::pair<int, int>> runs;
    for (int r : std::as_const(rows)) {
        if (!runs.isEmpty() && runs.last().second + 1 == r)
            runs.last().second = r;
        else
            runs.append({r, r});
    }
    return runs;
}

} // namespace

struct PayloadTableModel::Private
{
    explicit Private(PayloadTableModel *model)
        : q(model)
    {}

    PayloadTableModel *q;
    // Oldest first. Behind pointers: removing rows from the middle (deletes, expiries) then moves
    // pointers, not records, which keeps a batch cheap at ten thousand rows.
    std::vector<std::unique_ptr<Row>> rows;
    QHash<QString, quint64> seqOf;
    quint64 nextSeq = 1;
    int maxRows = kDefaultMaxRows;
    std::function<qint64()> now;
    QTimer timer;
    QSet<QString> tombstones;
    QList<QString> tombstoneOrder;

    int rowOf(const QString &id) const
    {
        const quint64 seq = seqOf.value(id, 0);
        if (seq == 0)
            return -1;
        const auto it = std::lower_bound(rows.cbegin(), rows.cend(), seq,
                                         [](const std::unique_ptr<Row> &r, quint64 s) { return r->seq < s; });
        return it != rows.cend() && (*it)->seq == seq ? int(it - rows.cbegin()) : -1;
    }

    void bury(const QString &id)
    {
        if (tombstones.contains(id))
            return;
        tombstones.insert(id);
        tombstoneOrder.append(id);
        if (tombstoneOrder.size() > kTombstones)
            tombstones.remove(tombstoneOrder.takeFirst());
    }

    //! Removes \a rowList (distinct rows), bottom run first so the indexes of the others hold.
    void removeRows(const QList<int> &rowList)
    {
        const QList<std::pair<int, int>> runs = runsOf(rowList);
        for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
            q->beginRemoveRows(QModelIndex(), it->first, it->second);
            for (int r = it->first; r <= it->second; ++r)
                seqOf.remove(rows[size_t(r)]->info.id);
            rows.erase(rows.begin() + it->first, rows.begin() + it->second + 1);
            q->endRemoveRows();
        }
    }

    //! Drops the oldest rows so that \a room more fit under the cap.
    void makeRoom(qsizetype room)
    {
        if (maxRows <= 0)
            return;
        const qsizetype excess = qsizetype(rows.size()) + room - maxRows;
        if (excess <= 0)
            return;
        q->beginRemoveRows(QModelIndex(), 0, int(excess - 1));
        for (qsizetype r = 0; r < excess; ++r)
            seqOf.remove(rows[size_t(r)]->info.id);
        rows.erase(rows.begin(), rows.begin() + excess);
        q->endRemoveRows();
    }

    void emitRowsChanged(const QList<int> &changed)
    {
        if (changed.isEmpty())
            return;
        const QList<std::pair<int, int>> runs = runsOf(changed);
        const int lastColumn = ColumnCount - 1;
        if (runs.size() > kMaxRanges) {
            Q_EMIT q->dataChanged(q->index(runs.first().first, 0), q->index(runs.last().second, lastColumn));
            return;
        }
        for (const auto &run : runs)
            Q_EMIT q->dataChanged(q->index(run.first, 0), q->index(run.second, lastColumn));
    }

    void updateTimer()
    {
        if (rows.empty())
            timer.stop();
        else if (!timer.isActive())
            timer.start();
    }
};

PayloadTableModel::PayloadTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , d(std::make_unique<Private>(this))
{
    setClock(nullptr);
    d->timer.setInterval(1000);
    connect(&d->timer, &QTimer::timeout, this, &PayloadTableModel::refreshCountdown);
}

PayloadTableModel::~PayloadTableModel() = default;

void PayloadTableModel::reset(const RelaySnapshot &snapshot)
{
    QList<PayloadInfo> payloads = snapshot.payloads;
    std::stable_sort(payloads.begin(), payloads.end(),
                     [](const PayloadInfo &a, const PayloadInfo &b) { return a.createdMs < b.createdMs; });
    const qsizetype first = d->maxRows > 0 ? qMax<qsizetype>(0, payloads.size() - d->maxRows) : qsizetype(0);

    beginResetModel();
    d->rows.clear();
    d->seqOf.clear();
    d->tombstones.clear();
    d->tombstoneOrder.clear();
    d->rows.reserve(size_t(payloads.size() - first));
    for (qsizetype i = first; i < payloads.size(); ++i) {
        const PayloadInfo &p = payloads.at(i);
        if (d->seqOf.contains(p.id))
            continue;
        d->seqOf.insert(p.id, d->nextSeq);
        d->rows.push_back(makeRow(p, d->nextSeq++));
    }
    endResetModel();
    d->updateTimer();
}

/*! Applies a batch by its net effect: removals first (in runs of consecutive rows), then room is
 *  made under the cap, then every new payload is inserted in one range at the end, and last the
 *  rows updated in place are announced. A payload pushed and deleted in the same batch never
 *  shows up; an event for a payload the model does not hold (dropped by the cap) is ignored. */
void PayloadTableModel::apply(const QList<RelayEvent> &events)
{
    QList<PayloadInfo> inserts;
    QHash<QString, qsizetype> insertAt;
    QSet<QString> removals;
    QSet<QString> updated;

    for (const RelayEvent &e : events) {
        const QString &id = e.payload.id.isEmpty() ? e.payloadId : e.payload.id;
        if (id.isEmpty())
            continue;
        switch (e.type) {
        case RelayEvent::Type::Pushed:
        case RelayEvent::Type::Pulled:
        case RelayEvent::Type::Peeked: {
            if (e.payload.id.isEmpty() || d->tombstones.contains(id) || removals.contains(id))
                break;
            if (const auto pending = insertAt.constFind(id); pending != insertAt.cend()) {
                PayloadInfo &p = inserts[*pending];
                if (e.payload.reads >= p.reads)
                    p = e.payload;
                break;
            }
            const int row = d->rowOf(id);
            if (row >= 0) {
                Row &r = *d->rows[size_t(row)];
                // Reads only grow: an event queued before the snapshot must not undo it.
                if (e.payload.reads < r.info.reads || sameRecord(r.info, e.payload))
                    break;
                const bool metadataChanged = r.info.metadataJson != e.payload.metadataJson ||
                                             r.info.channel != e.payload.channel ||
                                             r.info.filename != e.payload.filename;
                if (metadataChanged)
                    d->rows[size_t(row)] = makeRow(e.payload, r.seq);
                else
                    r.info = e.payload;
                updated.insert(id);
            } else if (e.type == RelayEvent::Type::Pushed) {
                insertAt.insert(id, inserts.size());
                inserts.append(e.payload);
            }
            break;
        }
        case RelayEvent::Type::Expired:
        case RelayEvent::Type::Deleted:
            d->bury(id);
            if (const auto pending = insertAt.constFind(id); pending != insertAt.cend()) {
                inserts[*pending].id.clear(); // never shown
                insertAt.erase(pending);
            } else if (d->seqOf.contains(id)) {
                removals.insert(id);
                updated.remove(id);
            }
            break;
        case RelayEvent::Type::Subscribed:
        case RelayEvent::Type::Unsubscribed:
        case RelayEvent::Type::Published:
        case RelayEvent::Type::Rejected:
            break;
        }
    }

    if (!removals.isEmpty()) {
        QList<int> rowList;
        rowList.reserve(removals.size());
        for (const QString &id : std::as_const(removals)) {
            const int row = d->rowOf(id);
            if (row >= 0)
                rowList.append(row);
        }
        d->removeRows(rowList);
    }

    inserts.removeIf([](const PayloadInfo &p) { return p.id.isEmpty(); });
    if (d->maxRows > 0 && inserts.size() > d->maxRows)
        inserts.remove(0, inserts.size() - d->maxRows); // they would be evicted at once
    if (!inserts.isEmpty()) {
        d->makeRoom(inserts.size()); // before inserting: no ghost rows beyond the cap
        const int first = int(d->rows.size());
        beginInsertRows(QModelIndex(), first, first + int(inserts.size()) - 1);
        for (const PayloadInfo &p : std::as_const(inserts)) {
            d->seqOf.insert(p.id, d->nextSeq);
            d->rows.push_back(makeRow(p, d->nextSeq++));
        }
        endInsertRows();
    }

    QList<int> changed;
    changed.reserve(updated.size());
    for (const QString &id : std::as_const(updated)) {
        const int row = d->rowOf(id);
        if (row >= 0)
            changed.append(row);
    }
    d->emitRowsChanged(changed);
    d->updateTimer();
}

void PayloadTableModel::setClock(std::function<qint64()> nowMs)
{
    if (nowMs) {
        d->now = std::move(nowMs);
    } else {
        d->now = [] { return SystemClock().nowMs(); };
    }
    refreshCountdown();
}

/*! One dataChanged over the whole TTL column, DisplayRole only: every countdown moves each tick,
 *  and the explicit role spares a sorting proxy from re-sorting (SortRole is the fixed expiry). */
void PayloadTableModel::refreshCountdown()
{
    if (d->rows.empty())
        return;
    Q_EMIT dataChanged(index(0, TtlColumn), index(int(d->rows.size()) - 1, TtlColumn), {Qt::DisplayRole});
}

void PayloadTableModel::setMaxRows(int rows)
{
    d->maxRows = rows;
    d->makeRoom(0);
    d->updateTimer();
}

int PayloadTableModel::rowOf(const QString &id) const
{
    return d->rowOf(id);
}

PayloadInfo PayloadTableModel::payloadAt(int row) const
{
    if (row < 0 || size_t(row) >= d->rows.size())
        return PayloadInfo();
    return d->rows[size_t(row)]->info;
}

int PayloadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->rows.size());
}

int PayloadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PayloadTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = *d->rows[size_t(index.row())];
    const PayloadInfo &p = row.info;

    switch (role) {
    case IdRole:
        return p.id;
    case PayloadRole:
        return QVariant::fromValue(p);
    case SearchTextRole:
        return row.search;
    case SortRole:
        switch (index.column()) {
        case IdColumn:
            return p.id;
        case ChannelColumn:
            return p.channel;
        case SizeColumn:
            return p.size;
        case KindColumn:
            return int(p.kind);
        case MetadataColumn:
            return row.summary;
        case CreatedColumn:
            return p.createdMs;
        case TtlColumn:
            return p.expiresMs;
        case ReadsColumn:
            return p.reads;
        }
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return shortId(p.id);
        case ChannelColumn:
            return p.channel;
        case SizeColumn:
            return formatSize(p.size);
        case KindColumn:
            return payloadKindName(p.kind);
        case MetadataColumn:
            return row.summary;
        case CreatedColumn:
            return formatTime(p.createdMs, d->now());
        case TtlColumn:
            return formatCountdown(p.expiresMs - d->now());
        case ReadsColumn:
            if (p.maxReads > 0)
                return tr("%1 / %2", "reads / maximum reads").arg(p.reads).arg(p.maxReads);
            return QString::number(p.reads);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case IdColumn:
            if (!p.filename.isEmpty())
                return tr("%1\nFile: %2").arg(p.id, p.filename);
            return p.id;
        case ChannelColumn:
            return p.channel.isEmpty() ? tr("No channel") : p.channel;
        case SizeColumn:
            return tr("%1 bytes").arg(QLocale().toString(p.size));
        case KindColumn:
            if (!p.contentType.isEmpty())
                return tr("%1 (%2)").arg(payloadKindName(p.kind), QString::fromUtf8(p.contentType));
            return payloadKindName(p.kind);
        case MetadataColumn:
            return elide(QString::fromUtf8(p.metadataJson), kTooltipChars);
        case CreatedColumn:
            return formatLongTime(p.createdMs);
        case TtlColumn:
            return tr("Expires %1").arg(formatLongTime(p.expiresMs));
        case ReadsColumn:
            if (p.maxReads > 0)
                return tr("%n read(s) left", nullptr, qMax(0, p.maxReads - p.reads));
            return tr("No read limit");
        }
        break;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case SizeColumn:
        case TtlColumn:
        case ReadsColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            break;
        }
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant PayloadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case ChannelColumn:
        return tr("Channel");
    case SizeColumn:
        return tr("Size");
    case KindColumn:
        return tr("Kind");
    case MetadataColumn:
        return tr("Metadata");
    case CreatedColumn:
        return tr("Created");
    case TtlColumn:
        return tr("Expires in");
    case ReadsColumn:
        return tr("Reads");
    }
    return QVariant();
}

} // namespace Relay::Ui
