#include "secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <qt6keychain/keychain.h>

namespace oqy {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

QString describe(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Text::tr("No password is stored in the system keychain for this feed (or the "
                        "keychain is locked).");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Text::tr("The system keychain refused access (%1). Unlock it (e.g. log in to the "
                        "desktop session) and try again.")
            .arg(detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    default:
        return Text::tr("No system keychain is available (%1). Oqy keeps passwords only there: "
                        "start a Secret Service such as GNOME Keyring or KWallet, then try again.")
            .arg(detail);
    }
}

// Runs `job` with a deadline; `finished` gets the error text (empty on success) exactly once.
void run(QKeychain::Job *job, int timeoutMs,
    std::function<void(QKeychain::Job *, const QString &)> finished)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    auto once = std::make_shared<bool>(false);
    QObject::connect(timer, &QTimer::timeout, job, [job, once, finished] {
        if (std::exchange(*once, true))
            return;
        finished(job,
            Text::tr("The system keychain did not answer in time; it may be waiting for "
                     "an unlock prompt."));
        job->deleteLater();
    });
    QObject::connect(job, &QKeychain::Job::finished, job, [job, once, finished](QKeychain::Job *) {
        if (std::exchange(*once, true))
            return;
        finished(job, describe(job->error(), job->errorString()));
        job->deleteLater();
    });
    timer->start(timeoutMs);
    job->start();
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{ }

QString SecretStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void SecretStore::read(const QString &id, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(service(), this);
    job->setKey(id);
    run(job, m_timeoutMs, [done](QKeychain::Job *j, const QString &error) {
        const auto *reader = static_cast<QKeychain::ReadPasswordJob *>(j);
        done(error.isEmpty() ? Credentials::fromSecret(reader->binaryData()) : Credentials {},
            error);
    });
}

void SecretStore::write(const QString &id, const Credentials &credentials, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(service(), this);
    job->setKey(id);
    job->setBinaryData(credentials.toSecret());
    run(job, m_timeoutMs, [done](QKeychain::Job *, const QString &error) { done(error); });
}

void SecretStore::remove(const QString &id, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(service(), this);
    job->setKey(id);
    run(job, m_timeoutMs, [done](QKeychain::Job *j, const QString &error) {
        // Nothing stored is what removing wanted.
        done(j->error() == QKeychain::EntryNotFound ? QString() : error);
    });
}

namespace {
template<class Start> QString wait(Start start)
{
    QEventLoop loop;
    QString result;
    bool finished = false;
    start([&](const QString &error) {
        result = error;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}
} // namespace

QString SecretStore::readBlocking(const QString &id, Credentials *out)
{
    return wait([&](auto finish) {
        read(id, [out, finish](const Credentials &c, const QString &error) {
            *out = c;
            finish(error);
        });
    });
}

QString SecretStore::writeBlocking(const QString &id, const Credentials &credentials)
{
    return wait([&](auto finish) { write(id, credentials, finish); });
}

QString SecretStore::removeBlocking(const QString &id)
{
    return wait([&](auto finish) { remove(id, finish); });
}

} // namespace oqy
