#pragma once

#include "storage/database.h"
#include "storage/databaseopener.h"
#include "storage/datadir.h"

#include <QObject>
#include <memory>

class QNetworkAccessManager;

namespace oqy {

class ArticleCacher;
class FeedRefresher;
class SecretStore;
class StorageWriter;

// The services one open data folder needs while the window lives: a read-only connection for
// the GUI thread (PRAGMA query_only, so a write there fails loudly), the writer thread, the
// network and the refresher.
class Session : public QObject
{
    Q_OBJECT
public:
    // Opens (repairing a damaged database, see openDatabase()) and migrates the database; throws
    // SqlError with a message for the reader. `report` says what the repair did, if anything.
    explicit Session(
        const DataDir &dataDir, OpenReport *report = nullptr, QObject *parent = nullptr);
    ~Session() override;

    const DataDir &dataDir() const { return m_dataDir; }
    Database &reader() { return *m_reader; }
    StorageWriter &writer() { return *m_writer; }
    QNetworkAccessManager &network() { return *m_network; }
    FeedRefresher &refresher() { return *m_refresher; }
    ArticleCacher &cacher() { return *m_cacher; }
    SecretStore &secrets() { return *m_secrets; }

    // "Work offline": nothing touches the network while it is on; work under way is stopped.
    bool isOffline() const { return m_offline; }
    void setOffline(bool offline);

private:
    DataDir m_dataDir;
    OpenReport m_opened; // before m_reader: openDatabase() fills it
    std::unique_ptr<Database> m_reader;
    StorageWriter *m_writer;
    QNetworkAccessManager *m_network;
    FeedRefresher *m_refresher;
    ArticleCacher *m_cacher;
    SecretStore *m_secrets;
    bool m_offline = false;
};

} // namespace oqy
