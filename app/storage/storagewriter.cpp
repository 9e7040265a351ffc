#include "storagewriter.h"

#include "database.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QMutex>
#include <optional>

namespace oqy {

namespace {
class JobReply : public QObject
{
    Q_OBJECT
signals:
    void finished(const QString &error);
};
} // namespace

class StorageWriter::Worker : public QObject
{
public:
    explicit Worker(QString path)
        : m_path(std::move(path))
    {
    }

    struct Outcome
    {
        QString error;
        bool diskFull = false;
    };

    // Runs on the writer thread.
    Outcome run(const Job &job)
    {
        try {
            if (!m_db)
                m_db.emplace(m_path);
            m_db->transaction([&] { job(*m_db); });
            return {};
        } catch (const SqlError &e) {
            if (!m_db)
                setOpenError(e.message());
            if (e.isDiskFull())
                return {QCoreApplication::translate("StorageWriter",
                                                    "The disk is full; nothing new was saved (%1).")
                            .arg(e.message()),
                        true};
            return {e.message()};
        } catch (const std::exception &e) {
            return {QString::fromUtf8(e.what())};
        }
    }

    void close() { m_db.reset(); }

    QString openError() const
    {
        QMutexLocker lock(&m_mutex);
        return m_openError;
    }

private:
    void setOpenError(const QString &error)
    {
        QMutexLocker lock(&m_mutex);
        m_openError = error;
    }

    QString m_path;
    std::optional<Database> m_db;
    mutable QMutex m_mutex;
    QString m_openError;
};

StorageWriter::StorageWriter(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(databasePath))
{
    m_thread.setObjectName(QStringLiteral("oqy-storage-writer"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

StorageWriter::~StorageWriter()
{
    waitForIdle();
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void StorageWriter::submit(Job job, QObject *context, Done done)
{
    // The outcome travels back through a queued signal: Qt drops it safely if `context` is deleted
    // meanwhile, which a raw or guarded pointer used from the writer thread could not promise.
    JobReply *reply = nullptr;
    if (done && context) {
        reply = new JobReply;
        connect(reply, &JobReply::finished, context, [done](const QString &error) { done(error); });
        reply->moveToThread(&m_thread);
    }
    QMetaObject::invokeMethod(
        m_worker,
        [this, job = std::move(job), reply, done = reply ? Done() : std::move(done)] {
            const auto [error, diskFull] = m_worker->run(job);
            if (diskFull)
                emit this->diskFull(error);
            if (reply) {
                emit reply->finished(error);
                delete reply;
            } else if (done) {
                done(error);
            }
        },
        Qt::QueuedConnection);
}

void StorageWriter::waitForIdle()
{
    if (QThread::currentThread() == &m_thread)
        return;
    QMetaObject::invokeMethod(m_worker, [] {}, Qt::BlockingQueuedConnection);
}

QString StorageWriter::openError() const
{
    return m_worker->openError();
}

} // namespace oqy

#include "storagewriter.moc"
