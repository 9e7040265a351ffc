#pragma once

#include <QString>
#include <QStringView>

namespace oqy {

// The readable text of an HTML fragment: block elements become line breaks, scripts and styles
// vanish, character references are decoded and runs of white space collapse. Used for search,
// region tagging and `oqy-cli show --json`'s "text".
QString htmlToPlainText(QStringView html);

// Collapses runs of white space (including no-break spaces) to single spaces and trims.
QString collapseWhitespace(QStringView text);

} // namespace oqy
