#include "session.h"

#include "net/articlecacher.h"
#include "net/feedrefresher.h"
#include "secrets/secretstore.h"
#include "storage/databaseopener.h"
#include "storage/safetybackup.h"
#include "storage/storagewriter.h"

#include <QNetworkAccessManager>

namespace oqy {

Session::Session(const DataDir &dataDir, OpenReport *report, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    // Check, repair and migration run here, once, before the window opens: the one write the GUI
    // thread makes.
    , m_reader(std::make_unique<Database>(openDatabase(dataDir, &m_opened)))
    , m_writer(new StorageWriter(dataDir.databasePath(), this))
    , m_network(new QNetworkAccessManager(this))
    , m_refresher(new FeedRefresher(m_writer, m_network, this))
    , m_cacher(new ArticleCacher(
          m_writer, m_network, dataDir.imagesPath(), dataDir.siteRulesPath(), this))
{
    m_reader->exec("PRAGMA query_only = ON");
    // Bookmarks and subscriptions changed by this window reach backups/ right after they are saved.
    m_writer->setAfterCommit([dataDir](Database &db) { safetybackup::update(db, dataDir); });
    // A missing (first start) or stale backup is written on the writer thread, before any change
    // the reader makes, while the window comes up; outside a transaction, so that an oqy-cli
    // writing meanwhile neither waits for it nor makes it fail.
    if (m_opened.backupDue)
        m_writer->runOutsideTransaction(
            [dataDir](Database &db) { safetybackup::update(db, dataDir); });
    if (report)
        *report = m_opened;
    m_refresher->setSiteRulesPath(dataDir.siteRulesPath());
    m_secrets = new SecretStore(this);
    m_refresher->setSecretStore(m_secrets);
}

void Session::setOffline(bool offline)
{
    m_offline = offline;
    if (offline) {
        m_refresher->cancel();
        m_cacher->cancel();
    }
}

Session::~Session()
{
    // The refresher's callbacks reference the writer: stop them first, then drain the writer.
    delete m_cacher;
    delete m_refresher;
    delete m_writer;
}

} // namespace oqy
