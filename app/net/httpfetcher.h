#pragma once

#include "fetchresult.h"

#include <QObject>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace oqy {

// One HTTP GET with Oqy's rules: conditional headers, redirects followed by hand (at most
// FetchRequest::maxRedirects, never to a non-HTTP scheme, credentials never carried to another
// origin), an idle timeout, an overall deadline and a size limit checked while the body arrives.
class HttpFetcher : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const FetchResult &)>;

    explicit HttpFetcher(QNetworkAccessManager *network, QObject *parent = nullptr);

    // Starts the request; `done` runs once, in this object's thread, when it ends for any reason.
    void get(const FetchRequest &request, Done done);

    static QByteArray userAgent();

private:
    class Job;
    QNetworkAccessManager *m_network;
};

} // namespace oqy
