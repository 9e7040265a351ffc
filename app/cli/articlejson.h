#pragma once

#include "storage/articlefilter.h"
#include "storage/articlestore.h"

#include <QJsonObject>

namespace oqy::cli {

// The stable JSON contract of `oqy-cli list --json` and `show --json` (docs/cli.md): other tools
// and the tests rely on these names.
QJsonObject articleRowToJson(const ArticleRow &row);
QJsonObject storedArticleToJson(const StoredArticle &stored);

} // namespace oqy::cli
