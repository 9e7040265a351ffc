#pragma once

#include <QByteArray>
#include <QString>

namespace oqy {

// The image cache's files: images/ab/<sha256>, named by content so that one photo used by many
// articles (or served under many addresses) is stored once. Written atomically (a killed process
// leaves no half file). Safe to call from worker threads: it touches no database.
class ImageFiles
{
public:
    explicit ImageFiles(const QString &imagesPath)
        : m_root(imagesPath)
    { }

    struct Written
    {
        QString sha256; // hex
        QString error; // empty on success
    };
    Written store(const QByteArray &bytes) const;
    QString pathOf(const QString &sha256) const;
    // Deletes the files of these hashes (retention); returns the bytes freed.
    qint64 remove(const QStringList &sha256s) const;

private:
    QString m_root;
};

} // namespace oqy
