#include "imagefiles.h"

#include "imagestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace oqy {

QString ImageFiles::pathOf(const QString &sha256) const
{
    return QDir(m_root).filePath(ImageStore::relativePath(sha256));
}

ImageFiles::Written ImageFiles::store(const QByteArray &bytes) const
{
    Written result;
    result.sha256
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString path = pathOf(result.sha256);
    const QFileInfo existing(path);
    if (existing.exists() && existing.size() == bytes.size())
        return result; // the same photo under another address
    if (!QDir().mkpath(existing.absolutePath())) {
        result.error = QStringLiteral("cannot create %1").arg(existing.absolutePath());
        return result;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        result.error = file.errorString();
    return result;
}

} // namespace oqy
