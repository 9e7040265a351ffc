#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace oqy {

// Undoes a response's Content-Encoding (gzip, deflate, identity) as the bytes arrive, stopping as
// soon as the decoded body passes its limit: a few compressed megabytes that would unpack to
// gigabytes (a decompression bomb) cost no more memory than the limit. Oqy decodes itself rather
// than let QNetworkAccessManager do it, because Qt 6.4 neither bounds the output nor reports a
// body that was not compressed as it claimed.
class BodyDecoder
{
public:
    BodyDecoder(const QByteArray &contentEncoding, qint64 maxBytes);
    ~BodyDecoder();
    BodyDecoder(const BodyDecoder &) = delete;
    BodyDecoder &operator=(const BodyDecoder &) = delete;

    // Decodes `chunk` and appends it to `body`. False once the body is broken or too large;
    // error() and tooLarge() then say which.
    bool add(const QByteArray &chunk, QByteArray &body);
    // The body is complete: false when a compressed stream stopped in the middle.
    bool finish();

    bool tooLarge() const { return m_tooLarge; }
    QString error() const { return m_error; }

private:
    struct Stream;
    std::unique_ptr<Stream> m_stream; // null for identity
    qint64 m_maxBytes;
    qint64 m_size = 0;
    bool m_tooLarge = false;
    bool m_ended = false;
    QString m_error;
};

} // namespace oqy
