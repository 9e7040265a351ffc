#pragma once

#include <QByteArray>
#include <QString>

namespace oqy {

struct DecodedHtml
{
    QString text;
    QString encoding; // what the bytes were read as ("utf-8", "windows-1251", …)
};

// Decodes a web page the way browsers settle its encoding: the BOM, then the HTTP charset, then
// <meta charset>/<meta http-equiv> in the first 4 KB, and for pages that declare nothing, a
// detector for Cyrillic text (windows-1251 pages without a meta tag exist and would otherwise come
// out as mojibake), falling back to UTF-8 with replacement characters.
DecodedHtml decodeHtml(const QByteArray &bytes, const QString &contentType = {});

// The same decision, giving well-formed UTF-8 bytes (what libxml2's parser reads): a page that
// is already valid UTF-8 is passed through without a copy.
struct Utf8Html
{
    QByteArray utf8;
    QString encoding;
};
Utf8Html decodeHtmlToUtf8(const QByteArray &bytes, const QString &contentType = {});

} // namespace oqy
