#include "readerview.h"

#include "cacheschemehandler.h"
#include "readerpage.h"
#include "requestinterceptor.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLocale>
#include <QPointer>
#include <QWebEngineProfile>
#include <QWebEngineScript>
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
    connect(m_page, &ReaderPage::externalLinkRequested, this,
        [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(this, &QWebEngineView::loadFinished, this, [this](bool ok) {
        // Only the answer to the latest request counts (a swap or a newer load supersedes it).
        if (m_closing || m_loadSerial != m_serial)
            return;
        m_articleDocument = ok && m_loadingArticle;
        m_documentStyle = effectiveStyle();
        emit shown();
    });
    setContextMenuPolicy(Qt::DefaultContextMenu);
}

ReaderView::~ReaderView()
{
    // Answers still on their way (a swap's script result, a load) belong to nothing now.
    ++m_serial;
    m_closing = true;
    // A profile must outlive its pages.
    setPage(nullptr);
    delete m_page;
}

void ReaderView::load(const QString &html, const QString &address, bool article)
{
    m_loadSerial = ++m_serial;
    m_loadingArticle = article;
    m_articleDocument = false;
    setHtml(
        html, QUrl(QString::fromLatin1(ArticleRenderer::Scheme) + QLatin1String("://") + address));
}

bool ReaderView::swapInPlace(const QString &html, const QString &title)
{
    if (!m_articleDocument || m_documentStyle != effectiveStyle())
        return false;
    const qsizetype open = html.indexOf(QLatin1String("<body"));
    const qsizetype start = open < 0 ? -1 : html.indexOf(QLatin1Char('>'), open) + 1;
    const qsizetype end = html.lastIndexOf(QLatin1String("</body>"));
    const qsizetype langAt = html.indexOf(QLatin1String("lang=\""));
    if (start <= 0 || end < start || langAt < 0)
        return false;
    const QString lang
        = html.mid(langAt + 6, html.indexOf(QLatin1Char('"'), langAt + 6) - langAt - 6);
    // The sanitised body as a JSON string in a script of the application's own world: the page's
    // scripts stay off (JavaScript is disabled for the page's world), the interceptor and the
    // page's Content-Security-Policy still judge every image the new body asks for.
    const QByteArray arguments
        = QJsonDocument(QJsonArray { html.mid(start, end - start), lang, title })
              .toJson(QJsonDocument::Compact);
    const int serial = ++m_serial;
    page()->runJavaScript(
        QStringLiteral("(function(a) { document.body.innerHTML = a[0]; "
                       "document.documentElement.lang = a[1]; document.title = a[2]; "
                       "window.scrollTo(0, 0); return true; })(%1)")
            .arg(QString::fromUtf8(arguments)),
        QWebEngineScript::ApplicationWorld,
        [self = QPointer<ReaderView>(this), serial, html](const QVariant &result) {
            if (!self || self->m_closing || serial != self->m_serial)
                return;
            ReaderView *const view = self.data();
            if (result.toBool()) {
                emit view->shown();
                return;
            }
            // The page would not take it: load the article the ordinary way.
            view->load(html, QStringLiteral("article/") + QString::number(view->m_articleId), true);
        });
    return true;
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
    const QString html = ArticleRenderer::render(article, style, QLocale().name());
    if (!swapInPlace(html, article.article.title))
        load(html, QStringLiteral("article/") + QString::number(article.article.id), true);
}

void ReaderView::showMessage(const QString &text)
{
    m_articleId = 0;
    m_article.reset();
    m_lastMessage = text;
    load(ArticleRenderer::message(text, effectiveStyle()), QStringLiteral("message/"), false);
}

void ReaderView::setArticleStyle(const ArticleRenderer::Style &style)
{
    m_style = style;
    // What is on screen takes the new look at once.
    if (m_article)
        showArticle(*m_article);
    else if (!m_lastMessage.isEmpty())
        showMessage(m_lastMessage);
}

bool ReaderView::scrollDown()
{
    // The page runs no script: its scroll position and size come from WebEngine.
    const qreal bottom = page()->scrollPosition().y() + height() / page()->zoomFactor();
    if (m_articleId == 0 || bottom + 4 >= page()->contentsSize().height())
        return false;
    QWidget *target = focusProxy() ? focusProxy() : this;
    QKeyEvent press(QEvent::KeyPress, Qt::Key_PageDown, Qt::NoModifier);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_PageDown, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &press);
    QCoreApplication::sendEvent(target, &release);
    return true;
}

} // namespace oqy
