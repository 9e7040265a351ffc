#pragma once

#include <QString>
#include <QStringList>

namespace oqy {

// One of Kazakhstan's 17 regions or 3 cities of republican significance, named by a fixed slug
// (`karaganda`, `almaty_city`, …) that the database, the CLI and the UI share.
struct Region
{
    QString slug;
    QString nameRu;
    QString nameKk;
    QString nameEn;
};

// The 20 fixed slugs, in the order the UI lists them.
inline const QStringList &regionSlugs()
{
    static const QStringList slugs = { QStringLiteral("abai"), QStringLiteral("akmola"),
        QStringLiteral("aktobe"), QStringLiteral("almaty_region"), QStringLiteral("atyrau"),
        QStringLiteral("east_kazakhstan"), QStringLiteral("zhambyl"), QStringLiteral("zhetisu"),
        QStringLiteral("west_kazakhstan"), QStringLiteral("karaganda"), QStringLiteral("kostanay"),
        QStringLiteral("kyzylorda"), QStringLiteral("mangystau"), QStringLiteral("pavlodar"),
        QStringLiteral("north_kazakhstan"), QStringLiteral("turkistan"), QStringLiteral("ulytau"),
        QStringLiteral("astana"), QStringLiteral("almaty_city"), QStringLiteral("shymkent") };
    return slugs;
}

// A region an article is about, with the words in its text that showed it. `fromOutlet` marks the
// fallback to the outlet's home region when the text names none.
struct RegionTag
{
    QString slug;
    QStringList evidence;
    bool fromOutlet = false;
    friend bool operator==(const RegionTag &, const RegionTag &) = default;
};

} // namespace oqy
