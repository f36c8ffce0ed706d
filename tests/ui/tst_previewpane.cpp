// SPDX-License-Identifier: MIT
// The preview pane picks a view per payload, decrypts Fernet tokens locally, and previews large
// payloads in part without stalling.
#include "imagepreview.h"
#include "models/displayformat.h"
#include "previewpane.h"
#include "security/fernet.h"

#include <QBuffer>
#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <sodium.h>

using namespace Relay;
using namespace Relay::Ui;

namespace {
PayloadInfo infoFor(const QByteArray &data, bool binary = false, const QByteArray &contentType = {},
                    const QString &filename = {})
{
    PayloadInfo p;
    p.id = QStringLiteral("abcdefgh12345678");
    p.size = data.size();
    p.binary = binary;
    p.kind = classifyPayload(data, binary);
    p.contentType = contentType;
    p.filename = filename;
    return p;
}

QByteArray pngBytes(int w = 4, int h = 3)
{
    QImage image(w, h, QImage::Format_ARGB32);
    image.fill(QColor(200, 30, 30, 128));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
} // namespace

class TestPreviewPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void emptyUntilShown()
    {
        PreviewPane pane;
        QCOMPARE(pane.currentViewName(), QStringLiteral("empty"));
        pane.showMessage(QStringLiteral("Nothing here"));
        QCOMPARE(pane.currentViewName(), QStringLiteral("empty"));
        QCOMPARE(pane.displayedText(), QStringLiteral("Nothing here"));
    }

    void choosesView_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("binary");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("filename");
        QTest::addColumn<QString>("view");

        QTest::newRow("json object") << QByteArray(R"({"a":1,"b":[true,null]})") << false << QByteArray()
                                     << QString() << QStringLiteral("json");
        QTest::newRow("json array") << QByteArray("[1, 2, 3]") << false << QByteArray() << QString()
                                    << QStringLiteral("json");
        QTest::newRow("json by content type")
            << QByteArray("not quite {") << false << QByteArray("application/json") << QString()
            << QStringLiteral("json");
        QTest::newRow("markdown by content type")
            << QByteArray("# Title\n\nSome *text*.") << false << QByteArray("text/markdown; charset=utf-8")
            << QString() << QStringLiteral("markdown");
        QTest::newRow("markdown by file name")
            << QByteArray("# Notes\n\n- one\n- two\n") << false << QByteArray("text/plain")
            << QStringLiteral("notes.md") << QStringLiteral("markdown");
        QTest::newRow("markdown by its text (pushed as JSON)")
            << QByteArray("# Review of PR #481\n\n**Verdict:** approve\n") << false << QByteArray()
            << QString() << QStringLiteral("markdown");
        QTest::newRow("markdown by structure")
            << QByteArray("Findings:\n\n- one **bold** point\n- two\n") << false << QByteArray() << QString()
            << QStringLiteral("markdown");
        QTest::newRow("a hash mid-text is not a heading")
            << QByteArray("issue #12 fixed\n# not first, alone") << false << QByteArray() << QString()
            << QStringLiteral("text");
        QTest::newRow("plain text") << QByteArray("just some words\nand a second line") << false
                                    << QByteArray() << QString() << QStringLiteral("text");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe garbage", 13) << true
                                << QByteArray("application/octet-stream") << QString()
                                << QStringLiteral("hex");
        QTest::newRow("png by magic") << pngBytes() << true << QByteArray("application/octet-stream")
                                      << QString() << QStringLiteral("image");
        QTest::newRow("png by content type") << pngBytes() << true << QByteArray("image/png")
                                             << QStringLiteral("x.png") << QStringLiteral("image");
        const QByteArray token = *Fernet::encrypt(Fernet::generateKey(), "secret");
        QTest::newRow("fernet token")
            << token << false << QByteArray() << QString() << QStringLiteral("encrypted");
    }

    void choosesView()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, binary);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, filename);
        QFETCH(QString, view);
        PreviewPane pane;
        pane.showPayload(infoFor(data, binary, contentType, filename), data);
        QCOMPARE(pane.currentViewName(), view);
        QVERIFY2(pane.noticeText().isEmpty() || view == QLatin1String("image"),
                 qPrintable(pane.noticeText()));
    }

    void jsonIsPrettyPrinted()
    {
        PreviewPane pane;
        const QByteArray json = R"({"step":"review","rows":[1,2],"empty":{},"s":"a,b:{c}"})";
        pane.showPayload(infoFor(json), json);
        QCOMPARE(pane.currentViewName(), QStringLiteral("json"));
        QCOMPARE(pane.displayedText(),
                 QStringLiteral("{\n  \"step\": \"review\",\n  \"rows\": [\n    1,\n    2\n"
                                "  ],\n  \"empty\": {},\n  \"s\": \"a,b:{c}\"\n}"));
    }

    void markdownIsRendered()
    {
        PreviewPane pane;
        const QByteArray md = "# Review\n\nThe **patch** is fine.\n";
        PayloadInfo info = infoFor(md);
        info.metadataJson = R"({"format":"markdown"})";
        pane.showPayload(info, md);
        QCOMPARE(pane.currentViewName(), QStringLiteral("markdown"));
        const QString shown = pane.displayedText();
        QVERIFY2(shown.contains(QLatin1String("The patch is fine.")), qPrintable(shown));
        QVERIFY(!shown.contains(QLatin1String("**")));
    }

    void hexDump()
    {
        PreviewPane pane;
        const QByteArray data("\x00\x01\x02\x03"
                              "ABCD"
                              "\xff\xfe\xfd\xfc\x10\x11\x12\x13"
                              "XY",
                              18);
        pane.showPayload(infoFor(data, true), data);
        QCOMPARE(pane.currentViewName(), QStringLiteral("hex"));
        const QStringList lines = pane.displayedText().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(QLatin1String("00000000  00 01 02 03 41 42 43 44  ff fe fd fc")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(0).endsWith(QLatin1String("|....ABCD........|")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QLatin1String("00000010  58 59")), qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).endsWith(QLatin1String("|XY|")));
    }

    void imageIsDecoded()
    {
        PreviewPane pane;
        const QByteArray png = pngBytes(40, 30);
        pane.showPayload(infoFor(png, true), png);
        QCOMPARE(pane.currentViewName(), QStringLiteral("image"));
        auto *image = pane.findChild<ImagePreview *>(QStringLiteral("imageView"));
        QVERIFY(image);
        QTRY_COMPARE(image->image().size(), QSize(40, 30));
        QVERIFY2(pane.noticeText().contains(QStringLiteral("40 × 30")), qPrintable(pane.noticeText()));
    }

    void brokenImageFallsBackToBytes()
    {
        PreviewPane pane;
        const QByteArray notPng = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, '\x07');
        pane.showPayload(infoFor(notPng, true, "image/png"), notPng);
        QCOMPARE(pane.currentViewName(), QStringLiteral("hex"));
        QVERIFY(!pane.noticeText().isEmpty());
    }

    void imageCutShortAsksForTheRest()
    {
        PreviewPane pane;
        QSignalSpy wanted(&pane, &PreviewPane::moreBytesWanted);
        const QByteArray png = pngBytes(200, 200);
        PayloadInfo info = infoFor(png, true);
        pane.showPayload(info, png.left(16));
        QCOMPARE(pane.currentViewName(), QStringLiteral("image"));
        QCOMPARE(wanted.count(), 1);
        QCOMPARE(wanted.first().at(0).toString(), info.id);
        QCOMPARE(wanted.first().at(1).toLongLong(), qint64(png.size()));
        pane.showPayload(info, png); // the rest arrives
        auto *image = pane.findChild<ImagePreview *>(QStringLiteral("imageView"));
        QTRY_COMPARE(image->image().size(), QSize(200, 200));
        QCOMPARE(wanted.count(), 1);
    }

    void decryptsWithTheRightKey()
    {
        const QByteArray key = Fernet::generateKey();
        const QByteArray token = *Fernet::encrypt(key, "the secret plan");
        PreviewPane pane;
        pane.showPayload(infoFor(token), token);
        QCOMPARE(pane.currentViewName(), QStringLiteral("encrypted"));

        auto *keyEdit = pane.findChild<QLineEdit *>(QStringLiteral("keyEdit"));
        auto *button = pane.findChild<QPushButton *>(QStringLiteral("decryptButton"));
        QVERIFY(keyEdit && button);
        keyEdit->setText(QString::fromLatin1(key));
        button->click();
        QCOMPARE(pane.currentViewName(), QStringLiteral("text"));
        QCOMPARE(pane.displayedText(), QStringLiteral("the secret plan"));
        QVERIFY(keyEdit->text().isEmpty()); // not kept around in the field
        QVERIFY(pane.noticeText().contains(QLatin1String("Decrypted")));
    }

    void decryptsWithTheWholeUrl()
    {
        const QByteArray key = Fernet::generateKey();
        const QByteArray token = *Fernet::encrypt(key, R"({"verdict":"ship it"})");
        PreviewPane pane;
        pane.showPayload(infoFor(token), token);
        auto *keyEdit = pane.findChild<QLineEdit *>(QStringLiteral("keyEdit"));
        QTest::keyClicks(keyEdit, QStringLiteral("http://127.0.0.1:8787/pull/abcdefgh12345678#key=") +
                                      QString::fromLatin1(key));
        QTest::keyClick(keyEdit, Qt::Key_Return);
        QCOMPARE(pane.currentViewName(), QStringLiteral("json"));
        QVERIFY(pane.displayedText().contains(QLatin1String("\"verdict\": \"ship it\"")));
    }

    void wrongKeyShowsAnError()
    {
        const QByteArray token = *Fernet::encrypt(Fernet::generateKey(), "the secret plan");
        PreviewPane pane;
        pane.show();
        pane.showPayload(infoFor(token), token);
        auto *keyEdit = pane.findChild<QLineEdit *>(QStringLiteral("keyEdit"));
        auto *error = pane.findChild<QLabel *>(QStringLiteral("decryptError"));
        QVERIFY(keyEdit && error);

        keyEdit->setText(QString::fromLatin1(Fernet::generateKey()));
        pane.findChild<QPushButton *>(QStringLiteral("decryptButton"))->click();
        QCOMPARE(pane.currentViewName(), QStringLiteral("encrypted"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QLatin1String("Could not decrypt")), qPrintable(error->text()));
        QVERIFY(error->text().endsWith(QLatin1Char('.')));

        keyEdit->setText(QStringLiteral("not a key at all"));
        pane.findChild<QPushButton *>(QStringLiteral("decryptButton"))->click();
        QCOMPARE(pane.currentViewName(), QStringLiteral("encrypted"));
        QVERIFY(error->isVisible());
    }

    void largeTextShowsItsFirstPart()
    {
        QByteArray big;
        big.reserve(5 * 1024 * 1024);
        while (big.size() < 5 * 1024 * 1024)
            big += "All work and no play makes a very large payload. äöü €\n";
        big.truncate(5 * 1024 * 1024);
        PayloadInfo info = infoFor(big);
        QCOMPARE(info.kind, PayloadKind::Text);

        PreviewPane pane;
        QElapsedTimer timer;
        timer.start();
        pane.showPayload(info, big);
        QVERIFY2(timer.elapsed() < 1000, "showing a 5 MB payload must not stall the GUI");
        QCOMPARE(pane.currentViewName(), QStringLiteral("text"));
        const QString shown = pane.displayedText();
        QVERIFY(shown.toUtf8().size() <= PreviewPane::kPreviewBytes);
        QVERIFY(shown.toUtf8().size() > PreviewPane::kPreviewBytes - 8);
        QVERIFY(!shown.contains(QChar::ReplacementCharacter)); // not cut inside a character
        QVERIFY2(pane.noticeText().startsWith(QLatin1String("Showing the first")),
                 qPrintable(pane.noticeText()));
        QCOMPARE(pane.noticeText(),
                 QStringLiteral("Showing the first %1 of %2.")
                     .arg(formatSize(PreviewPane::kPreviewBytes), formatSize(5 * 1024 * 1024)));

        // Given only the first part (as the inspector fetches it), it says the same.
        pane.showPayload(info, big.left(PreviewPane::kPreviewBytes));
        QVERIFY(pane.noticeText().startsWith(QLatin1String("Showing the first")));
    }

    void largeJsonIsFormattedInTheBackground()
    {
        QByteArray json = "[";
        for (int i = 0; json.size() < 200 * 1024; ++i)
            json += "{\"i\":" + QByteArray::number(i) + ",\"name\":\"item\"},";
        json.chop(1);
        json += "]";
        PreviewPane pane;
        pane.showPayload(infoFor(json), json);
        QCOMPARE(pane.currentViewName(), QStringLiteral("json"));
        QTRY_VERIFY(pane.displayedText().startsWith(QLatin1String("[\n  {\n    \"i\": 0,")));
        // A newer payload wins over formatting still in flight.
        pane.showPayload(infoFor(json), json);
        pane.showPayload(infoFor("plain"), "plain");
        QCOMPARE(pane.currentViewName(), QStringLiteral("text"));
        QTest::qWait(200);
        QCOMPARE(pane.displayedText(), QStringLiteral("plain"));
    }

    void viewAsOverrides()
    {
        PreviewPane pane;
        const QByteArray text = "hello";
        pane.showPayload(infoFor(text), text);
        auto *viewAs = pane.findChild<QComboBox *>(QStringLiteral("viewAs"));
        QVERIFY(viewAs);
        viewAs->setCurrentIndex(viewAs->findText(QStringLiteral("Hex")));
        Q_EMIT viewAs->activated(viewAs->currentIndex());
        QCOMPARE(pane.currentViewName(), QStringLiteral("hex"));
        QVERIFY(pane.displayedText().contains(QLatin1String("68 65 6c 6c 6f")));
        // Another payload starts from the automatic choice again.
        pane.showPayload(
            [] {
                PayloadInfo p = infoFor("x");
                p.id = QStringLiteral("other");
                return p;
            }(),
            "x");
        QCOMPARE(pane.currentViewName(), QStringLiteral("text"));
    }
};

QTEST_MAIN(TestPreviewPane)
#include "tst_previewpane.moc"
