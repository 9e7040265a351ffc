#pragma once

#include <QAtomicInt>
#include <QWebEngineUrlRequestInterceptor>

namespace oqy {

// The reader pane's firewall: every request that is not for the local cache (oqy-cache:) or an
// inline data: image is refused. Trackers, web fonts, remote images, favicons, prefetches: none
// leave the machine. Counts what it sees so that tests can prove it.
class RequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    int blockedCount() const { return m_blocked.loadRelaxed(); }
    int allowedCount() const { return m_allowed.loadRelaxed(); }

private:
    QAtomicInt m_blocked;
    QAtomicInt m_allowed;
};

} // namespace oqy
