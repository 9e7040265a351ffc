#include "imagefiles.h"

#include <QCoreApplication>
#include <QThread>

#include "imagestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

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
    // Written under a temporary name and renamed, so that a reader never sees half a photo; not
    // synced to disk one by one (QSaveFile would fsync each of thousands): a photo lost to a power
    // cut is only a cache miss, which the reader pane shows as a placeholder.
    // A name of this process and thread alone: two oqy processes storing the same photo at once
    // must not write into one file.
    QFile file(path + QStringLiteral(".part-%1-%2")
                          .arg(QCoreApplication::applicationPid())
                          .arg(quintptr(QThread::currentThreadId()), 0, 16));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(bytes) != bytes.size()) {
        result.error = file.errorString();
        file.remove();
        return result;
    }
    file.close();
    QFile::remove(path);
    if (!file.rename(path)) {
        result.error = file.errorString();
        file.remove();
    }
    return result;
}

qint64 ImageFiles::remove(const QStringList &sha256s) const
{
    qint64 freed = 0;
    for (const QString &sha : sha256s) {
        QFile file(pathOf(sha));
        const qint64 size = file.size();
        if (file.remove())
            freed += size;
    }
    return freed;
}

} // namespace oqy
