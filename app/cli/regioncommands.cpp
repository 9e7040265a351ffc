// oqy-cli regions / outlets / subscribe-outlet: the region tagger on a text, and the outlet
// directory.
#include "clicommand.h"

#include "feeds/outletdirectory.h"
#include "regions/regiontagger.h"
#include "storage/database.h"
#include "storage/outletstore.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace oqy::cli {

namespace {

// Strings of this file, in the "cli" translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

int regions(Invocation &inv)
{
    inv.parser().addOption({ QStringLiteral("json"), Text::tr("Print JSON.") });
    int exit = 0;
    if (!inv.parse(Text::tr("Tag a UTF-8 text (one article; its first line is the title) with the "
                            "regions of Kazakhstan it is about."),
            { QStringLiteral("file The text ('-' for standard input)") }, &exit))
        return exit;
    if (inv.positional().size() != 1)
        return inv.fail(Text::tr("regions needs one file"), UsageError);
    QFile file;
    const QString path = inv.positional().first();
    const bool opened = path == QLatin1String("-")
        ? file.open(stdin, QIODevice::ReadOnly)
        : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return inv.fail(Text::tr("cannot read %1: %2").arg(path, file.errorString()));
    const QString text = QString::fromUtf8(file.read(16 * 1024 * 1024));
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    const QString title = newline < 0 ? text : text.left(newline);
    const QString body = newline < 0 ? QString() : text.mid(newline + 1);
    const QList<RegionTag> tags = regions::RegionTagger().tag(title, body);
    if (inv.json()) {
        QJsonArray array;
        for (const RegionTag &tag : tags)
            array.append(QJsonObject { { QStringLiteral("slug"), tag.slug },
                { QStringLiteral("evidence"), QJsonArray::fromStringList(tag.evidence) } });
        inv.out() << QJsonDocument(QJsonObject { { QStringLiteral("regions"), array } })
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        return Success;
    }
    for (const RegionTag &tag : tags)
        inv.out() << tag.slug << '\t' << tag.evidence.join(QLatin1String("; ")) << '\n';
    inv.out().flush();
    return Success;
}

int outlets(Invocation &inv)
{
    inv.parser().addOption({ QStringLiteral("json"), Text::tr("Print JSON.") });
    inv.parser().addOption({ QStringLiteral("region"),
        Text::tr("Only outlets of these regions (comma-separated slugs; 'national' for the "
                 "country-wide ones)."),
        QStringLiteral("SLUGS") });
    int exit = 0;
    if (!inv.parse(Text::tr("List the outlet directory that ships with Oqy."), {}, &exit))
        return exit;
    QStringList slugs
        = inv.parser().value(QStringLiteral("region")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &slug : slugs)
        if (slug == QLatin1String("national"))
            slug.clear();
    const auto list = feeds::OutletDirectory::builtIn().forRegions(slugs);
    if (inv.json()) {
        QJsonArray array;
        for (const feeds::DirectoryOutlet &o : list) {
            QJsonArray feeds;
            for (const feeds::DirectoryFeed &f : o.feeds)
                feeds.append(QJsonObject { { QStringLiteral("url"), f.url },
                    { QStringLiteral("kind"),
                        f.newsList ? QStringLiteral("newslist") : QStringLiteral("feed") },
                    { QStringLiteral("language"), f.language } });
            array.append(QJsonObject { { QStringLiteral("id"), o.key },
                { QStringLiteral("name"), o.outlet.name },
                { QStringLiteral("site"), o.outlet.site },
                { QStringLiteral("home_region"),
                    o.outlet.homeRegion.isEmpty() ? QJsonValue()
                                                  : QJsonValue(o.outlet.homeRegion) },
                { QStringLiteral("languages"), QJsonArray::fromStringList(o.outlet.languages) },
                { QStringLiteral("feeds"), feeds } });
        }
        inv.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const feeds::DirectoryOutlet &o : list)
        inv.out() << o.key << '\t' << o.outlet.name << '\t'
                  << (o.outlet.homeRegion.isEmpty() ? QStringLiteral("national")
                                                    : o.outlet.homeRegion)
                  << '\t' << o.outlet.site << '\n';
    inv.out().flush();
    return Success;
}

int subscribeOutlet(Invocation &inv)
{
    inv.parser().addOption({ QStringLiteral("region"),
        Text::tr("Every outlet of these regions (comma-separated slugs)."),
        QStringLiteral("SLUGS") });
    int exit = 0;
    if (!inv.parse(Text::tr("Subscribe to outlets from the directory (see oqy-cli outlets)."),
            { QStringLiteral("[ids...] Directory ids") }, &exit))
        return exit;
    const feeds::OutletDirectory &directory = feeds::OutletDirectory::builtIn();
    QList<feeds::DirectoryOutlet> chosen;
    for (const QString &key : inv.positional()) {
        const feeds::DirectoryOutlet *o = directory.find(key);
        if (!o)
            return inv.fail(
                Text::tr("there is no outlet \"%1\" in the directory").arg(key), UsageError);
        chosen.append(*o);
    }
    if (inv.parser().isSet(QStringLiteral("region")))
        chosen += directory.forRegions(inv.parser()
                                           .value(QStringLiteral("region"))
                                           .split(QLatin1Char(','), Qt::SkipEmptyParts));
    if (chosen.isEmpty())
        return inv.fail(Text::tr("name outlets or --region"), UsageError);
    auto db = inv.openDatabase();
    if (!db)
        return Failure;
    try {
        db->transaction([&] {
            for (const feeds::DirectoryOutlet &o : std::as_const(chosen))
                for (qint64 id : OutletStore(*db).subscribe(o))
                    inv.out() << id << '\t' << o.outlet.name << '\n';
        });
        inv.out().flush();
        return Success;
    } catch (const SqlError &e) {
        return inv.fail(e.message());
    }
}

} // namespace

QList<Command> regionCommands()
{
    return { { QStringLiteral("regions"), Text::tr("tag a text with the regions it is about"),
                 regions },
        { QStringLiteral("outlets"), Text::tr("list the outlet directory"), outlets },
        { QStringLiteral("subscribe-outlet"), Text::tr("subscribe to outlets from the directory"),
            subscribeOutlet } };
}

} // namespace oqy::cli
