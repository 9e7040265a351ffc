// oqy-cli parse-feed: the feed engine on a file, printing the conformance suite's JSON schema.
#include "clicommand.h"

#include "feeds/feedjson.h"
#include "extract/htmlsanitizer.h"
#include "feeds/feedparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
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

QString sanitizeBytes(const QByteArray &bytes, const QUrl &base)
{
    HtmlSanitizer::Options options;
    options.base = base;
    return HtmlSanitizer::sanitize(QString::fromUtf8(bytes), options);
}

int sanitizeFile(Invocation &inv)
{
    inv.parser().addOption({QStringLiteral("url"), Text::tr("The base for relative links."), QStringLiteral("URL")});
    int exit = 0;
    if (!inv.parse(Text::tr("Print an HTML fragment (UTF-8) as the reader pane would get it."),
                   {QStringLiteral("file The HTML fragment")}, &exit))
        return exit;
    if (inv.positional().size() != 1)
        return inv.fail(Text::tr("sanitize needs one file"), UsageError);
    QFile file(inv.positional().first());
    if (!file.open(QIODevice::ReadOnly))
        return inv.fail(Text::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    inv.out() << sanitizeBytes(file.readAll(), QUrl(inv.parser().value(QStringLiteral("url"))));
    inv.out().flush();
    return Success;
}

int sanitizeDirectory(Invocation &inv)
{
    inv.parser().addOption({QStringLiteral("url"), Text::tr("The base for relative links."), QStringLiteral("URL")});
    int exit = 0;
    if (!inv.parse(Text::tr("Sanitise every .html file of IN into OUT (same names)."),
                   {QStringLiteral("in Folder of HTML fragments"), QStringLiteral("out Folder for the results")}, &exit))
        return exit;
    if (inv.positional().size() != 2)
        return inv.fail(Text::tr("sanitize-dir needs an input and an output folder"), UsageError);
    const QDir in(inv.positional().at(0));
    const QDir out(inv.positional().at(1));
    if (!in.exists())
        return inv.fail(Text::tr("%1 does not exist").arg(in.path()));
    if (!QDir().mkpath(out.path()))
        return inv.fail(Text::tr("cannot create %1").arg(out.path()));
    const QUrl base(inv.parser().value(QStringLiteral("url")));
    int failures = 0;
    for (const QString &name : in.entryList({QStringLiteral("*.html")}, QDir::Files)) {
        QFile source(in.filePath(name));
        QFile target(out.filePath(name));
        if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            inv.err() << "oqy-cli: " << Text::tr("cannot process %1").arg(name) << Qt::endl;
            ++failures;
            continue;
        }
        target.write(sanitizeBytes(source.readAll(), base).toUtf8());
    }
    return failures ? Failure : Success;
}

} // namespace

QList<Command> parseCommands()
{
    return {{QStringLiteral("parse-feed"), Text::tr("parse a feed file and print it as JSON"), parseFeedFile},
            {QStringLiteral("sanitize"), Text::tr("sanitise an HTML fragment as the reader pane does"), sanitizeFile},
            {QStringLiteral("sanitize-dir"), Text::tr("sanitise a folder of HTML fragments"), sanitizeDirectory}};
}

} // namespace oqy::cli
