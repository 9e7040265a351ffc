#include "migrator.h"

#include "database.h"
#include "sqlerror.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <sqlite3.h>

namespace oqy {

Migrator::Migrator(const QString &directory)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    const QStringList files = QDir(directory).entryList({QStringLiteral("*.sql")}, QDir::Files);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        m_migrations.append({match.captured(1).toInt(), match.captured(2),
                             QDir(directory).filePath(file)});
    }
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

Migrator::Outcome Migrator::migrate(Database &db, const QString &backupPath) const
{
    Outcome outcome;
    outcome.fromVersion = db.userVersion();
    outcome.toVersion = outcome.fromVersion;
    if (outcome.fromVersion > latestVersion())
        throw SqlError(SQLITE_ERROR,
                       QStringLiteral("the database has schema version %1, newer than this Oqy "
                                      "understands (%2); use a newer Oqy")
                           .arg(outcome.fromVersion)
                           .arg(latestVersion()));
    if (outcome.fromVersion == latestVersion())
        return outcome;

    if (outcome.fromVersion > 0 && !backupPath.isEmpty()) {
        QFile::remove(backupPath); // VACUUM INTO refuses to overwrite
        Statement backup = db.prepareUncached("VACUUM INTO ?1");
        backup.bind(1, backupPath).exec();
        outcome.backupPath = backupPath;
    }

    for (const Migration &migration : m_migrations) {
        if (migration.version <= outcome.fromVersion)
            continue;
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly))
            throw SqlError(SQLITE_ERROR, QStringLiteral("cannot read migration %1").arg(migration.path));
        const QByteArray sql = file.readAll();
        db.transaction([&] {
            // Another process (the GUI and oqy-cli share a database) may have migrated meanwhile.
            if (db.userVersion() >= migration.version)
                return;
            db.exec(sql.toStdString());
            db.exec("PRAGMA user_version = " + std::to_string(migration.version));
        });
        outcome.toVersion = migration.version;
    }
    return outcome;
}

} // namespace oqy
