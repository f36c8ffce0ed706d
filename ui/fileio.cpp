// SPDX-License-Identifier: MIT
#include "fileio.h"

#include "backgroundtask.h"
#include "models/displayformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>

namespace Relay::Ui::FileIo {

void readFile(const QString &path, qint64 maxBytes, QObject *context, std::function<void(ReadResult)> done)
{
    runInBackground<ReadResult>(
        context,
        [path, maxBytes] {
            ReadResult r;
            r.path = path;
            const QFileInfo info(path);
            r.fileName = info.fileName();
            QFile file(path);
            if (info.isDir()) {
                r.error = QCoreApplication::translate("FileIo", "%1 is a folder; drop files instead.")
                              .arg(r.fileName);
                return r;
            }
            if (!file.open(QIODevice::ReadOnly)) {
                r.error =
                    QCoreApplication::translate("FileIo", "Cannot read %1: %2").arg(path, file.errorString());
                return r;
            }
            if (file.size() > maxBytes) {
                r.error = QCoreApplication::translate("FileIo", "%1 is %2; at most %3 can be pushed.")
                              .arg(r.fileName, formatSize(file.size()), formatSize(maxBytes));
                return r;
            }
            r.data = file.readAll();
            if (file.error() != QFileDevice::NoError) {
                r.error =
                    QCoreApplication::translate("FileIo", "Cannot read %1: %2").arg(path, file.errorString());
                r.data.clear();
                return r;
            }
            // QMimeDatabase is thread-safe; by name first, content when the name says nothing.
            r.contentType = QMimeDatabase().mimeTypeForFileNameAndData(r.fileName, r.data).name().toLatin1();
            return r;
        },
        std::move(done));
}

void writeFile(const QString &path, const QByteArray &data, QObject *context,
               std::function<void(QString error)> done)
{
    runInBackground<QString>(
        context,
        [path, data] {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return QCoreApplication::translate("FileIo", "Cannot write %1: %2")
                    .arg(path, file.errorString());
            if (file.write(data) != data.size() || !file.commit())
                return QCoreApplication::translate("FileIo", "Cannot write %1: %2")
                    .arg(path, file.errorString());
            return QString();
        },
        std::move(done));
}

} // namespace Relay::Ui::FileIo
