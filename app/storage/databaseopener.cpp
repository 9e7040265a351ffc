#include "databaseopener.h"

#include "datadir.h"
#include "migrator.h"
#include "sqlerror.h"

#include <QDir>
#include <sqlite3.h>

namespace oqy {

Database openDatabase(const DataDir &dataDir)
{
    QString error;
    if (!dataDir.ensureExists(&error))
        throw SqlError(SQLITE_CANTOPEN, error);
    Database db(dataDir.databasePath());
    const Migrator migrator;
    const int version = db.userVersion();
    const QString backup = QDir(dataDir.backupsPath())
                               .filePath(QStringLiteral("oqy-schema%1.sqlite").arg(version));
    migrator.migrate(db, backup);
    return db;
}

} // namespace oqy
