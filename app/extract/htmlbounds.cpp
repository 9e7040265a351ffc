#include "htmlbounds.h"

#include <cstring>

namespace oqy::extract {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Walks the tags of `html` (a tokenizer's view, simplified: comments and quoted values are
// skipped, raw text is not special). For each attribute of each tag calls keep(start, count):
// the attribute's first byte and how many the tag had before it; returns false to drop it.
template<typename Visitor> void walkAttributes(const QByteArray &html, Visitor &&visit)
{
    const char *p = html.constData();
    const qsizetype n = html.size();
    for (qsizetype i = 0; i < n; ++i) {
        const void *lt = std::memchr(p + i, '<', size_t(n - i));
        if (!lt)
            return;
        i = static_cast<const char *>(lt) - p;
        if (i + 3 < n && p[i + 1] == '!' && p[i + 2] == '-' && p[i + 3] == '-') {
            const qsizetype end = html.indexOf("-->", i + 4);
            if (end < 0)
                return;
            i = end + 2;
            continue;
        }
        if (i + 1 >= n || !isLetter(p[i + 1]))
            continue;
        qsizetype j = i + 1;
        while (j < n && !isSpace(p[j]) && p[j] != '>' && p[j] != '/')
            ++j;
        int count = 0;
        while (j < n && p[j] != '>') {
            if (isSpace(p[j]) || p[j] == '/') {
                ++j;
                continue;
            }
            const qsizetype start = j;
            while (j < n && !isSpace(p[j]) && p[j] != '=' && p[j] != '>' && p[j] != '/')
                ++j;
            while (j < n && isSpace(p[j]))
                ++j;
            if (j < n && p[j] == '=') {
                ++j;
                while (j < n && isSpace(p[j]))
                    ++j;
                if (j < n && (p[j] == '"' || p[j] == '\'')) {
                    const char quote = p[j];
                    const qsizetype close = html.indexOf(quote, j + 1);
                    j = close < 0 ? n : close + 1;
                } else {
                    while (j < n && !isSpace(p[j]) && p[j] != '>')
                        ++j;
                }
            }
            visit(start, j, count++);
        }
        i = j;
    }
}

} // namespace

void capAttributes(QByteArray &html, int maxAttributes)
{
    bool tooMany = false;
    walkAttributes(html,
        [&](qsizetype, qsizetype, int count) { tooMany = tooMany || count >= maxAttributes; });
    if (!tooMany)
        return;
    QByteArray bounded;
    bounded.reserve(html.size());
    qsizetype copied = 0;
    walkAttributes(html, [&](qsizetype start, qsizetype end, int count) {
        if (count < maxAttributes)
            return;
        bounded.append(html.constData() + copied, start - copied);
        copied = end;
    });
    bounded.append(html.constData() + copied, html.size() - copied);
    html = std::move(bounded);
}

namespace {

bool startsWithNoCase(const char *p, const char *end, const char *word)
{
    for (; *word; ++p, ++word) {
        if (p >= end)
            return false;
        char c = *p;
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != *word)
            return false;
    }
    return true;
}

const char *findNoCase(const char *from, const char *end, const char *word)
{
    const char first = word[0];
    for (const char *p = from; p < end;) {
        const void *hit = std::memchr(p, '<', size_t(end - p));
        if (!hit)
            return nullptr;
        p = static_cast<const char *>(hit);
        if (p + 1 < end && p[1] == '/' && startsWithNoCase(p + 2, end, word + 2) && first == '<')
            return p;
        ++p;
    }
    return nullptr;
}

// The end of a start tag beginning at `p` ('<'), quotes respected; `end` when unterminated.
const char *endOfTag(const char *p, const char *end)
{
    char quote = 0;
    for (++p; p < end; ++p) {
        if (quote) {
            if (*p == quote)
                quote = 0;
        } else if (*p == '"' || *p == '\'') {
            quote = *p;
        } else if (*p == '>') {
            return p + 1;
        }
    }
    return end;
}

bool isJsonLd(const char *tagStart, const char *tagEnd)
{
    for (const char *p = tagStart; p + 7 <= tagEnd; ++p)
        if ((*p == 'l' || *p == 'L') && startsWithNoCase(p, tagEnd, "ld+json"))
            return true;
    return false;
}

} // namespace

void dropScriptsStylesAndComments(QByteArray &html)
{
    const char *begin = html.constData();
    const char *end = begin + html.size();
    QByteArray out;
    const char *copied = begin;
    auto drop = [&](const char *from, const char *to) {
        if (out.isNull())
            out.reserve(html.size());
        out.append(copied, from - copied);
        copied = to;
    };
    for (const char *p = begin; p < end;) {
        const void *hit = std::memchr(p, '<', size_t(end - p));
        if (!hit)
            break;
        p = static_cast<const char *>(hit);
        if (startsWithNoCase(p, end, "<!--")) {
            const char *close = nullptr;
            for (const char *q = p + 4; q + 3 <= end; ++q) {
                q = static_cast<const char *>(std::memchr(q, '-', size_t(end - q)));
                if (!q)
                    break;
                if (q + 3 <= end && q[1] == '-' && q[2] == '>') {
                    close = q + 3;
                    break;
                }
            }
            if (!close)
                break; // an unterminated comment: leave it to the parser
            drop(p, close);
            p = close;
            continue;
        }
        const bool script = startsWithNoCase(p, end, "<script");
        const bool style = !script && startsWithNoCase(p, end, "<style");
        const char *afterName = p + (script ? 7 : 6);
        if ((script || style) && afterName < end
            && (*afterName == '>' || *afterName == ' ' || *afterName == '\t' || *afterName == '\n'
                || *afterName == '\r' || *afterName == '/')) {
            const char *tagEnd = endOfTag(p, end);
            if (script && isJsonLd(p, tagEnd)) {
                p = tagEnd;
                continue;
            }
            const char *close = findNoCase(tagEnd, end, script ? "</script" : "</style");
            if (!close)
                break;
            const char *closeEnd = endOfTag(close, end);
            drop(p, closeEnd);
            p = closeEnd;
            continue;
        }
        ++p;
    }
    if (out.isNull())
        return;
    out.append(copied, end - copied);
    html = std::move(out);
}

} // namespace oqy::extract
