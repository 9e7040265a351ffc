#include "session.h"

#include "maintenance.h"
#include "refresh.h"
#include "secrets/secretstore.h"
#include "storage/databaseopener.h"
#include "storage/safetybackup.h"
#include "storage/storagewriter.h"
#include "subscriptions.h"

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
    , m_secrets(new SecretStore(this))
{
    m_reader->exec("PRAGMA query_only = ON");
    // Bookmarks and subscriptions changed here reach backups/ right after they are saved.
    m_writer->setAfterCommit([dataDir](Database &db) { safetybackup::update(db, dataDir); });
    // A missing (first start) or stale backup is written on the writer thread, before any change
    // the reader makes, while the window comes up; outside a transaction, so that an oqy-cli
    // writing meanwhile neither waits for it nor makes it fail.
    if (m_opened.backupDue)
        m_writer->runOutsideTransaction(
            [dataDir](Database &db) { safetybackup::update(db, dataDir); });
    if (report)
        *report = m_opened;
    m_maintenance = new Maintenance(*this, this);
    m_refresh = new Refresh(*this, this);
    m_subscriptions = new Subscriptions(*this, this);
}

void Session::setOffline(bool offline)
{
    m_offline = offline;
    if (offline)
        m_refresh->cancel();
}

Session::~Session()
{
    // The services' callbacks reference the writer: stop them first, then drain the writer.
    delete m_subscriptions;
    delete m_refresh;
    delete m_maintenance;
    delete m_writer;
}

} // namespace oqy
