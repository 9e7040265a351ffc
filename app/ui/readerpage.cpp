#include "readerpage.h"

namespace oqy {

ReaderPage::ReaderPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{ }

bool ReaderPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (type == NavigationTypeLinkClicked) {
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")
            || url.scheme() == QLatin1String("mailto"))
            emit externalLinkRequested(url);
        return false;
    }
    // Only the pages Oqy itself loads with setHtml() may be shown: no meta refresh, no redirect,
    // no frame navigating anywhere else.
    const QString scheme = url.scheme();
    return isMainFrame && type != NavigationTypeRedirect
        && (scheme == QLatin1String("data") || scheme == QLatin1String("about")
            || scheme == QLatin1String("oqy-cache"));
}

QWebEnginePage *ReaderPage::createWindow(WebWindowType)
{
    return nullptr;
}

} // namespace oqy
