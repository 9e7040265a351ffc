#pragma once

#include <QStringList>
#include <QStringView>

namespace oqy::regions {

// Word forms by rule rather than by list: a place name is written once, in the nominative (Russian)
// or as its bare stem (Kazakh), and these functions recognise what news texts make of it.
// Everything here works on normalized() text.

// The case forms of a Russian place name: Караганда → Караганды, Караганде, Караганду, Карагандой;
// Уральск → Уральска, Уральску, Уральском, Уральске; Семей → Семея, Семее, Семеем; Конаев →
// Конаевым; Актобе and Алматы do not decline. A hyphenated name declines its last part.
QStringList russianNounForms(const QString &nominative);

// Whether `ending` is a Russian adjective ending (-ий, -ая, -ой, -ую, -ого, -ому, -ом, -ие, -их …),
// as in Карагандинск|ой, Нуринск|ом, карагандинск|ие.
bool isRussianAdjectiveEnding(QStringView ending);

// Whether `rest` is a chain of at most three Kazakh suffixes (plural, possessive, case, -лық):
// Қарағанды|да, Ақтөбе|ден, Шымкент|тегі, облыс|ында, қарағанды|лық|тар. Vowel harmony is not
// checked: a misspelled ending still names the place.
bool isKazakhSuffixChain(QStringView rest);

// The same for Kazakh written in Latin letters (Qaraǵandy|da, Almaty|ǵa).
bool isKazakhLatinSuffixChain(QStringView rest);

} // namespace oqy::regions
