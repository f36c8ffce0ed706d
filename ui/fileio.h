// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>

/*! Reading and writing whole files off the GUI thread (a 25 MB file on a slow disk must not stall the
 *  inspector). Callbacks run in the GUI thread, only while \a context is alive. */
namespace Relay::Ui::FileIo {

struct ReadResult
{
    QString path;
    //! The file's name without its directory.
    QString fileName;
    QByteArray data;
    //! The MIME type by name and content, e.g. "image/png".
    QByteArray contentType;
    //! Empty on success; otherwise one sentence.
    QString error;
};

//! Reads \a path whole, unless it is larger than \a maxBytes (then error says so).
void readFile(const QString &path, qint64 maxBytes, QObject *context, std::function<void(ReadResult)> done);

//! Writes \a data to \a path atomically (QSaveFile); \a done gets an empty string on success.
void writeFile(const QString &path, const QByteArray &data, QObject *context,
               std::function<void(QString error)> done);

} // namespace Relay::Ui::FileIo
