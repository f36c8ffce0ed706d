// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

namespace Relay::Ui {

/*! Human-readable values shared by the inspector's models. Sizes use decimal units (1 KB = 1000 B)
 *  everywhere, like file managers on Linux, so "125 KB" means 125,000 bytes in every table. */

//! "512 B", "1.5 KB", "125 KB", "25.0 MB": one decimal below 100, none above.
QString formatSize(qint64 bytes);
//! A countdown: "23:59:58" under a day, "4 d 2 h" beyond; "00:00:00" once due.
QString formatCountdown(qint64 remainingMs);
//! "12 s ago", "3 min ago", "5 h ago", "2 d ago"; "never" for 0.
QString formatAgo(qint64 thenMs, qint64 nowMs);
//! A local time: "14:03:27" today, with the short date on other days.
QString formatTime(qint64 ms, qint64 nowMs);
//! A local date and time in full, for tooltips.
QString formatLongTime(qint64 ms);
//! The first 8 characters of a payload id (enough to tell them apart in a table).
QString shortId(const QString &id);

} // namespace Relay::Ui
