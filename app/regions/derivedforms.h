#pragma once

#include <QStringList>
#include <QStringView>

// The words Russian makes from a place's name, by the rules it makes them with, so that the
// gazetteer lists each place once, as a name, and «экибастузский разрез», «жители Аксуатского
// района», «павлодарцам», «с семейчанами» are still found. Everything works on normalized() text.
namespace oqy::regions {

// The adjective stem (before -ий/-ая/-ого…) of a place's name: Павлодар → павлодарск, Караганда →
// карагандинск, Кызылорда → кызылординск, Алматы → алматинск, Кокшетау → кокшетауск, Семей →
// семейск, Арал → аральск (and аралск), Мамлютка → мамлютск, Текели → текелийск, Уральск →
// уральск. Names that are adjectives themselves (Рудный, Глубокое) have none: see adjectiveStem().
QStringList russianAdjectiveStems(const QString &name);

// For a name that is an adjective (Рудный, Глубокое, Индерборский, Новоишимское), its stem
// (рудн, глубок, индерборск, новоишимск); empty for any other name.
QString adjectiveStem(const QString &name);

// The people of a place, from its adjective stem: карагандинск → карагандин (карагандинцы,
// карагандинец, карагандинка), кокшетауск → кокшетаус and кокшетау (кокшетаусцы, кокшетауцы).
QStringList russianDemonymBases(const QString &adjectiveStem);
// And the -чане kind, from the name: Семей → семей (семейчане), Астана → астан (астанчане).
QString russianChanBase(const QString &name);

// Whether `ending` follows a demonym base: -ец, -цы, -цев, -цам…, -ка, -ки, -кам…; or, with
// `chan`, -чане, -чан, -чанам, -чанин, -чанка….
bool isRussianDemonymEnding(QStringView ending, bool chan);

} // namespace oqy::regions
