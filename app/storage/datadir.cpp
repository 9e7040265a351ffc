#include "datadir.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace oqy {

DataDir::DataDir(const QString &overridePath)
    : m_root(overridePath.isEmpty()
                 ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                 : QDir(overridePath).absolutePath())
{
}

QString DataDir::databasePath() const
{
    return QDir(m_root).filePath(QStringLiteral("oqy.sqlite"));
}

QString DataDir::imagesPath() const
{
    return QDir(m_root).filePath(QStringLiteral("images"));
}

QString DataDir::siteRulesPath() const
{
    return m_root + QStringLiteral("/site-rules.json");
}

QString DataDir::backupsPath() const
{
    return QDir(m_root).filePath(QStringLiteral("backups"));
}

bool DataDir::ensureExists(QString *error) const
{
    for (const QString &path : {m_root, imagesPath(), backupsPath()}) {
        if (!QDir().mkpath(path)) {
            if (error)
                *error = QCoreApplication::translate("DataDir", "Cannot create the folder %1.")
                             .arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    return true;
}

} // namespace oqy
