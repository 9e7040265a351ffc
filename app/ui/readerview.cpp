#include "readerview.h"

#include "cacheschemehandler.h"
#include "readerpage.h"
#include "requestinterceptor.h"

#include <QLocale>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace oqy {

ReaderView::ReaderView(const QString &databasePath, const QString &imagesPath, QWidget *parent)
    : QWebEngineView(parent)
    // No storage name: an off-the-record profile, nothing written to disk, nothing shared.
    , m_profile(new QWebEngineProfile(this))
    , m_interceptor(new RequestInterceptor(m_profile))
    , m_handler(new CacheSchemeHandler(databasePath, imagesPath, m_profile))
{
    m_profile->setHttpCacheType(QWebEngineProfile::NoCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->installUrlSchemeHandler(ArticleRenderer::Scheme, m_handler);
    QWebEngineSettings *s = m_profile->settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    s->setAttribute(QWebEngineSettings::Accelerated2dCanvasEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    s->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, true);
    s->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);

    // The page is created last so that it is destroyed before the profile it uses.
    m_page = new ReaderPage(m_profile, this);
    setPage(m_page);
    connect(m_page, &ReaderPage::externalLinkRequested, this, &ReaderView::externalLinkRequested);
    setContextMenuPolicy(Qt::DefaultContextMenu);
}

ReaderView::~ReaderView()
{
    // A profile must outlive its pages.
    setPage(nullptr);
    delete m_page;
}

void ReaderView::load(const QString &html, const QString &address)
{
    setHtml(
        html, QUrl(QString::fromLatin1(ArticleRenderer::Scheme) + QLatin1String("://") + address));
}

ArticleRenderer::Style ReaderView::effectiveStyle() const
{
    // "As the system": the desktop's palette decides, so the pane matches the rest of the window.
    ArticleRenderer::Style style = m_style;
    if (style.theme == ArticleRenderer::Style::Theme::System)
        style.theme = palette().color(QPalette::Window).lightness() < 128
            ? ArticleRenderer::Style::Theme::Dark
            : ArticleRenderer::Style::Theme::Light;
    return style;
}

void ReaderView::showArticle(const StoredArticle &article)
{
    m_articleId = article.article.id;
    m_article = article;
    m_lastMessage.clear();
    const ArticleRenderer::Style style = effectiveStyle();
    // No white flash before a dark page paints.
    m_page->setBackgroundColor(style.theme == ArticleRenderer::Style::Theme::Dark
            ? QColor(0x1e, 0x1f, 0x22)
            : QColor(Qt::white));
    load(ArticleRenderer::render(article, style, QLocale().name()),
        QStringLiteral("article/") + QString::number(article.article.id));
}

void ReaderView::showMessage(const QString &text)
{
    m_articleId = 0;
    m_article.reset();
    m_lastMessage = text;
    load(ArticleRenderer::message(text, effectiveStyle()), QStringLiteral("message/"));
}

void ReaderView::setStyle(const ArticleRenderer::Style &style)
{
    m_style = style;
    // What is on screen takes the new look at once.
    if (m_article)
        showArticle(*m_article);
    else if (!m_lastMessage.isEmpty())
        showMessage(m_lastMessage);
}

} // namespace oqy
