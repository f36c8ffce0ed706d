// SPDX-License-Identifier: MIT
//
// relay-bench-fanout: push-to-receipt latency at N subscribers, for the relay (WebSocket) and,
// as a peer, for Redis PUBLISH/SUBSCRIBE. One process, one event loop, no sleeps.
//
// For every scenario (target x N) it connects N subscribers, runs a few warm-up rounds, then K
// measured rounds. A round is: note the time, write one push (or PUBLISH) on a keep-alive
// connection, and wait until every one of the N subscribers has received the matching frame and
// the push's own response has arrived; only then does the next round start. Each receipt's
// latency is (frame received - request written), both read from the same QElapsedTimer.
//
// Output, one line per scenario on stdout (everything else goes to stderr):
//   FANOUT target=<relay-push|relay-publish|redis-publish> subscribers=N rounds=K samples=S
//          p50_ms=.. p99_ms=.. max_ms=.. mean_ms=.. round_p50_ms=.. round_p99_ms=..
// Exit status 0 when every scenario completed, 1 on bad arguments, 2 on any failure.

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <numeric>
#include <optional>

namespace {

using namespace Qt::StringLiterals;

enum class Target
{
    RelayPush,
    RelayPublish,
    RedisPublish
};

QByteArray targetName(Target t)
{
    switch (t) {
    case Target::RelayPush:
        return "relay-push";
    case Target::RelayPublish:
        return "relay-publish";
    case Target::RedisPublish:
        return "redis-publish";
    }
    return "?";
}

struct Scenario
{
    Target target;
    int subscribers;
};

struct Options
{
    QUrl relay;
    QString redisHost = u"127.0.0.1"_s;
    quint16 redisPort = 0;
    QList<int> subscriberCounts{1, 10, 100};
    QList<Target> targets;
    int rounds = 200;
    int warmup = 10;
    int dataBytes = 1000;
    int roundTimeoutMs = 5000;
    int connectTimeoutMs = 10000;
    int deadlineS = 180;
};

// ---------------------------------------------------------------------------------------------
// Minimal HTTP/1.1 response reader for one keep-alive connection (Content-Length or chunked).

struct HttpResponse
{
    int status = 0;
    QByteArray body;
};

class HttpResponseReader
{
public:
    //! Appends \a data; returns a response when one is complete. Sets error() on malformed input.
    std::optional<HttpResponse> feed(const QByteArray &data)
    {
        m_buf += data;
        return tryParse();
    }
    std::optional<HttpResponse> tryParse()
    {
        if (m_headEnd < 0) {
            const qsizetype end = m_buf.indexOf("\r\n\r\n");
            if (end < 0)
                return std::nullopt;
            m_headEnd = end + 4;
            const QList<QByteArray> lines = m_buf.left(end).split('\n');
            const QList<QByteArray> statusParts = lines.value(0).trimmed().split(' ');
            m_current = HttpResponse{};
            m_current.status = statusParts.value(1).toInt();
            m_contentLength = -1;
            m_chunked = false;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name == "content-length")
                    m_contentLength = value.toLongLong();
                else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
                    m_chunked = true;
            }
            if (!m_chunked && m_contentLength < 0)
                m_contentLength = 0; // keep-alive responses must be delimited; treat as empty
        }
        if (m_chunked)
            return parseChunked();
        if (m_buf.size() - m_headEnd < m_contentLength)
            return std::nullopt;
        m_current.body = m_buf.mid(m_headEnd, m_contentLength);
        m_buf.remove(0, m_headEnd + m_contentLength);
        m_headEnd = -1;
        return m_current;
    }

private:
    std::optional<HttpResponse> parseChunked()
    {
        qsizetype pos = m_headEnd;
        QByteArray body;
        for (;;) {
            const qsizetype eol = m_buf.indexOf("\r\n", pos);
            if (eol < 0)
                return std::nullopt;
            bool ok = false;
            const qint64 size = m_buf.mid(pos, eol - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok)
                return std::nullopt;
            pos = eol + 2;
            if (size == 0) {
                const qsizetype end = m_buf.indexOf("\r\n", pos); // no trailers expected
                if (end < 0)
                    return std::nullopt;
                m_current.body = body;
                m_buf.remove(0, end + 2);
                m_headEnd = -1;
                return m_current;
            }
            if (m_buf.size() < pos + size + 2)
                return std::nullopt;
            body += m_buf.mid(pos, size);
            pos += size + 2;
        }
    }

    QByteArray m_buf;
    qsizetype m_headEnd = -1;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    HttpResponse m_current;
};

// ---------------------------------------------------------------------------------------------
// Minimal RESP (Redis protocol) value parser.

struct RespValue
{
    char type = 0; // '+', '-', ':', '$', '*'
    QByteArray str;
    qint64 integer = 0;
    QList<RespValue> array;
    bool isNull = false;
};

//! Parses one value starting at \a pos; returns false if the buffer does not hold a whole value yet.
bool parseResp(const QByteArray &buf, qsizetype &pos, RespValue &out)
{
    if (pos >= buf.size())
        return false;
    const qsizetype eol = buf.indexOf("\r\n", pos);
    if (eol < 0)
        return false;
    out.type = buf.at(pos);
    const QByteArray line = buf.mid(pos + 1, eol - pos - 1);
    qsizetype p = eol + 2;
    switch (out.type) {
    case '+':
    case '-':
        out.str = line;
        break;
    case ':':
        out.integer = line.toLongLong();
        break;
    case '$': {
        const qint64 len = line.toLongLong();
        if (len < 0) {
            out.isNull = true;
            break;
        }
        if (buf.size() < p + len + 2)
            return false;
        out.str = buf.mid(p, len);
        p += len + 2;
        break;
    }
    case '*': {
        const qint64 n = line.toLongLong();
        out.array.clear();
        for (qint64 i = 0; i < n; ++i) {
            RespValue v;
            if (!parseResp(buf, p, v))
                return false;
            out.array.append(std::move(v));
        }
        break;
    }
    default:
        out.type = '-';
        out.str = "unparseable RESP reply: " + line.left(80);
        break;
    }
    pos = p;
    return true;
}

QByteArray respCommand(const QList<QByteArray> &args)
{
    QByteArray out = '*' + QByteArray::number(args.size()) + "\r\n";
    for (const QByteArray &a : args)
        out += '$' + QByteArray::number(a.size()) + "\r\n" + a + "\r\n";
    return out;
}

double percentile(const QList<double> &sorted, double q)
{
    if (sorted.isEmpty())
        return std::nan("");
    const auto rank = static_cast<qsizetype>(std::ceil(q * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

// ---------------------------------------------------------------------------------------------

class Bench : public QObject
{
public:
    Bench(Options options, QList<Scenario> scenarios)
        : m_opt(std::move(options))
        , m_scenarios(std::move(scenarios))
    {
        m_clock.start();
        m_roundTimer.setSingleShot(true);
        connect(&m_roundTimer, &QTimer::timeout, this, [this] { onRoundTimeout(); });
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this,
                [this] { fail(u"overall deadline of %1 s reached"_s.arg(m_opt.deadlineS)); });
        m_deadline.start(m_opt.deadlineS * 1000);
    }

    void start()
    {
        QTimer::singleShot(0, this, [this] { nextScenario(); });
    }

private:
    struct Round
    {
        QByteArray tag; //!< what identifies this round's frames (id, seq); empty until known
        qint64 sentNs = 0;
        bool responded = false;
        bool measured = false;
        bool done = false;
        QList<QPair<int, qint64>> pendingReceipts; //!< (subscriber, ns) whose tag is not yet known
        QList<QByteArray> pendingTags;
        QList<bool> got;
        int received = 0;
        qint64 lastNs = 0;
    };

    qint64 nowNs() const { return m_clock.nsecsElapsed(); }

    void log(const QString &msg) { std::fprintf(stderr, "fanout: %s\n", qPrintable(msg)); }

    void fail(const QString &why)
    {
        if (m_failed)
            return;
        m_failed = true;
        log(u"FAILED ("_s + QString::fromLatin1(targetName(m_cur.target)) + u", "_s +
            QString::number(m_cur.subscribers) + u" subscribers): "_s + why);
        teardown();
        QCoreApplication::exit(2);
    }

    void teardown()
    {
        m_roundTimer.stop();
        m_connectTimer.reset();
        for (QWebSocket *ws : std::as_const(m_ws)) {
            ws->disconnect(this);
            ws->abort();
            ws->deleteLater();
        }
        m_ws.clear();
        for (QTcpSocket *s : std::as_const(m_redisSubs)) {
            s->disconnect(this);
            s->abort();
            s->deleteLater();
        }
        m_redisSubs.clear();
        m_redisBufs.clear();
        if (m_pub) {
            m_pub->disconnect(this);
            m_pub->abort();
            m_pub->deleteLater();
            m_pub = nullptr;
        }
    }

    void nextScenario()
    {
        teardown();
        if (m_failed)
            return;
        if (m_scenarioIndex >= m_scenarios.size()) {
            QCoreApplication::exit(0);
            return;
        }
        m_cur = m_scenarios.at(m_scenarioIndex++);
        m_channel = "bench-"_ba + targetName(m_cur.target) + '-' + QByteArray::number(m_cur.subscribers) +
                    '-' + QUuid::createUuid().toByteArray(QUuid::WithoutBraces).left(8);
        m_latencies.clear();
        m_roundTimes.clear();
        m_warmupLeft = m_opt.warmup;
        m_warmupAttempts = 0;
        m_measuredLeft = m_opt.rounds;
        m_seq = 0;
        m_ready = 0;
        m_pubReader = HttpResponseReader{};
        m_pubRespBuf.clear();

        m_connectTimer = std::make_unique<QTimer>();
        m_connectTimer->setSingleShot(true);
        connect(m_connectTimer.get(), &QTimer::timeout, this, [this] {
            fail(u"only %1 of %2 subscribers (+ publisher) ready after %3 ms"_s.arg(m_ready)
                     .arg(m_cur.subscribers + 1)
                     .arg(m_opt.connectTimeoutMs));
        });
        m_connectTimer->start(m_opt.connectTimeoutMs);

        if (m_cur.target == Target::RedisPublish)
            connectRedis();
        else
            connectRelay();
        connectPublisher();
    }

    // --- subscribers ---------------------------------------------------------------------------

    void connectRelay()
    {
        QUrl url = m_opt.relay;
        url.setScheme(u"ws"_s);
        url.setPath(u"/ws/"_s + QString::fromLatin1(m_channel));
        // The relay accepts its own origin only; QWebSocket sends Origin only when it is non-empty,
        // and this is the one value that must pass.
        const QString origin = u"http://"_s + m_opt.relay.host() + u':' + QString::number(m_opt.relay.port());
        for (int i = 0; i < m_cur.subscribers; ++i) {
            auto *ws = new QWebSocket(origin, QWebSocketProtocol::VersionLatest, this);
            m_ws.append(ws);
            connect(ws, &QWebSocket::connected, this, [this] { subscriberReady(); });
            connect(ws, &QWebSocket::disconnected, this, [this, ws] {
                fail(u"a subscriber was disconnected: "_s + ws->errorString() + u" (close code "_s +
                     QString::number(ws->closeCode()) + u' ' + ws->closeReason() + u')');
            });
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
            connect(ws, &QWebSocket::errorOccurred, this, [this, ws](QAbstractSocket::SocketError) {
                fail(u"subscriber: "_s + ws->errorString());
            });
#else
            connect(
                ws, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
                [this, ws](QAbstractSocket::SocketError) { fail(u"subscriber: "_s + ws->errorString()); });
#endif
            connect(ws, &QWebSocket::textMessageReceived, this, [this, i](const QString &msg) {
                const qint64 t = nowNs(); // first thing: the receipt time
                onRelayFrame(i, t, msg);
            });
            ws->open(url);
        }
    }

    void onRelayFrame(int sub, qint64 t, const QString &msg)
    {
        QByteArray tag;
        if (m_cur.target == Target::RelayPush) {
            // {"url":"http://host:port/pull/<36-char id>","ts":...}
            const qsizetype at = msg.indexOf(u"/pull/"_s);
            if (at >= 0)
                tag = msg.mid(at + 6, 36).toLatin1();
        } else {
            // {"message":{"seq":123,...},"ts":...}
            const qsizetype at = msg.indexOf(u"\"seq\":"_s);
            if (at >= 0) {
                qsizetype begin = at + 6;
                while (begin < msg.size() && msg.at(begin).isSpace())
                    ++begin;
                qsizetype end = begin;
                while (end < msg.size() && msg.at(end).isDigit())
                    ++end;
                tag = msg.mid(begin, end - begin).toLatin1();
            }
        }
        if (tag.isEmpty()) {
            ++m_unexpectedFrames;
            return;
        }
        receipt(sub, t, tag);
    }

    void connectRedis()
    {
        for (int i = 0; i < m_cur.subscribers; ++i) {
            auto *s = new QTcpSocket(this);
            s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_redisSubs.append(s);
            m_redisBufs.append(QByteArray());
            connect(s, &QTcpSocket::connected, this, [this, s] {
                s->write(respCommand({"SUBSCRIBE", m_channel}));
            });
            connect(s, &QTcpSocket::errorOccurred, this, [this, s](QAbstractSocket::SocketError) {
                fail(u"redis subscriber: "_s + s->errorString());
            });
            connect(s, &QTcpSocket::readyRead, this, [this, s, i] {
                const qint64 t = nowNs();
                QByteArray &buf = m_redisBufs[i];
                buf += s->readAll();
                qsizetype pos = 0;
                for (;;) {
                    RespValue v;
                    qsizetype p = pos;
                    if (!parseResp(buf, p, v))
                        break;
                    pos = p;
                    onRedisSubValue(i, t, v);
                    if (m_failed)
                        return;
                }
                buf.remove(0, pos);
            });
            s->connectToHost(m_opt.redisHost, m_opt.redisPort);
        }
    }

    void onRedisSubValue(int sub, qint64 t, const RespValue &v)
    {
        if (v.type == '-') {
            fail(u"redis: "_s + QString::fromUtf8(v.str));
            return;
        }
        if (v.type != '*' || v.array.size() < 3) {
            ++m_unexpectedFrames;
            return;
        }
        const QByteArray kind = v.array.at(0).str;
        if (kind == "subscribe") {
            subscriberReady();
        } else if (kind == "message") {
            const QByteArray &payload = v.array.at(2).str; // "seq:<n>;pad..."
            const qsizetype semi = payload.indexOf(';');
            receipt(sub, t, payload.mid(4, semi - 4));
        } else {
            ++m_unexpectedFrames;
        }
    }

    // --- publisher -----------------------------------------------------------------------------

    void connectPublisher()
    {
        m_pub = new QTcpSocket(this);
        m_pub->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(m_pub, &QTcpSocket::connected, this, [this] { subscriberReady(); });
        connect(m_pub, &QTcpSocket::errorOccurred, this,
                [this](QAbstractSocket::SocketError) { fail(u"publisher: "_s + m_pub->errorString()); });
        connect(m_pub, &QTcpSocket::readyRead, this, [this] { onPublisherData(); });
        if (m_cur.target == Target::RedisPublish)
            m_pub->connectToHost(m_opt.redisHost, m_opt.redisPort);
        else
            m_pub->connectToHost(m_opt.relay.host(), quint16(m_opt.relay.port()));
    }

    void subscriberReady()
    {
        if (++m_ready == m_cur.subscribers + 1) {
            m_connectTimer->stop();
            startRound();
        }
    }

    QByteArray padding(int n) const
    {
        return QByteArray(std::max(n, 0), 'x');
    }

    void startRound()
    {
        if (m_failed)
            return;
        const bool measured = m_warmupLeft <= 0;
        m_round = Round{};
        m_round.measured = measured;
        m_round.got = QList<bool>(m_cur.subscribers, false);
        const QByteArray seq = QByteArray::number(++m_seq);
        QByteArray request;
        const QByteArray host = m_opt.relay.host().toLatin1() + ':' + QByteArray::number(m_opt.relay.port());
        switch (m_cur.target) {
        case Target::RelayPush: {
            const QByteArray body =
                R"({"data":")" + padding(m_opt.dataBytes) + R"(","channel":")" + m_channel + "\"}";
            request =
                "POST /push HTTP/1.1\r\nHost: " + host +
                "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                "\r\n\r\n" + body;
            break; // tag (the id) becomes known with the response
        }
        case Target::RelayPublish: {
            const QByteArray body =
                R"({"seq":)" + seq + R"(,"pad":")" + padding(m_opt.dataBytes - 20) + "\"}";
            request =
                "POST /publish/" + m_channel + " HTTP/1.1\r\nHost: " + host +
                "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                "\r\n\r\n" + body;
            m_round.tag = seq;
            break;
        }
        case Target::RedisPublish:
            // about the size of the relay's {"url":...,"ts":...} frame
            request = respCommand({"PUBLISH", m_channel, "seq:" + seq + ';' + padding(80)});
            m_round.tag = seq;
            break;
        }
        m_roundTimer.start(measured ? m_opt.roundTimeoutMs : std::min(m_opt.roundTimeoutMs, 2000));
        m_round.sentNs = nowNs();
        m_pub->write(request);
        m_pub->flush();
    }

    void onPublisherData()
    {
        const QByteArray data = m_pub->readAll();
        if (m_cur.target == Target::RedisPublish) {
            m_pubRespBuf += data;
            qsizetype pos = 0;
            for (;;) {
                RespValue v;
                qsizetype p = pos;
                if (!parseResp(m_pubRespBuf, p, v))
                    break;
                pos = p;
                if (v.type == '-') {
                    fail(u"redis PUBLISH: "_s + QString::fromUtf8(v.str));
                    return;
                }
                if (v.type == ':' && v.integer != m_cur.subscribers && m_round.measured)
                    log(u"PUBLISH reached %1 subscribers, expected %2"_s.arg(v.integer).arg(
                        m_cur.subscribers));
                onResponse({});
            }
            m_pubRespBuf.remove(0, pos);
            return;
        }
        std::optional<HttpResponse> r = m_pubReader.feed(data);
        while (r) {
            if (r->status != 200) {
                fail(u"push/publish answered HTTP %1: %2"_s.arg(r->status).arg(
                    QString::fromUtf8(r->body.left(300))));
                return;
            }
            QByteArray id;
            if (m_cur.target == Target::RelayPush) {
                id = QJsonDocument::fromJson(r->body).object().value("id"_L1).toString().toLatin1();
                if (id.isEmpty()) {
                    fail(u"push response without an id: "_s + QString::fromUtf8(r->body.left(300)));
                    return;
                }
            }
            onResponse(id);
            r = m_pubReader.tryParse();
        }
    }

    void onResponse(const QByteArray &id)
    {
        if (m_round.responded) {
            fail(u"more than one response for one request"_s);
            return;
        }
        m_round.responded = true;
        if (!id.isEmpty()) {
            m_round.tag = id;
            const auto pending = std::exchange(m_round.pendingReceipts, {});
            const auto tags = std::exchange(m_round.pendingTags, {});
            m_replaying = true; // the round may only finish once, below
            for (qsizetype i = 0; i < pending.size() && !m_failed; ++i)
                receipt(pending[i].first, pending[i].second, tags[i]);
            m_replaying = false;
            if (m_failed)
                return;
        }
        maybeFinishRound();
    }

    void receipt(int sub, qint64 t, const QByteArray &tag)
    {
        if (m_round.tag.isEmpty()) { // push id not known yet: keep it until the response arrives
            m_round.pendingReceipts.append({sub, t});
            m_round.pendingTags.append(tag);
            return;
        }
        if (tag != m_round.tag) {
            ++m_staleFrames; // a late frame of an earlier (timed-out warm-up) round
            return;
        }
        if (m_round.got[sub]) {
            fail(u"subscriber %1 received the same frame twice"_s.arg(sub));
            return;
        }
        m_round.got[sub] = true;
        ++m_round.received;
        m_round.lastNs = std::max(m_round.lastNs, t);
        if (m_round.measured)
            m_latencies.append(double(t - m_round.sentNs) / 1e6);
        if (!m_replaying)
            maybeFinishRound();
    }

    void maybeFinishRound()
    {
        if (m_round.done || !m_round.responded || m_round.received < m_cur.subscribers)
            return;
        m_round.done = true;
        m_roundTimer.stop();
        if (m_round.measured) {
            m_roundTimes.append(double(m_round.lastNs - m_round.sentNs) / 1e6);
            if (--m_measuredLeft <= 0) {
                report();
                QTimer::singleShot(0, this, [this] { nextScenario(); });
                return;
            }
        } else {
            --m_warmupLeft;
        }
        startRound();
    }

    void onRoundTimeout()
    {
        if (m_round.measured) {
            fail(u"round %1: %2 of %3 receipts, response %4, after %5 ms"_s.arg(m_seq)
                     .arg(m_round.received)
                     .arg(m_cur.subscribers)
                     .arg(m_round.responded ? "received"_L1 : "missing"_L1)
                     .arg(m_opt.roundTimeoutMs));
            return;
        }
        // Warm-up: a subscriber may not be registered yet right after its handshake. Retry, bounded.
        if (++m_warmupAttempts > 20 || !m_round.responded) {
            fail(u"warm-up never reached all %1 subscribers (last round: %2 receipts, response %3)"_s
                     .arg(m_cur.subscribers)
                     .arg(m_round.received)
                     .arg(m_round.responded ? "received"_L1 : "missing"_L1));
            return;
        }
        m_warmupLeft = m_opt.warmup;
        startRound();
    }

    void report()
    {
        QList<double> s = m_latencies;
        std::sort(s.begin(), s.end());
        QList<double> r = m_roundTimes;
        std::sort(r.begin(), r.end());
        const double mean = s.isEmpty() ? 0 : std::accumulate(s.begin(), s.end(), 0.0) / double(s.size());
        std::printf(
            "FANOUT target=%s subscribers=%d rounds=%lld samples=%lld p50_ms=%.4f p99_ms=%.4f max_ms=%.4f "
            "mean_ms=%.4f round_p50_ms=%.4f round_p99_ms=%.4f stale=%lld unexpected=%lld\n",
            targetName(m_cur.target).constData(), m_cur.subscribers, qlonglong(r.size()), qlonglong(s.size()),
            percentile(s, 0.50), percentile(s, 0.99), s.isEmpty() ? 0.0 : s.last(), mean, percentile(r, 0.50),
            percentile(r, 0.99), m_staleFrames, m_unexpectedFrames);
        std::fflush(stdout);
    }

    Options m_opt;
    QList<Scenario> m_scenarios;
    qsizetype m_scenarioIndex = 0;
    Scenario m_cur{Target::RelayPush, 0};
    QByteArray m_channel;

    QElapsedTimer m_clock;
    QTimer m_roundTimer;
    QTimer m_deadline;
    std::unique_ptr<QTimer> m_connectTimer;

    QList<QWebSocket *> m_ws;
    QList<QTcpSocket *> m_redisSubs;
    QList<QByteArray> m_redisBufs;
    QTcpSocket *m_pub = nullptr;
    HttpResponseReader m_pubReader;
    QByteArray m_pubRespBuf;

    Round m_round;
    int m_ready = 0;
    int m_warmupLeft = 0;
    int m_warmupAttempts = 0;
    int m_measuredLeft = 0;
    qint64 m_seq = 0;
    qint64 m_staleFrames = 0;
    qint64 m_unexpectedFrames = 0;
    bool m_failed = false;
    bool m_replaying = false;
    QList<double> m_latencies;
    QList<double> m_roundTimes;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"relay-bench-fanout"_s);

    QCommandLineParser p;
    p.setApplicationDescription(
        u"Push-to-receipt latency at N WebSocket subscribers of a ContextRelay relay, and of Redis "
        "PUBLISH at N SUBSCRIBE connections, measured in one process."_s);
    p.addHelpOption();
    const QCommandLineOption relayOpt(u"relay"_s, u"Relay base URL, e.g. http://127.0.0.1:8787"_s, u"url"_s);
    const QCommandLineOption relayModesOpt(u"relay-modes"_s, u"Comma list of push,publish (default push)"_s,
                                           u"modes"_s, u"push"_s);
    const QCommandLineOption redisOpt(u"redis"_s, u"Redis port on 127.0.0.1 (peer measurement)"_s, u"port"_s);
    const QCommandLineOption subsOpt(u"subscribers"_s, u"Comma list of subscriber counts"_s, u"list"_s,
                                     u"1,10,100"_s);
    const QCommandLineOption roundsOpt(u"rounds"_s, u"Measured pushes per scenario"_s, u"n"_s, u"200"_s);
    const QCommandLineOption warmupOpt(u"warmup"_s, u"Warm-up pushes per scenario"_s, u"n"_s, u"10"_s);
    const QCommandLineOption dataOpt(u"data-bytes"_s, u"Size of the pushed data string"_s, u"n"_s, u"1000"_s);
    const QCommandLineOption roundTimeoutOpt(u"round-timeout-ms"_s, u"Give up when a round takes longer"_s,
                                             u"ms"_s, u"5000"_s);
    const QCommandLineOption deadlineOpt(u"deadline-s"_s, u"Give up after this long overall"_s, u"s"_s,
                                         u"180"_s);
    p.addOptions({relayOpt, relayModesOpt, redisOpt, subsOpt, roundsOpt, warmupOpt, dataOpt, roundTimeoutOpt,
                  deadlineOpt});
    p.process(app);

    Options o;
    auto bad = [](const QString &msg) {
        std::fprintf(stderr, "relay-bench-fanout: %s\n", qPrintable(msg));
        return 1;
    };
    if (p.isSet(relayOpt)) {
        o.relay = QUrl(p.value(relayOpt));
        if (!o.relay.isValid() || o.relay.scheme() != u"http"_s || o.relay.port() <= 0)
            return bad(u"--relay must look like http://127.0.0.1:PORT"_s);
        for (const QString &m : p.value(relayModesOpt).split(u',', Qt::SkipEmptyParts)) {
            if (m == u"push"_s)
                o.targets.append(Target::RelayPush);
            else if (m == u"publish"_s)
                o.targets.append(Target::RelayPublish);
            else
                return bad(u"unknown relay mode: "_s + m);
        }
    }
    if (p.isSet(redisOpt)) {
        bool ok = false;
        o.redisPort = p.value(redisOpt).toUShort(&ok);
        if (!ok || o.redisPort == 0)
            return bad(u"--redis needs a port number"_s);
        o.targets.append(Target::RedisPublish);
    }
    if (o.targets.isEmpty())
        return bad(u"nothing to measure: give --relay and/or --redis"_s);
    o.subscriberCounts.clear();
    for (const QString &s : p.value(subsOpt).split(u',', Qt::SkipEmptyParts)) {
        const int n = s.toInt();
        if (n < 1 || n > 5000)
            return bad(u"subscriber counts must be 1 ... 5000"_s);
        o.subscriberCounts.append(n);
    }
    o.rounds = std::max(1, p.value(roundsOpt).toInt());
    o.warmup = std::max(1, p.value(warmupOpt).toInt());
    o.dataBytes = std::clamp(p.value(dataOpt).toInt(), 30, 1 << 20);
    o.roundTimeoutMs = std::max(100, p.value(roundTimeoutOpt).toInt());
    o.deadlineS = std::max(1, p.value(deadlineOpt).toInt());

    QList<Scenario> scenarios;
    for (int n : std::as_const(o.subscriberCounts))
        for (Target t : std::as_const(o.targets))
            scenarios.append({t, n});

    Bench bench(o, scenarios);
    bench.start();
    return QCoreApplication::exec();
}
