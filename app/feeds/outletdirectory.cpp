#include "outletdirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace oqy::feeds {

OutletDirectory OutletDirectory::fromJson(const QByteArray &json, QString *error)
{
    OutletDirectory directory;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("outlet directory: %1").arg(parseError.errorString());
        return directory;
    }
    for (const QJsonValue &value : doc.object().value(QLatin1String("outlets")).toArray()) {
        const QJsonObject o = value.toObject();
        DirectoryOutlet entry;
        entry.key = o.value(QLatin1String("id")).toString();
        entry.outlet.name = o.value(QLatin1String("name")).toString();
        entry.outlet.site = o.value(QLatin1String("site")).toString();
        entry.outlet.homeRegion = o.value(QLatin1String("home_region")).toString();
        for (const QJsonValue &language : o.value(QLatin1String("languages")).toArray())
            entry.outlet.languages.append(language.toString());
        for (const QJsonValue &f : o.value(QLatin1String("feeds")).toArray()) {
            const QJsonObject feed = f.toObject();
            DirectoryFeed d;
            d.url = feed.value(QLatin1String("url")).toString();
            d.newsList = feed.value(QLatin1String("kind")).toString() == QLatin1String("newslist");
            d.language = feed.value(QLatin1String("language")).toString();
            d.confirmed
                = feed.value(QLatin1String("confidence")).toString() == QLatin1String("seen");
            if (d.url.startsWith(QLatin1String("http://"))
                || d.url.startsWith(QLatin1String("https://")))
                entry.feeds.append(d);
        }
        if (!entry.key.isEmpty() && !entry.outlet.name.isEmpty() && !entry.feeds.isEmpty())
            directory.outlets.append(entry);
    }
    if (directory.outlets.isEmpty() && error)
        *error = QStringLiteral("outlet directory: no outlets");
    return directory;
}

const OutletDirectory &OutletDirectory::builtIn()
{
    static const OutletDirectory directory = [] {
        QFile file(QStringLiteral(":/outlets/directory.json"));
        return file.open(QIODevice::ReadOnly) ? fromJson(file.readAll()) : OutletDirectory {};
    }();
    return directory;
}

QList<DirectoryOutlet> OutletDirectory::forRegions(const QStringList &slugs) const
{
    QList<DirectoryOutlet> out;
    for (const DirectoryOutlet &o : outlets)
        if (slugs.isEmpty() || slugs.contains(o.outlet.homeRegion))
            out.append(o);
    return out;
}

const DirectoryOutlet *OutletDirectory::find(const QString &key) const
{
    for (const DirectoryOutlet &o : outlets)
        if (o.key == key)
            return &o;
    return nullptr;
}

} // namespace oqy::feeds
