#pragma once

#include "extract/siterules.h"
#include "feedarticles.h"

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

// Outlets without a feed publish a list page ("Все новости", "Лента"): the page is the feed. Its
// items are found as the largest block of links that repeat one structure (a card, a list item, a
// teaser) and read like headlines of articles on the same site, or by the outlet's site rule
// (extract/siterules.h, "list"). Each item's date comes from a <time>, a date element or a date in
// its text («09.08.2026, 19:32», «Сегодня, 14:05», «2 часа назад» are read as Kazakhstan time).
namespace oqy::feeds {

struct NewsListOptions
{
    QString contentType;
    const extract::SiteRules *rules = nullptr;
    QDateTime now; // for "сегодня"/"вчера"/"N минут назад"; the current time when invalid
};

// Pure: bytes in, items out. An empty list (and `error`) when the page shows no news list.
FeedItems parseNewsList(const QByteArray &page, const QUrl &url,
    const NewsListOptions &options = {}, QString *error = nullptr);

// A date as list pages print it, read in UTC+5: absolute («09.08.2026, 19:32», «14 ноября 2026
// 08:55», «2026-11-14») or relative to `now` («Сегодня, 14:05», «Вчера 10:00», «Бүгін 09:15»,
// «15 минут назад»). Invalid when the text holds none.
QDateTime parseListDate(const QString &text, const QDateTime &now);

} // namespace oqy::feeds
