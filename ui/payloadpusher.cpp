// SPDX-License-Identifier: MIT
#include "payloadpusher.h"

#include "fileio.h"

namespace Relay::Ui {

struct PayloadPusher::Batch
{
    QStringList urls;
    QStringList errors;
    int pending = 0;
};

PayloadPusher::PayloadPusher(QObject *parent)
    : QObject(parent)
{}

PayloadPusher::~PayloadPusher() = default;

void PayloadPusher::setServer(const QUrl &server, const QString &apiKey)
{
    if (m_client && m_client->server() == server)
        return;
    // Pushes in flight need their client until they finish (their replies are its children), so a
    // busy client is left to this object; a relay restart is rare.
    if (m_client && !isBusy())
        m_client->deleteLater();
    m_client = new RelayClient(server, apiKey, this);
}

QUrl PayloadPusher::server() const
{
    return m_client ? m_client->server() : QUrl();
}

void PayloadPusher::pushFiles(const QStringList &paths, const PushOptions &options)
{
    if (paths.isEmpty())
        return;
    auto batch = std::make_shared<Batch>();
    batch->urls.resize(paths.size());
    batch->pending = int(paths.size());
    setInFlight(int(paths.size()));
    for (int i = 0; i < paths.size(); ++i) {
        FileIo::readFile(paths.at(i), kMaxFileBytes, this,
                         [this, batch, i, options](FileIo::ReadResult file) {
                             if (!file.error.isEmpty()) {
                                 done(batch, i, QString(), file.error);
                                 return;
                             }
                             PushOptions o = options;
                             o.raw = true;
                             o.filename = file.fileName;
                             o.contentType = file.contentType;
                             start(batch, i, file.data, o);
                         });
    }
}

void PayloadPusher::pushText(const QString &text, const PushOptions &options)
{
    pushData(text.toUtf8(), options);
}

void PayloadPusher::pushData(const QByteArray &data, const PushOptions &options)
{
    auto batch = std::make_shared<Batch>();
    batch->urls.resize(1);
    batch->pending = 1;
    setInFlight(1);
    start(batch, 0, data, options);
}

void PayloadPusher::start(const std::shared_ptr<Batch> &batch, int index, const QByteArray &data,
                          const PushOptions &options)
{
    if (!m_client) {
        done(batch, index, QString(), tr("The relay is not running, so nothing can be pushed yet."));
        return;
    }
    const quint64 job = m_nextJob++;
    m_progress.insert(job, {0, data.size()});
    emitProgress();
    PushOptions o = options;
    o.progress = [this, job](qint64 sent, qint64 total) {
        if (!m_progress.contains(job))
            return;
        m_progress[job] = {sent, qMax(total, qint64(0))};
        emitProgress();
    };
    m_client->push(data, o, this, [this, batch, index, job](ClientResult<PushResult> result) {
        m_progress.remove(job);
        if (result)
            done(batch, index, result->url, QString());
        else
            done(batch, index, QString(), result.error().message);
    });
}

void PayloadPusher::done(const std::shared_ptr<Batch> &batch, int index, const QString &url,
                         const QString &error)
{
    batch->urls[index] = url;
    if (!error.isEmpty())
        batch->errors.append(error);
    setInFlight(-1);
    emitProgress();
    if (--batch->pending > 0)
        return;
    batch->urls.removeAll(QString());
    Q_EMIT finished(batch->urls, batch->errors);
}

void PayloadPusher::setInFlight(int delta)
{
    const bool wasBusy = isBusy();
    m_inFlight += delta;
    if (wasBusy != isBusy())
        Q_EMIT busyChanged(isBusy());
}

void PayloadPusher::emitProgress()
{
    qint64 sent = 0;
    qint64 total = 0;
    for (const auto &p : std::as_const(m_progress)) {
        sent += p.first;
        total += p.second;
    }
    Q_EMIT progress(sent, total);
}

} // namespace Relay::Ui
