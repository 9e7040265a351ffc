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

struct Queued
{
    StorageWriter::Job job;
    JobReply *reply = nullptr; // delivers `done` in its context's thread
    StorageWriter::Done done; // without a context: called on the writer thread
};
} // namespace

class StorageWriter::Worker : public QObject
{
public:
    explicit Worker(QString path)
        : m_path(std::move(path))
    { }

    struct Outcome
    {
        QString error;
        bool diskFull = false;
    };

    // Runs on the writer thread: every job queued so far, in order, in one transaction, each
    // inside its own savepoint. A refresh queues thousands of small jobs; one commit per batch
    // instead of per job is what keeps the writer from being the bottleneck, and a failing job
    // still rolls back only itself.
    void drain()
    {
        QList<Queued> batch;
        {
            QMutexLocker lock(&m_mutex);
            batch.swap(m_queue);
            m_drainPosted = false;
        }
        if (batch.isEmpty())
            return;
        QList<Outcome> outcomes(batch.size());
        try {
            if (!m_db)
                m_db.emplace(m_path);
            m_db->exec("BEGIN IMMEDIATE");
        } catch (const SqlError &e) {
            if (!m_db)
                setOpenError(e.message());
            const Outcome failed = outcomeOf(e);
            for (Outcome &o : outcomes)
                o = failed;
            deliver(batch, outcomes);
            return;
        }
        for (qsizetype i = 0; i < batch.size(); ++i) {
            try {
                m_db->exec("SAVEPOINT job");
                batch[i].job(*m_db);
                m_db->exec("RELEASE job");
            } catch (const SqlError &e) {
                outcomes[i] = outcomeOf(e);
                rollbackJob();
            } catch (const std::exception &e) {
                outcomes[i] = { QString::fromUtf8(e.what()) };
                rollbackJob();
            }
        }
        try {
            m_db->exec("COMMIT");
        } catch (const SqlError &e) {
            // Nothing of this batch was saved: every job learns it.
            try {
                m_db->exec("ROLLBACK");
            } catch (const SqlError &) { }
            const Outcome failed = outcomeOf(e);
            for (Outcome &o : outcomes)
                if (o.error.isEmpty())
                    o = failed;
            deliver(batch, outcomes);
            return;
        }
        if (afterCommit) {
            try {
                afterCommit(*m_db);
            } catch (const std::exception &) {
                // Housekeeping only: the batch itself is saved.
            }
        }
        deliver(batch, outcomes);
    }

    void runOutside(const StorageWriter::Job &job)
    {
        try {
            if (!m_db)
                m_db.emplace(m_path);
            job(*m_db);
        } catch (const SqlError &e) {
            if (!m_db)
                setOpenError(e.message());
        } catch (const std::exception &) { }
    }

    // From any thread; true when the caller must post a drain().
    bool enqueue(Queued queued)
    {
        QMutexLocker lock(&m_mutex);
        m_queue.append(std::move(queued));
        if (m_drainPosted)
            return false;
        m_drainPosted = true;
        return true;
    }

    std::function<void(const QString &)> onDiskFull;
    StorageWriter::Job afterCommit;

    void close() { m_db.reset(); }

    QString openError() const
    {
        QMutexLocker lock(&m_mutex);
        return m_openError;
    }

private:
    static Outcome outcomeOf(const SqlError &e)
    {
        if (e.isDiskFull())
            return { QCoreApplication::translate(
                         "StorageWriter", "The disk is full; nothing new was saved (%1).")
                         .arg(e.message()),
                true };
        return { e.message() };
    }

    void rollbackJob()
    {
        try {
            m_db->exec("ROLLBACK TO job");
            m_db->exec("RELEASE job");
        } catch (const SqlError &) { }
    }

    void deliver(const QList<Queued> &batch, const QList<Outcome> &outcomes)
    {
        bool diskFull = false;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            diskFull = diskFull || outcomes[i].diskFull;
            if (batch[i].reply) {
                emit batch[i].reply->finished(outcomes[i].error);
                delete batch[i].reply;
            } else if (batch[i].done) {
                batch[i].done(outcomes[i].error);
            }
        }
        if (diskFull && onDiskFull)
            for (const Outcome &o : outcomes)
                if (o.diskFull) {
                    onDiskFull(o.error);
                    break;
                }
    }

    void setOpenError(const QString &error)
    {
        QMutexLocker lock(&m_mutex);
        m_openError = error;
    }

    QString m_path;
    std::optional<Database> m_db;
    mutable QMutex m_mutex;
    QList<Queued> m_queue;
    bool m_drainPosted = false;
    QString m_openError;
};

void StorageWriter::setAfterCommit(Job job)
{
    m_worker->afterCommit = std::move(job);
}

StorageWriter::StorageWriter(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(databasePath))
{
    m_thread.setObjectName(QStringLiteral("oqy-storage-writer"));
    m_worker->onDiskFull = [this](const QString &error) { emit diskFull(error); };
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

StorageWriter::~StorageWriter()
{
    waitForIdle();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void StorageWriter::submit(Job job, QObject *context, Done done)
{
    // The outcome travels back through a queued signal: Qt drops it safely if `context` is deleted
    // meanwhile, which a raw or guarded pointer used from the writer thread could not promise.
    Queued queued;
    queued.job = std::move(job);
    if (done && context) {
        queued.reply = new JobReply;
        connect(queued.reply, &JobReply::finished, context,
            [done](const QString &error) { done(error); });
        queued.reply->moveToThread(&m_thread);
    } else {
        queued.done = std::move(done);
    }
    if (m_worker->enqueue(std::move(queued)))
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->drain(); }, Qt::QueuedConnection);
}

void StorageWriter::runOutsideTransaction(Job job)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, job = std::move(job)] { w->runOutside(job); },
        Qt::QueuedConnection);
}

void StorageWriter::waitForIdle()
{
    if (QThread::currentThread() == &m_thread)
        return;
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

QString StorageWriter::openError() const
{
    return m_worker->openError();
}

} // namespace oqy

#include "storagewriter.moc"
