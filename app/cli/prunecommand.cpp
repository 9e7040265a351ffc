// oqy-cli prune: retention by age and cache size; bookmarks and their photos always stay.
#include "clicommand.h"

#include "storage/database.h"
#include "storage/databaseopener.h"
#include "storage/datadir.h"
#include "storage/imagefiles.h"
#include "storage/retention.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace oqy::cli {

namespace {

// Strings of this file, in the "cli" translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

int prune(Invocation &inv)
{
    inv.parser().addOption({ QStringLiteral("days"),
        Text::tr("Remove articles received (or published, when later) more than DAYS days ago."),
        QStringLiteral("DAYS") });
    inv.parser().addOption({ QStringLiteral("max-mb"),
        Text::tr("Remove the oldest articles until texts and photos fit in MB megabytes."),
        QStringLiteral("MB") });
    int exit = 0;
    if (!inv.parse(Text::tr("Remove old articles and their photos; bookmarked ones always stay."),
            {}, &exit))
        return exit;
    RetentionPolicy policy;
    bool ok = true;
    if (inv.parser().isSet(QStringLiteral("days")))
        policy.keepDays = inv.parser().value(QStringLiteral("days")).toInt(&ok);
    if (!ok || policy.keepDays < 0)
        return inv.fail(Text::tr("--days needs a number of days"), UsageError);
    if (inv.parser().isSet(QStringLiteral("max-mb")))
        policy.maxCacheBytes
            = inv.parser().value(QStringLiteral("max-mb")).toLongLong(&ok) * 1024 * 1024;
    if (!ok || policy.maxCacheBytes < 0)
        return inv.fail(Text::tr("--max-mb needs a number of megabytes"), UsageError);
    if (policy.keepDays == 0 && policy.maxCacheBytes == 0)
        return inv.fail(Text::tr("say what to keep: --days, --max-mb or both"), UsageError);
    auto db = inv.openDatabase();
    if (!db)
        return Failure;
    try {
        const RetentionResult result = db->transaction([&] { return applyRetention(*db, policy); });
        ImageFiles(DataDir(inv.dataDir()).imagesPath()).remove(result.filesToDelete);
        db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        inv.out() << Text::tr("removed %1 articles and %2 photos, %3 MB freed")
                         .arg(result.articles)
                         .arg(result.images)
                         .arg(double(result.bytesFreed) / (1024 * 1024), 0, 'f', 1)
                  << Qt::endl;
        return Success;
    } catch (const SqlError &e) {
        return inv.fail(e.message());
    }
}

int compactDatabase(Invocation &inv)
{
    int exit = 0;
    if (!inv.parse(
            Text::tr("Rewrite the database to its smallest size; later removals then give "
                     "space back by themselves. Needs as much free disk as the database takes."),
            {}, &exit))
        return exit;
    auto db = inv.openDatabase();
    if (!db)
        return Failure;
    try {
        const qint64 before = QFileInfo(DataDir(inv.dataDir()).databasePath()).size();
        compact(*db);
        db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        const qint64 after = QFileInfo(DataDir(inv.dataDir()).databasePath()).size();
        inv.out() << Text::tr("database %1 MB → %2 MB")
                         .arg(double(before) / (1024 * 1024), 0, 'f', 1)
                         .arg(double(after) / (1024 * 1024), 0, 'f', 1)
                  << Qt::endl;
        return Success;
    } catch (const SqlError &e) {
        return inv.fail(e.message());
    }
}

} // namespace

QList<Command> pruneCommands()
{
    return { { QStringLiteral("prune"), Text::tr("remove old articles (retention)"), prune },
        { QStringLiteral("compact"), Text::tr("shrink the database file"), compactDatabase } };
}

} // namespace oqy::cli
