#include "session.h"

#include "net/feedrefresher.h"
#include "storage/databaseopener.h"
#include "storage/storagewriter.h"

#include <QNetworkAccessManager>

namespace oqy {

Session::Session(const DataDir &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    // Migration runs here, once, before the window opens: the one write the GUI thread makes.
    , m_reader(std::make_unique<Database>(openDatabase(dataDir)))
    , m_writer(new StorageWriter(dataDir.databasePath(), this))
    , m_network(new QNetworkAccessManager(this))
    , m_refresher(new FeedRefresher(m_writer, m_network, this))
{
    m_reader->exec("PRAGMA query_only = ON");
}

Session::~Session()
{
    // The refresher's callbacks reference the writer: stop them first, then drain the writer.
    delete m_refresher;
    delete m_writer;
}

} // namespace oqy
