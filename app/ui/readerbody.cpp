#include "readerbody.h"

#include "extract/credits.h"
#include "extract/htmlentities.h"

#include <QRegularExpression>

namespace oqy::readerbody {

namespace {

// Letters and digits only, lower case: "В Павлодаре — ремонт!" and "в павлодаре ремонт" match.
QString comparable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    return out;
}

QString plainText(const QString &html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return decodeHtmlEntities(QString(html).replace(tags, QStringLiteral(" "))).simplified();
}

} // namespace

QString withoutRepeatedHeadline(const QString &html, const QString &title)
{
    // The first heading, with nothing but opening containers before it.
    static const QRegularExpression first(
        QStringLiteral("^\\s*(?:<(?:div|section|article|header|span)\\b[^>]*>\\s*)*(<h([1-3])\\b[^>]*>("
                       ".*?)</h\\2>)"),
        QRegularExpression::DotMatchesEverythingOption
            | QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = first.match(html);
    if (!m.hasMatch() || comparable(plainText(m.captured(3))) != comparable(title)
        || comparable(title).isEmpty())
        return html;
    return QString(html).remove(m.capturedStart(1), m.capturedLength(1));
}

QString withAttributionsInQuotes(const QString &html)
{
    static const QRegularExpression loose(
        QStringLiteral("</blockquote>\\s*<p>((?:(?!</p>).){1,300})</p>"),
        QRegularExpression::DotMatchesEverythingOption
            | QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype done = 0;
    for (auto it = loose.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString text = plainText(m.captured(1));
        if (text.size() > 160 || !extract::looksLikeAttribution(text))
            continue;
        out += QStringView(html).mid(done, m.capturedStart(0) - done);
        out += QLatin1String("<cite>") + m.captured(1) + QLatin1String("</cite></blockquote>");
        done = m.capturedEnd(0);
    }
    if (done == 0)
        return html;
    out += QStringView(html).mid(done);
    return out;
}

QString creditLine(const LeadImage &image, const QString &articleLanguage)
{
    if (!image.creditLine.isEmpty() && extract::isCreditLine(image.creditLine))
        return image.creditLine;
    if (image.credit.isEmpty())
        return {};
    if (extract::isCreditLine(image.credit))
        return image.credit;
    // «Фото из архива eKaraganda» keeps its own words: only a bare name gets the prefix.
    const QString word = articleLanguage.startsWith(QLatin1String("kk")) ? QStringLiteral("Сурет")
        : articleLanguage.startsWith(QLatin1String("ru")) || articleLanguage.isEmpty()
        ? QStringLiteral("Фото")
        : QStringLiteral("Photo");
    return word + QStringLiteral(": ") + image.credit;
}

} // namespace oqy::readerbody
