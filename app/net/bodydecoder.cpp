#include "bodydecoder.h"

#include <QCoreApplication>

#include <zlib.h>

namespace oqy {

namespace {

// Strings of this file, in the "HttpFetcher" translation context (the fetcher reports them).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HttpFetcher)
};

} // namespace

struct BodyDecoder::Stream
{
    z_stream z {};
    bool deflate = false; // "deflate": zlib-wrapped in theory, raw in some servers' practice
    bool started = false;
    bool open = false;

    ~Stream()
    {
        if (open)
            inflateEnd(&z);
    }
};

BodyDecoder::BodyDecoder(const QByteArray &contentEncoding, qint64 maxBytes)
    : m_maxBytes(maxBytes)
{
    const QByteArray encoding = contentEncoding.trimmed().toLower();
    if (encoding.isEmpty() || encoding == "identity")
        return;
    m_stream = std::make_unique<Stream>();
    if (encoding == "gzip" || encoding == "x-gzip") {
        m_stream->open = inflateInit2(&m_stream->z, 16 + MAX_WBITS) == Z_OK;
    } else if (encoding == "deflate") {
        m_stream->deflate = true;
    } else {
        // Oqy asks only for gzip and deflate.
        m_error
            = Text::tr("The server compressed the download with \"%1\", which Oqy did not ask for.")
                  .arg(QString::fromLatin1(encoding.left(40)));
    }
}

BodyDecoder::~BodyDecoder() = default;

bool BodyDecoder::add(const QByteArray &chunk, QByteArray &body)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_stream) {
        m_size += chunk.size();
        if (m_size > m_maxBytes) {
            m_tooLarge = true;
            m_error = QStringLiteral("too large");
            return false;
        }
        body += chunk;
        return true;
    }
    if (chunk.isEmpty())
        return true;
    Stream &s = *m_stream;
    if (s.deflate && !s.started) {
        // A zlib header is two bytes whose big-endian value is a multiple of 31; otherwise raw.
        const auto b0 = uchar(chunk[0]);
        const bool zlibHeader
            = chunk.size() >= 2 && (b0 & 0x0f) == 8 && ((b0 << 8) | uchar(chunk[1])) % 31 == 0;
        s.open = inflateInit2(&s.z, zlibHeader ? MAX_WBITS : -MAX_WBITS) == Z_OK;
    }
    s.started = true;
    if (!s.open) {
        m_error = Text::tr("The compressed download could not be unpacked.");
        return false;
    }
    if (m_ended)
        return true; // bytes after the end of the stream: ignored, as browsers do
    s.z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(chunk.constData()));
    s.z.avail_in = uInt(chunk.size());
    char buffer[64 * 1024];
    while (s.z.avail_in > 0 || s.z.avail_out == 0) {
        s.z.next_out = reinterpret_cast<Bytef *>(buffer);
        s.z.avail_out = sizeof buffer;
        const int rc = inflate(&s.z, Z_NO_FLUSH);
        const qsizetype produced = qsizetype(sizeof buffer - s.z.avail_out);
        m_size += produced;
        if (m_size > m_maxBytes) {
            m_tooLarge = true;
            m_error = QStringLiteral("too large");
            return false;
        }
        body.append(buffer, produced);
        if (rc == Z_STREAM_END) {
            m_ended = true;
            return true;
        }
        if (rc == Z_BUF_ERROR && s.z.avail_in == 0)
            break; // wants more input
        if (rc != Z_OK) {
            m_error = Text::tr(
                "The server said the download was compressed, but it was not (or it was damaged).");
            return false;
        }
    }
    return true;
}

bool BodyDecoder::finish()
{
    if (!m_error.isEmpty())
        return false;
    if (m_stream && m_stream->started && !m_ended) {
        m_error = Text::tr("The compressed download was cut off before its end.");
        return false;
    }
    return true;
}

} // namespace oqy
