#pragma once

#include "core/account.h"
#include "core/credentials.h"

#include <QObject>
#include <QStringList>

namespace oqy {

class SecretStore;

// Syncs every account (sync/accountsync.h) for the window: passwords read from the keychain here,
// the sync itself in a worker thread with its own database connection and network manager, so
// the window never waits on a server.
class AccountSyncer : public QObject
{
    Q_OBJECT
public:
    AccountSyncer(const QString &databasePath, SecretStore *secrets, QObject *parent = nullptr);

    bool isRunning() const { return m_running; }
    // Starts a sync of `accounts`; finished() follows (at once when there are none).
    void start(const QList<Account> &accounts);
    // Ends waiting now: finished() follows with `error` for the accounts not synced. The sync
    // under way cannot be interrupted on its thread; it ends by itself and is not reported.
    void abandon(const QString &error);

signals:
    // `errors`: one line per account that could not sync ("user@server: reason").
    void finished(int newArticles, const QStringList &errors);

private:
    void readNext();
    void runWorker();

    QString m_databasePath;
    SecretStore *m_secrets;
    QList<Account> m_pending;
    QList<QPair<Account, Credentials>> m_ready;
    QStringList m_errors;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace oqy
