#pragma once

#include <QWebEnginePage>

namespace oqy {

// The reader pane's page: it shows what Oqy hands it and nothing else. A click on a link is
// passed to the system browser instead of navigating; popups are never created.
class ReaderPage : public QWebEnginePage
{
    Q_OBJECT
public:
    ReaderPage(QWebEngineProfile *profile, QObject *parent = nullptr);

signals:
    void externalLinkRequested(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(
        JavaScriptConsoleMessageLevel, const QString &, int, const QString &) override
    { }
};

} // namespace oqy
