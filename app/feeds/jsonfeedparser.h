#pragma once

#include "feedcontext.h"
#include "feeddocument.h"

namespace oqy::feeds {

// JSON Feed 1.0 and 1.1 (jsonfeed.org) into the same document the XML formats give.
FeedDocument parseJsonFeed(const QByteArray &bytes, const FeedContext &context);

} // namespace oqy::feeds
