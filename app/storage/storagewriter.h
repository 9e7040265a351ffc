#pragma once

#include <QObject>
#include <QString>
#include <QThread>
#include <functional>
#include <memory>

namespace oqy {

class Database;

// The one thread that writes to the database. Jobs run in order on a connection owned by the writer
// thread; the jobs queued at the same time share one transaction, each in its own savepoint (a job
// that throws rolls back alone); the caller gets the outcome back in its own thread. The
// GUI never waits for a write (RSS Guard's freezes come from a worker the caller waits on).
class StorageWriter : public QObject
{
    Q_OBJECT
public:
    using Job = std::function<void(Database &)>;
    // Called in the context object's thread: empty error on success.
    using Done = std::function<void(const QString &error)>;

    // Opens its own connection to `databasePath` on the writer thread. The schema must already be
    // migrated (openDatabase() does that).
    explicit StorageWriter(const QString &databasePath, QObject *parent = nullptr);
    ~StorageWriter() override;

    // Queues `job`. When it finishes, `done` runs in `context`'s thread unless `context` is gone by
    // then; without a context, `done` runs on the writer thread.
    void submit(Job job, QObject *context = nullptr, Done done = {});
    // Runs on the writer thread after every committed batch, outside any transaction (keeping the
    // safety backup current, for one). Set it before the first submit().
    void setAfterCommit(Job job);
    // Runs `job` on the writer thread, in order with the batches but outside any transaction, so it
    // never takes the write lock: housekeeping that only reads (writing the safety backup at
    // start). Nothing is reported back; what it throws is dropped.
    void runOutsideTransaction(Job job);
    // Blocks until every job queued so far has run. For the CLI and tests; never call it from the
    // GUI.
    void waitForIdle();

    // The last error the writer thread met opening its connection; empty when it is fine.
    QString openError() const;

signals:
    // A job failed because the disk is full: the GUI shows it once, clearly.
    void diskFull(const QString &message);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr;
};

} // namespace oqy
