// oqy-cli extract: the article extractor on a saved page, once or as a long-running JSON-lines
// service (the evaluator's --serve protocol).
#include "clicommand.h"
#include "core/memorytuning.h"

#include "extract/articleextractor.h"
#include "feeds/dateparser.h"
#include "storage/datadir.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace oqy::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

QJsonObject toJson(const ExtractedArticle &a)
{
    if (!a.error.isEmpty())
        return { { QStringLiteral("error"), a.error } };
    QJsonArray quotes;
    for (const PullQuote &q : a.pullQuotes)
        quotes.append(QJsonObject {
            { QStringLiteral("text"), q.text }, { QStringLiteral("attribution"), q.attribution } });
    const QJsonValue lead = a.leadImage.isEmpty()
        ? QJsonValue(QJsonValue::Null)
        : QJsonValue(QJsonObject { { QStringLiteral("url"), a.leadImage.url },
            { QStringLiteral("caption"), a.leadImage.caption },
            { QStringLiteral("credit"), a.leadImage.credit } });
    auto orNull = [](const QString &s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    return {
        { QStringLiteral("title"), a.title },
        { QStringLiteral("byline"), orNull(a.byline) },
        { QStringLiteral("published"),
            a.published.isValid() ? QJsonValue(feeds::formatIsoDate(a.published))
                                  : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("lead_image"), lead },
        { QStringLiteral("html"), a.html },
        { QStringLiteral("text"), a.text },
        { QStringLiteral("pull_quotes"), quotes },
        { QStringLiteral("language"), orNull(a.language) },
        // Region tagging runs when articles are stored; a bare page has not been tagged.
        { QStringLiteral("regions"), QJsonArray() },
        { QStringLiteral("site_name"), orNull(a.siteName) },
        { QStringLiteral("excerpt"), orNull(a.excerpt) },
        { QStringLiteral("images"), QJsonArray::fromStringList(a.images) },
        { QStringLiteral("encoding"), a.encoding },
        { QStringLiteral("site_rule"), orNull(a.siteRule) },
        { QStringLiteral("complete"), a.complete },
        { QStringLiteral("elapsed_ms"), a.elapsedMs },
        { QStringLiteral("parse_ms"), a.parseMs },
    };
}

void printHuman(QTextStream &out, const ExtractedArticle &a)
{
    out << a.title << '\n';
    if (!a.byline.isEmpty())
        out << Text::tr("By %1").arg(a.byline) << '\n';
    if (a.published.isValid())
        out << feeds::formatIsoDate(a.published) << '\n';
    if (!a.leadImage.isEmpty()) {
        out << Text::tr("Photo: %1").arg(a.leadImage.url) << '\n';
        if (!a.leadImage.caption.isEmpty())
            out << "  " << a.leadImage.caption << '\n';
        if (!a.leadImage.credit.isEmpty())
            out << "  " << Text::tr("Credit: %1").arg(a.leadImage.credit) << '\n';
    }
    if (!a.complete)
        out << Text::tr("(extraction may be incomplete — open the original page)") << '\n';
    out << '\n' << a.text << '\n';
    for (const PullQuote &q : a.pullQuotes)
        out << "\n« " << q.text << " »"
            << (q.attribution.isEmpty() ? QString() : QStringLiteral(" — ") + q.attribution)
            << '\n';
}

extract::SiteRules loadRules(Invocation &inv)
{
    extract::SiteRules rules = extract::SiteRules::builtIn();
    const QString explicitPath = inv.parser().value(QStringLiteral("site-rules"));
    const QString path
        = explicitPath.isEmpty() ? DataDir(inv.dataDir()).siteRulesPath() : explicitPath;
    QString error;
    const extract::SiteRules user = extract::SiteRules::loadUserFile(path, &error);
    if (!error.isEmpty())
        inv.err() << "oqy-cli: "
                  << QCoreApplication::translate("cli", "ignoring the site rules in %1").arg(error)
                  << Qt::endl;
    rules.overrideWith(user);
    return rules;
}

int serve(Invocation &inv, ArticleExtractor &extractor)
{
    keepFreedMemory(); // a long run of pages
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return inv.fail(Text::tr("cannot read standard input"));
    QFile output;
    if (!output.open(stdout, QIODevice::WriteOnly))
        return inv.fail(Text::tr("cannot write standard output"));
    while (true) {
        const QByteArray line = input.readLine().trimmed();
        if (line.isEmpty()) {
            if (input.atEnd())
                break;
            continue;
        }
        QElapsedTimer timer;
        timer.start();
        QJsonObject answer;
        const QJsonObject request = QJsonDocument::fromJson(line).object();
        const QString path = request.value(QLatin1String("html")).toString();
        QFile page(path);
        if (path.isEmpty()) {
            answer = { { QStringLiteral("error"),
                Text::tr("a request is {\"html\": PATH, \"url\": URL}") } };
        } else if (!page.open(QIODevice::ReadOnly)) {
            answer = { { QStringLiteral("error"),
                Text::tr("cannot read %1: %2").arg(path, page.errorString()) } };
        } else {
            const QByteArray bytes = page.readAll();
            const ExtractedArticle article
                = extractor.extract(bytes, QUrl(request.value(QLatin1String("url")).toString()),
                    request.value(QLatin1String("content_type")).toString());
            answer = toJson(article);
            if (article.error.isEmpty())
                answer.insert(
                    QStringLiteral("elapsed_ms"), timer.nsecsElapsed() / 1e6); // reading included
        }
        output.write(QJsonDocument(answer).toJson(QJsonDocument::Compact));
        output.write("\n");
        output.flush();
    }
    return Success;
}

int extractPage(Invocation &inv)
{
    QCommandLineParser &p = inv.parser();
    p.addOption({ QStringLiteral("url"),
        Text::tr("The page's address: the base for its links, and the site rule to use."),
        QStringLiteral("URL") });
    p.addOption({ QStringLiteral("content-type"),
        Text::tr("The HTTP Content-Type the page came with."), QStringLiteral("TYPE") });
    p.addOption({ QStringLiteral("site-rules"),
        Text::tr("Extra site rules (JSON) over the built-in ones."), QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("json"), Text::tr("Print the result as one JSON object.") });
    p.addOption({ QStringLiteral("serve"),
        Text::tr("Answer {\"html\": PATH, \"url\": URL} lines on standard input with one JSON line "
                 "each.") });
    int exit = 0;
    if (!inv.parse(Text::tr("Extract the article from a saved web page."),
            { QStringLiteral("file The page (bytes as fetched)") }, &exit))
        return exit;
    ArticleExtractor extractor(loadRules(inv));
    if (p.isSet(QStringLiteral("serve")))
        return serve(inv, extractor);
    if (inv.positional().size() != 1)
        return inv.fail(Text::tr("extract needs one file (or --serve)"), UsageError);
    QFile file(inv.positional().first());
    if (!file.open(QIODevice::ReadOnly))
        return inv.fail(Text::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const ExtractedArticle article = extractor.extract(file.readAll(),
        QUrl(p.value(QStringLiteral("url"))), p.value(QStringLiteral("content-type")));
    if (!article.error.isEmpty() && !inv.json())
        return inv.fail(article.error);
    if (inv.json())
        inv.out() << QJsonDocument(toJson(article)).toJson(QJsonDocument::Compact) << '\n';
    else
        printHuman(inv.out(), article);
    inv.out().flush();
    return article.error.isEmpty() ? Success : Failure;
}

} // namespace

QList<Command> extractCommands()
{
    return { { QStringLiteral("extract"),
        Text::tr("extract the article (text, photo, quotes) from a saved page"), extractPage } };
}

} // namespace oqy::cli
