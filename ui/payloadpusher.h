// SPDX-License-Identifier: MIT
#pragma once

#include "client/relayclient.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace Relay::Ui {

/*! Pushes what the person hands the inspector (dropped files and text, the New push dialog, "push
 *  again") through a RelayClient against the local relay, like any agent would. Files are read off
 *  the GUI thread and pushed raw with their name and content type. Each call is one batch; when
 *  all its pushes are done, finished() reports their URLs in order. Upload progress is summed over
 *  every push in flight. */
class PayloadPusher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayloadPusher)

public:
    //! Files larger than this are refused before reading; the relay has its own cap (25 MB by
    //! default) and says so, but no relay should make us read a whole disk image into memory first.
    static constexpr qint64 kMaxFileBytes = qint64(256) << 20;

    explicit PayloadPusher(QObject *parent = nullptr);
    ~PayloadPusher() override;

    //! The relay to push to; until set, pushes fail with a sentence saying the relay is not running.
    void setServer(const QUrl &server, const QString &apiKey = QString());
    QUrl server() const;
    bool isBusy() const { return m_inFlight > 0; }

    void pushFiles(const QStringList &paths, const PushOptions &options = PushOptions());
    void pushText(const QString &text, const PushOptions &options = PushOptions());
    void pushData(const QByteArray &data, const PushOptions &options);

Q_SIGNALS:
    //! Bytes sent and bytes to send, over every push in flight.
    void progress(qint64 sent, qint64 total);
    void busyChanged(bool busy);
    //! A batch is done: the URLs of the pushes that worked (in the order given), and why others failed.
    void finished(const QStringList &urls, const QStringList &errors);

private:
    struct Batch;
    void start(const std::shared_ptr<Batch> &batch, int index, const QByteArray &data,
               const PushOptions &options);
    void done(const std::shared_ptr<Batch> &batch, int index, const QString &url, const QString &error);
    void setInFlight(int delta);
    void emitProgress();

    RelayClient *m_client = nullptr;
    int m_inFlight = 0;
    quint64 m_nextJob = 1;
    QHash<quint64, std::pair<qint64, qint64>> m_progress;
};

} // namespace Relay::Ui
