#pragma once

#include "articlerenderer.h"

#include <QString>

class QWidget;

namespace oqy {

// The reader pane as the window sees it. Its one implementation, ReaderView (Qt WebEngine), lives
// in a library of its own that readerpaneloader.h loads when the pane is first made: linked into
// the executable, Chromium's half a million relocations cost every start ~45 ms before main(),
// for a pane made only after the window is up.
class ReaderPane
{
public:
    virtual ~ReaderPane() = default;

    // The pane's widget, owned by the parent it was made with.
    virtual QWidget *widget() = 0;
    virtual void showArticle(const StoredArticle &article) = 0;
    virtual void showMessage(const QString &text) = 0;
    virtual void setArticleStyle(const ArticleRenderer::Style &style) = 0;
    virtual const ArticleRenderer::Style &articleStyle() const = 0;
    // The article shown; 0 for a message.
    virtual qint64 articleId() const = 0;
    // Pages down when more of the article lies below what is visible; false at its end.
    virtual bool scrollDown() = 0;
};

} // namespace oqy
