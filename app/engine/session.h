#pragma once

#include "storage/database.h"
#include "storage/databaseopener.h"
#include "storage/datadir.h"

#include <QObject>
#include <memory>

class QNetworkAccessManager;

namespace oqy {

class Maintenance;
class Refresh;
class SecretStore;
class StorageWriter;
class Subscriptions;

// One open data folder and what works on it, for the window and oqy-cli alike: a read-only
// connection for the caller's thread (PRAGMA query_only, so a write there fails loudly), the
// writer thread, the network, the keychain, and the application's services on top of them:
// refresh, subscriptions and maintenance. A front end reads through reader() and acts through
// the services; it never wires fetchers, parsers and stores itself.
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
    SecretStore &secrets() { return *m_secrets; }

    Refresh &refresh() { return *m_refresh; }
    Subscriptions &subscriptions() { return *m_subscriptions; }
    Maintenance &maintenance() { return *m_maintenance; }

    // "Work offline": nothing touches the network while it is on; work under way is stopped.
    bool isOffline() const { return m_offline; }
    void setOffline(bool offline);

private:
    DataDir m_dataDir;
    OpenReport m_opened; // before m_reader: openDatabase() fills it
    std::unique_ptr<Database> m_reader;
    StorageWriter *m_writer;
    QNetworkAccessManager *m_network;
    SecretStore *m_secrets;
    Maintenance *m_maintenance;
    Refresh *m_refresh;
    Subscriptions *m_subscriptions;
    bool m_offline = false;
};

} // namespace oqy
