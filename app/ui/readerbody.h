#pragma once

#include "core/article.h"

#include <QString>

// What the reader pane does to a stored, sanitised body before showing it. Pure text functions.
namespace oqy::readerbody {

// The page's own headline at the top of the body, the same words as the title the pane already
// shows above it: removed, so that the headline is not read twice.
QString withoutRepeatedHeadline(const QString &html, const QString &title);

// A pull-quote's attribution standing as a paragraph right after its <blockquote>
// («…» then «— сказал аким города»): moved inside the quote's box as its <cite>.
QString withAttributionsInQuotes(const QString &html);

// The lead photo's credit line: as the outlet wrote it («Фото: Акорда», «Сурет: …», «© …»); for
// a bare name (a feed's media:credit, older bodies), the word the article's language uses.
QString creditLine(const LeadImage &image, const QString &articleLanguage);

} // namespace oqy::readerbody
