#include "requestinterceptor.h"

#include "articlerenderer.h"

namespace oqy {

void RequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QString scheme = info.requestUrl().scheme();
    // data: and about: carry the page Oqy itself hands over with setHtml().
    if (scheme == QLatin1String(ArticleRenderer::Scheme) || scheme == QLatin1String("data")
        || scheme == QLatin1String("about")) {
        m_allowed.ref();
        return;
    }
    m_blocked.ref();
    info.block(true);
}

} // namespace oqy
