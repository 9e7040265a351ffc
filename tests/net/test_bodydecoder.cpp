// Content-Encoding as servers send it: gzip, deflate with and without its zlib wrapper, bodies
// that unpack past the limit, and bodies that lie about being compressed.
#include "net/bodydecoder.h"

#include <QTest>

using namespace oqy;

namespace {

const QByteArray Feed = QByteArray("<rss version=\"2.0\"><channel><title>Уральск</title>")
    + QByteArray("<item><title>В Уральске открыли мост</title></item>").repeated(200)
    + QByteArray("</channel></rss>");

// qCompress gives a zlib stream after a 4-byte length.
QByteArray zlibStream(const QByteArray &data)
{
    return qCompress(data, 9).mid(4);
}

// Decodes `encoded` in chunks of `step` bytes, as the network delivers it.
bool decode(BodyDecoder &decoder, const QByteArray &encoded, QByteArray &body, int step = 97)
{
    for (qsizetype i = 0; i < encoded.size(); i += step)
        if (!decoder.add(encoded.mid(i, step), body))
            return false;
    return decoder.finish();
}

} // namespace

class TestBodyDecoder : public QObject
{
    Q_OBJECT
private slots:
    void identityPassesThrough()
    {
        BodyDecoder decoder("", 1 << 20);
        QByteArray body;
        QVERIFY(decode(decoder, Feed, body));
        QCOMPARE(body, Feed);
    }

    void deflateWithAndWithoutZlibWrapper()
    {
        const QByteArray wrapped = zlibStream(Feed);
        const QByteArray raw = wrapped.mid(2, wrapped.size() - 6); // no header, no checksum
        for (const QByteArray &encoded : { wrapped, raw }) {
            BodyDecoder decoder("deflate", 1 << 20);
            QByteArray body;
            QVERIFY2(decode(decoder, encoded, body), qPrintable(decoder.error()));
            QCOMPARE(body, Feed);
        }
    }

    void unpackingStopsAtTheLimit()
    {
        const QByteArray zeros(8 * 1024 * 1024, '\0');
        BodyDecoder decoder("deflate", 1024 * 1024);
        QByteArray body;
        QVERIFY(!decode(decoder, zlibStream(zeros), body, 4096));
        QVERIFY(decoder.tooLarge());
        QVERIFY(body.size() <= 1024 * 1024);
    }

    void aBodyThatIsNotCompressedIsAnError()
    {
        BodyDecoder decoder("gzip", 1 << 20);
        QByteArray body;
        QVERIFY(!decode(decoder, Feed, body));
        QVERIFY(!decoder.tooLarge());
        QVERIFY(decoder.error().contains(QLatin1String("compressed")));
    }

    void aStreamCutShortIsAnError()
    {
        const QByteArray encoded = zlibStream(Feed);
        BodyDecoder decoder("deflate", 1 << 20);
        QByteArray body;
        QVERIFY(!decode(decoder, encoded.left(encoded.size() / 2), body));
        QVERIFY(decoder.error().contains(QLatin1String("cut off")));
    }

    void anEncodingOqyDidNotAskForIsAnError()
    {
        BodyDecoder decoder("br", 1 << 20);
        QByteArray body;
        QVERIFY(!decoder.add(Feed, body));
        QVERIFY(decoder.error().contains(QLatin1String("\"br\"")));
    }
};

QTEST_GUILESS_MAIN(TestBodyDecoder)
#include "test_bodydecoder.moc"
