#include "accountsyncer.h"

#include "secrets/secretstore.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "sync/accountsync.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QtConcurrent/QtConcurrentRun>

namespace oqy {

namespace {

QString who(const Account &a)
{
    return a.user + QLatin1Char('@') + a.url;
}

struct Outcome
{
    int newArticles = 0;
    QStringList errors;
};

} // namespace

AccountSyncer::AccountSyncer(const QString &databasePath, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_secrets(secrets)
{ }

void AccountSyncer::start(const QList<Account> &accounts)
{
    if (m_running)
        return;
    m_running = true;
    m_pending = accounts;
    m_ready.clear();
    m_errors.clear();
    readNext();
}

void AccountSyncer::abandon(const QString &error)
{
    if (!m_running)
        return;
    ++m_generation;
    m_running = false;
    QStringList errors = m_errors;
    for (const Account &account : std::as_const(m_pending))
        errors.append(who(account) + QStringLiteral(": ") + error);
    for (const auto &ready : std::as_const(m_ready))
        errors.append(who(ready.first) + QStringLiteral(": ") + error);
    m_pending.clear();
    m_ready.clear();
    emit finished(0, errors);
}

void AccountSyncer::readNext()
{
    if (m_pending.isEmpty()) {
        runWorker();
        return;
    }
    const Account account = m_pending.takeFirst();
    m_secrets->read(account.secretId,
        [this, account, generation = m_generation](
            const Credentials &credentials, const QString &error) {
            if (generation != m_generation)
                return;
            if (error.isEmpty())
                m_ready.append({ account, credentials });
            else
                m_errors.append(who(account) + QStringLiteral(": ") + error);
            readNext();
        });
}

void AccountSyncer::runWorker()
{
    if (m_ready.isEmpty()) {
        m_running = false;
        emit finished(0, m_errors);
        return;
    }
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this,
        [this, watcher, generation = m_generation] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_running = false;
        emit finished(outcome.newArticles, m_errors + outcome.errors);
    });
    watcher->setFuture(QtConcurrent::run([path = m_databasePath, ready = m_ready] {
        Outcome outcome;
        try {
            Database db(path);
            QNetworkAccessManager network; // of this worker thread, as the sync's requests are
            for (const auto &[account, credentials] : ready) {
                const SyncReport report = AccountSync(db, &network).run(account, credentials);
                outcome.newArticles += report.newArticles;
                if (!report.error.isEmpty())
                    outcome.errors.append(who(account) + QStringLiteral(": ") + report.error);
            }
        } catch (const SqlError &e) {
            outcome.errors.append(e.message());
        }
        return outcome;
    }));
}

} // namespace oqy
