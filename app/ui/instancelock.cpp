#include "instancelock.h"

#include "storage/datadir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace oqy {

namespace {

QString socketName(const DataDir &dataDir)
{
    const QByteArray folder = QDir(dataDir.root()).canonicalPath().toUtf8();
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    const QString name = QStringLiteral("oqy-")
        + QString::fromLatin1(
            QCryptographicHash::hash(folder, QCryptographicHash::Sha1).toHex().left(16));
    return runtime.isEmpty() ? name : QDir(runtime).filePath(name);
}

} // namespace

InstanceLock::InstanceLock(const DataDir &dataDir, QObject *parent)
    : QObject(parent)
    , m_name((QDir().mkpath(dataDir.root()), socketName(dataDir)))
    , m_lock(QDir(dataDir.root()).filePath(QStringLiteral("oqy.lock")))
{
    // A lock left by a crashed Oqy is taken over at once (QLockFile checks the process).
    m_lock.setStaleLockTime(0);
}

InstanceLock::~InstanceLock()
{
    if (m_server)
        m_server->close();
}

InstanceLock::Outcome InstanceLock::acquire()
{
    if (m_lock.tryLock(100))
        return Outcome::First;
    QString host;
    QString application;
    m_lock.getLockInfo(&m_ownerPid, &host, &application);
    QLocalSocket other;
    other.connectToServer(m_name);
    if (other.waitForConnected(3000)) {
        other.write("raise\n");
        other.flush();
        if (other.waitForReadyRead(3000) && other.readAll().startsWith("ok"))
            return Outcome::Raised;
    }
    return Outcome::Busy;
}

void InstanceLock::listen()
{
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(m_name); // a socket file a crashed Oqy left behind
    if (!m_server->listen(m_name))
        return; // later starts will say the folder is busy, not lose anything
    connect(m_server.get(), &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                if (socket->readLine().trimmed() == "raise") {
                    socket->write("ok\n");
                    socket->flush();
                    emit raiseRequested();
                }
                socket->disconnectFromServer();
            });
        }
    });
}

} // namespace oqy
