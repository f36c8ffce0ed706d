// SPDX-License-Identifier: MIT
#include "models/displayformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <limits>

namespace Relay::Ui {

namespace {
// A translation context for lupdate, and tr() outside a QObject.
struct DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(Relay::Ui::DisplayFormat)
};

QString twoDigits(qint64 v)
{
    return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0'));
}
QString withUnit(int unit, const QString &number)
{
    switch (unit) {
    case 0:
        return DisplayFormat::tr("%1 KB", "size in kilobytes (1000 B)").arg(number);
    case 1:
        return DisplayFormat::tr("%1 MB", "size in megabytes (1000 KB)").arg(number);
    case 2:
        return DisplayFormat::tr("%1 GB", "size in gigabytes (1000 MB)").arg(number);
    default:
        return DisplayFormat::tr("%1 TB", "size in terabytes (1000 GB)").arg(number);
    }
}
} // namespace

QString formatSize(qint64 bytes)
{
    if (bytes < 1000)
        return DisplayFormat::tr("%1 B", "size in bytes").arg(QLocale().toString(bytes));
    // Decide the unit after rounding, so 999,999 B reads "1.0 MB" and not "1000 KB".
    double value = double(bytes);
    for (int unit = 0; unit < 4; ++unit) {
        value /= 1000.0;
        const bool last = unit == 3;
        if (value < 99.95)
            return withUnit(unit, QLocale().toString(value, 'f', 1));
        if (value < 999.5 || last)
            return withUnit(unit, QLocale().toString(value, 'f', 0));
    }
    return QString(); // not reached
}

QString formatCountdown(qint64 remainingMs)
{
    const qint64 seconds = qMax<qint64>(0, remainingMs / 1000);
    if (seconds >= 86400)
        return DisplayFormat::tr("%1 d %2 h", "time left: days and hours")
            .arg(seconds / 86400)
            .arg(seconds % 86400 / 3600);
    return DisplayFormat::tr("%1:%2:%3", "time left: hours, minutes, seconds")
        .arg(twoDigits(seconds / 3600), twoDigits(seconds % 3600 / 60), twoDigits(seconds % 60));
}

QString formatAgo(qint64 thenMs, qint64 nowMs)
{
    if (thenMs <= 0)
        return DisplayFormat::tr("never", "no activity yet");
    const qint64 seconds = qMax<qint64>(0, (nowMs - thenMs) / 1000);
    if (seconds < 60)
        return DisplayFormat::tr("%n s ago", nullptr, int(seconds));
    if (seconds < 3600)
        return DisplayFormat::tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return DisplayFormat::tr("%n h ago", nullptr, int(seconds / 3600));
    return DisplayFormat::tr("%n d ago", nullptr,
                             int(qMin<qint64>(seconds / 86400, std::numeric_limits<int>::max())));
}

QString formatTime(qint64 ms, qint64 nowMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    const QString time = at.time().toString(QStringLiteral("HH:mm:ss"));
    if (at.date() == QDateTime::fromMSecsSinceEpoch(nowMs).date())
        return time;
    return DisplayFormat::tr("%1 %2", "short date, then time")
        .arg(QLocale().toString(at.date(), QLocale::ShortFormat), time);
}

QString formatLongTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::LongFormat);
}

QString shortId(const QString &id)
{
    return id.left(8);
}

} // namespace Relay::Ui
