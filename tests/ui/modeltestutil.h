// SPDX-License-Identifier: MIT
// Shared by the model suites: the structural signals a model emits, recorded in order.
#pragma once

#include "core/relayevent.h"

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStringList>
#include <memory>

namespace RelayTest {

/*! Spies on rows inserted/removed, dataChanged and modelReset, plus a log of the structural
 *  signals in the order they came ("remove 0 0", "insert 3 3", "reset"), and a check that rows
 *  are only ever inserted into room under \a cap (no ghost rows). */
struct ModelWatch
{
    explicit ModelWatch(QAbstractItemModel *model)
        : tester(std::make_unique<QAbstractItemModelTester>(
              model, QAbstractItemModelTester::FailureReportingMode::Fatal))
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , changed(model, &QAbstractItemModel::dataChanged)
        , reset(model, &QAbstractItemModel::modelReset)
    {
        QObject::connect(model, &QAbstractItemModel::rowsAboutToBeInserted, model,
                         [this, model](const QModelIndex &, int first, int last) {
                             log.append(QStringLiteral("insert %1 %2").arg(first).arg(last));
                             maxRowsSeen = qMax(maxRowsSeen, model->rowCount() + last - first + 1);
                         });
        QObject::connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, model,
                         [this](const QModelIndex &, int first, int last) {
                             log.append(QStringLiteral("remove %1 %2").arg(first).arg(last));
                         });
        QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, model,
                         [this] { log.append(QStringLiteral("reset")); });
    }

    void clear()
    {
        inserted.clear();
        removed.clear();
        changed.clear();
        reset.clear();
        log.clear();
        maxRowsSeen = 0;
    }

    std::unique_ptr<QAbstractItemModelTester> tester;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy changed;
    QSignalSpy reset;
    QStringList log;
    //! The largest row count a pending insertion would have made (rowCount + rows inserted).
    int maxRowsSeen = 0;
};

inline Relay::RelayEvent relayEvent(Relay::RelayEvent::Type type, const QString &channel, int count = 0,
                                    const QString &detail = QString(), qint64 ts = 1'700'000'000'000)
{
    return Relay::RelayEvent::make(type, ts, QString(), channel, 0, count, detail);
}

inline Relay::RelayEvent payloadEvent(Relay::RelayEvent::Type type, const Relay::PayloadInfo &p,
                                      int count = 0, qint64 ts = 1'700'000'000'000)
{
    Relay::RelayEvent e = Relay::RelayEvent::make(type, ts, p.id, p.channel, p.size, count);
    e.payload = p;
    return e;
}

} // namespace RelayTest
