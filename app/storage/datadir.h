#pragma once

#include <QString>

namespace oqy {

// Where Oqy keeps its database, cached images and backups: the platform's application-data folder,
// or the folder given with --data-dir (tests, portable installs).
class DataDir
{
public:
    // An empty `overridePath` selects QStandardPaths::AppDataLocation.
    explicit DataDir(const QString &overridePath = {});

    QString root() const { return m_root; }
    QString databasePath() const;
    QString imagesPath() const;
    QString backupsPath() const;
    // The user's own extraction rules, when present (see extract/siterules.h).
    QString siteRulesPath() const;

    // Creates the folders; false with `error` set when that is impossible (read-only disk, …).
    bool ensureExists(QString *error) const;

private:
    QString m_root;
};

} // namespace oqy
