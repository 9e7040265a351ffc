#pragma once

#include <QLockFile>
#include <QObject>
#include <memory>

class QLocalServer;

namespace oqy {

class DataDir;

// One window per data folder, as desktop apps behave: a second start on the same folder brings
// the first window forward and ends. Two windows on one database would each refresh, retain and
// back up behind the other's back.
class InstanceLock : public QObject
{
    Q_OBJECT
public:
    explicit InstanceLock(const DataDir &dataDir, QObject *parent = nullptr);
    ~InstanceLock() override;

    enum class Outcome {
        First, // the folder is ours; listen() for later starts
        Raised, // another Oqy has the folder and was asked to come forward
        Busy, // another Oqy has the folder and does not answer (ownerPid() says which)
    };
    Outcome acquire();
    qint64 ownerPid() const { return m_ownerPid; }
    // Later starts' requests arrive as raiseRequested().
    void listen();

signals:
    void raiseRequested();

private:
    QString m_name; // of the local socket, from the folder's path
    QLockFile m_lock;
    std::unique_ptr<QLocalServer> m_server;
    qint64 m_ownerPid = 0;
};

} // namespace oqy
