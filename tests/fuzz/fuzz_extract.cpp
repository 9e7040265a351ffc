// Any bytes, as an article page: decoding, libxml2's parse, metadata, site rules, content scoring,
// lead photo, pull quotes and the sanitised body. The body must come out already clean.
#include "extract/articleextractor.h"
#include "extract/htmlsanitizer.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static oqy::ArticleExtractor extractor; // as in the serve loop: caches persist across pages
    const QUrl url(QStringLiteral("https://tengrinews.kz/kazakhstan_news/a-1/"));
    const oqy::ExtractedArticle a
        = extractor.extract(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), url);
    if (a.complete && a.text.isEmpty())
        __builtin_trap();
    oqy::HtmlSanitizer::Options options;
    options.base = url;
    if (oqy::HtmlSanitizer::sanitize(a.html, options) != a.html)
        __builtin_trap();
    return 0;
}
