#include "articlerenderer.h"

#include "extract/htmlentities.h"
#include "extract/htmlsanitizer.h"
#include "extract/htmltokenizer.h"
#include "readerbody.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QUrlQuery>

namespace oqy {

namespace {

// Strings of this file, in the "ArticleRenderer" translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ArticleRenderer)
};

QString pageTemplate()
{
    static const QString text = [] {
        QFile file(QStringLiteral(":/reader/article.html"));
        file.open(QIODevice::ReadOnly);
        return QString::fromUtf8(file.readAll());
    }();
    return text;
}

// One pass over the template, so that text inside a value ("{{title}}" in an article) is never
// mistaken for a placeholder.
QString fill(const QString &page, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(page.size() * 2);
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = page.indexOf(QLatin1String("{{"), pos);
        const qsizetype close = open < 0 ? -1 : page.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0) {
            out += QStringView(page).mid(pos);
            return out;
        }
        out += QStringView(page).mid(pos, open - pos);
        out += values.value(page.mid(open + 2, close - open - 2));
        pos = close + 2;
    }
}

QString themeClass(ArticleRenderer::Style::Theme theme)
{
    switch (theme) {
    case ArticleRenderer::Style::Theme::Light:
        return QStringLiteral("light");
    case ArticleRenderer::Style::Theme::Dark:
        return QStringLiteral("dark");
    default:
        return {};
    }
}

QString fontFamily(bool serif)
{
    return serif ? QStringLiteral("\"DejaVu Serif\", \"Noto Serif\", Georgia, serif")
                 : QStringLiteral("\"DejaVu Sans\", \"Noto Sans\", Arial, sans-serif");
}

QHash<QString, QString> styleValues(const ArticleRenderer::Style &style, const QString &language)
{
    return { { QStringLiteral("theme"), themeClass(style.theme) },
        { QStringLiteral("fontSize"), QString::number(qBound(10, style.fontSize, 40)) },
        { QStringLiteral("fontFamily"), fontFamily(style.serif) },
        { QStringLiteral("lang"),
            escapeHtml(language.isEmpty() ? QStringLiteral("ru") : language, true) } };
}

} // namespace

QUrl ArticleRenderer::cacheUrlFor(const QString &imageUrl)
{
    QUrl url;
    url.setScheme(QString::fromLatin1(Scheme));
    url.setHost(QStringLiteral("image"));
    url.setPath(QStringLiteral("/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("u"), QString::fromLatin1(QUrl::toPercentEncoding(imageUrl)));
    url.setQuery(query);
    return url;
}

QString ArticleRenderer::originalUrlOf(const QUrl &cacheUrl)
{
    const QString encoded
        = QUrlQuery(cacheUrl).queryItemValue(QStringLiteral("u"), QUrl::FullyEncoded);
    return QUrl::fromPercentEncoding(encoded.toLatin1());
}

QString ArticleRenderer::pointImagesAtCache(const QString &html)
{
    QString out;
    out.reserve(html.size() + 256);
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    while (tokenizer.next(token)) {
        const bool media = token.type == HtmlToken::Type::StartTag
            && (token.name == QLatin1String("img") || token.name == QLatin1String("source")
                || token.name == QLatin1String("video"));
        if (!media) {
            out += token.raw;
            continue;
        }
        out += QLatin1Char('<') + token.name;
        for (const HtmlAttribute &a : token.attributes) {
            QString value = a.value;
            if (a.name == QLatin1String("src") || a.name == QLatin1String("poster")) {
                if (value.startsWith(QLatin1String("http:"))
                    || value.startsWith(QLatin1String("https:")))
                    value = cacheUrlFor(value).toString(QUrl::FullyEncoded);
                else if (!value.startsWith(QLatin1String("data:image/")))
                    continue;
            } else if (a.name == QLatin1String("srcset")) {
                continue; // the sanitiser already chose one image into src
            }
            out += QLatin1Char(' ') + a.name + QLatin1String("=\"") + escapeHtml(value, true)
                + QLatin1Char('"');
        }
        out += token.selfClosing || token.name != QLatin1String("video") ? QLatin1String(" />")
                                                                         : QLatin1String(">");
    }
    return out;
}

QString ArticleRenderer::regionName(const QString &slug, const QString &uiLanguage)
{
    // The names mirror the regions table (resources/sql/0001_initial.sql); English is the slug's.
    static const QHash<QString, QStringList> names = {
        { QStringLiteral("abai"),
            { QStringLiteral("Абайская обл."), QStringLiteral("Абай обл."),
                QStringLiteral("Abai") } },
        { QStringLiteral("akmola"),
            { QStringLiteral("Акмолинская обл."), QStringLiteral("Ақмола обл."),
                QStringLiteral("Akmola") } },
        { QStringLiteral("aktobe"),
            { QStringLiteral("Актюбинская обл."), QStringLiteral("Ақтөбе обл."),
                QStringLiteral("Aktobe") } },
        { QStringLiteral("almaty_region"),
            { QStringLiteral("Алматинская обл."), QStringLiteral("Алматы обл."),
                QStringLiteral("Almaty Region") } },
        { QStringLiteral("atyrau"),
            { QStringLiteral("Атырауская обл."), QStringLiteral("Атырау обл."),
                QStringLiteral("Atyrau") } },
        { QStringLiteral("east_kazakhstan"),
            { QStringLiteral("ВКО"), QStringLiteral("ШҚО"), QStringLiteral("East Kazakhstan") } },
        { QStringLiteral("zhambyl"),
            { QStringLiteral("Жамбылская обл."), QStringLiteral("Жамбыл обл."),
                QStringLiteral("Zhambyl") } },
        { QStringLiteral("zhetisu"),
            { QStringLiteral("Жетысуская обл."), QStringLiteral("Жетісу обл."),
                QStringLiteral("Zhetisu") } },
        { QStringLiteral("west_kazakhstan"),
            { QStringLiteral("ЗКО"), QStringLiteral("БҚО"), QStringLiteral("West Kazakhstan") } },
        { QStringLiteral("karaganda"),
            { QStringLiteral("Карагандинская обл."), QStringLiteral("Қарағанды обл."),
                QStringLiteral("Karaganda") } },
        { QStringLiteral("kostanay"),
            { QStringLiteral("Костанайская обл."), QStringLiteral("Қостанай обл."),
                QStringLiteral("Kostanay") } },
        { QStringLiteral("kyzylorda"),
            { QStringLiteral("Кызылординская обл."), QStringLiteral("Қызылорда обл."),
                QStringLiteral("Kyzylorda") } },
        { QStringLiteral("mangystau"),
            { QStringLiteral("Мангистауская обл."), QStringLiteral("Маңғыстау обл."),
                QStringLiteral("Mangystau") } },
        { QStringLiteral("pavlodar"),
            { QStringLiteral("Павлодарская обл."), QStringLiteral("Павлодар обл."),
                QStringLiteral("Pavlodar") } },
        { QStringLiteral("north_kazakhstan"),
            { QStringLiteral("СКО"), QStringLiteral("СҚО"), QStringLiteral("North Kazakhstan") } },
        { QStringLiteral("turkistan"),
            { QStringLiteral("Туркестанская обл."), QStringLiteral("Түркістан обл."),
                QStringLiteral("Turkistan") } },
        { QStringLiteral("ulytau"),
            { QStringLiteral("Улытауская обл."), QStringLiteral("Ұлытау обл."),
                QStringLiteral("Ulytau") } },
        { QStringLiteral("astana"),
            { QStringLiteral("Астана"), QStringLiteral("Астана"), QStringLiteral("Astana") } },
        { QStringLiteral("almaty_city"),
            { QStringLiteral("Алматы"), QStringLiteral("Алматы"), QStringLiteral("Almaty") } },
        { QStringLiteral("shymkent"),
            { QStringLiteral("Шымкент"), QStringLiteral("Шымкент"), QStringLiteral("Shymkent") } },
    };
    const QStringList forms = names.value(slug);
    if (forms.isEmpty())
        return slug;
    if (uiLanguage.startsWith(QLatin1String("kk")))
        return forms[1];
    if (uiLanguage.startsWith(QLatin1String("ru")))
        return forms[0];
    return forms[2];
}

QString ArticleRenderer::render(
    const StoredArticle &stored, const Style &style, const QString &uiLanguage)
{
    const Article &a = stored.article;
    QHash<QString, QString> values = styleValues(style, a.language);
    values.insert(QStringLiteral("title"), escapeHtml(a.title));
    values.insert(QStringLiteral("outlet"), escapeHtml(stored.feedTitle));
    QLocale locale(uiLanguage);
    values.insert(QStringLiteral("date"),
        a.published.isValid() ? QStringLiteral("<time datetime=\"%1\">%2</time>")
                                    .arg(a.published.toUTC().toString(Qt::ISODate),
                                        escapeHtml(locale.toString(a.published.toLocalTime(),
                                            QStringLiteral("d MMMM yyyy, HH:mm"))))
                              : QString());
    values.insert(QStringLiteral("author"),
        a.author.isEmpty()
            ? QString()
            : QLatin1String("<span>") + escapeHtml(a.author) + QLatin1String("</span>"));

    QString regions;
    if (!stored.regions.isEmpty()) {
        regions = QStringLiteral("<ul class=\"oqy-regions\" aria-label=\"%1\">")
                      .arg(escapeHtml(Text::tr("Regions"), true));
        for (const RegionTag &tag : stored.regions) {
            const QString evidence = tag.fromOutlet
                ? Text::tr("The outlet's home region (the text names no region)")
                : Text::tr("Found in the text: %1").arg(tag.evidence.join(QLatin1String(", ")));
            regions += QStringLiteral("<li class=\"%1\" title=\"%2\">%3</li>")
                           .arg(tag.fromOutlet ? QStringLiteral("from-outlet") : QString(),
                               escapeHtml(evidence, true),
                               escapeHtml(regionName(tag.slug, uiLanguage)));
        }
        regions += QLatin1String("</ul>");
    }
    values.insert(QStringLiteral("regions"), regions);

    values.insert(QStringLiteral("note"),
        stored.status.bookmarked && !stored.status.note.isEmpty() ? QStringLiteral(
            "<aside class=\"oqy-note\"><span class=\"oqy-note-label\">%1</span><p>%2</p></aside>")
                                                                        .arg(escapeHtml(Text::tr(
                                                                                 "Your note")),
                                                                            escapeHtml(
                                                                                stored.status.note))
                                                                  : QString());

    QString lead;
    if (!a.leadImage.isEmpty()) {
        lead = QStringLiteral("<figure class=\"oqy-lead\"><img src=\"%1\" alt=\"%2\" />")
                   .arg(escapeHtml(cacheUrlFor(a.leadImage.url).toString(QUrl::FullyEncoded), true),
                       escapeHtml(a.leadImage.caption, true));
        if (!a.leadImage.caption.isEmpty() || !a.leadImage.credit.isEmpty()) {
            lead += QLatin1String("<figcaption>") + escapeHtml(a.leadImage.caption);
            // As the outlet wrote it, in the article's language: not the interface's.
            const QString credit = readerbody::creditLine(a.leadImage, a.language);
            if (!credit.isEmpty())
                lead += QLatin1String("<span class=\"oqy-credit\">") + escapeHtml(credit)
                    + QLatin1String("</span>");
            lead += QLatin1String("</figcaption>");
        }
        lead += QLatin1String("</figure>");
    }
    values.insert(QStringLiteral("lead"), lead);

    // Bodies are sanitised when stored; sanitising again here costs little and protects readers
    // from anything an older version of Oqy let through.
    HtmlSanitizer::Options options;
    options.base = QUrl(a.url);
    options.keepStyles = false;
    QString body = HtmlSanitizer::sanitize(a.html.isEmpty() ? a.summary : a.html, options);
    body = readerbody::withoutRepeatedHeadline(body, a.title);
    body = readerbody::withAttributionsInQuotes(body);
    values.insert(QStringLiteral("body"), pointImagesAtCache(body));

    QString notice;
    // Only the feed's teaser (no full content anywhere): say so rather than pass it off as the
    // article.
    if (stored.bodySource != QLatin1String("page") && a.html.isEmpty() && a.text.size() < 600
        && !a.url.isEmpty())
        notice = QStringLiteral("<p class=\"oqy-notice\">%1</p>")
                     .arg(escapeHtml(Text::tr("This is the feed's short version; the full article "
                                              "may be longer — open the original.")));
    if (stored.bodySource == QLatin1String("page") && !stored.complete && !a.url.isEmpty())
        notice = QStringLiteral("<p class=\"oqy-notice\">%1</p>")
                     .arg(escapeHtml(Text::tr("Extraction may be incomplete — open the original to "
                                              "read the whole article.")));
    values.insert(QStringLiteral("notice"), notice);

    // Pull quotes extracted from the page are set apart where they stand in the body (a styled
    // <blockquote>); only quotes the body does not carry get a box of their own.
    QString quotes;
    if (!a.pullQuotes.isEmpty() && !body.contains(QLatin1String("<blockquote"))) {
        quotes = QStringLiteral("<section class=\"oqy-quotes\" aria-label=\"%1\">")
                     .arg(escapeHtml(Text::tr("Quotes"), true));
        for (const PullQuote &q : a.pullQuotes) {
            quotes += QLatin1String("<blockquote class=\"oqy-quote\"><p>") + escapeHtml(q.text)
                + QLatin1String("</p>");
            if (!q.attribution.isEmpty())
                quotes += QLatin1String("<cite>") + escapeHtml(q.attribution)
                    + QLatin1String("</cite>");
            quotes += QLatin1String("</blockquote>");
        }
        quotes += QLatin1String("</section>");
    }
    values.insert(QStringLiteral("quotes"), quotes);
    values.insert(QStringLiteral("original"),
        a.url.isEmpty() ? QString()
                        : QStringLiteral("<a href=\"%1\">%2</a>")
                              .arg(escapeHtml(HtmlSanitizer::safeUrl(a.url, {}, false), true),
                                  escapeHtml(Text::tr("Open the original"))));
    return fill(pageTemplate(), values);
}

QString ArticleRenderer::message(const QString &text, const Style &style)
{
    QHash<QString, QString> values = styleValues(style, QLocale().name().left(2));
    values.insert(QStringLiteral("title"), QString());
    values.insert(QStringLiteral("outlet"), QString());
    values.insert(QStringLiteral("date"), QString());
    values.insert(QStringLiteral("author"), QString());
    values.insert(QStringLiteral("regions"), QString());
    values.insert(QStringLiteral("lead"), QString());
    values.insert(QStringLiteral("notice"), QString());
    values.insert(QStringLiteral("quotes"), QString());
    values.insert(QStringLiteral("original"), QString());
    values.insert(QStringLiteral("body"),
        QLatin1String("<p class=\"oqy-empty\">") + escapeHtml(text) + QLatin1String("</p>"));
    return fill(pageTemplate(), values);
}

} // namespace oqy
