#pragma once

#include <QString>
#include <QWebEngineUrlSchemeHandler>

namespace oqy {

// Serves oqy-cache: URLs to the reader pane: the stylesheet from the resources and images from the
// local image cache. An image that is not cached gets a placeholder picture, never a download.
class CacheSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    // `databasePath` and `imagesPath` locate the cache index and its files.
    CacheSchemeHandler(
        const QString &databasePath, const QString &imagesPath, QObject *parent = nullptr);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

    // Must run before QApplication exists.
    static void registerScheme();

    int servedImages() const { return m_servedImages; }
    int placeholders() const { return m_placeholders; }

private:
    QString m_databasePath;
    QString m_imagesPath;
    int m_servedImages = 0;
    int m_placeholders = 0;
};

} // namespace oqy
