#pragma once

#include "articlerenderer.h"
#include "readerpane.h"

#include <QWebEngineView>
#include <optional>

class QWebEngineProfile;

namespace oqy {

class CacheSchemeHandler;
class ReaderPage;
class RequestInterceptor;

// The reader pane: a QWebEngineView hardened the way Akregator hardens its article view — its own
// off-the-record profile, no JavaScript, plugins, WebGL, local storage or popups, local content
// barred from remote URLs, every request but the local cache refused by an interceptor.
class ReaderView : public QWebEngineView, public ReaderPane
{
    Q_OBJECT
public:
    ReaderView(const QString &databasePath, const QString &imagesPath, QWidget *parent = nullptr);
    ~ReaderView() override;

    QWidget *widget() override { return this; }
    void showArticle(const StoredArticle &article) override;
    void showMessage(const QString &text) override;
    void setArticleStyle(const ArticleRenderer::Style &style) override;
    const ArticleRenderer::Style &articleStyle() const override { return m_style; }
    qint64 articleId() const override { return m_articleId; }
    bool scrollDown() override;

    RequestInterceptor *interceptor() const { return m_interceptor; }
    CacheSchemeHandler *schemeHandler() const { return m_handler; }

signals:
    // A link the reader clicked; the view has handed it to the system browser.
    void externalLinkRequested(const QUrl &url);
    // What showArticle()/showMessage() asked for is on screen: after a page load, or after an
    // article swapped into the page in place.
    void shown();

private:
    void load(const QString &html, const QString &address, bool article);
    // Puts the article's <body> into the page already showing one (same look): no navigation,
    // about a third of the time (docs/BENCHMARKS.md). False when the page cannot take it.
    bool swapInPlace(const QString &html, const QString &title);
    ArticleRenderer::Style effectiveStyle() const;

    QWebEngineProfile *m_profile;
    RequestInterceptor *m_interceptor;
    CacheSchemeHandler *m_handler;
    ReaderPage *m_page;
    ArticleRenderer::Style m_style;
    qint64 m_articleId = 0;
    std::optional<StoredArticle> m_article; // what is shown, to show again in a new style
    QString m_lastMessage;
    // The page holds a loaded article rendered in this style (a swap can replace its body).
    bool m_articleDocument = false;
    ArticleRenderer::Style m_documentStyle;
    int m_serial = 0; // of the last show request: a late answer to an older one is ignored
    int m_loadSerial = 0; // the request the page is loading for
    bool m_loadingArticle = false;
    bool m_closing = false;
};

} // namespace oqy
