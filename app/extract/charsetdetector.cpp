#include "charsetdetector.h"

#include "textcodec.h"

#include <QString>

namespace oqy {

namespace {

// Share of non-ASCII characters that are frequent lower-case Russian or Kazakh letters. Text in the
// right encoding scores around 0.6; the wrong one turns into capitals, box drawing or Latin-1
// punctuation and scores near 0.
double cyrillicScore(const QString &text)
{
    static const QString frequent = QStringLiteral("оеаинтсрвлкмдпуяыьгзбчйхжшюэәғқңөұүһі");
    int nonAscii = 0;
    int hits = 0;
    for (QChar c : text) {
        if (c.unicode() < 0x80)
            continue;
        ++nonAscii;
        if (frequent.contains(c))
            ++hits;
    }
    return nonAscii == 0 ? 0.0 : double(hits) / nonAscii;
}

} // namespace

QByteArray detectCyrillicEncoding(const QByteArray &bytes)
{
    // The first 64 KB are plenty and keep the cost flat for big pages.
    const QByteArray sample = bytes.left(64 * 1024);
    int highBytes = 0;
    for (char c : sample)
        highBytes += static_cast<unsigned char>(c) >= 0x80 ? 1 : 0;
    if (highBytes == 0)
        return {};
    // A multi-byte sequence cut at the sample's end is not an error.
    if (isValidUtf8(sample) || isValidUtf8(sample.left(sample.size() - 1))
        || isValidUtf8(sample.left(sample.size() - 2)) || isValidUtf8(sample.left(sample.size() - 3)))
        return "utf-8";
    // A handful of stray bytes says nothing about a language; a Russian sentence has dozens.
    if (highBytes < 16)
        return {};
    QByteArray best;
    double bestScore = 0.3; // below this nothing reads as Cyrillic prose
    for (const char *candidate : {"windows-1251", "koi8-r", "cp866", "iso-8859-5"}) {
        const auto utf8 = convertToUtf8(sample, candidate);
        if (!utf8)
            continue;
        const double score = cyrillicScore(QString::fromUtf8(*utf8));
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

} // namespace oqy
