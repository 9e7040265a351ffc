#include "feedparser.h"

#include "feedbuilder.h"
#include "fastxmlreader.h"
#include "feedencoding.h"
#include "jsonfeedparser.h"
#include "xmlsaxreader.h"

#include <QCoreApplication>

namespace oqy::feeds {

namespace {

bool looksLikeJson(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{';
    }
    return false;
}

bool looksLikeHtmlPage(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(2048).toLower();
    return head.contains("<!doctype html") || head.contains("<html");
}

// Strings of this file, in the "FeedParser" translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FeedParser)
};

} // namespace

FeedDocument parseFeed(const QByteArray &input, const FeedContext &context)
{
    if (input.size() > MaxFeedBytes) {
        FeedDocument doc;
        doc.bozo = true;
        doc.error = Text::tr("The feed is larger than %1 MB; Oqy does not read it.").arg(MaxFeedBytes >> 20);
        return doc;
    }
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF") && looksLikeJson(bytes.mid(3)))
        bytes.remove(0, 3);
    if (looksLikeJson(bytes))
        return parseJsonFeed(bytes, context);

    FeedDocument doc;
    bool netscape = false;
    DecodedFeed decoded = decodeFeedBytes(bytes, context, false);
    bool done = false;
    if (decoded.passThrough) {
        // The common case: a well-formed feed whose declared encoding is right. Oqy's own strict
        // reader takes UTF-8 (other encodings are converted first); whatever it does not handle,
        // libxml2 reads from the original bytes. Anything that goes wrong on either (an invalid
        // byte, a broken document) takes the careful path below.
        const bool utf8 = decoded.encoding.compare(QLatin1String("utf-8"), Qt::CaseInsensitive) == 0;
        const DecodedFeed converted = utf8 ? DecodedFeed() : decodeFeedBytes(bytes, context, true);
        if (utf8 || !converted.bozo) {
            FeedBuilder fast(context);
            if (fastParseFeed(utf8 ? bytes : converted.utf8, fast)) {
                doc = fast.take();
                done = true;
            }
        }
        if (!done) {
            FeedBuilder builder(context);
            if (runSaxParser(stripDoctype(bytes, &netscape), builder, false).wellFormed) {
                doc = builder.take();
                done = true;
            } else {
                decoded = utf8 || converted.utf8.isEmpty() ? decodeFeedBytes(bytes, context, true) : converted;
            }
        }
    }
    if (!done) {
        const QByteArray xml = stripDoctype(decoded.utf8, &netscape);
        FeedBuilder builder(context);
        const SaxOutcome strict = runSaxParser(xml, builder, false);
        if (strict.wellFormed) {
            doc = builder.take();
        } else {
            // Like feedparser's loose parser: read what can be read, and say the feed is broken.
            FeedBuilder loose(context);
            runSaxParser(xml, loose, true);
            doc = loose.take();
            doc.bozo = true;
            doc.bozoMessage = strict.error;
        }
    }
    if (netscape)
        doc.version = QStringLiteral("rss091n");
    doc.encoding = decoded.encoding;
    if (decoded.bozo) {
        doc.bozo = true;
        if (doc.bozoMessage.isEmpty())
            doc.bozoMessage = decoded.bozoMessage;
    }
    const bool empty = !doc.recognised && doc.version.isEmpty() && doc.entries.isEmpty();
    if (empty) {
        doc.bozo = true;
        doc.error = looksLikeHtmlPage(bytes)
                        ? Text::tr("This address gives a web page, not a feed.")
                        : bytes.trimmed().isEmpty() ? Text::tr("The server sent an empty document.")
                                                    : Text::tr("This is not a feed Oqy can read (%1).")
                                                          .arg(doc.bozoMessage.isEmpty()
                                                                   ? Text::tr("no RSS or Atom elements")
                                                                   : doc.bozoMessage);
    }
    return doc;
}

} // namespace oqy::feeds
