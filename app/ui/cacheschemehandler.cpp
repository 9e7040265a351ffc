#include "cacheschemehandler.h"

#include "articlerenderer.h"
#include "storage/database.h"
#include "storage/imagestore.h"
#include "storage/sqlerror.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace oqy {

CacheSchemeHandler::CacheSchemeHandler(
    const QString &databasePath, const QString &imagesPath, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
    , m_databasePath(databasePath)
    , m_imagesPath(imagesPath)
{ }

void CacheSchemeHandler::registerScheme()
{
    QWebEngineUrlScheme scheme(ArticleRenderer::Scheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // LocalScheme keeps pages of this scheme away from the network entirely (Chromium drops their
    // remote subresources before they are even requested); LocalAccessAllowed lets the reader page
    // (itself on this scheme) load the photos and style of this scheme, which LocalScheme alone
    // forbids; SecureScheme lets the CSP name it.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme
        | QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

void CacheSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    auto reply = [job](const QByteArray &mime, const QByteArray &data) {
        auto *buffer = new QBuffer(job);
        buffer->setData(data);
        job->reply(mime, buffer);
    };
    if (url.host() == QLatin1String("style")) {
        QFile css(QStringLiteral(":/reader/reader.css"));
        if (url.path() == QLatin1String("/reader.css") && css.open(QIODevice::ReadOnly)) {
            reply("text/css", css.readAll());
            return;
        }
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    if (url.host() != QLatin1String("image")) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    const QString original = ArticleRenderer::originalUrlOf(url);
    try {
        // A short-lived read connection: requests arrive on the GUI thread and are rare.
        Database db(m_databasePath, Database::Access::ReadOnly);
        if (const auto cached = ImageStore(db).lookup(original)) {
            QFile file(QDir(m_imagesPath).filePath(ImageStore::relativePath(cached->sha256)));
            if (file.open(QIODevice::ReadOnly)) {
                ++m_servedImages;
                reply(cached->mime.toLatin1(), file.readAll());
                return;
            }
        }
    } catch (const SqlError &) {
        // fall through to the placeholder
    }
    ++m_placeholders;
    QFile placeholder(QStringLiteral(":/reader/missing-image.svg"));
    placeholder.open(QIODevice::ReadOnly);
    reply("image/svg+xml", placeholder.readAll());
}

} // namespace oqy
