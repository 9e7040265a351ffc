#pragma once

#include "feedcontext.h"
#include "feeddocument.h"

#include <QByteArray>

namespace oqy::feeds {

// The largest document Oqy parses as a feed; bigger inputs get an error instead of the memory.
constexpr qsizetype MaxFeedBytes = 64 * 1024 * 1024;

// Reads any feed Oqy understands — RSS 0.9x/1.0/2.0, Atom 0.3/1.0, CDF, JSON Feed — from raw bytes
// in any encoding. Pure: no network, no files, no globals beyond libxml2's own initialisation.
// Broken input still yields whatever could be recovered, flagged `bozo`; input that is not a feed
// at all yields a document whose `error` says so.
FeedDocument parseFeed(const QByteArray &bytes, const FeedContext &context = {});

} // namespace oqy::feeds
