#include "maintenance.h"

#include "session.h"
#include "storage/database.h"
#include "storage/databaseopener.h"
#include "storage/imagefiles.h"
#include "storage/sqlerror.h"
#include "storage/storagewriter.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace oqy {

Maintenance::Maintenance(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

void Maintenance::applyRetention(const RetentionPolicy &policy, RetentionDone done)
{
    const QString imagesPath = m_session.dataDir().imagesPath();
    auto result = std::make_shared<RetentionResult>();
    m_session.writer().submit(
        [policy, result](Database &db) { *result = oqy::applyRetention(db, policy); }, this,
        [result, imagesPath, done](const QString &error) {
            if (error.isEmpty() && !result->filesToDelete.isEmpty())
                (void)QtConcurrent::run([files = result->filesToDelete, imagesPath] {
                    ImageFiles(imagesPath).remove(files);
                });
            if (done)
                done(*result, error);
        });
}

void Maintenance::checkInBackground(bool full, CheckDone done)
{
    const DataDir dataDir = m_session.dataDir();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [watcher, dataDir, done] {
        watcher->deleteLater();
        const QString damage = watcher->result();
        if (!damage.isEmpty())
            markDamaged(dataDir, damage);
        if (done)
            done(damage);
    });
    watcher->setFuture(QtConcurrent::run([path = dataDir.databasePath(), full] {
        try {
            Database db(path, Database::Access::ReadOnly);
            return full ? fullCheck(db) : readerStateCheck(db);
        } catch (const SqlError &e) {
            return e.isCorrupt() ? e.message() : QString();
        }
    }));
}

} // namespace oqy
