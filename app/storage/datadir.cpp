#include "datadir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace oqy {

namespace {

// Moves the entries of `from` into `to`, never over one that exists there; removes `from` once
// it is empty. Renames within one file system: the database and its WAL move together.
void moveUp(const QString &from, const QString &to)
{
    QDir source(from);
    const QStringList entries
        = source.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : entries) {
        const QString target = QDir(to).filePath(name);
        if (!QFileInfo::exists(target))
            QDir().rename(source.filePath(name), target);
    }
    QDir().rmdir(from); // only when empty: anything left stays where it was
}

} // namespace

QString DataDir::standardRoot()
{
    static const QString root = [] {
        const QString here = QDir(QStandardPaths::writableLocation(
                                      QStandardPaths::GenericDataLocation))
                                 .filePath(QStringLiteral("oqy"));
        const QString before = QDir(here).filePath(QStringLiteral("oqy"));
        if (QFileInfo::exists(QDir(before).filePath(QStringLiteral("oqy.sqlite")))
            && !QFileInfo::exists(QDir(here).filePath(QStringLiteral("oqy.sqlite"))))
            moveUp(before, here);
        return here;
    }();
    return root;
}

DataDir::DataDir(const QString &overridePath)
    : m_root(overridePath.isEmpty() ? standardRoot() : QDir(overridePath).absolutePath())
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
