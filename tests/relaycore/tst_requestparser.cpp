// SPDX-License-Identifier: MIT
#include "http/requestparser.h"

#include <QTest>

using Relay::HttpRequest;
using Relay::RequestParser;
using Status = RequestParser::Status;

Q_DECLARE_METATYPE(RequestParser::Status)

class TestRequestParser : public QObject
{
    Q_OBJECT

private:
    static RequestParser::Limits limits()
    {
        RequestParser::Limits l;
        l.maxHeadBytes = 64 * 1024;
        l.maxHeaderFields = 100;
        l.maxBodyBytes = 1024;
        return l;
    }

    // Feeds everything, taking complete requests as they come, like the connection does.
    static Status feedAll(RequestParser &parser, const QByteArray &bytes, QList<HttpRequest> *out)
    {
        qsizetype offset = 0;
        Status last = Status::Incomplete;
        while (offset < bytes.size()) {
            const auto step = parser.feed(bytes.constData() + offset, bytes.size() - offset);
            offset += step.consumed;
            last = step.status;
            if (step.status == Status::Complete) {
                out->append(parser.takeRequest());
                continue;
            }
            if (step.status != Status::Incomplete || step.consumed == 0)
                break;
        }
        return last;
    }

private Q_SLOTS:
    void parsesSimpleGet()
    {
        RequestParser parser(limits());
        QList<HttpRequest> requests;
        QCOMPARE(feedAll(parser,
                         "GET /pull/abc?x=1&y=%20z HTTP/1.1\r\nHost: 127.0.0.1:8787\r\nX-A:  v  \r\n\r\n",
                         &requests),
                 Status::Complete);
        QCOMPARE(requests.size(), 1);
        const HttpRequest &r = requests.first();
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.path, QStringLiteral("/pull/abc"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("y"), QUrl::FullyDecoded), QStringLiteral(" z"));
        QCOMPARE(r.header("host"), QByteArray("127.0.0.1:8787"));
        QCOMPARE(r.header("x-a"), QByteArray("v"));
        QVERIFY(r.keepAlive);
        QVERIFY(!r.upgrade);
    }

    void percentDecodesPath()
    {
        RequestParser parser(limits());
        QList<HttpRequest> requests;
        feedAll(parser, "GET /ws/my%20channel HTTP/1.1\r\nHost: h\r\n\r\n", &requests);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().path, QStringLiteral("/ws/my channel"));
    }

    void utf8TargetIsDecoded()
    {
        // As curl sends a name typed in a shell: raw UTF-8, next to percent-encoded UTF-8.
        RequestParser parser(limits());
        QList<HttpRequest> requests;
        QCOMPARE(feedAll(parser, "GET /ws/caf\xc3\xa9-%C3%A9t%C3%A9?n=%E2%82%AC HTTP/1.1\r\nHost: h\r\n\r\n",
                         &requests),
                 Status::Complete);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().path, QString::fromUtf8("/ws/caf\u00e9-\u00e9t\u00e9"));
        QCOMPARE(requests.first().query.queryItemValue(QStringLiteral("n"), QUrl::FullyDecoded),
                 QString::fromUtf8("\u20ac"));
    }

    void splitReadsAtEveryByte()
    {
        const QByteArray bytes = "POST /push HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello";
        RequestParser parser(limits());
        QList<HttpRequest> requests;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto step = parser.feed(bytes.constData() + i, 1);
            QCOMPARE(step.consumed, 1);
            if (step.status == Status::Complete)
                requests.append(parser.takeRequest());
            else
                QCOMPARE(step.status, Status::Incomplete);
        }
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().body, QByteArray("hello"));
    }

    void pipelinedRequestsComeOneAtATime()
    {
        const QByteArray one = "GET /a HTTP/1.1\r\nHost: h\r\n\r\n";
        const QByteArray two = "POST /b HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc";
        const QByteArray three = "GET /c HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n";
        const QByteArray all = one + two + three;
        RequestParser parser(limits());
        const auto first = parser.feed(all.constData(), all.size());
        QCOMPARE(first.status, Status::Complete);
        QCOMPARE(first.consumed, one.size());
        QCOMPARE(parser.takeRequest().path, QStringLiteral("/a"));

        QList<HttpRequest> rest;
        QCOMPARE(feedAll(parser, all.mid(first.consumed), &rest), Status::Complete);
        QCOMPARE(rest.size(), 2);
        QCOMPARE(rest.at(0).body, QByteArray("abc"));
        QCOMPARE(rest.at(1).path, QStringLiteral("/c"));
        QVERIFY(!rest.at(1).keepAlive);
    }

    void chunkedBodyIsDecoded()
    {
        RequestParser parser(limits());
        QList<HttpRequest> requests;
        QCOMPARE(feedAll(parser,
                         "POST /push HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                         "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n",
                         &requests),
                 Status::Complete);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().body, QByteArray("hello world"));
    }

    void upgradeIsFlagged()
    {
        RequestParser parser(limits());
        const QByteArray bytes =
            "GET /ws/c HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
        const auto step = parser.feed(bytes.constData(), bytes.size());
        QCOMPARE(step.status, Status::Complete);
        QCOMPARE(step.consumed, bytes.size());
        QVERIFY(parser.request().upgrade);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Status>("expected");

        QTest::newRow("garbage") << QByteArray("\x01\x02\x03 garbage\r\n\r\n") << Status::BadMethod;
        QTest::newRow("unknown method")
            << QByteArray("FROB / HTTP/1.1\r\nHost: h\r\n\r\n") << Status::BadMethod;
        QTest::newRow("nul in target")
            << QByteArray("GET /a\0b HTTP/1.1\r\nHost: h\r\n\r\n", 30) << Status::BadRequest;
        QTest::newRow("bad version") << QByteArray("GET / HTTP/9.x\r\nHost: h\r\n\r\n") << Status::BadRequest;
        // Found by fuzz_websocket (tests/fuzz/regressions/websocket): QWebSocketServer drops the
        // fragment, so "/ws/#x" passed the upgrade checks as channel "#x" and subscribed to "".
        QTest::newRow("fragment in target")
            << QByteArray("GET /ws/#x HTTP/1.1\r\nHost: h\r\n\r\n") << Status::BadRequest;
        QTest::newRow("fragment after query")
            << QByteArray("GET /pull/a?b=1#c HTTP/1.1\r\nHost: h\r\n\r\n") << Status::BadRequest;
        // Also fuzz_websocket: QUrl::fromPercentEncoding read "%2(" as "(" where the WebSocket server
        // kept "%2(": another channel than the one checked.
        QTest::newRow("bad percent escape")
            << QByteArray("GET /ws/a%2(b HTTP/1.1\r\nHost: h\r\n\r\n") << Status::BadRequest;
        QTest::newRow("percent at the end")
            << QByteArray("GET /publish/100% HTTP/1.1\r\nHost: h\r\n\r\n") << Status::BadRequest;
        QTest::newRow("bad percent escape in query")
            << QByteArray("GET /ws/c?replay=%zz HTTP/1.1\r\nHost: h\r\n\r\n") << Status::BadRequest;
        // And not UTF-8: QUrl replaced the raw byte before decoding "%C3", the routes decoded first.
        QTest::newRow("not UTF-8, mixed")
            << QByteArray("GET /ws/a%C3\x99 HTTP/1.1\r\nHost: h\r\n\r\n") << Status::BadRequest;
        QTest::newRow("not UTF-8, raw")
            << QByteArray("GET /publish/a\xff HTTP/1.1\r\nHost: h\r\n\r\n") << Status::BadRequest;
        QTest::newRow("not UTF-8, encoded")
            << QByteArray("GET /push?filename=%FF HTTP/1.1\r\nHost: h\r\n\r\n") << Status::BadRequest;
        QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << Status::BadRequest;
        QTest::newRow("two hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n")
                                   << Status::BadRequest;
        QTest::newRow("CL and TE (smuggling)")
            << QByteArray(
                   "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n")
            << Status::BadRequest;
        QTest::newRow("duplicate CL")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc")
            << Status::BadRequest;
        QTest::newRow("non-numeric CL")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3x\r\n\r\n") << Status::BadRequest;
        QTest::newRow("negative CL") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n")
                                     << Status::BadRequest;
        QTest::newRow("bad chunk size")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
            << Status::BadRequest;
        // Found by fuzz_http (tests/fuzz/regressions/http): http_parser does not check the first byte
        // of a value, and /raw/ sends a raw push's Content-Type back.
        QTest::newRow("NUL first in a value")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Type: \0t\r\n\r\n", 46)
            << Status::BadRequest;
        QTest::newRow("control character first in a value")
            << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX-A: \x01\r\n\r\n") << Status::BadRequest;
        QTest::newRow("space before colon")
            << QByteArray("GET / HTTP/1.1\r\nHost : h\r\n\r\n") << Status::BadRequest;
        QTest::newRow("body over limit by CL")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1025\r\n\r\n")
            << Status::BodyTooLarge;
        QTest::newRow("chunked body over limit")
            << (QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n401\r\n") +
                QByteArray(1025, 'a') + "\r\n0\r\n\r\n")
            << Status::BodyTooLarge;
        QTest::newRow("head over 64 KiB")
            << (QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX-Big: ") + QByteArray(70 * 1024, 'a') + "\r\n\r\n")
            << Status::HeadTooLarge;
        QTest::newRow("target over 64 KiB")
            << (QByteArray("GET /") + QByteArray(70 * 1024, 'a') + " HTTP/1.1\r\nHost: h\r\n\r\n")
            << Status::HeadTooLarge;
        QByteArray many = "GET / HTTP/1.1\r\nHost: h\r\n";
        for (int i = 0; i < 100; ++i)
            many += "X-" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("101 header fields") << QByteArray(many + "\r\n") << Status::HeadTooLarge;
    }

    void rejects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Status, expected);
        RequestParser parser(limits());
        QList<HttpRequest> requests;
        QCOMPARE(feedAll(parser, bytes, &requests), expected);
        QVERIFY(requests.isEmpty());
        QVERIFY(!parser.errorString().isEmpty());
    }

    void exactlyHundredFieldsIsFine()
    {
        QByteArray bytes = "GET / HTTP/1.1\r\nHost: h\r\n";
        for (int i = 0; i < 99; ++i)
            bytes += "X-" + QByteArray::number(i) + ": v\r\n";
        bytes += "\r\n";
        RequestParser parser(limits());
        QList<HttpRequest> requests;
        QCOMPARE(feedAll(parser, bytes, &requests), Status::Complete);
        QCOMPARE(requests.first().headers.size(), 100);
    }

    void bodyLimitPolicyDecidesPerRequest()
    {
        RequestParser parser(limits());
        parser.setBodyLimitPolicy(
            [](const HttpRequest &head) { return head.path == QLatin1String("/big") ? 10 : 2; });
        QList<HttpRequest> requests;
        QCOMPARE(
            feedAll(parser, "POST /big HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello", &requests),
            Status::Complete);
        QCOMPARE(
            feedAll(parser, "POST /small HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello", &requests),
            Status::BodyTooLarge);
        QCOMPARE(requests.size(), 1);
    }

    void http10DefaultsToClose()
    {
        RequestParser parser(limits());
        QList<HttpRequest> requests;
        QCOMPARE(feedAll(parser, "GET / HTTP/1.0\r\n\r\n", &requests), Status::Complete);
        QVERIFY(!requests.first().keepAlive);
    }

    void headBytesAreNotRescanned()
    {
        // A head trickled in 10,000 pieces is still accepted: state survives between feeds.
        QByteArray bytes = "GET / HTTP/1.1\r\nHost: h\r\nX-Long: ";
        bytes += QByteArray(10000, 'v');
        bytes += "\r\n\r\n";
        RequestParser parser(limits());
        qsizetype offset = 0;
        Status last = Status::Incomplete;
        while (offset < bytes.size()) {
            const auto step =
                parser.feed(bytes.constData() + offset, qMin<qsizetype>(1, bytes.size() - offset));
            offset += step.consumed;
            last = step.status;
        }
        QCOMPARE(last, Status::Complete);
        QCOMPARE(parser.request().header("x-long").size(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestRequestParser)
#include "tst_requestparser.moc"
