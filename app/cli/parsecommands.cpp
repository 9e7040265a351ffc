// oqy-cli parse-feed: the feed engine on a file, printing the conformance suite's JSON schema.
#include "clicommand.h"

#include "feeds/feedjson.h"
#include "feeds/feedparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace oqy::cli {

namespace {

// Strings of this file, in the "cli" translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

int parseFeedFile(Invocation &inv)
{
    QCommandLineParser &p = inv.parser();
    p.addOption({QStringLiteral("json"), Text::tr("Print JSON (the only output format).")});
    p.addOption({QStringLiteral("url"), Text::tr("The document's address: the base for relative links."), QStringLiteral("URL")});
    p.addOption({QStringLiteral("header"), Text::tr("An HTTP response header, \"Name: value\" (repeatable)."),
                 QStringLiteral("HEADER")});
    int exit = 0;
    if (!inv.parse(Text::tr("Parse a feed file and print what Oqy reads from it."),
                   {QStringLiteral("file The feed file")}, &exit))
        return exit;
    if (inv.positional().size() != 1)
        return inv.fail(Text::tr("parse-feed needs one file"), UsageError);
    QFile file(inv.positional().first());
    if (!file.open(QIODevice::ReadOnly))
        return inv.fail(Text::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    if (file.size() > feeds::MaxFeedBytes)
        return inv.fail(Text::tr("%1 is larger than %2 MB").arg(file.fileName()).arg(feeds::MaxFeedBytes >> 20));
    const QByteArray bytes = file.readAll();

    feeds::FeedContext context;
    context.feedparserCompatible = true; // this command's output is compared with feedparser's
    context.url = QUrl(p.value(QStringLiteral("url")));
    for (const QString &header : p.values(QStringLiteral("header"))) {
        const qsizetype colon = header.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return inv.fail(Text::tr("a header looks like \"Name: value\", not \"%1\"").arg(header), UsageError);
        const QString name = header.left(colon).trimmed().toLower();
        const QString value = header.mid(colon + 1).trimmed();
        if (name == QLatin1String("content-type"))
            context.contentType = value;
        else if (name == QLatin1String("content-location"))
            context.contentLocation = value;
        else if (name == QLatin1String("content-language"))
            context.contentLanguage = value;
    }
    const feeds::FeedDocument doc = feeds::parseFeed(bytes, context);
    inv.out() << QJsonDocument(feeds::feedDocumentToJson(doc)).toJson(QJsonDocument::Compact) << '\n';
    inv.out().flush();
    return Success;
}

} // namespace

QList<Command> parseCommands()
{
    return {{QStringLiteral("parse-feed"), Text::tr("parse a feed file and print it as JSON"), parseFeedFile}};
}

} // namespace oqy::cli
