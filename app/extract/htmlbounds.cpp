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

} // namespace oqy::extract
