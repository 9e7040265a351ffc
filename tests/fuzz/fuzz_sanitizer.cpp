// Any bytes, as HTML: both sanitiser policies, the plain-text conversion and the page decoder.
#include "extract/htmldecoder.h"
#include "extract/htmlsanitizer.h"
#include "extract/htmltext.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = oqy::decodeHtml(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))).text;
    oqy::HtmlSanitizer::Options options;
    options.base = QUrl(QStringLiteral("https://news.example.kz/a/1.html"));
    QString text;
    options.plainText = &text;
    const QString clean = oqy::HtmlSanitizer::sanitize(html, options);
    // Sanitising what is already clean must change nothing.
    options.plainText = nullptr;
    if (oqy::HtmlSanitizer::sanitize(clean, options) != clean)
        __builtin_trap();
    options.policy = oqy::HtmlSanitizer::Policy::FeedCompatible;
    oqy::HtmlSanitizer::sanitize(html, options);
    oqy::htmlToPlainText(html);
    return 0;
}
