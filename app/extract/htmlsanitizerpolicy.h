#pragma once

#include <QSet>
#include <QString>

namespace oqy::sanitizer {

using Names = QSet<QString>;

// The allow-lists behind HtmlSanitizer's two policies (element and attribute names only).
const Names &readerElements();
const Names &readerDroppedWithContent();
const Names &readerAttributes();
const Names &compatElements();
const Names &compatDroppedWithContent();
const Names &compatAttributes();
const Names &voidElements();
const Names &urlAttributes();
const Names &safeSchemes();
const Names &readerCssProperties();
const Names &compatCssProperties();
const Names &compatCssKeywords();

} // namespace oqy::sanitizer
