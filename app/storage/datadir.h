#pragma once

#include <QString>

namespace oqy {

// Where Oqy keeps its database, cached images and backups: ~/.local/share/oqy (the platform's data
// folder, then "oqy"), or the folder given with --data-dir (tests, portable installs).
class DataDir
{
public:
    // An empty `overridePath` selects the standard folder (standardRoot()).
    explicit DataDir(const QString &overridePath = {});

    // ~/.local/share/oqy. Before, Oqy used Qt's AppDataLocation, ~/.local/share/oqy/oqy (the
    // organisation's name and the application's, both "oqy"); a data folder found there moves up
    // once, everything in it, the first time this is asked.
    static QString standardRoot();

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
