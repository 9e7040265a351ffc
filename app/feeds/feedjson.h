#pragma once

#include "feeddocument.h"

#include <QJsonObject>

namespace oqy::feeds {

// The document in the neutral JSON schema of Oqy's feed conformance suite (feedparser's field
// names): what `oqy-cli parse-feed --json` prints.
QJsonObject feedDocumentToJson(const FeedDocument &doc);

} // namespace oqy::feeds
